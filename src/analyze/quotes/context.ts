/**
 * Shared token-level view of a document for the quotes stage: which tokens sit inside
 * quotation marks, which paragraph each token belongs to, and small token predicates.
 */
import type { NlpDoc, Token } from '../../nlp/doc.js';
import type { QuoteMarks, QuoteSpan } from './spans.js';
import { ABBREVIATIONS } from '../../language/people.js';

export interface QuoteContext {
  doc: NlpDoc;
  text: string;
  /** The document's tokens. */
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

/** Builds the token view in one sweep over tokens and paragraphs. */
export function buildContext(doc: NlpDoc, marks: QuoteMarks): QuoteContext {
  const tokens = doc.tokens;
  const paragraphOfToken = new Int32Array(tokens.length).fill(-1);
  const paragraphTokens: Array<[number, number]> = doc.paragraphs.map(() => [tokens.length, tokens.length]);
  let p = 0;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    while (p < doc.paragraphs.length - 1 && token.start >= doc.paragraphs[p]!.end) p++;
    paragraphOfToken[t] = p;
  }
  for (let t = tokens.length - 1; t >= 0; t--) {
    const range = paragraphTokens[paragraphOfToken[t]!];
    if (range) range[0] = t;
  }
  for (let t = 0; t < tokens.length; t++) {
    const range = paragraphTokens[paragraphOfToken[t]!];
    if (range) range[1] = t + 1;
  }
  return { doc, text: doc.text, tokens, spans: marks.spans, quoteOfToken: marks.quoteOfToken, paragraphOfToken, paragraphTokens, spanTokens: marks.spanTokens };
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
  // "N.Y.", "U.S.": a dot between two letters, with no space on either side.
  if (token.before === '' && next.start === token.end && /^\p{L}/u.test(next.text)) return false;
  // "Rev. Peter …": a dot glued to a short capitalized abbreviation.
  const previous = tokens[t - 1];
  if (previous && token.before === '' && /^\p{Lu}[\p{Ll}]{0,3}$/u.test(previous.text) && ABBREVIATIONS.has(previous.text.toLowerCase())) return false;
  return true;
}

