/**
 * Speech or not: quotation marks also set off titles of works, nicknames, mentioned terms
 * and scare quotes. They are told apart from speech by the words around the marks, the
 * length and capitalization of what is inside, and whether a reporting cue attributes it.
 * Speech is then `full` (an utterance of its own) or `partial` (woven into the writer's
 * sentence).
 */
import type { QuoteKind, QuotedTermKind } from '../../summary.js';
import { type Token, isCapitalized, isWord } from '../../nlp/doc.js';
import { type QuoteContext } from './context.js';
import { reportingBase } from '../../language/cues.js';
import { TERM_MARKERS, WORK_NOUNS } from '../../language/reporting.js';
import { POSSESSIVE_MARKS, TITLE_CASE_SMALL_WORDS } from '../../language/words.js';

export type NonSpeechKind = QuotedTermKind;

export type Classification = { speech: true; kind: QuoteKind; heading: boolean } | { speech: false; kind: NonSpeechKind };

/**
 * How firmly a reporting cue attributes the quote: `strong` when the cue is right next to
 * it ("…," she said / said: "…"), `weak` when it only governs the sentence the quote sits
 * in, `none` without a cue.
 */
export type CueStrength = 'strong' | 'weak' | 'none';

/** At most this many words inside marks, with no cue, embedded in a sentence: scare quotes. */
const SCARE_MAX_WORDS = 3;
/** At most this many words after "the term", "so-called", "dubbed" …: a mentioned term or name. */
const TERM_MAX_WORDS = 8;
/** At most this many words after "the song", "his book" …: a title. */
const TITLE_MAX_WORDS = 14;
/** At most this many words for a nickname inside a name (John "Jack" Smith) or a quoted modifier (an "irregular" channel). */
const NAME_MAX_WORDS = 4;
/** How many tokens before the opening mark are read for title and term markers. */
const MARKER_WINDOW = 3;
/** Articles before a short quoted phrase that make it a noun phrase of the writer's (a "voluntary clean-up"). */
const INDEFINITE_ARTICLES = new Set(['a', 'an']);
/** Classifies the quote span `q`; `namingCue` is the base of its cue when that is a naming verb ("called"). */
export function classify(ctx: QuoteContext, q: number, strength: CueStrength, namingCue: string | null): Classification {
  const span = ctx.spans[q]!;
  const inner = ctx.text.slice(span.start, span.end);
  const words = wordsOf(inner);
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
  let titledMemo: boolean | undefined;
  const isTitled = (): boolean => (titledMemo ??= words.length >= 1 && titleCase(words));

  // John "Jack" Smith.
  if (prev && next && words.length <= NAME_MAX_WORDS && /^\p{Lu}/u.test(inner) && !/[.,!?;:]$/.test(inner) && isCapitalized(prev) && isWord(prev) && isCapitalized(next) && isWord(next) && next.before !== '' && prev.pos === 'PROPN') {
    return { speech: false, kind: 'nickname' };
  }
  // the term "…", so-called "…", known as "…".
  const markers = before.map((t) => tokens[t]!);
  const termMarker = markers.find((tok) => TERM_MARKERS.has(tok.normal));
  if (termMarker && words.length <= TERM_MAX_WORDS && !(namingCue && termMarker.lemma === namingCue)) {
    return { speech: false, kind: 'term' };
  }
  // A list of titles: “Black Water,” “China Grove,” …
  if (inTitleList(ctx, q) && isTitled()) return { speech: false, kind: 'title' };
  if (strength === 'strong') return speech(ctx, q, prev, inner, strength);

  // the song "…", an episode of "…" (a colon introduces speech, not a title).
  if (prev?.text !== ':' && markers.some((tok) => WORK_NOUNS.has(tok.normal) || WORK_NOUNS.has(tok.lemma)) && words.length <= TITLE_MAX_WORDS && (words.length <= SCARE_MAX_WORDS * 2 || isTitled())) {
    return { speech: false, kind: 'title' };
  }
  // A quoted modifier: the "Pose" actor, an "irregular" channel.
  if (prev && next && words.length <= NAME_MAX_WORDS && (prev.pos === 'DET' || prev.pos === 'ADJ' || prev.normal === "'s" || prev.normal === '’s') && (next.pos === 'NOUN' || next.pos === 'PROPN') && !/[.!?,;:]$/.test(inner)) {
    return { speech: false, kind: isTitled() ? 'title' : 'scare' };
  }
  // A possessive apostrophe counts as the word it ends (the senators' "deal").
  const embedded = !!prev && prev.text !== ':' && (isWord(prev) || prev.text === '(' || prev.text === '[' || POSSESSIVE_MARKS.has(prev.normal));
  // Title case inside a sentence: "Dancing with the Stars", on "Face the Nation".
  if (embedded && words.length >= 1 && words.length <= TITLE_MAX_WORDS && isTitled() && !/[!?]$/.test(inner) && (words.length >= 2 || strength === 'none' || prev!.pos === 'ADP')) {
    return { speech: false, kind: 'title' };
  }
  if (strength === 'none' && embedded && words.length <= SCARE_MAX_WORDS) return { speech: false, kind: 'scare' };
  // A lower-case phrase woven into a sentence that reports no one ("… and “fault detection,
  // isolation and recovery” to maintain …"): a term, not speech.
  if (strength === 'none' && embedded && words.length <= TERM_MAX_WORDS && /^\p{Ll}/u.test(inner) && !/[.!?,;:…]$/.test(inner)) return { speech: false, kind: 'term' };
  // A few words after an article, with no cue right beside them: a term, not speech (a "voluntary clean-up"); after
  // "the" only with no cue in the sentence at all (the ‘special relationship’), since a speaker's fragment often
  // follows it (he would not take the "low road").
  if (prev && (INDEFINITE_ARTICLES.has(prev.normal) || (strength === 'none' && prev.normal === 'the')) && words.length <= SCARE_MAX_WORDS && !/[.!?]$/.test(inner)) return { speech: false, kind: 'scare' };
  // A few words opening a sentence that goes on after them: "Missing" voters …, a headline's ‘Thin-skinned’ Trump … .
  if (strength === 'none' && !prev && next && isWord(next) && (!isCapitalized(next) || !/[.!?,;:…]$/.test(inner)) && words.length <= SCARE_MAX_WORDS) return { speech: false, kind: 'scare' };
  return speech(ctx, q, prev, inner, strength);
}

function speech(ctx: QuoteContext, q: number, prev: Token | null, inner: string, strength: CueStrength): Classification {
  const span = ctx.spans[q]!;
  const [qs] = ctx.spanTokens[q]!;
  const [lo, hi] = ctx.paragraphTokens[span.paragraph]!;
  const heading = !hasNarrative(ctx, span.paragraph, lo, hi) && strength === 'none' && !/[.!?,;:…]$/.test(inner) && !span.continues;
  let kind: QuoteKind = 'partial';
  if (heading) kind = 'partial';
  else if (!prev || [':', ',', '—', '–', '-', '―', '(', '.', '!', '?', ';', '…'].includes(prev.text)) kind = 'full';
  else if (reportingBase(prev) !== null && /^\p{Lu}/u.test(inner)) kind = 'full';
  else if (qs > lo && ctx.quoteOfToken[qs - 1]! >= 0) kind = 'full';
  return { speech: true, kind, heading };
}

const narrativeCache = new WeakMap<QuoteContext, Map<number, boolean>>();

/** True when the paragraph has words outside quotation marks (numbers aside). */
function hasNarrative(ctx: QuoteContext, paragraph: number, lo: number, hi: number): boolean {
  let cache = narrativeCache.get(ctx);
  if (!cache) {
    cache = new Map();
    narrativeCache.set(ctx, cache);
  }
  let found = cache.get(paragraph);
  if (found === undefined) {
    found = false;
    for (let t = lo; t < hi && !found; t++) if (ctx.quoteOfToken[t]! < 0 && isWord(ctx.tokens[t]!) && !/^\d+$/.test(ctx.tokens[t]!.text)) found = true;
    cache.set(paragraph, found);
  }
  return found;
}

/** True when the span and a neighbour are title-case quotes separated only by a comma or "and". */
function inTitleList(ctx: QuoteContext, q: number): boolean {
  for (const other of [q - 1, q + 1]) {
    const span = ctx.spans[other];
    if (!span || span.paragraph !== ctx.spans[q]!.paragraph) continue;
    const [a, b] = other < q ? [span, ctx.spans[q]!] : [ctx.spans[q]!, span];
    const gap = ctx.text.slice(a.outerEnd, b.outerStart).trim();
    if (!/^(?:,|,?\s*(?:and|or|&))?$/.test(gap)) continue;
    if (titleCase(wordsOf(ctx.text.slice(span.start, span.end)))) return true;
  }
  return false;
}

function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

function titleCase(words: string[]): boolean {
  let capitalized = 0;
  let content = 0;
  for (const word of words) {
    const w = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (!w || TITLE_CASE_SMALL_WORDS.has(w.toLowerCase())) continue;
    content++;
    if (/^[\p{Lu}\p{N}]/u.test(w)) capitalized++;
  }
  return content > 0 && capitalized === content;
}
