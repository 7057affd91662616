#!/usr/bin/env node
/**
 * Trains the entity tagger (an averaged structured perceptron over BIO tags) on the openly
 * licensed training sets in ../shared/data/entities/train and writes src/data/entity-model.bin
 * (and src/data/entity-common-words.json, then src/data/entity-words.bin from it).
 * Run by a maintainer after `npx tsc -p .`; the product only reads the written files.
 *
 *   node scripts/train-entity-model.mjs [--train DIR] [--epochs N] [--holdout wikigold] [--out FILE] [--prune W] [--min-count N]
 *
 * With --holdout PREFIX, documents whose id starts with PREFIX are kept out of training and
 * scored after each epoch (span F1 over PER/ORG/LOC/MISC), to choose the number of epochs.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { buildEntityWords } from './build-entity-words.mjs';
import { join } from 'node:path';
import { analyzeText } from '../dist/nlp/doc.js';
import { docContext, sequenceFeatures } from '../dist/analyze/entities/features.js';
import { LABELS, LABEL_COUNT, MODEL_FILE, encodeModel, viterbi } from '../dist/analyze/entities/model.js';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const trainDir = opt('train', new URL('../../shared/data/entities/train', import.meta.url).pathname);
const epochs = Number(opt('epochs', '8'));
const holdout = opt('holdout', '');
const outFile = opt('out', MODEL_FILE);

/** Features seen fewer times than this in training are dropped: they overfit and bloat the file. */
const MIN_FEATURE_COUNT = Number(opt('min-count', '2'));
/** Share of sentences also trained on as a capitals line, since news headlines are written so. */
const CAPS_AUGMENT_SHARE = 0.12;
/**
 * Features whose averaged weights are all smaller than this (in perceptron update units) are
 * dropped from the shipped file: over half the features, so the lookup table fits 2^16 slots
 * (a 1 MB file, cheaper to read and to probe while the word caches are cold), for about 0.001
 * of typed F1 (`--prune 0.01` keeps nearly all).
 */
const PRUNE_BELOW = Number(opt('prune', '3.5'));
/** A word is common when seen lower-case mid-sentence this often … */
const COMMON_MIN_COUNT = 3;
/** … and in lower case at least this share of the time. */
const COMMON_LOWER_SHARE = 0.9;
const commonFile = new URL('../src/data/entity-common-words.json', import.meta.url).pathname;

let seed = 12345;
const random = () => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
};

const L = LABEL_COUNT;
const labelIndex = new Map(LABELS.map((l, i) => [l, i]));

/** Makes the chosen sentences capitals lines: each on its own line, upper-cased, offsets unchanged. */
function capsVersion(text, doc) {
  const chars = [...text];
  if (chars.length !== text.length) return null;
  const out = text.split('');
  let any = false;
  for (const s of doc.sentences) {
    if (random() >= CAPS_AUGMENT_SHARE) continue;
    any = true;
    for (let i = s.start; i < s.end; i++) {
      const up = out[i].toUpperCase();
      if (up.length === 1) out[i] = up;
    }
    if (s.start > 0 && out[s.start - 1] === ' ') out[s.start - 1] = '\n';
    if (s.end < out.length && out[s.end] === ' ') out[s.end] = '\n';
  }
  return any ? out.join('') : null;
}

function goldLabels(doc, seq, spans) {
  const labels = seq.tokens.map(() => 0);
  for (const span of spans) {
    let first = true;
    for (let i = 0; i < seq.tokens.length; i++) {
      const tok = doc.tokens[seq.tokens[i]];
      if (tok.start >= span.start && tok.end <= span.end) {
        labels[i] = labelIndex.get(`${first ? 'B' : 'I'}-${span.type}`);
        first = false;
      }
    }
  }
  return labels;
}

function examplesOf(text, spans) {
  const doc = analyzeText(text);
  const ctx = docContext(doc);
  return ctx.sequences.map((seq) => ({ feats: sequenceFeatures(doc, ctx, seq), gold: goldLabels(doc, seq, spans) }));
}

const records = [];
for (const file of readdirSync(trainDir).filter((f) => f.endsWith('.jsonl'))) {
  for (const line of readFileSync(join(trainDir, file), 'utf8').split('\n')) if (line.trim()) records.push(JSON.parse(line));
}
// Common words: written in lower case mid-sentence nearly always. A capitalized one opening a
// sentence is then no name (read by the entity rules, not by the tagger).
{
  const lower = new Map();
  const upper = new Map();
  for (const r of records) {
    for (const m of r.text.matchAll(/(?<=[\p{L}\p{N},;]\s)(\p{L}[\p{L}'-]*)/gu)) {
      const w = m[1];
      const key = w.toLowerCase();
      const into = w === key ? lower : upper;
      into.set(key, (into.get(key) ?? 0) + 1);
    }
  }
  const common = [...lower].filter(([w, n]) => n >= COMMON_MIN_COUNT && n >= COMMON_LOWER_SHARE * (n + (upper.get(w) ?? 0))).map(([w]) => w).sort();
  writeFileSync(commonFile, JSON.stringify({ _source: 'Built by scripts/train-entity-model.mjs from the training texts (see src/data/README.md).', words: common }) + '\n');
  console.error(`${common.length} common words`);
  // Before any document is read: the features look words up in this table.
  buildEntityWords();
}
const t0 = Date.now();
const train = [];
const held = [];
for (const r of records) {
  const examples = examplesOf(r.text, r.entities);
  if (holdout && r.id.startsWith(holdout)) {
    held.push(...examples);
    continue;
  }
  train.push(...examples);
  const caps = capsVersion(r.text, analyzeText(r.text));
  if (caps) train.push(...examplesOf(caps, r.entities));
}
console.error(`features built in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${train.length} train sequences, ${held.length} held out`);

// Intern feature hashes seen often enough.
const counts = new Map();
for (const ex of train) for (const f of ex.feats) for (const h of f) counts.set(h, (counts.get(h) ?? 0) + 1);
const ids = new Map();
for (const [h, c] of counts) if (c >= MIN_FEATURE_COUNT) ids.set(h, ids.size);
const names = [...ids.keys()];
for (const ex of [...train, ...held]) ex.ids = ex.feats.map((f) => Int32Array.from([...f].map((h) => ids.get(h) ?? -1).filter((i) => i >= 0)));
for (const ex of [...train, ...held]) delete ex.feats;
console.error(`${ids.size} features kept of ${counts.size}`);

const F = ids.size;
const T = (L + 1) * L;
const w = new Float64Array((F + 0) * L + T);
const total = new Float64Array(w.length);
const stamp = new Float64Array(w.length);
let clock = 0;
const TRANS = F * L;

function update(index, delta) {
  total[index] += (clock - stamp[index]) * w[index];
  stamp[index] = clock;
  w[index] += delta;
}

function decode(ex, weights) {
  const n = ex.ids.length;
  const scores = new Float64Array(n * L);
  ex.ids.forEach((fs, i) => {
    for (const f of fs) for (let l = 0; l < L; l++) scores[i * L + l] += weights[f * L + l];
  });
  return viterbi(scores, n, weights.subarray(TRANS));
}

function spansOf(labels) {
  const spans = new Set();
  let start = -1;
  let type = '';
  const close = (i) => {
    if (start >= 0) spans.add(`${start}:${i}:${type}`);
    start = -1;
  };
  labels.forEach((l, i) => {
    const name = LABELS[l];
    if (name === 'O') close(i);
    else if (name.startsWith('B-') || name.slice(2) !== type) {
      close(i);
      start = i;
      type = name.slice(2);
    }
  });
  close(labels.length);
  return spans;
}

function evaluate(examples, weights) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const ex of examples) {
    const pred = spansOf(decode(ex, weights));
    const gold = spansOf(ex.gold);
    for (const s of pred) if (gold.has(s)) tp++;
    else fp++;
    for (const s of gold) if (!pred.has(s)) fn++;
  }
  const p = tp / Math.max(1, tp + fp);
  const r = tp / Math.max(1, tp + fn);
  return (2 * p * r) / Math.max(1e-9, p + r);
}

function averaged() {
  const avg = new Float64Array(w.length);
  for (let i = 0; i < w.length; i++) avg[i] = (total[i] + (clock - stamp[i]) * w[i]) / Math.max(1, clock);
  return avg;
}

for (let epoch = 1; epoch <= epochs; epoch++) {
  for (let i = train.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [train[i], train[j]] = [train[j], train[i]];
  }
  let errors = 0;
  for (const ex of train) {
    clock++;
    const guess = decode(ex, w);
    let wrong = false;
    for (let i = 0; i < guess.length; i++) {
      const g = ex.gold[i];
      const p = guess[i];
      const gPrev = i > 0 ? ex.gold[i - 1] : L;
      const pPrev = i > 0 ? guess[i - 1] : L;
      if (g !== p) {
        wrong = true;
        for (const f of ex.ids[i]) {
          update(f * L + g, 1);
          update(f * L + p, -1);
        }
      }
      if (g !== p || gPrev !== pPrev) {
        update(TRANS + gPrev * L + g, 1);
        update(TRANS + pPrev * L + p, -1);
      }
    }
    if (wrong) errors++;
  }
  const line = `epoch ${epoch}: ${errors} of ${train.length} sequences wrong`;
  console.error(holdout ? `${line}; held-out span F1 ${evaluate(held, averaged()).toFixed(4)}` : line);
}

const avg = averaged();
const keptKeys = [];
const keptRows = [];
let maxAbs = 0;
for (let f = 0; f < F; f++) {
  let keep = false;
  for (let l = 0; l < L; l++) if (Math.abs(avg[f * L + l]) >= PRUNE_BELOW) keep = true;
  if (!keep) continue;
  keptKeys.push(names[f]);
  for (let l = 0; l < L; l++) {
    keptRows.push(avg[f * L + l]);
    maxAbs = Math.max(maxAbs, Math.abs(avg[f * L + l]));
  }
}
for (let k = 0; k < L * (L + 1); k++) maxAbs = Math.max(maxAbs, Math.abs(avg[TRANS + k]));
// Int16 storage: the largest weight maps to 32000.
const scale = Math.floor(32000 / maxAbs);
const bytes = encodeModel(
  Int32Array.from(keptKeys),
  Int16Array.from(keptRows, (v) => Math.round(v * scale)),
  Int16Array.from(avg.subarray(TRANS), (v) => Math.round(v * scale)),
);
writeFileSync(outFile, bytes);
console.error(`wrote ${outFile}: ${keptKeys.length} features, scale ${scale}, ${bytes.length} bytes`);
