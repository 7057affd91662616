/**
 * The entity tagger: a first-order structured perceptron over BIO tags, decoded with Viterbi.
 * Its weights (src/data/entity-model.json) are built by scripts/train-entity-model.mjs from
 * the openly licensed training sets named in src/data/README.md and loaded once per process.
 */
import modelData from '../../data/entity-model.json' with { type: 'json' };

/** The tags, in the order the weights use. B- opens a name, I- continues it. */
export const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type Label = (typeof LABELS)[number];
export const LABEL_COUNT = LABELS.length;

/** A transition that BIO forbids: I-X after anything but B-X or I-X. */
export function allowed(prev: number, next: number): boolean {
  const n = LABELS[next]!;
  if (!n.startsWith('I-')) return true;
  if (prev < 0) return false;
  const p = LABELS[prev]!;
  return p !== 'O' && p.slice(2) === n.slice(2);
}

/** Weights of a trained model, looked up by feature hash. */
export interface Weights {
  /** Open-addressing table of [key, row + 1] pairs (row + 1 = 0: empty), keys inline so a probe touches one cache line. */
  slots: Int32Array;
  /** Row-major: LABEL_COUNT weights per feature. */
  rows: Float32Array;
  /** [prev * LABEL_COUNT + next]; prev = LABEL_COUNT is the sequence start. */
  transitions: Float32Array;
}

interface ModelFile {
  labels: string[];
  /** Stored weight = round(weight × scale). */
  scale: number;
  transitions: number[];
  /** Base64 of little-endian Int32 feature hashes. */
  keys: string;
  /** Base64 of little-endian Int16 weights, LABEL_COUNT per feature. */
  weights: string;
}

/** Builds the lookup table for feature hashes `keys` with weights `rows`. */
export function makeWeights(keys: Int32Array, rows: Float32Array, transitions: Float32Array): Weights {
  let size = 1;
  while (size < keys.length * 2) size <<= 1;
  const slots = new Int32Array(size * 2);
  const mask = size - 1;
  for (let r = 0; r < keys.length; r++) {
    let i = keys[r]! & mask;
    while (slots[i * 2 + 1] !== 0) i = (i + 1) & mask;
    slots[i * 2] = keys[r]!;
    slots[i * 2 + 1] = r + 1;
  }
  return { slots, rows, transitions };
}

/** The row of feature `key`, or -1. */
export function rowOf(weights: Weights, key: number): number {
  const slots = weights.slots;
  const mask = (slots.length >> 1) - 1;
  let i = key & mask;
  for (;;) {
    const row = slots[i * 2 + 1]!;
    if (row === 0) return -1;
    if (slots[i * 2] === key) return row - 1;
    i = (i + 1) & mask;
  }
}

function decodeBase64(text: string): Uint8Array {
  const buf = Buffer.from(text, 'base64');
  // Copy so the typed views below start on an aligned offset.
  return new Uint8Array(buf);
}

let loaded: Weights | null = null;

/** The shipped weights, unpacked on first use. */
export function shippedWeights(): Weights {
  if (loaded) return loaded;
  const file = modelData as unknown as ModelFile;
  if (file.labels.join() !== LABELS.join()) throw new Error('entity model labels do not match the tagger');
  const keys = new Int32Array(decodeBase64(file.keys).buffer);
  const packed = new Int16Array(decodeBase64(file.weights).buffer);
  const rows = new Float32Array(packed.length);
  for (let k = 0; k < packed.length; k++) rows[k] = packed[k]! / file.scale;
  loaded = makeWeights(keys, rows, Float32Array.from(file.transitions, (v) => v / file.scale));
  return loaded;
}

/** Per-token label scores: the sum of the feature weights. */
export function emissions(weights: Weights, feats: Int32Array[]): Float32Array[] {
  const L = LABEL_COUNT;
  const rows = weights.rows;
  return feats.map((f) => {
    const scores = new Float32Array(L);
    for (let k = 0; k < f.length; k++) {
      const r = rowOf(weights, f[k]!);
      if (r < 0) continue;
      const base = r * L;
      for (let l = 0; l < L; l++) scores[l]! += rows[base + l]!;
    }
    return scores;
  });
}

/** ALLOWED[prev * LABEL_COUNT + next], prev = LABEL_COUNT for the start: 1 when BIO permits it. */
const ALLOWED = (() => {
  const table = new Uint8Array((LABEL_COUNT + 1) * LABEL_COUNT);
  for (let p = -1; p < LABEL_COUNT; p++) for (let l = 0; l < LABEL_COUNT; l++) table[(p < 0 ? LABEL_COUNT : p) * LABEL_COUNT + l] = allowed(p, l) ? 1 : 0;
  return table;
})();

/** The best label sequence under BIO constraints. */
export function viterbi(scores: Float32Array[], transitions: Float32Array): number[] {
  const n = scores.length;
  if (n === 0) return [];
  const L = LABEL_COUNT;
  const best = new Float64Array(n * L).fill(-Infinity);
  const back = new Int32Array(n * L);
  for (let l = 0; l < L; l++) if (ALLOWED[L * L + l]) best[l] = scores[0]![l]! + transitions[L * L + l]!;
  for (let i = 1; i < n; i++) {
    for (let l = 0; l < L; l++) {
      let top = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        if (!ALLOWED[p * L + l]) continue;
        const v = best[(i - 1) * L + p]! + transitions[p * L + l]!;
        if (v > top) {
          top = v;
          arg = p;
        }
      }
      best[i * L + l] = top + scores[i]![l]!;
      back[i * L + l] = arg;
    }
  }
  let arg = 0;
  for (let l = 1; l < L; l++) if (best[(n - 1) * L + l]! > best[(n - 1) * L + arg]!) arg = l;
  const path = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    path[i] = arg;
    arg = back[i * L + arg]!;
  }
  return path;
}
