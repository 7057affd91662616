/**
 * Sentence similarity: TF-IDF vectors over a sentence's content words (the IDF taken from the
 * article's own sentences), cosine similarity, and the directed centrality built on it.
 */
import type { NlpDoc } from '../../nlp/doc.js';
import type { WordTable } from './words.js';
import { sparseDot } from '../../sparse.js';

/** A sparse, unit-length TF-IDF vector: word ids and weights, ids ascending. */
export interface SentenceVector {
  ids: Int32Array;
  weights: Float64Array;
}

/** TF-IDF vectors of the candidate sentences of `table` (`indices` as given to `buildWordTable`). */
export function sentenceVectors(doc: NlpDoc, indices: readonly number[], table: WordTable): SentenceVector[] {
  const n = indices.length;
  // Term counts of the current sentence, by word id; reset after each sentence.
  const tf = new Int32Array(table.keys.length);
  const seen: number[] = [];
  return indices.map((index) => {
    const sentence = doc.sentences[index]!;
    seen.length = 0;
    for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
      const id = table.tokenWord[t]!;
      if (id < 0 || table.functionWord[id]) continue;
      if (tf[id]!++ === 0) seen.push(id);
    }
    const ids = Int32Array.from(seen).sort();
    const weights = new Float64Array(ids.length);
    let norm = 0;
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k]!;
      const weight = (1 + Math.log(tf[id]!)) * Math.log((n + 1) / table.spread[id]!);
      weights[k] = weight;
      norm += weight * weight;
      tf[id] = 0;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (let k = 0; k < weights.length; k++) weights[k]! /= norm;
    return { ids, weights };
  });
}

/** Cosine similarity of two unit vectors (a merge of the sorted id lists). */
export function cosine(a: SentenceVector, b: SentenceVector): number {
  return sparseDot(a.ids, a.weights, 0, a.ids.length, b.ids, b.weights, 0, b.ids.length);
}

/**
 * Support is averaged over at least this many sentences: in a five-sentence text a single echo
 * would otherwise count as much as a theme that runs through a long article.
 */
const SUPPORT_MIN_SENTENCES = 20;

/**
 * Directed centrality, in the manner of PacSum: how much the sentences after a sentence echo
 * it, averaged over the article. News states a fact, then supports it: a sentence that later
 * sentences keep returning to is central, one that only repeats what came before gains nothing
 * from that. Summed word by word through the sentences sharing the word, so the cost follows
 * the number of shared words, not the square of the sentence count.
 */
export function forwardSupport(vectors: readonly SentenceVector[], wordCount: number): number[] {
  const denominator = Math.max(vectors.length - 1, SUPPORT_MIN_SENTENCES);
  const n = vectors.length;
  const support = new Array<number>(n).fill(0);
  if (n < 2) return support;
  // later[id]: the summed weight of word id in the sentences after the current one.
  const later = new Float64Array(wordCount);
  for (let i = n - 1; i >= 0; i--) {
    const { ids, weights } = vectors[i]!;
    let sum = 0;
    for (let k = 0; k < ids.length; k++) sum += weights[k]! * later[ids[k]!]!;
    support[i] = sum / denominator;
    for (let k = 0; k < ids.length; k++) later[ids[k]!]! += weights[k]!;
  }
  return support;
}
