// precis digest at scale: a batch of 20,000 NDJSON text records digested, against the plain
// `--format ndjson` batch of the same records, one after the other in one run: wall time, processor
// time and peak memory of each (the process's, its worker threads included, as --verbose reports
// them).
// The records are news texts of the summarization dev set, each used several times, so a story
// comes as many copies: what a day of wire copies looks like to the digest.
//
// Run by `npm run bench` (skipped with BENCH_DIGEST=0), or alone: `node bench/digest-scale.mjs`
// after `npm run build` (a few minutes on two cores). BENCH_DIGEST_RECORDS sets the size,
// BENCH_DIGEST_ROUNDS the rounds of both (the median is printed).
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'precis.js');

/** Records digested: the batch of 20,000 articles. */
const DIGEST_RECORDS = Number(process.env.BENCH_DIGEST_RECORDS ?? 20_000);
/** Rounds of both runs (BENCH_DIGEST_ROUNDS): one by default, as the pair takes minutes. */
const ROUNDS = Math.max(1, Number(process.env.BENCH_DIGEST_ROUNDS ?? 1));
/** The digest may take this much longer than the plain batch of the same records … */
const TIME_TARGET = 1.2;
/** … and its peak memory must stay under this, in MB. */
const MEMORY_TARGET_MB = 1024;

/**
 * Runs precis with `args` on `file`, its output into `out`; returns wall seconds, peak memory
 * (from --verbose), the output's size and the exit code.
 */
function timed(args, file, out) {
  const output = openSync(out, 'w');
  const started = performance.now();
  let result;
  try {
    // --verbose writes a line per input on stderr: megabytes for the batch.
    result = spawnSync(process.execPath, [BIN, ...args, '--verbose', '--jobs', '2', file], { encoding: 'utf8', stdio: ['ignore', output, 'pipe'], maxBuffer: 1 << 28 });
  } finally {
    closeSync(output);
  }
  const seconds = (performance.now() - started) / 1000;
  const peak = Number(/peak memory (\d+) MB/.exec(result.stderr)?.[1] ?? NaN);
  const cpu = Number(/CPU ([\d.]+) s/.exec(result.stderr)?.[1] ?? NaN);
  // A child ended by a signal (or by spawnSync, its stderr past maxBuffer) has no status.
  return { seconds, peak, cpu, status: result.status ?? result.signal ?? result.error?.message, bytes: statSync(out).size };
}

/**
 * Digests `DIGEST_RECORDS` records made from `texts` and runs the plain batch of them, and prints
 * both rows. Returns the figures.
 */
export function digestScale(texts) {
  const pool = texts.length > 0 ? texts : ['The council met on Monday.'];
  const work = mkdtempSync(join(tmpdir(), 'precis-digest-scale-'));
  try {
    const file = join(work, 'digest.ndjson');
    writeFileSync(file, Array.from({ length: DIGEST_RECORDS }, (_, i) => JSON.stringify({ id: `d${i}`, text: pool[i % pool.length] })).join('\n') + '\n');
    // Taking turns, so that a slow spell of a shared machine falls on both alike; the median round of each.
    const plains = [];
    const digests = [];
    for (let round = 0; round < ROUNDS; round++) {
      plains.push(timed(['--input-format', 'ndjson', '--format', 'ndjson'], file, join(work, 'plain.ndjson')));
      digests.push(timed(['digest', '--input-format', 'ndjson', '--format', 'json'], file, join(work, 'digest.json')));
    }
    // The median time, and the highest peak: memory must stay under its target in every round.
    const median = (values) => {
      const sorted = [...values].sort((x, y) => x - y);
      const middle = Math.floor(sorted.length / 2);
      return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    };
    const summary = (runs) => ({
      seconds: median(runs.map((run) => run.seconds)),
      cpu: median(runs.map((run) => run.cpu)),
      peak: Math.max(...runs.map((run) => run.peak)),
      bytes: runs[0].bytes,
      status: runs.find((run) => run.status !== 0)?.status ?? 0,
    });
    const plain = summary(plains);
    const digest = summary(digests);
    const ratio = digest.seconds / plain.seconds;
    const exit = (run) => (run.status !== 0 ? ` (exit ${run.status})` : '');
    const rounds = ROUNDS > 1 ? `, ${ROUNDS} rounds taking turns (median time, highest peak)` : ', one after the other';
    console.log(`\nprecis digest over ${DIGEST_RECORDS} text records (${Math.min(pool.length, DIGEST_RECORDS)} distinct texts, --jobs 2), against the plain batch of the same records${rounds}`);
    const row = (name, run) => `${name.padEnd(22)}${run.seconds.toFixed(1).padStart(7)} s  CPU ${run.cpu.toFixed(1).padStart(6)} s  peak ${String(run.peak).padStart(5)} MB  ${(run.bytes / 1e6).toFixed(0)} MB out${exit(run)}`;
    console.log(row('plain --format ndjson', plain));
    console.log(row('digest --format json', digest));
    if (ROUNDS > 1) {
      const each = (runs) => runs.map((run) => `${run.seconds.toFixed(1)} s (CPU ${run.cpu.toFixed(1)} s) / ${run.peak} MB`).join(', ');
      console.log(`rounds: plain ${each(plains)}; digest ${each(digests)}`);
    }
    console.log(`digest/plain time ${ratio.toFixed(2)}× (target ≤ ${TIME_TARGET}×; processor time ${(digest.cpu / plain.cpu).toFixed(2)}×, steadier on a shared machine), digest peak ${digest.peak} MB (target < ${MEMORY_TARGET_MB} MB)`);
    return { plain, digest, ratio };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The news texts the bench uses (as run.mjs reads them): the summarization dev set's first BENCH_TEXTS articles, else the fixtures' texts. */
export function benchTexts() {
  const file = join(ROOT, '..', 'shared', 'data', 'summarization', 'dev', 'dev.jsonl');
  const sample = Number(process.env.BENCH_TEXTS ?? 400);
  try {
    return readFileSync(file, 'utf8').split('\n').filter(Boolean).slice(0, sample).map((line) => JSON.parse(line).article);
  } catch {
    return readdirSync(join(ROOT, 'fixtures')).filter((name) => name.endsWith('.txt')).map((name) => readFileSync(join(ROOT, 'fixtures', name), 'utf8'));
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) digestScale(benchTexts());
