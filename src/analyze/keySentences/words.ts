/**
 * Word salience: how likely each word of an article is to appear in a good summary of it.
 *
 * A word (its lower-cased normal form) is described by a few facts of the article itself: in
 * how many sentences it occurs, how early it first appears, whether it is a function word, a
 * name or a number, whether it belongs to a salient entity and whether the title uses it. These
 * are combined by a logistic function whose weights are the named constants below. The model
 * holds no vocabulary: every fact is measured on the article being summarized.
 */
import type { Entity } from '../../summary.js';
import type { NlpDoc, Token } from '../../nlp/doc.js';

/**
 * Weights of the word model, on the logit scale (a weight of 0.7 doubles the odds). They were
 * chosen on the CNN/DailyMail dev articles by maximum likelihood (does the word occur in the
 * human highlights?) on one half of the set and checked on the other half, then rounded; each
 * one also says something a news editor would expect.
 */
export interface WordWeights {
  /** Odds of an average word before any evidence. */
  bias: number;
  /** × ln(sentences the word occurs in): what an article keeps returning to is its topic. */
  spread: number;
  /** × ln(1 + index of the first sentence using it): the inverted pyramid puts the news first. */
  lateness: number;
  /**
   * Added when the word first appears in the very first sentence. The opening sentence of a
   * feature often sets a scene or teases ("It was a day like any other"), so its words are about
   * as likely as the second sentence's, not more: this undoes the head start `lateness` gives.
   */
  lede: number;
  /** Added for function words (the, of, was …): they carry no content of their own. */
  functionWord: number;
  /** Added for numbers: figures are the facts summaries keep. */
  number: number;
  /** × the salience (0..1) of the entity the word names: the main actors are what the story is about. */
  entity: number;
  /**
   * Added when the title uses the word. Dev articles carry no title, so this one could not be
   * measured: it is set to match the pull of a word that recurs in three to four times as many
   * sentences, a headline word being at least as telling as a recurring one.
   */
  title: number;
  /** × ln(number of sentences): in a long article each word is a smaller share of the story. */
  length: number;
}

/** The weights in use; see {@link WordWeights} for what each one means. */
export const WORD_WEIGHTS: Readonly<WordWeights> = Object.freeze({
  bias: 0.15,
  spread: 1.1,
  lateness: -0.6,
  lede: -0.5,
  functionWord: -0.5,
  number: 0.5,
  entity: 0.7,
  title: 1.5,
  length: -0.35,
});

/** What the article says about one word. */
export interface WordStats {
  /** Candidate sentences the word occurs in. */
  sentences: number;
  /** Index (among candidate sentences) of the first sentence using it. */
  firstSentence: number;
  occurrences: number;
  functionWordUses: number;
  numberUses: number;
  /** Highest salience of an entity whose mention contains the word; 0 when none. */
  entitySalience: number;
  inTitle: boolean;
}

/** A word's key: its lower-cased normal form, or null for punctuation, symbols and spaces. */
export function wordKey(token: Token): string | null {
  if (token.pos === 'SPACE' || token.pos === 'PUNCT') return null;
  return /[\p{L}\p{N}]/u.test(token.text) ? token.normal : null;
}

/** The words of a title, in the same form as {@link wordKey} gives for body tokens. */
export function titleWords(title: string | null | undefined): Set<string> {
  const words = new Set<string>();
  if (!title) return words;
  for (const match of title.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) words.add(match[0]);
  return words;
}

/**
 * Counts, for every word of the candidate sentences, the facts the word model reads.
 * `candidates` lists sentence indices in document order (boilerplate already left out).
 */
export function collectWordStats(doc: NlpDoc, candidates: readonly number[], entities: readonly Entity[], title: string | null | undefined): Map<string, WordStats> {
  const stats = new Map<string, WordStats>();
  const salienceAt = entitySalienceByToken(doc, entities);
  const inTitle = titleWords(title);
  // The candidate rank each word was last counted in, so that a word counts once per sentence.
  const lastRank = new Map<string, number>();
  candidates.forEach((sentenceIndex, rank) => {
    const sentence = doc.sentences[sentenceIndex]!;
    for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
      const token = doc.tokens[t]!;
      const key = wordKey(token);
      if (key === null) continue;
      let entry = stats.get(key);
      if (!entry) {
        entry = { sentences: 0, firstSentence: rank, occurrences: 0, functionWordUses: 0, numberUses: 0, entitySalience: 0, inTitle: inTitle.has(key) };
        stats.set(key, entry);
      }
      if (lastRank.get(key) !== rank) {
        entry.sentences++;
        lastRank.set(key, rank);
      }
      entry.occurrences++;
      if (token.stop) entry.functionWordUses++;
      if (token.pos === 'NUM') entry.numberUses++;
      const salience = salienceAt.get(t);
      if (salience !== undefined && salience > entry.entitySalience) entry.entitySalience = salience;
    }
  });
  return stats;
}

/** Salience of the entity mention covering each token, by token index (a sweep over sorted mentions). */
function entitySalienceByToken(doc: NlpDoc, entities: readonly Entity[]): Map<number, number> {
  const spans: Array<[number, number, number]> = [];
  for (const entity of entities) for (const mention of entity.mentions) spans.push([mention.start, mention.end, entity.salience]);
  const out = new Map<number, number>();
  if (spans.length === 0) return out;
  spans.sort((a, b) => a[0] - b[0]);
  let s = 0;
  let t = 0;
  const tokens = doc.tokens;
  while (t < tokens.length && s < spans.length) {
    const token = tokens[t]!;
    const [start, end, salience] = spans[s]!;
    if (token.end <= start || token.start === token.end) t++;
    else if (token.start >= end) s++;
    else {
      out.set(t, Math.max(out.get(t) ?? 0, salience));
      t++;
    }
  }
  return out;
}

/** The chance, 0..1, that a summary of an article of `sentenceCount` sentences uses this word. */
export function wordProbability(stats: WordStats, sentenceCount: number, weights: Readonly<WordWeights> = WORD_WEIGHTS): number {
  let logit = weights.bias;
  logit += weights.spread * Math.log(stats.sentences);
  logit += weights.lateness * Math.log(1 + stats.firstSentence);
  if (stats.firstSentence === 0) logit += weights.lede;
  if (stats.functionWordUses * 2 > stats.occurrences) logit += weights.functionWord;
  if (stats.numberUses * 2 > stats.occurrences) logit += weights.number;
  logit += weights.entity * stats.entitySalience;
  if (stats.inTitle) logit += weights.title;
  logit += weights.length * Math.log(Math.max(1, sentenceCount));
  return 1 / (1 + Math.exp(-logit));
}
