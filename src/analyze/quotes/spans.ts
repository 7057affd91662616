/**
 * Quotation-mark spans of a body, paragraph by paragraph: straight and curly double marks
 * (mixed freely), doubled single marks used as double ones (‘‘ ’’ '' ``), single quotes
 * nested inside double ones left alone, and quotes that run on over several paragraphs
 * (a paragraph left open and the next one reopened with a mark).
 */

import type { NlpDoc, Token } from '../../nlp/doc.js';

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

/**
 * Quote spans of `text` inside the given paragraphs (which must be in order and not overlap),
 * in document order.
 */
export function findQuoteSpans(text: string, paragraphs: ReadonlyArray<{ start: number; end: number }>): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let previousLeftOpen = false;
  paragraphs.forEach((paragraph, index) => {
    let openAt = -1;
    let openEnd = -1;
    let firstInParagraph = true;
    let leftOpen = false;

    const emit = (closeStart: number, outerEnd: number, closed: boolean): void => {
      let start = openEnd;
      let end = closeStart;
      while (start < end && isSpace(text[start])) start++;
      while (end > start && isSpace(text[end - 1])) end--;
      if (end > start) {
        const continues = firstInParagraph && previousLeftOpen && onlySpaceBefore(text, paragraph.start, openAt);
        spans.push({ start, end, outerStart: openAt, outerEnd, paragraph: index, closed, continues });
        firstInParagraph = false;
      }
      openAt = -1;
    };

    MARK_CANDIDATE.lastIndex = paragraph.start;
    for (let found = MARK_CANDIDATE.exec(text); found && found.index < paragraph.end; found = MARK_CANDIDATE.exec(text)) {
      const i = found.index;
      const mark = markAt(text, i);
      if (!mark) continue;
      const before = text[i - 1];
      const after = text[i + mark.length];
      const leftFlanking = !isSpace(after) && (i === paragraph.start || isSpace(before) || OPENING_CONTEXT.has(before!));
      const rightFlanking = !isSpace(before) && i > paragraph.start && isClosingContext(after);
      // attr="value": markup left in the text, not a quotation.
      if (openAt < 0 && before === '=') {
        const end = text.indexOf(text[i]!, i + mark.length);
        if (end > i && end < paragraph.end) MARK_CANDIDATE.lastIndex = end + 1;
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
        emit(i, i, false);
        openAt = i;
        openEnd = i + mark.length;
      } else {
        emit(i, i + mark.length, true);
      }
      MARK_CANDIDATE.lastIndex = i + mark.length;
    }
    if (openAt >= 0) {
      emit(paragraph.end, paragraph.end, false);
      leftOpen = true;
    }
    previousLeftOpen = leftOpen;
  });
  return spans;
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
