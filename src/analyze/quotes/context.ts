/**
 * Shared token-level view of a document for the quotes stage: which tokens sit inside
 * quotation marks, which paragraph each token belongs to, and small token predicates.
 */
import type { NlpDoc, Token } from '../../nlp/doc.js';
import type { QuoteSpan } from './spans.js';

export interface QuoteContext {
  doc: NlpDoc;
  text: string;
  /** The document's tokens, with `normal` and `lemma` in lower case. */
  tokens: readonly Token[];
  spans: readonly QuoteSpan[];
  /** Index of the quote span whose marks enclose the token (marks included), or -1. */
  quoteOfToken: Int32Array;
  /** Paragraph index of each token (whitespace between paragraphs gets the next one). */
  paragraphOfToken: Int32Array;
  /** First and one-past-last token of each paragraph. */
  paragraphTokens: Array<[number, number]>;
  /** First and one-past-last token of each quote span, marks included. */
  spanTokens: Array<[number, number]>;
}

/** Builds the token view in one sweep over tokens, spans and paragraphs. */
export function buildContext(doc: NlpDoc, spans: readonly QuoteSpan[]): QuoteContext {
  // Lexicon look-ups want lower case; wink keeps the case of some proper nouns in `normal`
  // and `lemma`, so those tokens are copied once here rather than lower-cased at every look-up.
  // The copy is written field by field in the order `nlp/doc.ts` creates tokens, so that all
  // tokens keep one object shape (a spread copy would make every later access polymorphic).
  const tokens = doc.tokens.map((t): Token => {
    if (!hasUpper(t.normal) && !hasUpper(t.lemma)) return t;
    return { text: t.text, start: t.start, end: t.end, pos: t.pos, kind: t.kind, lemma: t.lemma.toLowerCase(), normal: t.normal.toLowerCase(), before: t.before, stop: t.stop, sentence: t.sentence };
  });
  const quoteOfToken = new Int32Array(tokens.length).fill(-1);
  const paragraphOfToken = new Int32Array(tokens.length).fill(-1);
  const paragraphTokens: Array<[number, number]> = doc.paragraphs.map(() => [0, 0]);
  const spanTokens: Array<[number, number]> = spans.map(() => [0, 0]);

  let p = 0;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    while (p < doc.paragraphs.length - 1 && token.start >= doc.paragraphs[p]!.end) p++;
    paragraphOfToken[t] = p;
  }
  for (let i = 0; i < paragraphTokens.length; i++) paragraphTokens[i] = [tokens.length, tokens.length];
  for (let t = tokens.length - 1; t >= 0; t--) {
    const range = paragraphTokens[paragraphOfToken[t]!];
    if (range) range[0] = t;
  }
  for (let t = 0; t < tokens.length; t++) {
    const range = paragraphTokens[paragraphOfToken[t]!];
    if (range) range[1] = t + 1;
  }

  let s = 0;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    while (s < spans.length && spans[s]!.outerEnd <= token.start) s++;
    const span = spans[s];
    if (span && token.start >= span.outerStart && token.start < span.outerEnd && token.end > token.start) quoteOfToken[t] = s;
  }
  for (let i = 0; i < spans.length; i++) spanTokens[i] = [tokens.length, 0];
  for (let t = 0; t < tokens.length; t++) {
    const q = quoteOfToken[t]!;
    if (q < 0) continue;
    const range = spanTokens[q]!;
    if (t < range[0]) range[0] = t;
    range[1] = t + 1;
  }
  // A span no token starts in (wink merged a mark into a word): place it by offsets.
  for (let i = 0; i < spans.length; i++) {
    const range = spanTokens[i]!;
    if (range[1] > range[0]) continue;
    const at = firstTokenAtOrAfter(tokens, spans[i]!.outerStart);
    spanTokens[i] = [at, at];
  }
  return { doc, text: doc.text, tokens, spans, quoteOfToken, paragraphOfToken, paragraphTokens, spanTokens };
}

/** True when `s` has a letter that lower-casing would change (checked without allocating). */
function hasUpper(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code >= 65 && code <= 90) return true;
    if (code >= 128 && s[i] !== s[i]!.toLowerCase()) return true;
  }
  return false;
}

/** Index of the first token starting at or after `offset` (binary search). */
export function firstTokenAtOrAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Sentence-ending punctuation as a token, whatever follows it (see {@link endsSentence}). */
export function isTerminator(token: Token): boolean {
  return token.pos === 'PUNCT' && /^(?:[.!?;]+|…|\.\.\.)$/.test(token.text);
}

/**
 * True when token `t` ends a sentence: a terminator that is not an abbreviation's dot
 * ("(D-Wis.)", "Rev. Smith") — one followed by a closing bracket, a comma or a lower-case word.
 */
export function endsSentence(tokens: readonly Token[], t: number): boolean {
  const token = tokens[t];
  if (!token || !isTerminator(token)) return false;
  if (token.text !== '.') return true;
  let n = t + 1;
  while (n < tokens.length && (tokens[n]!.pos === 'SPACE' || tokens[n]!.end <= tokens[n]!.start)) n++;
  const next = tokens[n];
  if (!next) return true;
  if (next.before.includes('\n')) return true;
  if (next.text === ')' || next.text === ',' || next.text === ']') return false;
  if (/^\p{Ll}/u.test(next.text)) return false;
  // "Rev. Peter …": a dot glued to a short capitalized abbreviation.
  const previous = tokens[t - 1];
  if (previous && token.before === '' && /^\p{Lu}[\p{Ll}]{0,3}$/u.test(previous.text) && TITLE_ABBREVIATIONS.has(previous.text.toLowerCase())) return false;
  return true;
}

/** Abbreviated titles that wink may split from their dot ("Rev" "."). */
export const TITLE_ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'rev', 'gen', 'sen', 'gov', 'lt', 'col', 'sgt', 'capt', 'maj', 'adm', 'prof', 'st', 'jr', 'sr', 'rep', 'cmdr', 'supt', 'insp', 'det', 'amb', 'pres', 'hon', 'fr', 'msgr', 'mt', 'ft']);

/** True when the token's text starts with an upper-case letter. */
export function isCapitalized(token: Token): boolean {
  const code = token.text.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return /^\p{Lu}/u.test(token.text);
}

/** True when the token holds a letter or digit. */
export function isWord(token: Token): boolean {
  const text = token.text;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true;
    if (code >= 128) return /[\p{L}\p{N}]/u.test(text);
  }
  return false;
}

/** A plural noun's singular by the regular rules ("protesters" → "protester"), or the word itself. */
export function singularOf(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** True when the token is the plural of a people noun ("protesters", "Officials"). */
export function isPluralPeople(token: Token, people: ReadonlySet<string>): boolean {
  const singular = singularOf(token.normal);
  return singular !== token.normal && (people.has(singular) || people.has(token.lemma));
}
