/**
 * Word salience: how likely each word of an article is to appear in a good summary of it.
 *
 * A word (its lower-cased normal form) is described by a few facts of the article itself: in
 * how many sentences it occurs, how early it first appears, whether it is a function word or a
 * number, whether it names a salient entity and whether the title uses it. A logistic function
 * with the named weights below turns these facts into a probability. The model holds no
 * vocabulary: every fact is measured on the article being summarized.
 */
import type { Entity } from '../../summary.js';
import type { NlpDoc, Token } from '../../nlp/doc.js';

/**
 * Weights of the word model, on the logit scale (+0.7 doubles the odds). They were chosen on
 * the CNN/DailyMail dev articles by maximum likelihood (does the word occur in the human
 * highlights?) on one half of the set, checked on the other half, and rounded; each also says
 * something a news editor would expect.
 */
export interface WordWeights {
  /** Odds of a word before any evidence. */
  bias: number;
  /** × ln(sentences using the word): what an article keeps returning to is its topic. */
  spread: number;
  /** × ln(1 + index of the first sentence using it): the inverted pyramid puts the news first. */
  lateness: number;
  /**
   * Added when the word first appears in the very first sentence. An opening sentence often
   * sets a scene or teases ("It was a day like any other"), so its words are about as likely as
   * the second sentence's, not more: this takes back most of the head start `lateness` gives.
   */
  lede: number;
  /** Added for function words (the, of, was …): they carry no content of their own. */
  functionWord: number;
  /** Added for numbers: figures are facts summaries keep. */
  number: number;
  /** × the salience (0..1) of the entity the word names: the main actors are what the story is about. */
  entity: number;
  /**
   * Added when the title uses the word. The dev articles carry no title, so this could not be
   * measured; it is set to the pull of a word used in about four times as many sentences, a
   * headline word being at least as telling as a recurring one.
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
  entity: 0.55,
  title: 1.5,
  length: -0.35,
});

/** A word's key: its lower-cased normal form, or null for punctuation, symbols and spaces. */
export function wordKey(token: Token): string | null {
  if (token.pos === 'SPACE' || token.pos === 'PUNCT') return null;
  return hasWordCharacter(token.text) ? token.normal : null;
}

/** Whether `text` holds a letter or a digit (an ASCII fast path; a regex for the rest). */
export function hasWordCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
    if (c >= 128 && WORD_CHARACTER.test(text[i]!)) return true;
  }
  return false;
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** The words of a title, in the form {@link wordKey} gives for body tokens. */
export function titleWords(title: string | null | undefined): Set<string> {
  const words = new Set<string>();
  if (!title) return words;
  for (const match of title.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) words.add(match[0]);
  return words;
}

/**
 * The words of the candidate sentences, numbered: `tokenWord[t]` is the word id of token `t`
 * (-1 for none), `sentenceWords[k]` the distinct word ids of the k-th candidate, and the stats
 * arrays hold, per word id, what the word model reads.
 */
export interface WordTable {
  keys: string[];
  tokenWord: Int32Array;
  sentenceWords: Int32Array[];
  /** Word tokens per candidate sentence. */
  sentenceLength: number[];
  /** Candidate sentences using the word. */
  spread: Int32Array;
  /** Candidate rank of the first sentence using the word. */
  first: Int32Array;
  occurrences: Int32Array;
  functionUses: Int32Array;
  /** 1 for words mostly used as function words. */
  functionWord: Uint8Array;
  numberUses: Int32Array;
  /** Highest salience of an entity whose mention contains the word; 0 when none. */
  entitySalience: Float64Array;
  inTitle: Uint8Array;
}

/** Builds the {@link WordTable} of `candidates` (sentence indices in document order). */
export function buildWordTable(doc: NlpDoc, candidates: readonly number[], entities: readonly Entity[], title: string | null | undefined): WordTable {
  const ids = new Map<string, number>();
  const keys: string[] = [];
  const tokenWord = new Int32Array(doc.tokens.length).fill(-1);
  const salienceAt = entitySalienceByToken(doc, entities);
  const tokenSalience: number[] = [];
  // Per word id, the candidate rank it was last listed in: each word is listed once per sentence.
  const lastListed: number[] = [];
  const sentenceWords: Int32Array[] = [];
  const sentenceLength: number[] = [];
  // First pass: number the words and list each sentence's distinct words.
  candidates.forEach((index, rank) => {
    const sentence = doc.sentences[index]!;
    const distinct: number[] = [];
    let length = 0;
    for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
      const key = wordKey(doc.tokens[t]!);
      if (key === null) continue;
      length++;
      let id = ids.get(key);
      if (id === undefined) {
        id = keys.length;
        ids.set(key, id);
        keys.push(key);
        tokenSalience.push(0);
        lastListed.push(-1);
      }
      tokenWord[t] = id;
      if (lastListed[id] !== rank) {
        lastListed[id] = rank;
        distinct.push(id);
      }
      if (salienceAt !== null && salienceAt[t]! > tokenSalience[id]!) tokenSalience[id] = salienceAt[t]!;
    }
    sentenceWords.push(Int32Array.from(distinct));
    sentenceLength.push(length);
  });
  const n = keys.length;
  const table: WordTable = {
    keys,
    tokenWord,
    sentenceWords,
    sentenceLength,
    spread: new Int32Array(n),
    first: new Int32Array(n).fill(-1),
    occurrences: new Int32Array(n),
    functionUses: new Int32Array(n),
    functionWord: new Uint8Array(n),
    numberUses: new Int32Array(n),
    entitySalience: Float64Array.from(tokenSalience),
    inTitle: new Uint8Array(n),
  };
  // Second pass: the counts.
  candidates.forEach((index, rank) => {
    for (const id of sentenceWords[rank]!) {
      table.spread[id]!++;
      if (table.first[id] === -1) table.first[id] = rank;
    }
    const sentence = doc.sentences[index]!;
    for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
      const id = tokenWord[t]!;
      if (id < 0) continue;
      const token = doc.tokens[t]!;
      table.occurrences[id]!++;
      if (token.stop) table.functionUses[id]!++;
      if (token.pos === 'NUM') table.numberUses[id]!++;
    }
  });
  for (let id = 0; id < n; id++) if (table.functionUses[id]! * 2 > table.occurrences[id]!) table.functionWord[id] = 1;
  for (const word of titleWords(title)) {
    const id = ids.get(word);
    if (id !== undefined) table.inTitle[id] = 1;
  }
  return table;
}

/** Salience of the entity mention covering each token, by token index (a sweep over sorted mentions); null without entities. */
function entitySalienceByToken(doc: NlpDoc, entities: readonly Entity[]): Float64Array | null {
  const spans: Array<[number, number, number]> = [];
  for (const entity of entities) for (const mention of entity.mentions) spans.push([mention.start, mention.end, entity.salience]);
  if (spans.length === 0) return null;
  const out = new Float64Array(doc.tokens.length);
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
      if (salience > out[t]!) out[t] = salience;
      t++;
    }
  }
  return out;
}

/**
 * The chance, 0..1, that a summary uses each word of `table`, for an article of
 * `sentenceCount` candidate sentences.
 */
export function wordProbabilities(table: WordTable, sentenceCount: number, weights: Readonly<WordWeights> = WORD_WEIGHTS): Float64Array {
  const n = table.keys.length;
  const out = new Float64Array(n);
  const base = weights.bias + weights.length * Math.log(Math.max(1, sentenceCount));
  for (let id = 0; id < n; id++) {
    let logit = base;
    logit += weights.spread * Math.log(table.spread[id]!);
    logit += weights.lateness * Math.log(1 + table.first[id]!);
    if (table.first[id] === 0) logit += weights.lede;
    if (table.functionWord[id]) logit += weights.functionWord;
    if (table.numberUses[id]! * 2 > table.occurrences[id]!) logit += weights.number;
    logit += weights.entity * table.entitySalience[id]!;
    if (table.inTitle[id]) logit += weights.title;
    out[id] = 1 / (1 + Math.exp(-logit));
  }
  return out;
}
