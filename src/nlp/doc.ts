/**
 * wink-nlp, loaded once per process, and the document model every analysis stage reads:
 * tokens, sentences and paragraphs with character offsets into the body.
 * This module is the one place where offsets are made (see {@link textSpan}).
 */
import type { WinkMethods } from 'wink-nlp';
import { loadWink, readCoreModel, winkModel } from './model.js';
import type { TextSpan } from '../summary.js';
import { lemmaOf } from '../language/lemma.js';
import { isHardWrapped } from '../language/layout.js';
import { SENTENCE_OPENERS } from '../language/words.js';

export interface Token {
  /** The token as it stands in the body (`body.slice(start, end)`). */
  text: string;
  start: number;
  end: number;
  /** Universal part-of-speech tag (PROPN, NOUN, VERB, PUNCT, SPACE, …). */
  pos: string;
  /** The base form, in lower case, as `language/lemma.ts` reads it (a noun's singular, a known verb's base). */
  lemma: string;
  /** Lower-cased normal form. */
  normal: string;
  /** Whitespace (from the body) right before the token. */
  before: string;
  stop: boolean;
  /** Index of the sentence holding the token; -1 for whitespace between sentences. */
  sentence: number;
}

export interface Sentence extends TextSpan {
  /** Index of the first and one past the last token. */
  tokenStart: number;
  tokenEnd: number;
  paragraph: number;
}

export interface Paragraph extends TextSpan {
  sentenceStart: number;
  sentenceEnd: number;
}

/** An entity wink itself recognizes (dates, money, percentages, …), as a token range. */
export interface WinkEntity extends TextSpan {
  type: string;
  tokenStart: number;
  tokenEnd: number;
}

export interface NlpDoc {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  paragraphs: Paragraph[];
  winkEntities: WinkEntity[];
}

interface WinkState {
  nlp: WinkMethods;
  /** The model's lexeme table, which wink grows with every unknown word it meets. */
  lexemes: { hash: Record<string, number>; list: string[] };
  /** Size of the table when the instance was made. */
  ownLexemes: number;
}

let state: WinkState | null = null;

/**
 * A fresh wink instance is made once the words it has learned pass this count, so that memory
 * stays flat over a batch of any size (about 100 bytes a word; remaking costs about 70 ms).
 */
const MAX_LEARNED_LEXEMES = 200_000;

/**
 * The wink annotators precis reads: sentence boundaries, part-of-speech tags and wink's own
 * entities (dates, money, counts). Its sentiment and negation annotators are left out: no stage
 * reads them, and they cost a seventh of `readDoc`.
 */
const WINK_PIPE = ['sbd', 'pos', 'ner'];

function winkState(): WinkState {
  if (!state || state.lexemes.list.length - state.ownLexemes > MAX_LEARNED_LEXEMES) {
    // Keep the core model built here to reach its lexeme table.
    const core = readCoreModel();
    const nlp = loadWink()(winkModel(() => core, WINK_PIPE), WINK_PIPE);
    const lexemes = core.features.lexeme as WinkState['lexemes'];
    state = { nlp, lexemes, ownLexemes: lexemes.list.length };
  }
  return state;
}

/** The wink-nlp instance, loaded on first use and shared by the whole process. */
export function wink(): WinkMethods {
  return winkState().nlp;
}

/**
 * Longest run of non-space characters wink is given whole. wink's tokenizer takes time
 * quadratic in the length of a run that holds punctuation (32,000 characters of an HTML
 * attribute take 5 s); no word, and few URLs, are longer than this.
 */
const MAX_WINK_RUN = 100;

/**
 * `text` with a space in place of every `MAX_WINK_RUN`-th character of very long runs of
 * non-space characters. The length stays the same and every token wink finds is still a
 * substring of `text` at the same place, so offsets are unaffected.
 */
export function breakLongRuns(text: string): string {
  if (text.length <= MAX_WINK_RUN) return text;
  const pieces: string[] = [];
  let last = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || (code >= 9 && code <= 13) || code === 0xa0) {
      run = 0;
      continue;
    }
    run++;
    if (run <= MAX_WINK_RUN) continue;
    // Replace this character (both halves of a surrogate pair) with spaces; a lone low
    // surrogate waits for the next character.
    if (code >= 0xdc00 && code <= 0xdfff) continue;
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
    pieces.push(text.slice(last, i), width === 2 ? '  ' : ' ');
    last = i + width;
    i += width - 1;
    run = 0;
  }
  if (pieces.length === 0) return text;
  pieces.push(text.slice(last));
  return pieces.join('');
}

/** What precis reads from one wink document, token by token. */
interface WinkReading {
  /** The text wink read: the body with very long runs broken (same length, same offsets). */
  text: string;
  values: string[];
  pos: string[];
  normals: string[];
  stops: boolean[];
  sentenceSpans: Array<[number, number]>;
  entitySpans: Array<[number, number]>;
  entityTypes: string[];
}

/**
 * Reads `body` with wink and takes out everything precis uses.
 *
 * wink adds every unknown word it meets to the model's lexeme table, and its tokenizer keeps a
 * word whole when the table knows it: "Earth's" is split into "Earth" + "'s" until an earlier
 * document added "Earth's" whole. A document's tokens would then depend on the documents read
 * before it, in this process or this worker. So the words a document taught wink that could
 * change how text is split are forgotten (taken out of the lookup table; their entries stay,
 * unused) once it has been read: the same input gives the same output, whatever ran before.
 */
function readWithWink(body: string): WinkReading {
  const { nlp, lexemes } = winkState();
  const its = nlp.its;
  const known = lexemes.list.length;
  try {
    const text = breakLongRuns(body);
    const doc = nlp.readDoc(text);
    const tokens = doc.tokens();
    const entities = doc.entities();
    return {
      text,
      values: tokens.out() as string[],
      pos: tokens.out(its.pos) as string[],
      normals: tokens.out(its.normal) as string[],
      stops: tokens.out(its.stopWordFlag) as unknown as boolean[],
      sentenceSpans: doc.sentences().out(its.span as never) as unknown as Array<[number, number]>,
      entitySpans: entities.out(its.span as never) as unknown as Array<[number, number]>,
      entityTypes: entities.out(its.type) as unknown as string[],
    };
  } finally {
    for (let i = known; i < lexemes.list.length; i++) {
      const word = lexemes.list[i]!;
      // A word of letters alone is kept whole whether wink knows it or not, so it may stay
      // learned (re-learning every name in every document would cost a third of readDoc);
      // anything with a digit, a mark or punctuation in it could change how text is split.
      if (lexemes.hash[word] === i && !LETTERS_ONLY.test(word)) delete lexemes.hash[word];
    }
  }
}

/** Words whose presence in wink's table cannot change tokenization. */
const LETTERS_ONLY = /^\p{L}+$/u;

/** The span `[start, end)` of `body` with its text: the one constructor of offsets. */
export function textSpan(body: string, start: number, end: number): TextSpan {
  return { start, end, text: body.slice(start, end) };
}

/** Shrinks `[start, end)` of `body` to exclude surrounding whitespace. */
export function trimSpan(body: string, start: number, end: number): TextSpan {
  while (start < end && isSpace(body.charCodeAt(start))) start++;
  while (end > start && isSpace(body.charCodeAt(end - 1))) end--;
  return textSpan(body, start, end);
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x2028 || code === 0x2029 || (code >= 0x2000 && code <= 0x200b) || code === 0x3000 || code === 0xfeff;
}

/**
 * The gap between two tokens that an aligned token may skip over: wink drops some
 * whitespace (trailing spaces, non-breaking spaces) from its tokens, so a token is looked
 * for a little ahead of where the previous one ended.
 */
const MAX_ALIGNMENT_GAP = 64;

/**
 * Places wink's token values in `body`. wink keeps most text as is but not all of it
 * (it folds some spaces), so each token is found from where the previous one ended;
 * a token that cannot be found nearby gets an empty span and is marked as whitespace.
 */
function alignTokens(body: string, values: string[]): Int32Array {
  // starts at 2i, ends at 2i + 1.
  const spans = new Int32Array(values.length * 2);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    let at = -1;
    if (value.length > 0) {
      let next = cursor;
      while (next < body.length && isSpace(body.charCodeAt(next))) next++;
      if (body.startsWith(value, next)) at = next;
      else {
        // Looked for only a little way ahead: a search to the end for every token wink changed
        // would make this quadratic.
        const found = body.slice(cursor, cursor + MAX_ALIGNMENT_GAP + value.length).indexOf(value);
        if (found >= 0 && (found <= MAX_ALIGNMENT_GAP || onlySpaces(body, cursor, cursor + found))) at = cursor + found;
      }
    }
    if (at < 0) {
      spans[2 * i] = cursor;
      spans[2 * i + 1] = cursor;
    } else {
      spans[2 * i] = at;
      spans[2 * i + 1] = at + value.length;
      cursor = at + value.length;
    }
  }
  return spans;
}

function isBlankText(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

function onlySpaces(body: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(body.charCodeAt(i))) return false;
  return true;
}

/**
 * Characters of a body that are analyzed. The longest news features run to about 120,000
 * characters; past this bound the NLP would take seconds, so the rest is left out (with a warning).
 */
export const MAX_ANALYZED_CHARS = 300_000;

/**
 * How much of `body` to analyze: all of it when short enough, else up to the last paragraph break
 * (or sentence end, or space) before the bound, so no sentence is cut.
 */
export function analyzableLength(body: string): number {
  if (body.length <= MAX_ANALYZED_CHARS) return body.length;
  const window = body.slice(0, MAX_ANALYZED_CHARS);
  const paragraph = window.lastIndexOf('\n');
  if (paragraph > MAX_ANALYZED_CHARS / 2) return paragraph;
  const sentence = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '));
  if (sentence > MAX_ANALYZED_CHARS / 2) return sentence + 1;
  const space = window.lastIndexOf(' ');
  if (space > MAX_ANALYZED_CHARS / 2) return space;
  // A surrogate pair is never cut in two.
  const code = body.charCodeAt(MAX_ANALYZED_CHARS - 1);
  return code >= 0xd800 && code <= 0xdbff ? MAX_ANALYZED_CHARS - 1 : MAX_ANALYZED_CHARS;
}

/**
 * Whether the piece starting at token `from` goes on the sentence `previous` that wink ended too
 * early: after `!` or `?` when the piece opens in lower case (a name like "Yahoo!", or speech
 * followed by "he shouted"), and after a run of initials ending in an abbreviated given name
 * ("Marcel J. L. Th. Niessen").
 */
function continuesSentence(tokens: Token[], previous: Sentence, from: number): boolean {
  const next = tokens[from]!.text;
  const last = previous.tokenEnd - 1;
  const word = (index: number): string => tokens[index]?.text ?? '';
  if (/^\p{Ll}/u.test(next)) {
    // The mark may be a token of its own before a closing quote.
    const closer = /^["'”’)]$/.test(word(last)) ? word(last - 1) : word(last);
    return /[!?]$/.test(closer);
  }
  if (!/^\p{Lu}/u.test(next)) return false;
  // "Th." or "L." closing the sentence, with an initial ("J.", "L.") before it.
  const period = word(last) === '.';
  if (!period && !word(last).endsWith('.')) return false;
  const closing = period ? word(last - 1) : word(last).slice(0, -1);
  const before = period ? last - 2 : last - 1;
  const initial = word(before) === '.' ? word(before - 1) : word(before).replace(/\.$/, '');
  return /^\p{Lu}\p{Ll}{0,2}$/u.test(closing) && /^\p{Lu}$/u.test(initial);
}

const OPENERS = new Set(SENTENCE_OPENERS);
/** Parts of speech of a sentence's first word that no name goes on with ("So", "The", "It"). */
const OPENER_TAGS = new Set(['DET', 'PRON', 'CCONJ', 'SCONJ', 'ADP', 'ADV', 'AUX', 'PART']);

/**
 * Whether a sentence ends at token `t`, a capital and a period that wink read as a name's
 * initial: a unit after a number ("runs at 4K. Google said"), or a letter before a word that
 * opens sentences and never goes on a name ("the Xbox One X. So the service").
 */
function endsAtLetter(tokens: Token[], t: number, last: number): boolean {
  const token = tokens[t]!;
  if (!/^\p{Lu}\.$/u.test(token.text)) return false;
  let n = t + 1;
  while (n <= last && tokens[n]!.pos === 'SPACE') n++;
  if (n > last) return false;
  const next = tokens[n]!;
  if (next.start === token.end) return false;
  if (!/^\p{Lu}/u.test(next.text)) return false;
  const previous = tokens[t - 1];
  if (previous && previous.end === token.start && /\d$/.test(previous.text)) return true;
  return OPENERS.has(next.normal) && OPENER_TAGS.has(next.pos);
}

/**
 * Reads `body` with wink-nlp: tokens with offsets, sentences that never cross a line break
 * (unless the text is hard-wrapped) and paragraphs (blocks between blank lines, or lines
 * when the text has no blank lines).
 */
export function analyzeText(body: string): NlpDoc {
  const { text: winkText, values, pos, normals, stops, sentenceSpans, entitySpans, entityTypes } = readWithWink(body);
  const spans = alignTokens(winkText, values);

  const tokens: Token[] = new Array(values.length);
  let previousEnd = 0;
  for (let i = 0; i < values.length; i++) {
    const start = spans[2 * i]!;
    const end = spans[2 * i + 1]!;
    const text = body.slice(start, end);
    const isBlank = isBlankText(text);
    const tag = isBlank ? 'SPACE' : (pos[i] ?? 'X');
    const normal = lowerCase(normals[i] ?? text);
    tokens[i] = {
      text,
      start,
      end,
      pos: tag,
      lemma: lemmaOf(normal, tag),
      normal,
      before: start > previousEnd ? body.slice(previousEnd, start) : '',
      stop: Boolean(stops[i]),
      sentence: -1,
    };
    previousEnd = end;
  }

  const breakOnSingleNewline = !isHardWrapped(body);
  const blankLineParagraphs = /\n[^\S\n]*\n/.test(body);
  const sentences: Sentence[] = [];
  const paragraphs: Paragraph[] = [];
  let paragraphOpen = false;

  const closeParagraph = (): void => {
    if (!paragraphOpen) return;
    const first = paragraphs[paragraphs.length - 1]!;
    const last = sentences[sentences.length - 1]!;
    Object.assign(first, textSpan(body, first.start, last.end), { sentenceEnd: sentences.length });
    paragraphOpen = false;
  };
  const pushSentence = (from: number, to: number): void => {
    // Trim whitespace tokens at both ends.
    while (from < to && tokens[from]!.pos === 'SPACE') from++;
    while (to > from && tokens[to - 1]!.pos === 'SPACE') to--;
    if (from >= to) return;
    // wink sometimes ends a sentence with no space after it ("at 6." + "15am"): a sentence
    // boundary needs whitespace, so such a piece joins the sentence before it.
    const previous = sentences[sentences.length - 1];
    if (paragraphOpen && previous && (previous.end === tokens[from]!.start || continuesSentence(tokens, previous, from))) {
      for (let t = previous.tokenEnd; t < to; t++) tokens[t]!.sentence = sentences.length - 1;
      Object.assign(previous, textSpan(body, previous.start, tokens[to - 1]!.end), { tokenEnd: to });
      return;
    }
    if (!paragraphOpen) {
      paragraphs.push({ ...textSpan(body, tokens[from]!.start, tokens[from]!.start), sentenceStart: sentences.length, sentenceEnd: sentences.length });
      paragraphOpen = true;
    }
    const index = sentences.length;
    for (let t = from; t < to; t++) tokens[t]!.sentence = index;
    sentences.push({ ...textSpan(body, tokens[from]!.start, tokens[to - 1]!.end), tokenStart: from, tokenEnd: to, paragraph: paragraphs.length - 1 });
  };

  // Indexed loops over wink's arrays: their element kinds vary from document to document, and
  // an iterator over them made the optimizing compiler throw this function's code away again and again.
  for (let s = 0; s < sentenceSpans.length; s++) {
    const span = sentenceSpans[s]!;
    const first = span[0];
    const last = span[1];
    let from = first;
    for (let t = first; t <= last; t++) {
      const token = tokens[t]!;
      if (token.pos !== 'SPACE' && endsAtLetter(tokens, t, last)) {
        pushSentence(from, t + 1);
        from = t + 1;
        continue;
      }
      if (token.pos !== 'SPACE' || !token.text.includes('\n')) continue;
      const newlines = countNewlines(token.text);
      const paragraphBreak = blankLineParagraphs ? newlines >= 2 : breakOnSingleNewline;
      if (paragraphBreak || breakOnSingleNewline) {
        pushSentence(from, t);
        from = t + 1;
        if (paragraphBreak) closeParagraph();
      }
    }
    pushSentence(from, last + 1);
  }
  closeParagraph();

  const winkEntities: WinkEntity[] = [];
  for (let e = 0; e < entitySpans.length; e++) {
    const span = entitySpans[e]!;
    const first = span[0];
    const last = span[1];
    const type = entityTypes[e] ?? 'UNKNOWN';
    if (IGNORED_WINK_ENTITIES.has(type)) continue;
    const a = tokens[first];
    const b = tokens[last];
    if (!a || !b || b.end <= a.start) continue;
    winkEntities.push({ ...textSpan(body, a.start, b.end), type, tokenStart: first, tokenEnd: last + 1 });
  }

  return { text: body, tokens, sentences, paragraphs, winkEntities };
}

/** `s` in lower case; most of wink's normals and lemmas are already, and are returned as they are. */
function lowerCase(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if ((code >= 65 && code <= 90) || (code >= 128 && s[i] !== s[i]!.toLowerCase())) return s.toLowerCase();
  }
  return s;
}

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

/** wink entity types no stage uses: not kept, so a page of emoji costs nothing extra. */
const IGNORED_WINK_ENTITIES = new Set(['EMOJI', 'EMOTICON']);

function countNewlines(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) count++;
  return count;
}
