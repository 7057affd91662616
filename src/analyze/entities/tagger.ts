/**
 * Tags one sequence with the shipped model. The features of a word itself and those it gives
 * its neighbours are the same wherever it stands, so their summed weights are kept on the
 * word's record (words.ts); pattern features are summed once per distinct pattern. Most tokens
 * then cost one pattern lookup and one fused sum of six cached vectors.
 */
import type { NlpDoc } from '../../nlp/doc.js';
import { type DocContext, EDGE_FEATURES, NEIGHBOUR_OFFSETS, type PatternParts, type Sequence, type SequenceView, contextFeatures, neighbourFeatures, newSequenceView, patternFeatures, patternKey, patternParts, sequenceView, wordFeatures } from './features.js';
import { LABELS, LABEL_COUNT, type Label, type Weights, rowOf, shippedWeights, viterbi } from './model.js';
import { type WordInfo, currentShapeGeneration } from './words.js';
import { finish, mix } from './hash.js';

const L = LABEL_COUNT;
/** Slots of a cached word vector: its own features, then one slot per neighbour offset. */
const SLOTS = 1 + NEIGHBOUR_OFFSETS.length;
if (NEIGHBOUR_OFFSETS.join() !== '-2,-1,1,2') throw new Error('the tagger sums neighbours at -2, -1, +1, +2');

/** Slots of the pattern cache (a power of two); it starts afresh when half full. */
const PATTERN_SLOTS = 1 << 16;

let cacheFor: Weights | null = null;
let cacheGeneration = -1;
/** The weights a sequence edge gives, laid out like a word vector (slot k + 1 for offset k). */
let edge = new Int32Array(SLOTS * L);

/**
 * Summed pattern weights by pattern key: open addressing over typed arrays, so a lookup
 * allocates nothing. A slot is empty when its first key is -1.
 */
const patternKeys = new Int32Array(PATTERN_SLOTS * 2).fill(-1);
const patternSums = new Int32Array(PATTERN_SLOTS * LABEL_COUNT);
let patternCount = 0;
const key = new Int32Array(2);
const parts = {} as PatternParts;
const view: SequenceView = newSequenceView();
/** Pattern weights of a token whose pattern cannot be cached. */
const uncached = new Int32Array(LABEL_COUNT);

function clearPatterns(): void {
  patternKeys.fill(-1);
  patternCount = 0;
}

function addFeatures(weights: Weights, into: Int32Array, at: number, feats: ArrayLike<number>): void {
  const rows = weights.rows;
  for (let k = 0; k < feats.length; k++) {
    const r = rowOf(weights, feats[k]!);
    if (r < 0) continue;
    const base = r * L;
    for (let l = 0; l < L; l++) into[at + l]! += rows[base + l]!;
  }
}

function wordVector(weights: Weights, w: WordInfo): Int32Array {
  if (w.vecOf === weights && w.vec) return w.vec;
  const vec = new Int32Array(SLOTS * L);
  addFeatures(weights, vec, 0, wordFeatures(w));
  neighbourFeatures(w).forEach((f, k) => addFeatures(weights, vec, (k + 1) * L, f));
  w.vec = vec;
  w.vecOf = weights;
  return vec;
}

/**
 * Where the summed pattern weights of position `pos` of `view` are: a slot of `patternSums`
 * (its index), or -1 when they were computed into `uncached`.
 */
function patternSlot(weights: Weights, pos: number): number {
  if (!patternKey(view, pos, key)) {
    uncached.fill(0);
    addFeatures(weights, uncached, 0, patternFeatures(patternParts(view, pos, parts)));
    return -1;
  }
  const k0 = key[0]!;
  const k1 = key[1]!;
  const mask = PATTERN_SLOTS - 1;
  let slot = finish(mix(k0, k1)) & mask;
  for (;;) {
    const s0 = patternKeys[slot * 2]!;
    if (s0 === -1) break;
    if (s0 === k0 && patternKeys[slot * 2 + 1] === k1) return slot;
    slot = (slot + 1) & mask;
  }
  if (patternCount >= PATTERN_SLOTS / 2) {
    clearPatterns();
    slot = finish(mix(k0, k1)) & mask;
  }
  patternKeys[slot * 2] = k0;
  patternKeys[slot * 2 + 1] = k1;
  patternSums.fill(0, slot * L, slot * L + L);
  addFeatures(weights, patternSums, slot * L, patternFeatures(patternParts(view, pos, parts)));
  patternCount++;
  return slot;
}

/** Words on each side of a capitalized word or number that are tagged with it. */
const SEGMENT_REACH = 1;

/** True when position `i` is within SEGMENT_REACH of a word holding a capital or a digit. */
function nearMark(ctx: DocContext, ts: readonly number[], i: number, n: number): boolean {
  const lo = Math.max(0, i - SEGMENT_REACH);
  const hi = Math.min(n - 1, i + SEGMENT_REACH);
  for (let k = lo; k <= hi; k++) if (ctx.words[ts[k]!]!.marked) return true;
  return false;
}

const lexical: number[] = [];
const vecs: Int32Array[] = [];
let scores = new Int32Array(0);

/** The labels of one sequence's tokens. */
export function tagSequence(doc: NlpDoc, ctx: DocContext, seq: Sequence, weights: Weights = shippedWeights()): Label[] {
  const generation = currentShapeGeneration();
  if (cacheFor !== weights || cacheGeneration !== generation) {
    clearPatterns();
    cacheFor = weights;
    cacheGeneration = generation;
    edge = new Int32Array(SLOTS * L);
    EDGE_FEATURES.forEach((f, k) => addFeatures(weights, edge, (k + 1) * L, [f]));
  }
  const ts = seq.tokens;
  const n = ts.length;
  if (scores.length < n * L) scores = new Int32Array(n * L * 2);
  const sc = scores;
  vecs.length = n;
  for (let i = 0; i < n; i++) vecs[i] = wordVector(weights, ctx.words[ts[i]!]!);
  const gaz = ctx.gazetteer;
  sequenceView(ctx, seq, view);
  const labels = new Array<Label>(n).fill('O');
  // Names stand near a capital or a digit: only stretches within SEGMENT_REACH of a marked word
  // are scored and decoded; the words between them are O.
  let i = 0;
  while (i < n) {
    while (i < n && !nearMark(ctx, ts, i, n)) i++;
    if (i >= n) break;
    const from = i;
    while (i < n && nearMark(ctx, ts, i, n)) i++;
    const to = i;
    for (let k = from; k < to; k++) {
      const at = (k - from) * L;
      const own = vecs[k]!;
      // Neighbour j = k + offset gives slot (offset index + 1) of its vector; past the edges, the edge's.
      const m2 = k >= 2 ? vecs[k - 2]! : edge;
      const m1 = k >= 1 ? vecs[k - 1]! : edge;
      const p1 = k + 1 < n ? vecs[k + 1]! : edge;
      const p2 = k + 2 < n ? vecs[k + 2]! : edge;
      const slot = patternSlot(weights, k);
      const pat = slot >= 0 ? patternSums : uncached;
      const po = slot >= 0 ? slot * L : 0;
      for (let l = 0; l < L; l++) sc[at + l] = own[l]! + pat[po + l]! + m2[L + l]! + m1[2 * L + l]! + p1[3 * L + l]! + p2[4 * L + l]!;
      // Lexical context features exist only at a sequence's start, in capitals lines and near listed names.
      if (k === 0 || seq.capsLine || gaz[ts[k]!] || (k > 0 && gaz[ts[k - 1]!]) || (k + 1 < n && gaz[ts[k + 1]!])) {
        lexical.length = 0;
        contextFeatures(ctx, seq, k, lexical);
        addFeatures(weights, sc, at, lexical);
      }
    }
    const path = viterbi(sc, to - from, weights.transitions, from > 0, to < n);
    for (let k = from; k < to; k++) labels[k] = LABELS[path[k - from]!]!;
  }
  vecs.length = 0;
  return labels;
}
