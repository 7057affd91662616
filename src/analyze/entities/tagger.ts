/**
 * Tags one sequence with the shipped model. The features of a word itself and those it gives
 * its neighbours are the same wherever it stands, so their summed weights are cached per word
 * for the life of the process: most tokens then cost one cache lookup plus their context features.
 */
import type { NlpDoc } from '../../nlp/doc.js';
import { type DocContext, EDGE_FEATURES, NEIGHBOUR_OFFSETS, type PatternParts, type Sequence, contextFeatures, neighbourFeatures, patternFeatures, patternKey, sequenceWords, wordFeatures } from './features.js';
import { LABELS, LABEL_COUNT, type Label, type Weights, rowOf, shippedWeights, viterbi } from './model.js';

/** Words whose weights are kept; past this the cache starts afresh (bounds memory on long runs). */
const WORD_CACHE_MAX = 100_000;

const L = LABEL_COUNT;
/** Slots of a cached word vector: its own features, then one slot per neighbour offset. */
const SLOTS = 1 + NEIGHBOUR_OFFSETS.length;

/** Distinct token patterns kept; past this the cache starts afresh. */
const PATTERN_CACHE_MAX = 100_000;

let cacheFor: Weights | null = null;
const cache = new Map<string, Float32Array>();
const patternCache = new Map<string, Float32Array>();
let edges: Float32Array[] = [];

function addFeatures(weights: Weights, into: Float32Array, at: number, feats: ArrayLike<number>): void {
  for (let k = 0; k < feats.length; k++) {
    const r = rowOf(weights, feats[k]!);
    if (r < 0) continue;
    const base = r * L;
    for (let l = 0; l < L; l++) into[at + l]! += weights.rows[base + l]!;
  }
}

function wordVector(weights: Weights, w: string, normal: string): Float32Array {
  const key = w === normal ? w : `${w}\u0000${normal}`;
  let vec = cache.get(key);
  if (vec) return vec;
  vec = new Float32Array(SLOTS * L);
  addFeatures(weights, vec, 0, wordFeatures(w, normal));
  neighbourFeatures(w, normal).forEach((f, k) => addFeatures(weights, vec!, (k + 1) * L, f));
  if (cache.size >= WORD_CACHE_MAX) cache.clear();
  cache.set(key, vec);
  return vec;
}

function patternVector(weights: Weights, parts: PatternParts): Float32Array {
  const key = patternKey(parts);
  let vec = patternCache.get(key);
  if (vec) return vec;
  vec = new Float32Array(L);
  addFeatures(weights, vec, 0, patternFeatures(parts));
  if (patternCache.size >= PATTERN_CACHE_MAX) patternCache.clear();
  patternCache.set(key, vec);
  return vec;
}

/** The labels of one sequence's tokens. */
export function tagSequence(doc: NlpDoc, ctx: DocContext, seq: Sequence, weights: Weights = shippedWeights()): Label[] {
  if (cacheFor !== weights) {
    cache.clear();
    patternCache.clear();
    cacheFor = weights;
    edges = EDGE_FEATURES.map((f) => {
      const v = new Float32Array(L);
      addFeatures(weights, v, 0, [f]);
      return v;
    });
  }
  const { words, normals } = sequenceWords(doc, seq);
  const { patterns, lexical } = contextFeatures(doc, ctx, seq, words);
  const n = words.length;
  const vecs = words.map((w, i) => wordVector(weights, w, normals[i]!));
  const scores = lexical.map((c, i) => {
    const s = new Float32Array(L);
    addFeatures(weights, s, 0, c);
    const own = vecs[i]!;
    const pattern = patternVector(weights, patterns[i]!);
    for (let l = 0; l < L; l++) s[l]! += own[l]! + pattern[l]!;
    NEIGHBOUR_OFFSETS.forEach((offset, k) => {
      const j = i + offset;
      const src = j >= 0 && j < n ? vecs[j]! : edges[k]!;
      const at = j >= 0 && j < n ? (k + 1) * L : 0;
      for (let l = 0; l < L; l++) s[l]! += src[at + l]!;
    });
    return s;
  });
  return viterbi(scores, weights.transitions).map((l) => LABELS[l]!);
}
