// node bench/digest-eval.mjs: how well `precis digest --format json` groups the dev pages into
// stories and merges their entities, against the hand-made groups of
// ../shared/data/digest/dev/stories.json (measuring only: nothing in src is derived from them).
//
// Prints pairwise same-story precision and recall over the 92 pages, and the share of each
// group's gold `sharedEntities` that the digest has as one merged entity named in at least two of
// the group's pages. `--errors` also lists the wrong pairs and the missed entities.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DATA = join(ROOT, '..', 'shared', 'data');
const PAGES = join(DATA, 'extraction', 'dev', 'html');
const GOLD = join(DATA, 'digest', 'dev', 'stories.json');
const showErrors = process.argv.includes('--errors');
/** `--min precision=0.95` (also recall, shared): exit 1 when a figure falls below its level (.ci/eval keeps them). */
const minimums = new Map();
process.argv.forEach((arg, i) => {
  if (arg !== '--min') return;
  const [name, value] = String(process.argv[i + 1]).split('=');
  if (!['precision', 'recall', 'shared'].includes(name) || !Number.isFinite(Number(value))) throw new Error(`--min takes precision=, recall= or shared= and a number, not ${process.argv[i + 1]}`);
  minimums.set(name, Number(value));
});

/** A page's id: the first 12 characters of its file name. */
const pageId = (name) => name.split('/').pop().slice(0, 12);
/** Names compared as the annotator might have written them: folded, letters and digits only. */
const fold = (text) => text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

const started = performance.now();
const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'precis.js'), 'digest', '--format', 'json', '--quiet', PAGES], { encoding: 'utf8', maxBuffer: 1 << 28 });
const seconds = (performance.now() - started) / 1000;
if (result.status !== 0 && result.status !== 1) {
  process.stderr.write(result.stderr);
  process.exit(1);
}
const digest = JSON.parse(result.stdout);
const gold = JSON.parse(readFileSync(GOLD, 'utf8'));

const goldStory = new Map();
gold.clusters.forEach((cluster, index) => cluster.pages.forEach((page) => goldStory.set(page.id, index)));
const story = new Map();
const article = new Map();
digest.stories.forEach((each, index) =>
  each.articles.forEach((item) =>
    item.sources.forEach((source) => {
      story.set(pageId(source.name), index);
      article.set(pageId(source.name), item.id);
    }),
  ),
);

// Pairwise: a pair of pages is positive when one story holds both.
const ids = [...story.keys()].sort();
let truePairs = 0;
let falsePairs = 0;
let missedPairs = 0;
const errors = [];
const titleOf = new Map(digest.stories.flatMap((each) => each.articles.flatMap((item) => item.sources.map((source) => [pageId(source.name), source.title]))));
for (let x = 0; x < ids.length; x++) {
  for (let y = x + 1; y < ids.length; y++) {
    const same = goldStory.has(ids[x]) && goldStory.get(ids[x]) === goldStory.get(ids[y]);
    const grouped = story.get(ids[x]) === story.get(ids[y]);
    if (same && grouped) truePairs++;
    else if (grouped) {
      falsePairs++;
      errors.push(`joined, not one story: ${titleOf.get(ids[x])} | ${titleOf.get(ids[y])}`);
    } else if (same) {
      missedPairs++;
      errors.push(`one story, not joined: ${titleOf.get(ids[x])} | ${titleOf.get(ids[y])}`);
    }
  }
}

// Shared entities: one merged entity, by its name or an alias, named in two or more of the group's pages.
let found = 0;
let total = 0;
for (const cluster of gold.clusters) {
  const articles = new Set(cluster.pages.map((page) => article.get(page.id)));
  for (const name of cluster.sharedEntities) {
    total++;
    // "European Space Agency (ESA)": either form.
    const open = name.indexOf('(');
    const keys = new Set([fold(name), ...(open > 0 ? [fold(name.slice(0, open)), fold(name.slice(open + 1))] : [])]);
    const hit = digest.entities.some((entity) => [entity.name, ...entity.aliases].some((each) => keys.has(fold(each))) && entity.articles.filter((id) => articles.has(id)).length >= 2);
    if (hit) found++;
    else errors.push(`entity not merged across its story: ${name}`);
  }
}

const ratio = (a, b) => (b === 0 ? 1 : a / b);
console.log(`precis digest over ${ids.length} dev pages: ${digest.stories.length} stories, ${digest.stories.filter((each) => each.articles.length > 1).length} with several articles, in ${seconds.toFixed(1)} s`);
console.log(`pairwise precision ${ratio(truePairs, truePairs + falsePairs).toFixed(3)}  (target ≥ 0.95; ${truePairs} right, ${falsePairs} wrong)`);
console.log(`pairwise recall    ${ratio(truePairs, truePairs + missedPairs).toFixed(3)}  (target ≥ 0.85; ${missedPairs} of ${truePairs + missedPairs} missed)`);
console.log(`shared entities    ${ratio(found, total).toFixed(3)}  (target ≥ 0.90; ${found} of ${total} merged across their story)`);
if (showErrors) for (const line of errors) console.log(`  ${line}`);
const figures = { precision: ratio(truePairs, truePairs + falsePairs), recall: ratio(truePairs, truePairs + missedPairs), shared: ratio(found, total) };
const below = [...minimums].filter(([name, level]) => figures[name] < level);
for (const [name, level] of below) console.log(`FAIL ${name} ${figures[name].toFixed(3)} < ${level}`);
if (below.length > 0) process.exitCode = 1;
