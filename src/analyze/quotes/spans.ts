/**
 * Quotation-mark spans of a body, paragraph by paragraph: straight and curly double marks
 * (mixed freely), doubled single marks used as double ones (‘‘ ’’ '' ``), and quotes that run
 * on over several paragraphs (a paragraph left open and the next one reopened with a mark).
 * Single marks (' ‘ ’) outside double-quoted spans pair too — the British style (‘We are
 * ready,’ she said) and headlines (says ‘no deal’) — once told apart from apostrophes
 * (don't, O’Brien, ’90s, the students’ union); single quotes nested inside double ones stay
 * part of them, and double quotes nested inside single ones part of those.
 */

import type { NlpDoc, Token } from '../../nlp/doc.js';
import { ELIDED_WORD_ENDS, ELIDED_WORD_STARTS } from '../../language/words.js';

/** One pair of marks (or an opening mark left open to the paragraph's end). */
export interface QuoteSpan {
  /** The text inside the marks, outer whitespace trimmed. */
  start: number;
  end: number;
  /** From the opening mark to just past the closing mark (or the paragraph's end when open). */
  outerStart: number;
  outerEnd: number;
  /** Index into the paragraphs given. */
  paragraph: number;
  /** False when the paragraph (or a new opening mark) ended the quote before a closing mark. */
  closed: boolean;
  /** True when this span reopens a quote left open at the end of the previous paragraph. */
  continues: boolean;
}

type Role = 'open' | 'close' | 'both';

interface Mark {
  length: number;
  role: Role;
}

/** Characters that may start a mark, to jump from one to the next. */
const MARK_CANDIDATE = /["'`«»\u2018-\u201f\uff02]/g;

/**
 * The offsets of every character of `text` that may start a mark, in order, found in one pass.
 * Each paragraph reads its own stretch of this list: a search for the next mark from each
 * paragraph's start would run on past its end, to the text's next mark, and a text of many
 * paragraphs with few marks would be read once per paragraph.
 */
function markCandidates(text: string): Int32Array {
  const found: number[] = [];
  MARK_CANDIDATE.lastIndex = 0;
  for (let match = MARK_CANDIDATE.exec(text); match; match = MARK_CANDIDATE.exec(text)) found.push(match.index);
  return Int32Array.from(found);
}

/** Index of the first entry of `sorted` at or after `offset` (binary search). */
function firstAtOrAfter(sorted: Int32Array, offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** From index `c` of `sorted`, the first entry at or after `offset` (a short walk forward). */
function skipTo(sorted: Int32Array, c: number, offset: number): number {
  while (c < sorted.length && sorted[c]! < offset) c++;
  return c;
}

/** The double quotation mark that starts at `i`, if any. */
function markAt(text: string, i: number): Mark | null {
  const code = text.charCodeAt(i);
  // Fast exit for everything but " ' ` « » ‘ ’ ‚ ‛ “ ” „ ‟ ＂.
  if (code !== 34 && code !== 39 && code !== 96 && code !== 0xab && code !== 0xbb && (code < 0x2018 || code > 0x201f) && code !== 0xff02) return null;
  const c = text[i]!;
  const pair = text.slice(i, i + 2);
  if (pair === '‘‘' || pair === '``') return { length: 2, role: 'open' };
  if (pair === '’’') return { length: 2, role: 'close' };
  if (pair === "''") return { length: 2, role: 'both' };
  switch (c) {
    case '“':
    case '„':
    case '‟':
    case '«':
      return { length: 1, role: 'open' };
    case '”':
    case '»':
      return { length: 1, role: 'close' };
    case '"':
    case '＂':
      return { length: 1, role: 'both' };
    default:
      return null;
  }
}

function isSpace(c: string | undefined): boolean {
  return c === undefined || /\s/u.test(c);
}

/** Characters after which a mark opens a quote rather than closes one. */
const OPENING_CONTEXT = new Set(['(', '[', '{', '—', '–', '-', '/', ':', '“', '‘', '"', "'"]);
/** Characters before which a mark closes a quote. */
function isClosingContext(c: string | undefined): boolean {
  return isSpace(c) || (c !== undefined && /[\p{P}\p{S}]/u.test(c) && c !== '(' && c !== '[');
}

/** A pair of marks found in one paragraph, before trimming. */
interface Pair {
  /** The opening mark. */
  openAt: number;
  /** Just past the opening mark. */
  openEnd: number;
  /** The closing mark (or where the quote stopped when it was left open). */
  closeStart: number;
  /** Just past the closing mark. */
  outerEnd: number;
  closed: boolean;
}

/** The pairs of one paragraph and whether a quote runs on past its end. */
interface Paired {
  pairs: Pair[];
  leftOpen: boolean;
}

/**
 * Quote spans of `text` inside the given paragraphs (which must be in order and not overlap),
 * in document order: double marks first, then single marks outside them (British style and
 * headlines: ‘We are ready,’ she said), told apart from apostrophes. A single-quoted span
 * that encloses double-quoted ones (‘He called it “mad”,’) keeps them as part of itself.
 */
export function findQuoteSpans(text: string, paragraphs: ReadonlyArray<{ start: number; end: number }>): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const candidates = markCandidates(text);
  let previousLeftOpen = false;
  paragraphs.forEach((paragraph, index) => {
    const doubles = pairDoubleMarks(text, paragraph, candidates);
    const singles = pairSingleMarks(text, paragraph, doubles.pairs, paragraphs[index + 1], candidates);
    let firstInParagraph = true;
    for (const pair of mergePairs(doubles.pairs, singles.pairs)) {
      let start = pair.openEnd;
      let end = pair.closeStart;
      while (start < end && isSpace(text[start])) start++;
      while (end > start && isSpace(text[end - 1])) end--;
      if (end <= start) continue;
      const continues = firstInParagraph && previousLeftOpen && onlySpaceBefore(text, paragraph.start, pair.openAt);
      spans.push({ start, end, outerStart: pair.openAt, outerEnd: pair.outerEnd, paragraph: index, closed: pair.closed, continues });
      firstInParagraph = false;
    }
    previousLeftOpen = doubles.leftOpen || singles.leftOpen;
  });
  return spans;
}

/** Both lists of pairs in document order, less the double pairs a single pair encloses. */
function mergePairs(doubles: readonly Pair[], singles: readonly Pair[]): Pair[] {
  if (singles.length === 0) return doubles as Pair[];
  const merged: Pair[] = [];
  let d = 0;
  for (const single of singles) {
    for (; d < doubles.length && doubles[d]!.openAt < single.openAt; d++) merged.push(doubles[d]!);
    while (d < doubles.length && doubles[d]!.outerEnd <= single.outerEnd) d++;
    merged.push(single);
  }
  for (; d < doubles.length; d++) merged.push(doubles[d]!);
  return merged;
}

/** Double-mark pairs of one paragraph. */
function pairDoubleMarks(text: string, paragraph: { start: number; end: number }, candidates: Int32Array): Paired {
  const pairs: Pair[] = [];
  let openAt = -1;
  let openEnd = -1;
  const close = (closeStart: number, outerEnd: number, closed: boolean): void => {
    pairs.push({ openAt, openEnd, closeStart, outerEnd, closed });
    openAt = -1;
  };

  let c = firstAtOrAfter(candidates, paragraph.start);
  while (c < candidates.length && candidates[c]! < paragraph.end) {
    const i = candidates[c++]!;
    const mark = markAt(text, i);
    if (!mark) continue;
    const before = text[i - 1];
    const after = text[i + mark.length];
    const leftFlanking = !isSpace(after) && (i === paragraph.start || isSpace(before) || OPENING_CONTEXT.has(before!));
    const rightFlanking = !isSpace(before) && i > paragraph.start && isClosingContext(after);
    // attr="value": markup left in the text, not a quotation.
    if (openAt < 0 && before === '=') {
      const end = text.indexOf(text[i]!, i + mark.length);
      if (end > i && end < paragraph.end) c = skipTo(candidates, c, end + 1);
      continue;
    }
    if (openAt < 0) {
      // A closing mark in opening position is a feed that uses one mark for both; at the very
      // start of a paragraph any mark opens ("” … what I learned …").
      const opens = onlySpaceBefore(text, paragraph.start, i) && (!isSpace(text[i + mark.length]) || !isSpace(text[i + mark.length + 1])) ? true : mark.role === 'open' ? !(rightFlanking && !leftFlanking) : mark.role === 'both' ? leftFlanking || !rightFlanking : leftFlanking && !rightFlanking;
      if (opens) {
        openAt = i;
        openEnd = i + mark.length;
      }
    } else if (mark.role === 'open' && leftFlanking && !rightFlanking) {
      // A second opening mark: the first was never closed. End it here and start anew.
      close(i, i, false);
      openAt = i;
      openEnd = i + mark.length;
    } else {
      close(i, i + mark.length, true);
    }
    c = skipTo(candidates, c, i + mark.length);
  }
  if (openAt >= 0) {
    close(paragraph.end, paragraph.end, false);
    return { pairs, leftOpen: true };
  }
  return { pairs, leftOpen: false };
}

function isSingleMarkChar(c: string | undefined): boolean {
  return c === "'" || c === '‘' || c === '’';
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

/** Longest word read after a mark to tell an elided word ('til, ’90s) from a quote's first word. */
const ELIDED_WORD_MAX_LENGTH = 6;

/** Letters after which a closing single mark may instead be a possessive apostrophe (the students’ union, Jesus', Marx'). */
const POSSESSIVE_ENDINGS = new Set(['s', 'S', 'x', 'X', 'z', 'Z']);

/**
 * A single mark that opens a quote, or one that may close it: `certain` when nothing but a
 * quotation mark stands there (after punctuation or most letters), uncertain when it may also
 * be an apostrophe ending a word (a plural possessive, goin', a measure in feet).
 */
type SingleMark = { role: 'open'; apostropheShaped: boolean } | { role: 'close'; certain: boolean };

/** The single quotation mark at `i` inside `paragraph`, or null for an apostrophe or a mark of no use. */
function singleMarkAt(text: string, i: number, paragraph: { start: number; end: number }): SingleMark | null {
  const before = i > paragraph.start ? text[i - 1] : undefined;
  const after = i + 1 < paragraph.end ? text[i + 1] : undefined;
  // Doubled singles ('' ‘‘ ’’) are double marks; longer runs are left alone.
  if (isSingleMarkChar(before) || isSingleMarkChar(after)) return null;
  // Inside a word: don't, O’Brien, we’re, rock’n’roll, 5'11".
  if (isWordChar(before) && isWordChar(after)) return null;
  const leftFlanking = !isSpace(after) && (before === undefined || isSpace(before) || OPENING_CONTEXT.has(before));
  const rightFlanking = !isSpace(before) && isClosingContext(after);
  if (leftFlanking === rightFlanking) return null;
  if (leftFlanking) return elidedWordAt(text, i + 1, paragraph.end) ? null : { role: 'open', apostropheShaped: text[i] === '’' };
  if (/\d/.test(before!)) {
    // 6' 2": feet, not a closing mark.
    const next = isSpace(after) ? text[i + 2] : after;
    if (next !== undefined && /[\d"″]/.test(next)) return null;
    return { role: 'close', certain: false };
  }
  if (isWordChar(before)) return { role: 'close', certain: !POSSESSIVE_ENDINGS.has(before!) && !elidedWordBefore(text, i, paragraph.start) };
  return { role: 'close', certain: true };
}

/** True when the word at `from` is one an apostrophe shortens at its start: 'em, 'til, ’n’, ’90s, '08. */
function elidedWordAt(text: string, from: number, limit: number): boolean {
  let end = from;
  while (end < limit && end - from <= ELIDED_WORD_MAX_LENGTH && isWordChar(text[end])) end++;
  if (end - from > ELIDED_WORD_MAX_LENGTH) return false;
  const word = text.slice(from, end);
  return /^\d\ds?$/.test(word) || ELIDED_WORD_STARTS.has(word.toLowerCase());
}

/** True when the word ending at `end` is one an apostrophe shortens at its end: goin', nothin', ol', o', rock 'n'. */
function elidedWordBefore(text: string, end: number, limit: number): boolean {
  if (text[end - 1] === 'n' && text[end - 2] === 'i') return true;
  let start = end;
  while (start > limit && end - start <= ELIDED_WORD_MAX_LENGTH && isWordChar(text[start - 1])) start--;
  return ELIDED_WORD_ENDS.has(text.slice(start, end).toLowerCase());
}

/** True when `text` from `from` to `to` holds a sentence end followed by a new sentence ("… today. The …"). */
function crossesSentence(text: string, from: number, to: number): boolean {
  for (let i = from; i < to - 2; i++) {
    const c = text[i];
    if ((c === '.' || c === '!' || c === '?') && isSpace(text[i + 1])) {
      let j = i + 1;
      while (j < to && isSpace(text[j])) j++;
      if (j < to && /[\p{Lu}"“‘']/u.test(text[j]!)) return true;
      i = j - 1;
    }
  }
  return false;
}

/** True when the paragraph's last visible character ends a sentence. */
function endsWithSentence(text: string, paragraph: { start: number; end: number }): boolean {
  let i = paragraph.end - 1;
  while (i >= paragraph.start && isSpace(text[i])) i--;
  return i >= paragraph.start && /[.!?…]/.test(text[i]!);
}

/** True when the paragraph starts with a single mark that opens a quote. */
function opensWithSingle(text: string, paragraph: { start: number; end: number }): boolean {
  let i = paragraph.start;
  while (i < paragraph.end && isSpace(text[i])) i++;
  if (!isSingleMarkChar(text[i])) return false;
  const mark = singleMarkAt(text, i, paragraph);
  return mark?.role === 'open' && !mark.apostropheShaped;
}

/**
 * Single-mark pairs of one paragraph, outside its double-mark pairs. A mark inside a word is an
 * apostrophe, and so is one before an elided word ('em, ’90s); a closing mark after s, x or z
 * may be a plural possessive (the students’ union), so it closes a quote only when no certain
 * closing mark comes before the next opening one and the quote it would close stays within one
 * sentence and holds no double-quoted span. An opening ’ (an apostrophe's shape) needs a certain
 * closing mark. A quote left open runs on only when the next paragraph opens with a single mark;
 * otherwise it is no quote.
 */
function pairSingleMarks(text: string, paragraph: { start: number; end: number }, doubles: readonly Pair[], next: { start: number; end: number } | undefined, candidates: Int32Array): Paired {
  const pairs: Pair[] = [];
  let openAt = -1;
  let apostropheShaped = false;
  /** The first uncertain closing mark since the opening one, or -1. */
  let maybeClose = -1;
  /** The first double pair after the opening mark. */
  let doubleAfterOpen = 0;
  let d = 0;
  const close = (closeStart: number, outerEnd: number, closed: boolean): void => {
    pairs.push({ openAt, openEnd: openAt + 1, closeStart, outerEnd, closed });
    openAt = -1;
  };
  const enclosesDouble = (to: number): boolean => doubleAfterOpen < doubles.length && doubles[doubleAfterOpen]!.openAt < to;
  const believable = (): boolean => maybeClose >= 0 && !enclosesDouble(maybeClose) && !crossesSentence(text, openAt + 1, maybeClose);
  // An open quote that met no certain closing mark: closed at its uncertain one, or no quote.
  const settle = (): void => {
    if (openAt >= 0 && believable()) close(maybeClose, maybeClose + 1, true);
    openAt = -1;
  };

  let c = firstAtOrAfter(candidates, paragraph.start);
  while (c < candidates.length && candidates[c]! < paragraph.end) {
    const i = candidates[c++]!;
    // The candidates hold every mark; only straight and curly single ones concern this pass.
    if (!isSingleMarkChar(text[i])) continue;
    while (d < doubles.length && doubles[d]!.outerEnd <= i) d++;
    const double = doubles[d];
    if (double && double.openAt <= i) {
      // A quote within a double-quoted one stays part of it.
      c = skipTo(candidates, c, double.outerEnd);
      continue;
    }
    const mark = singleMarkAt(text, i, paragraph);
    if (!mark) continue;
    if (mark.role === 'open') {
      settle();
      openAt = i;
      apostropheShaped = mark.apostropheShaped;
      maybeClose = -1;
      doubleAfterOpen = d;
    } else if (openAt >= 0) {
      if (mark.certain) close(i, i + 1, true);
      else if (maybeClose < 0 && !apostropheShaped) maybeClose = i;
    }
  }
  if (openAt >= 0) {
    // ‘The first part of the statement.¶‘The second part,’ she said.
    const runsOn = !apostropheShaped && next !== undefined && opensWithSingle(text, next) && !(believable() && !endsWithSentence(text, paragraph));
    if (runsOn) {
      close(paragraph.end, paragraph.end, false);
      return { pairs, leftOpen: true };
    }
    settle();
  }
  return { pairs, leftOpen: false };
}

function onlySpaceBefore(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(text[i])) return false;
  return true;
}

/** The quotation marks of a document, and which tokens they enclose. */
export interface QuoteMarks {
  spans: QuoteSpan[];
  /** Index of the span whose marks enclose each token (marks included), or -1. */
  quoteOfToken: Int32Array;
  /** First and one-past-last token of each span, marks included. */
  spanTokens: Array<[number, number]>;
}

/** Finds the quote spans of `doc` and places them on its tokens. */
export function findQuoteMarks(doc: NlpDoc): QuoteMarks {
  const spans = findQuoteSpans(doc.text, doc.paragraphs);
  const tokens = doc.tokens;
  const quoteOfToken = new Int32Array(tokens.length).fill(-1);
  const spanTokens: Array<[number, number]> = spans.map(() => [tokens.length, 0]);
  let s = 0;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    while (s < spans.length && spans[s]!.outerEnd <= token.start) s++;
    const span = spans[s];
    if (span && token.start >= span.outerStart && token.start < span.outerEnd && token.end > token.start) {
      quoteOfToken[t] = s;
      const range = spanTokens[s]!;
      if (t < range[0]) range[0] = t;
      range[1] = t + 1;
    }
  }
  // A span no token starts in (wink merged a mark into a word): placed by offsets.
  for (let i = 0; i < spans.length; i++) {
    const range = spanTokens[i]!;
    if (range[1] > range[0]) continue;
    const at = firstTokenAtOrAfter(tokens, spans[i]!.outerStart);
    spanTokens[i] = [at, at];
  }
  return { spans, quoteOfToken, spanTokens };
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
