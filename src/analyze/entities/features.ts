/**
 * Features of the entity tagger: what each word token looks like, what is around it, which
 * word lists it belongs to, and how the document writes it elsewhere. The training script
 * (scripts/train-entity-model.mjs) reads {@link sequenceFeatures}; the tagger reads the same
 * features in parts it can cache (per word, per token pattern), and a unit test checks both agree.
 *
 * Every feature is a 32-bit hash of its template number and its parts, made from integers
 * (word hashes, shape ids): no feature string is ever built.
 */
import type { NlpDoc, Token } from '../../nlp/doc.js';
import { HashedIds, finish, mix, stringHash } from './hash.js';
import { Cls, wordTable } from './lexicon.js';
import { PHRASE_SEED_1, PHRASE_SEED_2, PREFIX_BIT, phraseStep } from './tables.js';
import { EDGE_AFTER, EDGE_BEFORE, Lex, type NormInfo, type WordInfo, beginDocument, normInfo, shapeHash, wordInfo } from './words.js';
import { TITLE_CASE_SMALL_WORDS } from '../../language/words.js';
import { datelineLength } from '../../language/layout.js';

/** A stretch of word tokens tagged as one sequence (a sentence, never crossing a line). */
export interface Sequence {
  /** Indexes into `doc.tokens`, whitespace tokens left out. */
  tokens: number[];
  /** The line is written in capitals (a headline or a shouted dateline). */
  capsLine: boolean;
  /** The line is a dateline or a table row: few lowercase words, numbers around names. */
  tableLine: boolean;
  /** The line is written in title case (a headline or a link: "Woman Hurt at Bus Depot Dies"). */
  titleLine: boolean;
}

/** A line counts as all-caps when at least this share of its letters are capitals … */
const CAPS_LINE_SHARE = 0.9;
/** … and it has at least this many letters (so "UK" alone is not a headline). */
const CAPS_LINE_MIN_LETTERS = 6;
/** A line is table-like when lowercase words are at most this share of its word tokens. */
const TABLE_LINE_LOWER_SHARE = 0.25;

/** What the whole document says about each word: how it is written where case is informative. */
export interface DocContext {
  sequences: Sequence[];
  /** Per token index: the word's record (undefined for whitespace). */
  words: Array<WordInfo | undefined>;
  /** Per token index: shape id and tag id as the pattern features read them (capitals lines apart). */
  shapes: Int32Array;
  tags: Int32Array;
  /** Per token index: 1 inside a date, time or duration wink found ("July", "Monday", "on Friday"). */
  dates: Uint8Array;
  /** Per token index: gazetteer bits, bit `3 * class + kind` (see GAZ_CLASS_ORDER, kinds B, I, B1). */
  gazetteer: Uint16Array;
  /** The document's stamp for case votes (see words.ts). */
  stamp: number;
}

/** Gazetteer classes in feature order. */
const GAZ_CLASS_ORDER = [Cls.Country, Cls.Region, Cls.City, Cls.Nat] as const;
const GAZ_ANY = Cls.Country | Cls.Region | Cls.City | Cls.Nat;
/** Longest gazetteer phrase looked for, in words. */
const GAZ_MAX_WORDS = 8;

function isWordToken(token: Token): boolean {
  return token.pos !== 'SPACE' && token.text.length > 0;
}

/** Splits the document into sequences and reads the document-wide evidence. */
export function docContext(doc: NlpDoc): DocContext {
  const stamp = beginDocument();
  const tokens = doc.tokens;
  const count = tokens.length;
  const words: Array<WordInfo | undefined> = new Array(count);
  const shapes = new Int32Array(count);
  const tags = new Int32Array(count);
  const classes = new Uint16Array(count);
  const sequences: Sequence[] = [];
  const lines = lineKinds(doc.text);
  const titles = titleLines(doc, lines.starts, lines.caps);
  let line = 0;
  // One pass over the words: their records, what the tagger reads of them, and the case votes.
  // Sentences never cross a line break unless the text is hard-wrapped, where lines mean nothing.
  for (const sentence of doc.sentences) {
    let first = sentence.tokenStart;
    while (first < sentence.tokenEnd && !isWordToken(tokens[first]!)) first++;
    if (first === sentence.tokenEnd) continue;
    const start = tokens[first]!.start;
    while (line + 1 < lines.starts.length && lines.starts[line + 1]! <= start) line++;
    const caps = lines.caps[line] === 1;
    const title = titles[line] === 1;
    let seqTokens: number[] = [];
    let afterOpener = true;
    // A dateline ("(Reuters) —", "LONDON —") is a sequence of its own: the sentence starts after
    // it, and a capital there is a sentence's first ("… — The New York State Attorney General").
    const dateline = datelineLength(sentence.text);
    let datelineEnd = dateline > 0 ? sentence.start + dateline : -1;
    for (let t = first; t < sentence.tokenEnd; t++) {
      const token = tokens[t]!;
      if (!isWordToken(token)) continue;
      if (datelineEnd >= 0 && token.start >= datelineEnd) {
        if (seqTokens.length > 0) sequences.push({ tokens: seqTokens, capsLine: caps, tableLine: lines.table[line] === 1, titleLine: title });
        seqTokens = [];
        afterOpener = true;
        datelineEnd = -1;
      }
      const w = wordInfo(token.text, token.normal);
      words[t] = w;
      shapes[t] = caps ? w.capsShape : w.shape;
      const tag = posId(token.pos);
      tags[t] = caps ? capsPosId(tag) : tag;
      classes[t] = w.classes;
      // Case votes: mixed-case lines only, never a clause's first word. Capitals in title-case
      // lines are counted apart too: the tagger was trained on votes that include them, the
      // rules read votes without them (a title-case line capitalizes every word).
      if (!caps && !afterOpener && w.letter) {
        const norm = w.norm;
        if (norm.stamp !== stamp) {
          norm.stamp = stamp;
          norm.up = 0;
          norm.low = 0;
          norm.titleUp = 0;
        }
        if (w.upper) {
          norm.up++;
          if (title) norm.titleUp++;
        } else norm.low++;
      }
      afterOpener = w.opener;
      seqTokens.push(t);
    }
    sequences.push({ tokens: seqTokens, capsLine: caps, tableLine: lines.table[line] === 1, titleLine: title });
  }

  const gazetteer = new Uint16Array(count);
  const table = wordTable();
  const best = [0, 0, 0, 0];
  for (const seq of sequences) {
    const ts = seq.tokens;
    // Per class, the longest entry starting at each position.
    for (let i = 0; i < ts.length; i++) {
      if ((classes[ts[i]!]! & (GAZ_ANY | PREFIX_BIT)) === 0) continue;
      best.fill(0);
      let h1 = PHRASE_SEED_1;
      let h2 = PHRASE_SEED_2;
      for (let k = i; k < ts.length && k - i < GAZ_MAX_WORDS; k++) {
        const norm = words[ts[k]!]!.norm;
        h1 = phraseStep(h1, norm.h1);
        h2 = phraseStep(h2, norm.h2);
        const bits = table.get(h1, h2);
        for (let c = 0; c < GAZ_CLASS_ORDER.length; c++) if (bits & GAZ_CLASS_ORDER[c]!) best[c] = k - i + 1;
        if (!(bits & PREFIX_BIT)) break;
      }
      for (let c = 0; c < GAZ_CLASS_ORDER.length; c++) {
        const n = best[c]!;
        for (let k = 0; k < n; k++) gazetteer[ts[i + k]!]! |= 1 << (3 * c + (n === 1 ? 2 : k === 0 ? 0 : 1));
      }
    }
  }
  const dates = new Uint8Array(count);
  for (const e of doc.winkEntities) {
    if (e.type === 'DATE' || e.type === 'TIME' || e.type === 'DURATION') dates.fill(1, e.tokenStart, e.tokenEnd);
  }
  return { sequences, words, shapes, tags, dates, gazetteer, stamp };
}

/** Length in words of the longest entry of classes `cls` over the sequence words `ts` from `at`, or 0 (the words' own hashes, no string work). */
export function matchSequence(ctx: DocContext, ts: readonly number[], at: number, cls: number): number {
  const table = wordTable();
  let best = 0;
  let h1 = PHRASE_SEED_1;
  let h2 = PHRASE_SEED_2;
  for (let k = at; k < ts.length; k++) {
    const norm = ctx.words[ts[k]!]!.norm;
    if (k === at && (norm.classes & (cls | PREFIX_BIT)) === 0) return 0;
    h1 = phraseStep(h1, norm.h1);
    h2 = phraseStep(h2, norm.h2);
    const bits = table.get(h1, h2);
    if (bits & cls) best = k - at + 1;
    if (!(bits & PREFIX_BIT)) break;
  }
  return best;
}

/** True when the words from token `first` to token `last` (whitespace left out) are all of one entry of classes `cls`. */
export function spanListed(ctx: DocContext, first: number, last: number, cls: number): boolean {
  const table = wordTable();
  let h1 = PHRASE_SEED_1;
  let h2 = PHRASE_SEED_2;
  let bits = 0;
  let any = false;
  for (let t = first; t <= last; t++) {
    const w = ctx.words[t];
    if (!w) continue;
    if (any && !(bits & PREFIX_BIT)) return false;
    h1 = phraseStep(h1, w.norm.h1);
    h2 = phraseStep(h2, w.norm.h2);
    bits = any || w.norm.classes !== 0 ? table.get(h1, h2) : 0;
    any = true;
  }
  return any && (bits & cls) !== 0;
}

/** How often the document writes `normal` capitalized and in lower case mid-sentence (mixed-case lines). */
export function caseCounts(ctx: DocContext, normal: string): { up: number; low: number } {
  const norm = normInfo(normal);
  return norm.stamp === ctx.stamp ? { up: norm.up, low: norm.low } : { up: 0, low: 0 };
}

/** The second half of an English contraction, as wink splits it off ("n't", "'re"). */
const CONTRACTION = /^(?:n['’]t|['’](?:s|re|ve|ll|d|m))$/;

/** A title-case line has at least this many capitalized words other than the small words, and no other word in lower case. */
const TITLE_LINE_MIN_WORDS = 2;
/**
 * … and this many when it ends with a period, as some feeds end their headlines: a short line of
 * names does too ("By Jo Rand."), and is no headline.
 */
const TITLE_LINE_MIN_WORDS_WITH_PERIOD = 5;

/**
 * Per line (1/0): written in title case, every word but the small ones capitalized, at least
 * TITLE_LINE_MIN_WORDS of them (TITLE_LINE_MIN_WORDS_WITH_PERIOD when it ends with a period), and
 * not a capitals line.
 */
function titleLines(doc: NlpDoc, starts: readonly number[], caps: Uint8Array): Uint8Array {
  const out = new Uint8Array(starts.length);
  let line = 0;
  let upper = 0;
  let lower = 0;
  let last = '';
  const close = (): void => {
    if (caps[line] !== 1 && upper >= (last === '.' ? TITLE_LINE_MIN_WORDS_WITH_PERIOD : TITLE_LINE_MIN_WORDS) && lower === 0) out[line] = 1;
    upper = lower = 0;
    last = '';
  };
  let previousEnd = -1;
  for (const token of doc.tokens) {
    if (token.pos === 'SPACE') continue;
    const glued = previousEnd;
    previousEnd = token.end;
    while (line + 1 < starts.length && starts[line + 1]! <= token.start) {
      close();
      line++;
    }
    last = token.text;
    const c = token.text.charCodeAt(0);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) {
      // A contraction's second half ("Is" + "n't") is no word of its own.
      if (!TITLE_CASE_SMALL_WORDS.has(token.text) && !(token.start === glued && CONTRACTION.test(token.text))) lower++;
    } else if (c >= 192) {
      if (/^\p{Lu}/u.test(token.text)) upper++;
      else if (/^\p{Ll}/u.test(token.text)) lower++;
    }
  }
  close();
  return out;
}

/** Per line of the text: where it starts, and whether it is a capitals line or a table line (1/0). */
interface LineKinds {
  starts: number[];
  caps: Uint8Array;
  table: Uint8Array;
}

const enum Ch {
  Other,
  Upper,
  Lower,
  Digit,
  /** Letters without case, and other characters that continue or start a word. */
  Letter,
  /** ' . - : continue a word but do not start one. */
  Joiner,
}

/** Kinds of the ASCII characters, looked up rather than tested. */
const ASCII_KINDS = Uint8Array.from({ length: 128 }, (_, code) => {
  if (code >= 97 && code <= 122) return Ch.Lower;
  if (code >= 65 && code <= 90) return Ch.Upper;
  if (code >= 48 && code <= 57) return Ch.Digit;
  if (code === 39 || code === 46 || code === 45) return Ch.Joiner;
  return Ch.Other;
});

function charKind(code: number, text: string, i: number): Ch {
  if (code < 128) return ASCII_KINDS[code]!;
  const ch = text[i]!;
  if (ch !== ch.toLowerCase()) return Ch.Upper;
  if (ch !== ch.toUpperCase()) return Ch.Lower;
  if (/\p{L}/u.test(ch)) return Ch.Letter;
  if (/\p{N}/u.test(ch)) return Ch.Digit;
  return Ch.Other;
}

/**
 * One pass over the text: capital letters against all cased letters, and words (a letter or
 * digit, then letters, digits, apostrophes, periods, hyphens) by their first character.
 */
function lineKinds(text: string): LineKinds {
  const starts: number[] = [0];
  const caps: number[] = [];
  const table: number[] = [];
  let upper = 0;
  let letters = 0;
  let wordCount = 0;
  let lowerWords = 0;
  let numberWords = 0;
  let inWord = false;
  const close = (): void => {
    caps.push(letters >= CAPS_LINE_MIN_LETTERS && upper / letters >= CAPS_LINE_SHARE ? 1 : 0);
    table.push(wordCount > 0 && numberWords > 0 && lowerWords / wordCount <= TABLE_LINE_LOWER_SHARE ? 1 : 0);
    upper = letters = wordCount = lowerWords = numberWords = 0;
    inWord = false;
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      close();
      starts.push(i + 1);
      continue;
    }
    const kind = charKind(code, text, i);
    if (kind === Ch.Upper) {
      upper++;
      letters++;
    } else if (kind === Ch.Lower) letters++;
    if (kind === Ch.Other) inWord = false;
    else if (!inWord && kind !== Ch.Joiner) {
      inWord = true;
      wordCount++;
      if (kind === Ch.Lower) lowerWords++;
      else if (kind === Ch.Digit) numberWords++;
    }
  }
  close();
  return { starts, caps: Uint8Array.from(caps), table: Uint8Array.from(table) };
}

/** How the document writes a word where case tells something. */
const enum Vote {
  None,
  Cap,
  Low,
  MostCap,
  MostLow,
  /** No word (before the first token). */
  Edge,
}

function voteOf(norm: NormInfo, stamp: number): Vote {
  if (norm.stamp !== stamp) return Vote.None;
  const { up, low } = norm;
  if (up === 0 && low === 0) return Vote.None;
  if (up > 0 && low === 0) return Vote.Cap;
  if (low > 0 && up === 0) return Vote.Low;
  return up >= low ? Vote.MostCap : Vote.MostLow;
}

/** Feature templates: the number is part of the hash, so never renumber a shipped one. */
export const enum T {
  Bias = 1, Word, Shape, Pos, Prefix1, Prefix3, Suffix2, Suffix3, Suffix4, WordM1, WordP1, WordM2, WordP2, ShapeM1, ShapeP1, PosM1, PosP1,
  BigramM, BigramP, ShapeTri, PosShape, Case, CaseShape, First, FirstWord, CapsWord, Table, TableShape, CapsCaseM1, FirstName, FirstNameM1,
  HonorificM1, TitleM1, Title, OrgHead, OrgHeadP1, OrgHeadP2, Gaz, GazM1, GazP1,
}

/** Mixed with every template number, so the model's hashes are its own. */
const FEATURE_SEED = 0x2545f491;

function f0(t: T): number {
  return finish(mix(FEATURE_SEED, t));
}
function f1(t: T, a: number): number {
  return finish(mix(mix(FEATURE_SEED, t), a));
}
function f2(t: T, a: number, b: number): number {
  return finish(mix(mix(mix(FEATURE_SEED, t), a), b));
}
function f3(t: T, a: number, b: number, c: number): number {
  return finish(mix(mix(mix(mix(FEATURE_SEED, t), a), b), c));
}

const EDGE_BEFORE_HASH = stringHash('<s>');
const EDGE_AFTER_HASH = stringHash('</s>');

/**
 * Features of the word itself, wherever it stands: its form, affixes and word-list classes.
 * They depend on nothing else, so the tagger caches their summed weights per word.
 */
export function wordFeatures(w: WordInfo): number[] {
  const k = w.key;
  const n = k.length;
  const f = [
    f1(T.Word, w.keyHash),
    f1(T.Prefix1, stringHash(k.slice(0, 1))),
    f1(T.Prefix3, stringHash(k.slice(0, 3))),
    f1(T.Suffix2, stringHash(k.slice(Math.max(0, n - 2)))),
    f1(T.Suffix3, stringHash(k.slice(Math.max(0, n - 3)))),
    f1(T.Suffix4, stringHash(k.slice(Math.max(0, n - 4)))),
  ];
  const norm = w.norm;
  if (norm.classes & Cls.First) f.push(f0(T.FirstName));
  if (norm.lex & Lex.Title) f.push(f0(T.Title));
  if (norm.lex & Lex.OrgHead) f.push(f0(T.OrgHead));
  return f;
}

/** Where a neighbour stands relative to the token being tagged. */
export const NEIGHBOUR_OFFSETS = [-2, -1, 1, 2] as const;

/**
 * Features a word gives the token it neighbours: `out[k]` holds the features of the token at
 * `-NEIGHBOUR_OFFSETS[k]` from the word, i.e. the word sits at offset `NEIGHBOUR_OFFSETS[k]` from it.
 */
export function neighbourFeatures(w: WordInfo): number[][] {
  const norm = w.norm;
  const m2 = [f1(T.WordM2, w.keyHash)];
  const m1 = [f1(T.WordM1, w.keyHash)];
  if (norm.classes & Cls.First) m1.push(f0(T.FirstNameM1));
  if (norm.lex & Lex.Honorific) m1.push(f0(T.HonorificM1));
  if (norm.lex & Lex.Title) m1.push(f0(T.TitleM1));
  const p1 = [f1(T.WordP1, w.keyHash)];
  if (norm.lex & Lex.OrgHead) p1.push(f0(T.OrgHeadP1));
  const p2 = [f1(T.WordP2, w.keyHash)];
  if (norm.lex & Lex.OrgHead) p2.push(f0(T.OrgHeadP2));
  return [m2, m1, p1, p2];
}

/** The neighbour features of a sequence edge (no word there), per offset. */
export const EDGE_FEATURES: readonly number[] = [
  f1(T.WordM2, EDGE_BEFORE_HASH),
  f1(T.WordM1, EDGE_BEFORE_HASH),
  f1(T.WordP1, EDGE_AFTER_HASH),
  f1(T.WordP2, EDGE_AFTER_HASH),
];

/** Interned part-of-speech tags (a capitals line's tags are ids apart), with their hashes. */
const posTags = new HashedIds();
const posHashes = posTags.hashes;
/** Per tag id, the id of the same tag in a capitals line (-1: not made yet). */
const capsPos: number[] = [];
function posId(tag: string): number {
  const id = posTags.idOf(tag);
  if (id === capsPos.length) capsPos.push(-1);
  return id;
}
function capsPosId(id: number): number {
  let caps = capsPos[id]!;
  if (caps < 0) {
    caps = posId(`U${posTags.names[id]!}`);
    capsPos[id] = caps;
  }
  return caps;
}
const POS_BEFORE = posId('<s>');
const POS_AFTER = posId('</s>');

/**
 * A sequence as its pattern features read it: per position the shape id, tag id and case
 * vote (see words.ts and {@link Vote}), with the line's kind. Arrays are reused between calls.
 */
export interface SequenceView {
  n: number;
  shapes: Int32Array;
  tags: Int32Array;
  votes: Int32Array;
  caps: boolean;
  table: boolean;
}

/** Fills `view` (grown as needed) for `seq`. */
export function sequenceView(ctx: DocContext, seq: Sequence, view: SequenceView): SequenceView {
  const ts = seq.tokens;
  const n = ts.length;
  if (view.shapes.length < n) {
    view.shapes = new Int32Array(n * 2);
    view.tags = new Int32Array(n * 2);
    view.votes = new Int32Array(n * 2);
  }
  for (let i = 0; i < n; i++) {
    const t = ts[i]!;
    view.shapes[i] = ctx.shapes[t]!;
    view.tags[i] = ctx.tags[t]!;
    view.votes[i] = voteOf(ctx.words[t]!.norm, ctx.stamp);
  }
  view.n = n;
  view.caps = seq.capsLine;
  view.table = seq.tableLine;
  return view;
}

/** An empty view to fill. */
export function newSequenceView(): SequenceView {
  return { n: 0, shapes: new Int32Array(0), tags: new Int32Array(0), votes: new Int32Array(0), caps: false, table: false };
}

/**
 * What a token's pattern features are read from: shapes and tags of it and its neighbours
 * (interned ids), how the document writes it and the word before, and the line's kind.
 * Tokens with equal parts have equal pattern features, so the tagger caches them by {@link patternKey}.
 */
export interface PatternParts {
  shapeM1: number;
  shape: number;
  shapeP1: number;
  posM1: number;
  pos: number;
  posP1: number;
  vote: number;
  voteM1: number;
  caps: boolean;
  table: boolean;
  first: boolean;
}

/** Fills `out` with the pattern parts of position `i` of `view`. */
export function patternParts(view: SequenceView, i: number, out: PatternParts): PatternParts {
  const n = view.n;
  out.shapeM1 = i > 0 ? view.shapes[i - 1]! : EDGE_BEFORE;
  out.shape = view.shapes[i]!;
  out.shapeP1 = i + 1 < n ? view.shapes[i + 1]! : EDGE_AFTER;
  out.posM1 = i > 0 ? view.tags[i - 1]! : POS_BEFORE;
  out.pos = view.tags[i]!;
  out.posP1 = i + 1 < n ? view.tags[i + 1]! : POS_AFTER;
  out.vote = view.votes[i]!;
  out.voteM1 = i > 0 ? view.votes[i - 1]! : Vote.Edge;
  out.caps = view.caps;
  out.table = view.table;
  out.first = i === 0;
  return out;
}

/** Shape ids and tag ids below these bounds fit a cache key; others are not cached. */
const KEY_SHAPES = 512;
const KEY_TAGS = 64;

/**
 * Two integers (each below 2^30) that together identify the pattern parts of position `i`,
 * written to `out`; false when the ids are too large to fit.
 */
export function patternKey(view: SequenceView, i: number, out: Int32Array): boolean {
  const n = view.n;
  const shapeM1 = i > 0 ? view.shapes[i - 1]! : EDGE_BEFORE;
  const shape = view.shapes[i]!;
  const shapeP1 = i + 1 < n ? view.shapes[i + 1]! : EDGE_AFTER;
  const posM1 = i > 0 ? view.tags[i - 1]! : POS_BEFORE;
  const pos = view.tags[i]!;
  const posP1 = i + 1 < n ? view.tags[i + 1]! : POS_AFTER;
  if (shapeM1 >= KEY_SHAPES || shape >= KEY_SHAPES || shapeP1 >= KEY_SHAPES || posM1 >= KEY_TAGS || pos >= KEY_TAGS || posP1 >= KEY_TAGS) return false;
  out[0] = (shapeM1 * KEY_SHAPES + shape) * KEY_SHAPES + shapeP1;
  const tags = (posM1 * KEY_TAGS + pos) * KEY_TAGS + posP1;
  const voteM1 = i > 0 ? view.votes[i - 1]! : Vote.Edge;
  // The capitals flag needs no bit: a capitals line's shapes are ids of their own.
  out[1] = ((tags * 6 + view.votes[i]!) * 6 + voteM1) * 4 + (view.table ? 2 : 0) + (i === 0 ? 1 : 0);
  return true;
}

/** The pattern features of a token. */
export function patternFeatures(p: PatternParts): number[] {
  const shape = shapeHash(p.shape);
  const f = [
    f0(T.Bias),
    f1(T.Shape, shape),
    f1(T.Pos, posHashes[p.pos]!),
    f1(T.ShapeM1, shapeHash(p.shapeM1)),
    f1(T.ShapeP1, shapeHash(p.shapeP1)),
    f1(T.PosM1, posHashes[p.posM1]!),
    f1(T.PosP1, posHashes[p.posP1]!),
    f3(T.ShapeTri, shapeHash(p.shapeM1), shape, shapeHash(p.shapeP1)),
    f2(T.PosShape, posHashes[p.posM1]!, shape),
    f2(T.Case, p.caps ? 1 : 0, p.vote),
    f2(T.CaseShape, p.vote, shape),
  ];
  if (p.first) f.push(f1(T.First, shape));
  if (p.table) f.push(f0(T.Table), f1(T.TableShape, shape));
  if (p.caps && !p.first) f.push(f1(T.CapsCaseM1, p.voteM1));
  return f;
}

/** Lexical context features of position `i`: the first word, capitals-line words, gazetteers. Appended to `out`. */
export function contextFeatures(ctx: DocContext, seq: Sequence, i: number, out: number[]): number[] {
  const ts = seq.tokens;
  const n = ts.length;
  // No word bigrams (BigramM, BigramP): two table probes a token, and no gain on held-out text.
  const w = ctx.words[ts[i]!]!.keyHash;
  if (i === 0) out.push(f1(T.FirstWord, w));
  if (seq.capsLine) out.push(f1(T.CapsWord, w));
  gazFeatures(T.Gaz, ctx.gazetteer[ts[i]!]!, out);
  if (i > 0) gazFeatures(T.GazM1, ctx.gazetteer[ts[i - 1]!]!, out);
  if (i + 1 < n) gazFeatures(T.GazP1, ctx.gazetteer[ts[i + 1]!]!, out);
  return out;
}

function gazFeatures(t: T, bits: number, out: number[]): void {
  for (let b = 0; bits !== 0; b++, bits >>>= 1) if (bits & 1) out.push(f1(t, b));
}

/** All hashed features of every token of one sequence: own word, neighbours, pattern and context. */
export function sequenceFeatures(doc: NlpDoc, ctx: DocContext, seq: Sequence): Int32Array[] {
  const ts = seq.tokens;
  const n = ts.length;
  const infos = ts.map((t) => ctx.words[t]!);
  const near = infos.map((w) => neighbourFeatures(w));
  const view = sequenceView(ctx, seq, newSequenceView());
  const parts = {} as PatternParts;
  return infos.map((w, i) => {
    const f = [...patternFeatures(patternParts(view, i, parts)), ...wordFeatures(w)];
    contextFeatures(ctx, seq, i, f);
    NEIGHBOUR_OFFSETS.forEach((offset, k) => {
      const j = i + offset;
      if (j >= 0 && j < n) f.push(...near[j]![k]!);
      else f.push(EDGE_FEATURES[k]!);
    });
    return Int32Array.from(f);
  });
}
