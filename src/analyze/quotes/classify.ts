/**
 * Speech or not: quotation marks also set off titles of works, nicknames, mentioned terms
 * and scare quotes. They are told apart from speech by the words around the marks, the
 * length and capitalization of what is inside, and whether a reporting cue attributes it.
 * Speech is then `full` (an utterance of its own) or `partial` (woven into the writer's
 * sentence).
 */
import type { QuoteKind } from '../../summary.js';
import { type QuoteContext, isCapitalized, isWord } from './context.js';
import { reportingBase } from './cues.js';
import { TERM_MARKERS, WORK_NOUNS } from '../../data/quotes-lexicon.js';

export type NonSpeechKind = 'title' | 'nickname' | 'term' | 'scare';

export type Classification = { speech: true; kind: QuoteKind; heading: boolean } | { speech: false; kind: NonSpeechKind };

/** At most this many words inside marks, with no cue, embedded in a sentence: scare quotes. */
const SCARE_MAX_WORDS = 3;
/** At most this many words after "the term", "so-called", "dubbed" …: a mentioned term or name. */
const TERM_MAX_WORDS = 8;
/** At most this many words after "the song", "his book" …: a title. */
const TITLE_MAX_WORDS = 14;
/** At most this many words for a nickname inside a name (John "Jack" Smith). */
const NICKNAME_MAX_WORDS = 4;
/** How many tokens before the opening mark are read for title and term markers. */
const MARKER_WINDOW = 3;
/** Short words that stay lower case in titles ("Gone with the Wind"). */
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'of', 'in', 'on', 'at', 'to', 'by', 'with', 'from', 'as', 'is', 'vs', 'vs.', 'v.', 'de']);

/**
 * Classifies the quote span `q`. `attributed` says whether a reporting cue of its own
 * attributes it (`namingCue` when that cue is a naming verb such as "called").
 */
export function classify(ctx: QuoteContext, q: number, attributed: boolean, namingCue: string | null): Classification {
  const span = ctx.spans[q]!;
  const inner = ctx.text.slice(span.start, span.end);
  const words = inner.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  const [qs, qe] = ctx.spanTokens[q]!;
  const [lo, hi] = ctx.paragraphTokens[span.paragraph]!;
  const tokens = ctx.tokens;

  const before: number[] = [];
  for (let t = qs - 1; t >= lo && before.length < MARKER_WINDOW; t--) {
    if (ctx.quoteOfToken[t]! >= 0 || tokens[t]!.pos === 'SPACE') break;
    before.push(t);
  }
  const prev = before.length > 0 ? tokens[before[0]!]! : null;
  let next = qe < hi && ctx.quoteOfToken[qe]! < 0 ? tokens[qe]! : null;
  if (next && next.pos === 'SPACE') next = null;

  // John "Jack" Smith.
  if (prev && next && words.length <= NICKNAME_MAX_WORDS && isCapitalized(prev) && isWord(prev) && isCapitalized(next) && isWord(next) && next.before !== '' && prev.pos === 'PROPN') {
    return { speech: false, kind: 'nickname' };
  }
  const markers = before.map((t) => tokens[t]!);
  const termMarker = markers.find((tok) => TERM_MARKERS.has(tok.normal));
  if (termMarker && words.length <= TERM_MAX_WORDS && !(namingCue && termMarker.lemma === namingCue)) {
    return { speech: false, kind: 'term' };
  }
  const embedded = !!prev && prev.text !== ':' && (isWord(prev) || prev.text === '(' || prev.text === '[');
  if (!attributed && markers.some((tok) => WORK_NOUNS.has(tok.normal) || WORK_NOUNS.has(tok.lemma)) && words.length <= TITLE_MAX_WORDS && (titleCase(words) || words.length <= SCARE_MAX_WORDS * 2)) {
    return { speech: false, kind: 'title' };
  }
  if (!attributed && embedded && words.length >= 2 && words.length <= TITLE_MAX_WORDS && titleCase(words) && !/[.!?,]$/.test(inner)) {
    return { speech: false, kind: 'title' };
  }
  if (!attributed && embedded && words.length <= SCARE_MAX_WORDS) return { speech: false, kind: 'scare' };
  if (!attributed && !prev && next && isWord(next) && !isCapitalized(next) && words.length <= SCARE_MAX_WORDS) return { speech: false, kind: 'scare' };

  // Speech: full or partial.
  let narrativeWords = 0;
  for (let t = lo; t < hi; t++) if (ctx.quoteOfToken[t]! < 0 && isWord(tokens[t]!) && !/^\d+$/.test(tokens[t]!.text)) narrativeWords++;
  const heading = narrativeWords === 0 && !attributed && !/[.!?,;:…]$/.test(inner) && !span.continues;
  let kind: QuoteKind = 'partial';
  if (heading) kind = 'partial';
  else if (!prev || prev.text === ':' || prev.text === ',' || prev.text === '—' || prev.text === '–' || prev.text === '-' || prev.text === '(') kind = 'full';
  else if (reportingBase(prev) !== null && /^\p{Lu}/u.test(inner)) kind = 'full';
  else if (ctx.quoteOfToken[qs - 1] !== undefined && qs > lo && ctx.quoteOfToken[qs - 1]! >= 0) kind = 'full';
  return { speech: true, kind, heading };
}

function titleCase(words: string[]): boolean {
  let capitalized = 0;
  let content = 0;
  for (const word of words) {
    const w = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (!w || TITLE_SMALL_WORDS.has(w.toLowerCase())) continue;
    content++;
    if (/^[\p{Lu}\p{N}]/u.test(w)) capitalized++;
  }
  return content > 0 && capitalized === content;
}
