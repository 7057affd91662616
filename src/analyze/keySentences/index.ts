/**
 * Key sentences: the extractive summary.
 *
 * The ranking treats a summary as a short text that should hold as many of the article's
 * salient words as it can in as few words as it can:
 *
 * 1. Page furniture (bylines, credits, "Click here", "Read more" …) is left out.
 * 2. Every word gets a salience, the chance a summary would use it (`words.ts`): words the
 *    article keeps returning to, that it introduces early, that name its main actors, that are
 *    numbers or that the title uses.
 * 3. Every sentence gets a multiplier from its surface (`cues.ts`) and from its directed
 *    centrality (`similarity.ts`): direct speech, questions and very short sentences are worth
 *    less; a sentence the rest of the article supports is worth more.
 * 4. Sentences are picked greedily, each time the one that most raises the summary's expected
 *    F1 against a summary of about {@link SentenceWeights.targetWords} words a sentence: the
 *    salience of the words it adds that the summary does not hold yet, against its length.
 *    Words already covered add nothing, so key sentences do not repeat each other, and near
 *    duplicates are skipped outright. A sentence that opens with a pronoun is worth less unless
 *    the sentence it points back to is in the summary too.
 *
 * Every weight is a named constant with its reason. They were chosen on the 1,500 CNN/DailyMail
 * dev articles: the word weights by maximum likelihood on one half and checked on the other (the
 * two halves give the same weights to within 0.2), the sentence weights by ROUGE on both halves.
 * With them the key sentences beat the first three sentences (LEAD-3) by about 2.2 ROUGE-1
 * points, on either half and for either outlet. Words are compared in their lower-cased normal
 * form, not their lemma: lemmas fold "was" and "is" into "be" and score worse. The title and
 * paragraph cues could not be measured there (those articles have neither) and are set by
 * reasoning, small enough not to override the measured evidence.
 */
import type { Entity, KeySentence, Quote } from '../../summary.js';
import { type NlpDoc, textSpan } from '../../nlp/doc.js';
import { type SentenceCues, sentenceCues } from './cues.js';
import { type SentenceVector, cosine, forwardSupport, sentenceVectors } from './similarity.js';
import { WORD_WEIGHTS, type WordWeights, buildWordTable, wordProbabilities } from './words.js';
import { datelineLength } from '../../language/layout.js';

/** Sentence-level weights (multipliers act on the logarithm of a sentence's worth). */
export interface SentenceWeights {
  /**
   * Words of summary per key sentence the ranking aims at. Its role is the reference length in
   * an F1: a higher value favours longer, fuller sentences; a lower one short, dense ones. 26
   * scored best on the dev data (the human highlights run about 18 words a sentence, but
   * picking slightly long gains recall); 20 to 30 are within 0.1 ROUGE-1 point of it.
   */
  targetWords: number;
  /**
   * Cost of a sentence that is all direct speech: summaries report what was said, in the
   * reporter's words. The largest single gain on the dev data (0 → 0.5: +0.3 ROUGE-1 points on
   * both halves); 0.8 scores the same as 0.5.
   */
  speech: number;
  /**
   * Share of the speech cost waived when the main actor is the speaker: their key claim is news.
   * The first-version quote finder attributes too few quotes for the dev data to tell 0 from 1,
   * so it sits halfway.
   */
  mainActorRelief: number;
  /**
   * Cost of a question: a summary states what happened, it does not ask. Between 0.3 and 2 the
   * dev scores do not move (questions are rare in news), so the cost is set high enough to
   * rule questions out whenever a statement is at hand.
   */
  question: number;
  /**
   * Cost of a sentence shorter than {@link shortWords}: fragments and asides rarely stand alone.
   * On the dev data the F1 objective already keeps short sentences out (0 to 1 score the same);
   * the cost is for pages made of fragments (lists, live blogs).
   */
  short: number;
  shortWords: number;
  /**
   * Cost of opening with a back-pointing pronoun ("He added that …") when the sentence before
   * is not in the summary. Small on purpose: on the dev data 0.1 scored best and 0.3 or more
   * cost a tenth of a ROUGE point, because the human summaries themselves often continue with
   * "He"/"She" about the main actor; the cost only breaks near-ties.
   */
  anaphor: number;
  /**
   * Gain per unit of directed centrality (mean cosine with later sentences; typical values are
   * 0 to 0.1). 6 scored best on both dev halves (+0.2 ROUGE-1 over 0, mostly in ROUGE-2);
   * 10 scores a little lower.
   */
  support: number;
  /**
   * Gain of a paragraph's first sentence, when the body has paragraphs: writers put a
   * paragraph's point first. Not measurable on the dev data (one paragraph per article), so kept
   * small: it breaks near-ties and no more.
   */
  paragraphOpening: number;
  /**
   * Cosine similarity above which a sentence counts as a repeat of one already picked. The
   * word coverage already keeps repeats out on the dev data (0.5 to 1 score the same); this cap
   * guards pages that print the same sentence twice (a caption under a photo, a pull quote).
   */
  nearDuplicate: number;
}

/** The sentence weights in use; see {@link SentenceWeights}. */
export const SENTENCE_WEIGHTS: Readonly<SentenceWeights> = Object.freeze({
  targetWords: 26,
  speech: 0.5,
  mainActorRelief: 0.5,
  question: 1,
  short: 1,
  shortWords: 6,
  anaphor: 0.1,
  support: 6,
  paragraphOpening: 0.1,
  nearDuplicate: 0.8,
});

/** All the knobs of the ranking, for experiments; the defaults are the constants above. */
export interface RankingWeights {
  words: WordWeights;
  sentences: SentenceWeights;
}

export const RANKING_WEIGHTS: Readonly<RankingWeights> = Object.freeze({ words: WORD_WEIGHTS, sentences: SENTENCE_WEIGHTS });

/** What the ranking may use besides the text: the title and the other stages' findings. */
export interface RankingContext {
  title?: string | null;
  /** Entities with their salience (any order). */
  entities?: readonly Entity[];
  quotes?: readonly Quote[];
}

/** How many key sentences to return for a document of `sentenceTotal` sentences, from a count or a share. */
export function keySentenceCount(sentenceTotal: number, sentences: number, ratio: number | null): number {
  const wanted = ratio === null ? sentences : Math.ceil(sentenceTotal * ratio);
  return Math.max(0, Math.min(sentenceTotal, wanted));
}

/** One sentence as the selection sees it. */
interface Candidate {
  index: number;
  /** Its distinct word ids. */
  words: Int32Array;
  length: number;
  /** e^(gains − costs) from its cues. */
  multiplier: number;
  anaphoric: boolean;
  vector: SentenceVector;
}

/**
 * The `count` key sentences of `doc` (fewer when the article has fewer usable sentences), in
 * document order, each with its `rank` (1 = picked first, the most important) and `score` (the
 * sentence's worth as a one-sentence summary, 0..1).
 */
export function rankKeySentences(doc: NlpDoc, count: number, context: RankingContext = {}, weights: Readonly<RankingWeights> = RANKING_WEIGHTS): KeySentence[] {
  if (count <= 0 || doc.sentences.length === 0) return [];
  const entities = context.entities ?? [];
  const cues = sentenceCues(doc, context.quotes ?? [], mainActor(entities));
  const headline = normalizeLine(context.title ?? '');
  // The headline, when the body repeats it, is shown as the title: a summary does not repeat it.
  const usable = cues.flatMap((cue, index) => (cue.boilerplate || (headline !== '' && normalizeLine(doc.sentences[index]!.text) === headline) ? [] : [index]));
  const indices = usable;
  if (indices.length === 0) return [];
  // Fragments, headings and table rows count as text (their words are the article's) but are
  // picked only when the text has no prose at all.
  const anyProse = indices.some((index) => !cues[index]!.notProse);

  const table = buildWordTable(doc, indices, entities, context.title);
  const probability = wordProbabilities(table, indices.length, weights.words);
  const vectors = sentenceVectors(doc, indices, table);
  const support = forwardSupport(vectors, table.keys.length);
  const w = weights.sentences;

  const candidates: Candidate[] = indices.flatMap((index, k) => {
    const cue = cues[index]!;
    if (anyProse && cue.notProse) return [];
    return [{ index, words: table.sentenceWords[k]!, length: table.sentenceLength[k]!, multiplier: Math.exp(logWorth(cue, support[k]!, w)), anaphoric: cue.anaphoric, vector: vectors[k]! }];
  });

  const picked = pickGreedily(candidates, probability, Math.min(count, candidates.length), w);
  return picked
    .map(({ candidate, rank }) => {
      const sentence = doc.sentences[candidate.index]!;
      let salience = 0;
      for (const id of candidate.words) salience += probability[id]!;
      const alone = (2 * candidate.multiplier * salience) / (candidate.length + w.targetWords);
      return { ...textSpan(doc.text, sentence.start + datelineLength(sentence.text), sentence.end), rank, score: Math.round(Math.min(1, alone) * 1000) / 1000 };
    })
    .sort((a, b) => a.start - b.start);
}

/** A line compared with the title: case, spacing and closing punctuation ignored. */
function normalizeLine(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').replace(/(?<![\s.!?:;,])[\s.!?:;,]+$/, '').trim();
}

/** The most salient person or organization: the actor whose claims a summary should carry. */
function mainActor(entities: readonly Entity[]): string | null {
  let best: Entity | null = null;
  for (const entity of entities) {
    if (entity.type !== 'PERSON' && entity.type !== 'ORG') continue;
    if (!best || entity.salience > best.salience) best = entity;
  }
  return best?.id ?? null;
}

/** The logarithm of a sentence's multiplier: its cues' gains minus their costs. */
function logWorth(cue: SentenceCues, support: number, w: Readonly<SentenceWeights>): number {
  let log = 0;
  log -= w.speech * cue.speech * (cue.mainActorSpeech ? 1 - w.mainActorRelief : 1);
  if (cue.question) log -= w.question;
  if (cue.words < w.shortWords) log -= w.short;
  if (cue.opensParagraph) log += w.paragraphOpening;
  log += w.support * support;
  return log;
}

/**
 * Greedy selection for the best expected F1: each step adds the sentence that most raises
 * 2·(salience held)/(words used + target words). Ties go to the earlier sentence. Each
 * candidate's gain (the salience of its words not yet covered) is kept up to date word by word,
 * so a step costs one pass over the candidates however many sentences are asked for.
 */
function pickGreedily(candidates: readonly Candidate[], probability: Float64Array, count: number, w: Readonly<SentenceWeights>): Array<{ candidate: Candidate; rank: number }> {
  const n = candidates.length;
  const target = w.targetWords * count;
  const covered = new Uint8Array(probability.length);
  const chosen = new Uint8Array(n);
  const blocked = new Uint8Array(n);
  const gain = new Float64Array(n);
  // The candidates using each word, to lower their gains when the word gets covered.
  const users = new Map<number, number[]>();
  candidates.forEach((candidate, k) => {
    for (const id of candidate.words) {
      gain[k]! += probability[id]!;
      let list = users.get(id);
      if (!list) users.set(id, (list = []));
      list.push(k);
    }
  });
  const picked: Array<{ candidate: Candidate; rank: number }> = [];
  const anaphorFactor = Math.exp(-w.anaphor);
  let held = 0;
  let used = 0;
  while (picked.length < count) {
    let best = -1;
    let bestValue = -Infinity;
    let bestHeld = 0;
    for (let k = 0; k < n; k++) {
      if (chosen[k] || blocked[k]) continue;
      const candidate = candidates[k]!;
      let multiplier = candidate.multiplier;
      // The pronoun's antecedent is in the sentence before, which the reader will not see.
      if (candidate.anaphoric && !(k > 0 && chosen[k - 1] && candidates[k - 1]!.index === candidate.index - 1)) multiplier *= anaphorFactor;
      const newHeld = held + gain[k]! * multiplier;
      const value = (2 * newHeld) / (used + candidate.length + target);
      if (value > bestValue) {
        bestValue = value;
        best = k;
        bestHeld = newHeld;
      }
    }
    if (best < 0) break;
    const candidate = candidates[best]!;
    chosen[best] = 1;
    for (const id of candidate.words) {
      if (covered[id]) continue;
      covered[id] = 1;
      for (const k of users.get(id)!) gain[k]! -= probability[id]!;
    }
    // Near repeats of the new key sentence are out.
    for (let k = 0; k < n; k++) if (!chosen[k] && !blocked[k] && cosine(candidate.vector, candidates[k]!.vector) > w.nearDuplicate) blocked[k] = 1;
    held = bestHeld;
    used += candidate.length;
    picked.push({ candidate, rank: picked.length + 1 });
  }
  return picked;
}
