/**
 * Key sentences (first version): position in the article plus similarity to the whole text.
 */
import type { KeySentence } from '../summary.js';
import { type NlpDoc, textSpan } from '../nlp/doc.js';

/** How many key sentences to return for `doc`, from a count or a share of its sentences. */
export function keySentenceCount(sentenceTotal: number, sentences: number, ratio: number | null): number {
  const wanted = ratio === null ? sentences : Math.ceil(sentenceTotal * ratio);
  return Math.max(0, Math.min(sentenceTotal, wanted));
}

/** The `count` most important sentences of `doc`, in document order. */
export function rankKeySentences(doc: NlpDoc, count: number): KeySentence[] {
  const df = new Map<string, number>();
  const bags = doc.sentences.map((s) => {
    const bag = new Set<string>();
    for (let t = s.tokenStart; t < s.tokenEnd; t++) {
      const token = doc.tokens[t]!;
      if (!token.stop && /\p{L}/u.test(token.text)) bag.add(token.lemma);
    }
    for (const w of bag) df.set(w, (df.get(w) ?? 0) + 1);
    return bag;
  });
  const n = Math.max(1, doc.sentences.length);
  const scored = doc.sentences.map((s, i) => {
    const bag = bags[i]!;
    let centrality = 0;
    for (const w of bag) centrality += (df.get(w)! - 1) / n;
    centrality /= Math.max(1, Math.sqrt(bag.size));
    const position = 1 / (1 + i);
    return { s, score: position + centrality };
  });
  const top = [...scored].sort((a, b) => b.score - a.score).slice(0, count);
  return top
    .map((entry, rank) => ({ ...textSpan(doc.text, entry.s.start, entry.s.end), rank: rank + 1, score: Math.round(entry.score * 1000) / 1000 }))
    .sort((a, b) => a.start - b.start);
}
