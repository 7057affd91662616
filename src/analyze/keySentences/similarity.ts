/**
 * Sentence similarity: TF-IDF vectors over a sentence's content words (the IDF taken from the
 * article's own sentences), cosine similarity, and the directed centrality built on it.
 */
import type { NlpDoc } from '../../nlp/doc.js';
import { wordKey } from './words.js';

/** A sparse, unit-length TF-IDF vector. */
export type SentenceVector = Map<string, number>;

/** TF-IDF vectors of the given sentences (indices into `doc.sentences`), function words left out. */
export function sentenceVectors(doc: NlpDoc, indices: readonly number[]): SentenceVector[] {
  const counts = indices.map((index) => {
    const sentence = doc.sentences[index]!;
    const bag = new Map<string, number>();
    for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
      const token = doc.tokens[t]!;
      if (token.stop) continue;
      const key = wordKey(token);
      if (key !== null) bag.set(key, (bag.get(key) ?? 0) + 1);
    }
    return bag;
  });
  const df = new Map<string, number>();
  for (const bag of counts) for (const key of bag.keys()) df.set(key, (df.get(key) ?? 0) + 1);
  const n = indices.length;
  return counts.map((bag) => {
    const vector: SentenceVector = new Map();
    let norm = 0;
    for (const [key, tf] of bag) {
      const weight = (1 + Math.log(tf)) * Math.log((n + 1) / df.get(key)!);
      if (weight <= 0) continue;
      vector.set(key, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [key, weight] of vector) vector.set(key, weight / norm);
    return vector;
  });
}

/** Cosine similarity of two unit vectors. */
export function cosine(a: SentenceVector, b: SentenceVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [key, weight] of small) {
    const other = large.get(key);
    if (other !== undefined) dot += weight * other;
  }
  return dot;
}

/**
 * Directed centrality, in the manner of PacSum: how much the sentences that come after a
 * sentence echo it, averaged over the article. News states a fact, then supports it; a sentence
 * that later sentences keep returning to is central, while one that only repeats what came
 * before gains nothing from it. Computed through an inverted index, so the cost follows the
 * number of shared words, not the square of the sentence count.
 */
export function forwardSupport(vectors: readonly SentenceVector[]): number[] {
  const n = vectors.length;
  const support = new Array<number>(n).fill(0);
  if (n < 2) return support;
  const postings = new Map<string, Array<[number, number]>>();
  vectors.forEach((vector, i) => {
    for (const [key, weight] of vector) {
      let list = postings.get(key);
      if (!list) postings.set(key, (list = []));
      list.push([i, weight]);
    }
  });
  for (const list of postings.values()) {
    // Each pair (i < j) sharing this word adds its share of cos(i, j) to the earlier sentence.
    let later = 0;
    for (let k = list.length - 1; k >= 0; k--) {
      const [i, weight] = list[k]!;
      support[i]! += weight * later;
      later += weight;
    }
  }
  for (let i = 0; i < n; i++) support[i]! /= n - 1;
  return support;
}
