// npm run bench: how fast precis's stages run, printed as ratios against baselines measured in
// the same process (wink-nlp's own readDoc for the NLP stages, Readability with linkedom for
// HTML extraction), so the figures compare across machines.
//
// Data: the dev sets in ../shared/data (measuring only); falls back to the bundled fixtures.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { analyzeText } from '../dist/nlp/doc.js';
import { buildEntities, findNames } from '../dist/analyze/entities/index.js';
import { findQuoteMarks } from '../dist/analyze/quotes/spans.js';
import { resolveCoreference } from '../dist/analyze/coref/index.js';
import { analyzeQuotes } from '../dist/analyze/quotes/index.js';
import { findFigures } from '../dist/analyze/figures.js';
import { rankKeySentences } from '../dist/analyze/keySentences/index.js';
import { extractHtml } from '../dist/extract/index.js';
import { summarize } from '../dist/index.js';
import { digestScale } from './digest-scale.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DATA = join(ROOT, '..', 'shared', 'data');
/** Articles timed per text stage: enough for stable means, quick enough to run often. */
const TEXT_SAMPLE = Number(process.env.BENCH_TEXTS ?? 400);
/** Passes over the data before timing, so the JIT has settled. */
const WARMUP_PASSES = 1;

function loadTexts() {
  const file = join(DATA, 'summarization', 'dev', 'dev.jsonl');
  if (!existsSync(file)) return readdirSync(join(ROOT, 'fixtures')).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(ROOT, 'fixtures', f), 'utf8'));
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).slice(0, TEXT_SAMPLE).map((line) => JSON.parse(line).article);
}

function loadPages() {
  const dir = join(DATA, 'extraction', 'dev');
  if (!existsSync(dir)) return readdirSync(join(ROOT, 'fixtures')).filter((f) => f.endsWith('.html')).map((f) => ({ html: readFileSync(join(ROOT, 'fixtures', f), 'latin1'), url: null, truth: null }));
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8'));
  return Object.entries(truth).map(([id, { url, articleBody }]) => ({ html: readFileSync(join(dir, 'html', `${id}.html`), 'utf8'), url, truth: articleBody }));
}

/** Times `fn` over `items`: per-item milliseconds after a warm-up. */
function time(items, fn) {
  for (let pass = 0; pass < WARMUP_PASSES; pass++) for (const item of items) fn(item);
  const ms = [];
  for (const item of items) {
    const started = performance.now();
    fn(item);
    ms.push(performance.now() - started);
  }
  return ms;
}

const mean = (xs) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))] ?? 0;

function table(title, rows, baseline) {
  console.log(`\n${title}`);
  console.log(`${'stage'.padEnd(34)}${'mean ms'.padStart(10)}${'p95 ms'.padStart(10)}${'× baseline'.padStart(12)}${rows.some((r) => r.f1 !== undefined) ? 'F1'.padStart(8) : ''}`);
  for (const row of rows) {
    const ratio = mean(row.ms) / mean(baseline.ms);
    console.log(`${row.name.padEnd(34)}${mean(row.ms).toFixed(3).padStart(10)}${p95(row.ms).toFixed(3).padStart(10)}${ratio.toFixed(3).padStart(12)}${row.f1 !== undefined ? row.f1.toFixed(4).padStart(8) : ''}`);
  }
}

// Text stages, against wink's readDoc on the same texts.
const texts = loadTexts();
const nlp = winkNLP(model);
const docs = texts.map((text) => analyzeText(text));
// Each stage is timed as the pipeline runs it: on the results of the stages before it.
const nameLists = docs.map((doc) => findNames(doc));
const markLists = docs.map((doc) => findQuoteMarks(doc));
const corefs = docs.map((doc, i) => resolveCoreference(doc, nameLists[i], markLists[i]));
const entityLists = docs.map((doc, i) => buildEntities(doc, corefs[i], null));
const quoteLists = docs.map((doc, i) => analyzeQuotes(doc, markLists[i], corefs[i]).quotes);
const keyLists = docs.map((doc, i) => rankKeySentences(doc, 3, { title: null, entities: entityLists[i], quotes: quoteLists[i] }));
/**
 * Rounds over the text stages. Each round times every stage once over all texts, baseline
 * first, so a slow spell of the machine falls on one round, not on one stage; each ratio is
 * the median over rounds of that round's ratio to its own baseline.
 */
const TEXT_ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const textStages = [
  { name: 'wink readDoc (baseline)', items: texts, fn: (text) => nlp.readDoc(text) },
  { name: 'nlp/doc analyzeText (incl. readDoc)', items: texts, fn: (text) => analyzeText(text) },
  { name: 'names (entity tagger and rules)', items: docs, fn: (doc) => findNames(doc) },
  { name: 'quotation marks', items: docs, fn: (doc) => findQuoteMarks(doc) },
  { name: 'coreference', items: docs.map((doc, i) => [doc, nameLists[i], markLists[i]]), fn: ([doc, names, marks]) => resolveCoreference(doc, names, marks) },
  { name: 'entities (from referents)', items: docs.map((doc, i) => [doc, corefs[i]]), fn: ([doc, coref]) => buildEntities(doc, coref, null) },
  { name: 'quotes', items: docs.map((doc, i) => [doc, markLists[i], corefs[i]]), fn: ([doc, marks, coref]) => analyzeQuotes(doc, marks, coref) },
  { name: 'figures', items: docs.map((doc, i) => [doc, keyLists[i]]), fn: ([doc, keySentences]) => findFigures(doc, keySentences) },
  { name: 'key sentences (3)', items: docs.map((doc, i) => [doc, entityLists[i], quoteLists[i]]), fn: ([doc, entities, quotes]) => rankKeySentences(doc, 3, { title: null, entities, quotes }) },
  { name: 'summarize() whole pipeline', items: texts, fn: (text) => summarize(text, { format: 'text', sentences: 3 }) },
];
const rounds = Array.from({ length: TEXT_ROUNDS }, () => textStages.map((stage) => time(stage.items, stage.fn)));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`\nText stages over ${texts.length} articles (ratios against wink readDoc: median of ${TEXT_ROUNDS} rounds, each against its own baseline)`);
console.log(`${'stage'.padEnd(34)}${'mean ms'.padStart(10)}${'p95 ms'.padStart(10)}${'× baseline'.padStart(12)}${'range'.padStart(16)}`);
textStages.forEach((stage, s) => {
  const means = rounds.map((round) => mean(round[s]));
  const ratios = rounds.map((round) => mean(round[s]) / mean(round[0]));
  const all = rounds.flatMap((round) => round[s]);
  const range = `${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}`;
  console.log(`${stage.name.padEnd(34)}${median(means).toFixed(3).padStart(10)}${p95(all).toFixed(3).padStart(10)}${median(ratios).toFixed(3).padStart(12)}${range.padStart(16)}`);
});

// HTML extraction, against Readability with linkedom on the same pages.
const pages = loadPages();
let readability = null;
try {
  const [{ Readability }, { parseHTML }] = await Promise.all([import('@mozilla/readability'), import('linkedom')]);
  readability = (page) => {
    const { document } = parseHTML(page.html);
    return new Readability(document).parse()?.textContent ?? '';
  };
} catch {
  console.log('\n(@mozilla/readability and linkedom are not installed: HTML baseline skipped)');
}
let scoreExtraction = null;
try {
  ({ scoreExtraction } = await import(join(ROOT, '..', 'shared', 'eval', 'lib', 'extraction.mjs')));
} catch {
  // The ruler is not beside this clone: timings only.
}
const f1Of = (extract) => {
  if (!scoreExtraction || pages.some((p) => p.truth === null)) return undefined;
  return scoreExtraction(pages.map((page, i) => ({ id: String(i), truth: page.truth, pred: extract(page) }))).metrics.f1;
};
const precisExtract = (page) => extractHtml(page.html, page.url).body;
const htmlRows = [{ name: 'precis extractHtml', ms: time(pages, precisExtract), f1: f1Of(precisExtract) }];
if (readability) htmlRows.unshift({ name: 'Readability + linkedom (baseline)', ms: time(pages, readability), f1: f1Of(readability) });
table(`HTML extraction over ${pages.length} pages (ratios against ${readability ? 'Readability + linkedom' : 'precis'})`, htmlRows, htmlRows[0]);

// The command line as a whole: parallel batches, memory over long streams, cold start.
// Skipped with BENCH_CLI=0 (it spawns the CLI and takes a minute or two).
if (process.env.BENCH_CLI !== '0') {
  const { spawnSync } = await import('node:child_process');
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const bin = join(ROOT, 'bin', 'precis.js');
  const work = mkdtempSync(join(tmpdir(), 'precis-bench-'));

  /** Runs the CLI once on `file`; returns wall seconds and peak memory (from --verbose). */
  const runBatch = (file, args) => {
    const started = performance.now();
    const result = spawnSync(process.execPath, [bin, '--input-format', 'ndjson', '--format', 'ndjson', '--verbose', ...args, file], { encoding: 'utf8', maxBuffer: 1 << 30 });
    const seconds = (performance.now() - started) / 1000;
    const peak = Number(/peak memory (\d+) MB/.exec(result.stderr)?.[1] ?? NaN);
    if (result.status !== 0) console.log(`  (exit ${result.status}: ${result.stderr.split('\n').slice(-3).join(' ')})`);
    return { seconds, peak, lines: result.stdout.split('\n').filter(Boolean).length };
  };

  const corpora = [
    ['text (summarization dev)', texts.map((text, i) => ({ id: `t${i}`, text }))],
    ['HTML (extraction dev)', pages.map((page, i) => ({ id: `h${i}`, html: page.html, url: page.url }))],
  ];
  /**
   * Wall seconds for two separate `--jobs 1` processes given half of `lines` each, side by side:
   * the most any split of the work over this machine's cores can gain.
   */
  const runTwoShards = async (lines, name) => {
    const { spawn } = await import('node:child_process');
    const half = Math.ceil(lines.length / 2);
    const files = [lines.slice(0, half), lines.slice(half)].map((part, i) => {
      const file = join(work, `${name}-shard${i}.ndjson`);
      writeFileSync(file, part.join('\n') + '\n');
      return file;
    });
    const started = performance.now();
    await Promise.all(files.map((file) => new Promise((resolve) => {
      const child = spawn(process.execPath, [bin, '--input-format', 'ndjson', '--format', 'ndjson', '--jobs', '1', file], { stdio: ['ignore', 'ignore', 'ignore'] });
      child.on('exit', resolve);
    })));
    return (performance.now() - started) / 1000;
  };

  console.log('\nBatches through the CLI (--jobs 2 against --jobs 1, same records; "2 shards": two --jobs 1 processes on half each, side by side)');
  console.log(`${'corpus'.padEnd(28)}${'records'.padStart(9)}${'jobs 1 s'.padStart(10)}${'jobs 2 s'.padStart(10)}${'speed-up'.padStart(10)}${'2 shards s'.padStart(12)}${'speed-up'.padStart(10)}`);
  for (const [name, records] of corpora) {
    // Enough records that start-up is a small part of the run.
    const copies = Math.max(1, Math.ceil(1200 / records.length));
    const lines = Array.from({ length: copies }, (_, c) => records.map((r) => JSON.stringify({ ...r, id: `${r.id}-${c}` }))).flat();
    const file = join(work, `${name.split(' ')[0]}.ndjson`);
    writeFileSync(file, lines.join('\n') + '\n');
    const one = runBatch(file, ['--jobs', '1']);
    const two = runBatch(file, ['--jobs', '2']);
    const shards = await runTwoShards(lines, name.split(' ')[0]);
    console.log(`${name.padEnd(28)}${String(lines.length).padStart(9)}${one.seconds.toFixed(2).padStart(10)}${two.seconds.toFixed(2).padStart(10)}${(one.seconds / two.seconds).toFixed(2).padStart(9)}×${shards.toFixed(2).padStart(12)}${(one.seconds / shards).toFixed(2).padStart(9)}×`);
  }

  // --only body is a boilerplate remover: it must skip the English analysis, not run it and drop it.
  {
    const folder = join(DATA, 'extraction', 'dev', 'html');
    const source = existsSync(folder) ? folder : join(ROOT, 'fixtures');
    const ROUNDS = 5;
    const seconds = { full: [], body: [] };
    for (let round = 0; round < ROUNDS; round++) {
      for (const [name, extra] of [['full', []], ['body', ['--only', 'body']]]) {
        const started = performance.now();
        spawnSync(process.execPath, [bin, '--format', 'ndjson', ...extra, source], { encoding: 'utf8', maxBuffer: 1 << 30 });
        seconds[name].push((performance.now() - started) / 1000);
      }
    }
    const full = median(seconds.full);
    const body = median(seconds.body);
    console.log(`\n--only body against a full summary (the pages of ${source === folder ? 'the extraction dev set' : 'fixtures/'} as files, median of ${ROUNDS}, taking turns)`);
    console.log(`full ${full.toFixed(2)} s, --only body ${body.toFixed(2)} s: ${(full / body).toFixed(2)}× faster`);
  }

  // precis digest at scale (bench/digest-scale.mjs): 20,000 text records, against the plain
  // batch of the same records. Skipped with BENCH_DIGEST=0 (a few minutes).
  if (process.env.BENCH_DIGEST !== '0') digestScale(texts);

  console.log('\nMemory over a long stream (text records, --jobs 2)');
  const base = texts.map((text, i) => ({ id: `m${i}`, text }));
  const sizes = [1500, 15000];
  const peaks = [];
  for (const size of sizes) {
    const lines = Array.from({ length: size }, (_, i) => JSON.stringify({ ...base[i % base.length], id: `m${i}` }));
    const file = join(work, `stream-${size}.ndjson`);
    writeFileSync(file, lines.join('\n') + '\n');
    const run = runBatch(file, ['--jobs', '2']);
    peaks.push(run.peak);
    console.log(`${String(size).padStart(7)} records: ${run.seconds.toFixed(1)} s, peak RSS ${run.peak} MB, ${run.lines} lines out`);
  }
  console.log(`peak RSS ratio ${sizes[1]}/${sizes[0]}: ${(peaks[1] / peaks[0]).toFixed(2)}×`);

  const COLD_RUNS = 11;
  console.log(`\nCold start (median of ${COLD_RUNS}, the commands taking turns so a slow spell of the machine hits all alike), as ratios to \`node -e 0\``);
  const commands = {
    'node -e 0': ['-e', '0'],
    'node loading wink-nlp and its model': ['--input-type=module', '-e', "import w from 'wink-nlp'; import m from 'wink-eng-lite-web-model'; w(m);"],
    'precis --version': [bin, '--version'],
    'precis, a short English text': [bin, join(ROOT, 'fixtures', 'council-vote.txt')],
    'precis, a short English HTML page': [bin, join(ROOT, 'fixtures', 'harbor-ferry.html')],
    // Loads the language detector (eld), which English text never does.
    'precis, a short German HTML page': [bin, join(ROOT, 'fixtures', 'pages', 'meta-no-date.html')],
  };
  const times = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
  for (let run = 0; run < COLD_RUNS; run++) {
    for (const [name, args] of Object.entries(commands)) {
      const started = performance.now();
      spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
      times[name].push(performance.now() - started);
    }
  }
  const empty = median(times['node -e 0']);
  for (const name of Object.keys(commands)) {
    const ms = median(times[name]);
    console.log(`${name.padEnd(40)}${ms.toFixed(0).padStart(7)} ms${(ms / empty).toFixed(2).padStart(8)}×`);
  }
}
