/**
 * Tags one sequence with the shipped model. The features of a word itself and those it gives
 * its neighbours are the same wherever it stands, so their summed weights are kept on the
 * word's record (words.ts); pattern features are summed once per distinct pattern. Most tokens
 * then cost two cache lookups plus their lexical context features.
 */
import type { NlpDoc } from '../../nlp/doc.js';
import { type DocContext, EDGE_FEATURES, NEIGHBOUR_OFFSETS, type PatternParts, type Sequence, type SequenceView, contextFeatures, neighbourFeatures, newSequenceView, patternFeatures, patternKey, patternParts, sequenceView, wordFeatures } from './features.js';
import { LABELS, LABEL_COUNT, type Label, type Weights, rowOf, shippedWeights, viterbi } from './model.js';
import { type WordInfo, currentShapeGeneration } from './words.js';
import { finish, mix } from './hash.js';

const L = LABEL_COUNT;
/** Slots of a cached word vector: its own features, then one slot per neighbour offset. */
const SLOTS = 1 + NEIGHBOUR_OFFSETS.length;

/** Slots of the pattern cache (a power of two); it starts afresh when half full. */
const PATTERN_SLOTS = 1 << 16;

let cacheFor: Weights | null = null;
let cacheGeneration = -1;
let edges: Int32Array[] = [];

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
const scratch = new Int32Array(LABEL_COUNT);

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

/** Adds the pattern weights of position `pos` of `view` to `into` at `at`. */
function addPattern(weights: Weights, view: SequenceView, pos: number, into: Int32Array, at: number): void {
  if (!patternKey(view, pos, key)) {
    addFeatures(weights, into, at, patternFeatures(patternParts(view, pos, parts)));
    return;
  }
  const k0 = key[0]!;
  const k1 = key[1]!;
  const mask = PATTERN_SLOTS - 1;
  let slot = finish(mix(k0, k1)) & mask;
  for (;;) {
    const s0 = patternKeys[slot * 2]!;
    if (s0 === -1) break;
    if (s0 === k0 && patternKeys[slot * 2 + 1] === k1) {
      const base = slot * L;
      for (let l = 0; l < L; l++) into[at + l]! += patternSums[base + l]!;
      return;
    }
    slot = (slot + 1) & mask;
  }
  scratch.fill(0);
  addFeatures(weights, scratch, 0, patternFeatures(patternParts(view, pos, parts)));
  for (let l = 0; l < L; l++) into[at + l]! += scratch[l]!;
  if (patternCount >= PATTERN_SLOTS / 2) {
    clearPatterns();
    slot = finish(mix(k0, k1)) & mask;
  }
  patternKeys[slot * 2] = k0;
  patternKeys[slot * 2 + 1] = k1;
  patternSums.set(scratch, slot * L);
  patternCount++;
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
    edges = EDGE_FEATURES.map((f) => {
      const v = new Int32Array(L);
      addFeatures(weights, v, 0, [f]);
      return v;
    });
  }
  const ts = seq.tokens;
  const n = ts.length;
  if (scores.length < n * L) scores = new Int32Array(n * L * 2);
  vecs.length = n;
  for (let i = 0; i < n; i++) vecs[i] = wordVector(weights, ctx.words[ts[i]!]!);
  const gaz = ctx.gazetteer;
  sequenceView(doc, ctx, seq, view);
  for (let i = 0; i < n; i++) {
    const at = i * L;
    for (let l = 0; l < L; l++) scores[at + l] = 0;
    // Lexical context features exist only at a sequence's start, in capitals lines and near listed names.
    if (i === 0 || seq.capsLine || gaz[ts[i]!] || (i > 0 && gaz[ts[i - 1]!]) || (i + 1 < n && gaz[ts[i + 1]!])) {
      lexical.length = 0;
      contextFeatures(ctx, seq, i, lexical);
      addFeatures(weights, scores, at, lexical);
    }
    addPattern(weights, view, i, scores, at);
    const own = vecs[i]!;
    for (let l = 0; l < L; l++) scores[at + l]! += own[l]!;
    for (let k = 0; k < NEIGHBOUR_OFFSETS.length; k++) {
      const j = i + NEIGHBOUR_OFFSETS[k]!;
      const inside = j >= 0 && j < n;
      const src = inside ? vecs[j]! : edges[k]!;
      const from = inside ? (k + 1) * L : 0;
      for (let l = 0; l < L; l++) scores[at + l]! += src[from + l]!;
    }
  }
  vecs.length = 0;
  return viterbi(scores, n, weights.transitions).map((l) => LABELS[l]!);
}
