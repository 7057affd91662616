/**
 * The entity tagger: a first-order structured perceptron over BIO tags, decoded with Viterbi.
 * Its weights (src/data/entity-model.bin) are built by scripts/train-entity-model.mjs from the
 * openly licensed training sets named in src/data/README.md, and read once per process straight
 * into typed arrays. Weights stay integers (Int16, the trained weight × a scale), so scores are
 * exact sums and decoding is the same on every machine.
 */
import { readFileSync } from 'node:fs';
import { packageFile } from '../../paths.js';

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
  rows: Int16Array;
  /** [prev * LABEL_COUNT + next]; prev = LABEL_COUNT is the sequence start. */
  transitions: Int16Array;
}

/**
 * The model file: a header (magic, format version, label count, feature count, slot count),
 * then the transitions (Int16), the lookup table's slots (Int32 pairs) and the rows (Int16),
 * little-endian. The table is stored ready-made, so loading is reading.
 */
export const MODEL_MAGIC = 0x4d435250; // "PRCM"
export const MODEL_VERSION = 2;
const MODEL_HEADER_INTS = 8;

/** The shipped model. */
export const MODEL_FILE = packageFile('src/data/entity-model.bin');

/** Builds the lookup table for feature hashes `keys` with weights `rows`. */
export function makeWeights(keys: Int32Array, rows: Int16Array, transitions: Int16Array): Weights {
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

/** Bytes of a model file for these keys, rows and transitions (little-endian, as Node's hosts are). */
export function encodeModel(keys: Int32Array, rows: Int16Array, transitions: Int16Array): Uint8Array {
  const { slots } = makeWeights(keys, rows, transitions);
  const transInts = Math.ceil((transitions.length * 2) / 4);
  const rowInts = Math.ceil((rows.length * 2) / 4);
  const ints = new Int32Array(MODEL_HEADER_INTS + transInts + slots.length + rowInts);
  ints.set([MODEL_MAGIC, MODEL_VERSION, LABEL_COUNT, keys.length, slots.length >> 1]);
  let at = MODEL_HEADER_INTS;
  new Int16Array(ints.buffer, at * 4, transitions.length).set(transitions);
  at += transInts;
  ints.set(slots, at);
  at += slots.length;
  new Int16Array(ints.buffer, at * 4, rows.length).set(rows);
  return new Uint8Array(ints.buffer);
}

/** Reads a model file written by {@link encodeModel}: views on its bytes, nothing rebuilt. */
export function decodeModel(bytes: Uint8Array): Weights {
  // Typed views need an aligned offset; small Buffers come from a shared, unaligned pool.
  const buf = bytes.byteOffset % 4 === 0 ? bytes : new Uint8Array(bytes);
  const ints = new Int32Array(buf.buffer, buf.byteOffset, buf.byteLength >> 2);
  if (ints[0] !== MODEL_MAGIC || ints[1] !== MODEL_VERSION) throw new Error('entity model: unknown format');
  if (ints[2] !== LABEL_COUNT) throw new Error('entity model labels do not match the tagger');
  const features = ints[3]!;
  const slotCount = ints[4]!;
  const transCount = (LABEL_COUNT + 1) * LABEL_COUNT;
  let at = MODEL_HEADER_INTS;
  const transitions = new Int16Array(buf.buffer, buf.byteOffset + at * 4, transCount);
  at += Math.ceil((transCount * 2) / 4);
  const slots = new Int32Array(buf.buffer, buf.byteOffset + at * 4, slotCount * 2);
  at += slotCount * 2;
  if (buf.byteLength < at * 4 + features * LABEL_COUNT * 2) throw new Error('entity model: truncated');
  const rows = new Int16Array(buf.buffer, buf.byteOffset + at * 4, features * LABEL_COUNT);
  return { slots, rows, transitions };
}

let loaded: Weights | null = null;

/** The shipped weights, read on first use. */
export function shippedWeights(): Weights {
  loaded ??= decodeModel(readFileSync(MODEL_FILE));
  return loaded;
}

/** Per-token label scores (flat, LABEL_COUNT per token): the sum of the feature weights. */
export function emissions(weights: Weights, feats: ArrayLike<number>[]): Int32Array {
  const L = LABEL_COUNT;
  const rows = weights.rows;
  const scores = new Int32Array(feats.length * L);
  feats.forEach((f, i) => {
    for (let k = 0; k < f.length; k++) {
      const r = rowOf(weights, f[k]!);
      if (r < 0) continue;
      const base = r * L;
      for (let l = 0; l < L; l++) scores[i * L + l]! += rows[base + l]!;
    }
  });
  return scores;
}

/**
 * Label layout the decoder relies on: O first, then B-X, I-X pairs, so a label l > 0 is a B-
 * when odd and the I- of type (l - 1) when even. BIO lets O and B-X follow anything, and I-X
 * follow only B-X or I-X; a sequence may not open with I-X.
 */
const LAYOUT_OK = LABELS.every((name, l) => (l === 0 ? name === 'O' : l % 2 === 1 ? name.startsWith('B-') : name === `I-${LABELS[l - 1]!.slice(2)}`));
if (!LAYOUT_OK || LABEL_COUNT !== 9) throw new Error('entity labels are not in the order the decoder expects');

let best = new Float64Array(0);
let back = new Uint8Array(0);

/**
 * The best label sequence under BIO constraints for `n` tokens with flat `scores`
 * (LABEL_COUNT per token) and `transitions` ([prev * LABEL_COUNT + next], prev = LABEL_COUNT
 * at the start). `afterO` and `beforeO` decode a stretch of a longer sequence whose neighbours
 * are known to be O. Ties go to the lower label, so the result is fully determined. Unrolled
 * for the nine labels: this runs once per token of every document.
 */
export function viterbi(scores: ArrayLike<number>, n: number, tr: ArrayLike<number>, afterO = false, beforeO = false): number[] {
  if (n === 0) return [];
  const L = 9;
  if (best.length < n * L) {
    best = new Float64Array(n * L * 2);
    back = new Uint8Array(n * L * 2);
  }
  const b = best;
  // The first token follows the sequence start, or (afterO) a token labelled O.
  const from = afterO ? 0 : L;
  for (let l = 0; l < L; l++) b[l] = l === 0 || l % 2 === 1 ? scores[l]! + tr[from * L + l]! : -Infinity;
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * L;
    const at = i * L;
    const b0 = b[prev]!;
    const b1 = b[prev + 1]!;
    const b2 = b[prev + 2]!;
    const b3 = b[prev + 3]!;
    const b4 = b[prev + 4]!;
    const b5 = b[prev + 5]!;
    const b6 = b[prev + 6]!;
    const b7 = b[prev + 7]!;
    const b8 = b[prev + 8]!;
    // O and B-X: any label may come before.
    for (let l = 0; l < L; l += l === 0 ? 1 : 2) {
      let arg = 0;
      let top = b0 + tr[l]!;
      let v = b1 + tr[L + l]!;
      if (v > top) {
        top = v;
        arg = 1;
      }
      v = b2 + tr[2 * L + l]!;
      if (v > top) {
        top = v;
        arg = 2;
      }
      v = b3 + tr[3 * L + l]!;
      if (v > top) {
        top = v;
        arg = 3;
      }
      v = b4 + tr[4 * L + l]!;
      if (v > top) {
        top = v;
        arg = 4;
      }
      v = b5 + tr[5 * L + l]!;
      if (v > top) {
        top = v;
        arg = 5;
      }
      v = b6 + tr[6 * L + l]!;
      if (v > top) {
        top = v;
        arg = 6;
      }
      v = b7 + tr[7 * L + l]!;
      if (v > top) {
        top = v;
        arg = 7;
      }
      v = b8 + tr[8 * L + l]!;
      if (v > top) {
        top = v;
        arg = 8;
      }
      b[at + l] = top + scores[at + l]!;
      back[at + l] = arg;
    }
    // I-X: only B-X (l - 1) or I-X (l) may come before.
    for (let l = 2; l < L; l += 2) {
      const fromB = b[prev + l - 1]! + tr[(l - 1) * L + l]!;
      const fromI = b[prev + l]! + tr[l * L + l]!;
      if (fromI > fromB) {
        b[at + l] = fromI + scores[at + l]!;
        back[at + l] = l;
      } else {
        b[at + l] = fromB + scores[at + l]!;
        back[at + l] = l - 1;
      }
    }
  }
  const last = (n - 1) * L;
  let arg = 0;
  // With beforeO the last token is followed by a token labelled O: that transition counts too.
  let top = b[last]! + (beforeO ? tr[0]! : 0);
  for (let l = 1; l < L; l++) {
    const v = b[last + l]! + (beforeO ? tr[l * L]! : 0);
    if (v > top) {
      top = v;
      arg = l;
    }
  }
  const path = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    path[i] = arg;
    arg = back[i * L + arg]!;
  }
  return path;
}
