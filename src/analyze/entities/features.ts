/**
 * Features of the entity tagger: what each word token looks like, what is around it, which
 * word lists it belongs to, and how the document writes it elsewhere. The training script
 * (scripts/train-entity-model.mjs) and the tagger call the same functions, so the model
 * sees at run time exactly the features it was trained on.
 */
import type { NlpDoc, Token } from '../../nlp/doc.js';
import { FIRST_NAMES, GAZETTEER_INDEX, HONORIFIC_WORDS, ORG_HEAD_WORDS, TITLE_WORDS } from './lexicon.js';

/** A stretch of word tokens tagged as one sequence (a sentence, never crossing a line). */
export interface Sequence {
  /** Indexes into `doc.tokens`, whitespace tokens left out. */
  tokens: number[];
  /** The line is written in capitals (a headline or a shouted dateline). */
  capsLine: boolean;
  /** The line is a dateline or a table row: few lowercase words, numbers around names. */
  tableLine: boolean;
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
  /** Per token index: gazetteer features. */
  gazetteer: Map<number, string[]>;
  /** Lower-case word → [times capitalized mid-sentence, times lower-case] in mixed-case lines. */
  caseVotes: Map<string, [number, number]>;
}

/** Word shape: X for capitals, x for small letters, d for digits, runs longer than 2 squeezed. */
export function shapeOf(text: string): string {
  let out = '';
  let last = -1;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let c: number;
    if (code >= 65 && code <= 90) c = 88; // X
    else if (code >= 97 && code <= 122) c = 120; // x
    else if (code >= 48 && code <= 57) c = 100; // d
    else if (code < 128) c = code;
    else {
      const ch = text[i]!;
      c = /\p{Lu}/u.test(ch) ? 88 : /\p{Ll}/u.test(ch) ? 120 : /\p{N}/u.test(ch) ? 100 : code;
    }
    if (c === last) {
      run++;
      if (run > 2) continue;
    } else {
      run = 1;
      last = c;
    }
    out += String.fromCharCode(c);
  }
  return out;
}

/** Lower case, digits folded to 0 so numbers share features. */
export function wordKey(token: Token): string {
  const lower = token.text.toLowerCase();
  return /\d/.test(lower) ? lower.replace(/\p{N}/gu, '0') : lower;
}

function isWordToken(token: Token): boolean {
  return token.pos !== 'SPACE' && token.text.length > 0;
}

function startsUpper(text: string): boolean {
  return /^\p{Lu}/u.test(text);
}

/** Splits the document into sequences and reads the document-wide evidence. */
export function docContext(doc: NlpDoc): DocContext {
  const sequences: Sequence[] = [];
  const lineFlags = lineKinds(doc.text);
  // Sentences never cross a line break unless the text is hard-wrapped, where lines mean nothing.
  for (const sentence of doc.sentences) {
    const tokens: number[] = [];
    for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) if (isWordToken(doc.tokens[t]!)) tokens.push(t);
    if (tokens.length === 0) continue;
    const flags = lineFlags.kindAt(doc.tokens[tokens[0]!]!.start);
    sequences.push({ tokens, capsLine: flags.caps, tableLine: flags.table });
  }

  const gazetteer = new Map<number, string[]>();
  const caseVotes = new Map<string, [number, number]>();
  for (const seq of sequences) {
    const words = seq.tokens.map((t) => doc.tokens[t]!.normal);
    // Per class, the longest entry starting at each position.
    for (let i = 0; i < words.length; i++) {
      const entries = GAZETTEER_INDEX.get(words[i]!);
      if (!entries) continue;
      const best = new Map<string, number>();
      for (const { cls, tokens } of entries) {
        if (tokens.length <= (best.get(cls) ?? 0) || i + tokens.length > words.length) continue;
        let ok = true;
        for (let k = 1; k < tokens.length; k++) if (tokens[k] !== words[i + k]) ok = false;
        if (ok) best.set(cls, tokens.length);
      }
      for (const [cls, n] of best) {
        for (let k = 0; k < n; k++) {
          const list = gazetteer.get(seq.tokens[i + k]!) ?? [];
          list.push(`${cls}${k === 0 ? 'B' : 'I'}${n === 1 ? '1' : ''}`);
          gazetteer.set(seq.tokens[i + k]!, list);
        }
      }
    }
    if (seq.capsLine) continue;
    for (let i = 1; i < seq.tokens.length; i++) {
      const token = doc.tokens[seq.tokens[i]!]!;
      if (!/\p{L}/u.test(token.text)) continue;
      const prev = doc.tokens[seq.tokens[i - 1]!]!;
      if (/^[.!?:"“'‘(]$/.test(prev.text)) continue;
      const votes = caseVotes.get(token.normal) ?? [0, 0];
      if (startsUpper(token.text)) votes[0]++;
      else votes[1]++;
      caseVotes.set(token.normal, votes);
    }
  }
  return { sequences, gazetteer, caseVotes };
}

interface LineKinds {
  kindAt(offset: number): { caps: boolean; table: boolean };
}

function lineKinds(text: string): LineKinds {
  const starts: number[] = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  const kinds = starts.map((start, i) => {
    const end = i + 1 < starts.length ? starts[i + 1]! - 1 : text.length;
    const line = text.slice(start, end);
    let upper = 0;
    let letters = 0;
    for (let k = 0; k < line.length; k++) {
      const code = line.charCodeAt(k);
      if (code >= 65 && code <= 90) {
        upper++;
        letters++;
      } else if (code >= 97 && code <= 122) letters++;
      else if (code >= 128) {
        const ch = line[k]!;
        if (ch !== ch.toLowerCase()) {
          upper++;
          letters++;
        } else if (ch !== ch.toUpperCase()) letters++;
      }
    }
    const words = line.match(/[\p{L}\p{N}][\p{L}\p{N}'.-]*/gu) ?? [];
    const lower = words.filter((w) => /^\p{Ll}/u.test(w)).length;
    const numbers = words.filter((w) => /^\p{N}/u.test(w)).length;
    return {
      caps: letters >= CAPS_LINE_MIN_LETTERS && upper / letters >= CAPS_LINE_SHARE,
      table: words.length > 0 && numbers > 0 && lower / words.length <= TABLE_LINE_LOWER_SHARE,
    };
  });
  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return { kindAt: (offset) => kinds[lineOf(offset)]! };
}

/** How the document writes `word` where case tells something: cap, low, mixed or none. */
function caseVote(ctx: DocContext, word: string): string {
  const votes = ctx.caseVotes.get(word);
  if (!votes) return 'none';
  const [up, low] = votes;
  if (up > 0 && low === 0) return 'cap';
  if (low > 0 && up === 0) return 'low';
  return up >= low ? 'mostcap' : 'mostlow';
}

/**
 * Features are hashed to 32-bit numbers as they are made, never built as strings: a feature
 * is a template number and one to three strings (or parts of one), mixed by FNV-1a and
 * finished by MurmurHash3's avalanche step. The same function serves training and tagging.
 */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** Mixed between the strings of a conjunction so "ab|c" and "a|bc" differ. */
const PART_SEPARATOR = 0x1f;

function open(template: number): number {
  return Math.imul(FNV_OFFSET ^ template, FNV_PRIME);
}

function mix(h: number, s: string, from = 0, to = s.length): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return Math.imul(h ^ PART_SEPARATOR, FNV_PRIME);
}

function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/** Feature templates: the number is part of the hash, so never renumber a shipped one. */
const enum T {
  Bias = 1, Word, Shape, Pos, Prefix1, Prefix3, Suffix2, Suffix3, Suffix4, WordM1, WordP1, WordM2, WordP2, ShapeM1, ShapeP1, PosM1, PosP1,
  BigramM, BigramP, ShapeTri, PosShape, Case, CaseShape, First, FirstWord, CapsWord, Table, TableShape, CapsCaseM1, FirstName, FirstNameM1,
  HonorificM1, TitleM1, Title, OrgHead, OrgHeadP1, OrgHeadP2, Gaz, GazM1, GazP1,
}

/**
 * Features of the word itself, wherever it stands: its form, affixes and word-list classes.
 * They depend on nothing else, so the tagger caches their summed weights per word.
 */
export function wordFeatures(w: string, normal: string): Int32Array {
  const f: number[] = [
    finish(mix(open(T.Word), w)),
    finish(mix(open(T.Prefix1), w, 0, Math.min(1, w.length))),
    finish(mix(open(T.Prefix3), w, 0, Math.min(3, w.length))),
    finish(mix(open(T.Suffix2), w, Math.max(0, w.length - 2))),
    finish(mix(open(T.Suffix3), w, Math.max(0, w.length - 3))),
    finish(mix(open(T.Suffix4), w, Math.max(0, w.length - 4))),
  ];
  if (FIRST_NAMES.has(normal)) f.push(finish(open(T.FirstName)));
  if (TITLE_WORDS.has(normal)) f.push(finish(open(T.Title)));
  if (ORG_HEAD_WORDS.has(normal)) f.push(finish(open(T.OrgHead)));
  return Int32Array.from(f);
}

/** Where a neighbour stands relative to the token being tagged. */
export const NEIGHBOUR_OFFSETS = [-2, -1, 1, 2] as const;

/**
 * Features a word gives the token it neighbours: `out[k]` holds the features of the token at
 * `-NEIGHBOUR_OFFSETS[k]` from the word, i.e. the word sits at offset `NEIGHBOUR_OFFSETS[k]` from it.
 */
export function neighbourFeatures(w: string, normal: string): Int32Array[] {
  return NEIGHBOUR_OFFSETS.map((offset) => {
    const f: number[] = [];
    if (offset === -2) f.push(finish(mix(open(T.WordM2), w)));
    if (offset === -1) {
      f.push(finish(mix(open(T.WordM1), w)));
      if (FIRST_NAMES.has(normal)) f.push(finish(open(T.FirstNameM1)));
      if (HONORIFIC_WORDS.has(normal)) f.push(finish(open(T.HonorificM1)));
      if (TITLE_WORDS.has(normal)) f.push(finish(open(T.TitleM1)));
    }
    if (offset === 1) {
      f.push(finish(mix(open(T.WordP1), w)));
      if (ORG_HEAD_WORDS.has(normal)) f.push(finish(open(T.OrgHeadP1)));
    }
    if (offset === 2) {
      f.push(finish(mix(open(T.WordP2), w)));
      if (ORG_HEAD_WORDS.has(normal)) f.push(finish(open(T.OrgHeadP2)));
    }
    return Int32Array.from(f);
  });
}

/** The neighbour features of a sequence edge (no word there). */
export const EDGE_FEATURES: readonly number[] = NEIGHBOUR_OFFSETS.map((offset) =>
  finish(mix(open(offset === -2 ? T.WordM2 : offset === -1 ? T.WordM1 : offset === 1 ? T.WordP1 : T.WordP2), offset < 0 ? '<s>' : '</s>')),
);

/** The word forms (lower case, digits folded) and wink normals of a sequence. */
export function sequenceWords(doc: NlpDoc, seq: Sequence): { words: string[]; normals: string[] } {
  const words: string[] = [];
  const normals: string[] = [];
  for (const t of seq.tokens) {
    const tok = doc.tokens[t]!;
    words.push(wordKey(tok));
    normals.push(tok.normal);
  }
  return { words, normals };
}

/** All hashed features of every token of one sequence: own word, neighbours and context. */
export function sequenceFeatures(doc: NlpDoc, ctx: DocContext, seq: Sequence): Int32Array[] {
  const { words, normals } = sequenceWords(doc, seq);
  const { patterns, lexical } = contextFeatures(doc, ctx, seq, words);
  const n = words.length;
  const own = words.map((w, i) => wordFeatures(w, normals[i]!));
  const near = words.map((w, i) => neighbourFeatures(w, normals[i]!));
  return lexical.map((c, i) => {
    const f = [...patternFeatures(patterns[i]!), ...c, ...own[i]!];
    NEIGHBOUR_OFFSETS.forEach((offset, k) => {
      const j = i + offset;
      if (j >= 0 && j < n) f.push(...near[j]![k]!);
      else f.push(EDGE_FEATURES[k]!);
    });
    return Int32Array.from(f);
  });
}

/**
 * What a token's pattern features are read from: shapes and tags of it and its neighbours,
 * how the document writes it (and, in capitals lines, the word before), and the line's kind.
 * Tokens with equal parts have equal pattern features, so the tagger caches them by `key`.
 */
export interface PatternParts {
  shapeM1: string;
  shape: string;
  shapeP1: string;
  posM1: string;
  pos: string;
  posP1: string;
  vote: string;
  voteM1: string;
  caps: boolean;
  table: boolean;
  first: boolean;
}

export function patternKey(p: PatternParts): string {
  return `${p.shapeM1}\u0001${p.shape}\u0001${p.shapeP1}\u0001${p.posM1}\u0001${p.pos}\u0001${p.posP1}\u0001${p.vote}\u0001${p.voteM1}\u0001${p.caps ? 1 : 0}${p.table ? 1 : 0}${p.first ? 1 : 0}`;
}

/** The pattern features of a token. */
export function patternFeatures(p: PatternParts): Int32Array {
  const f: number[] = [
    finish(open(T.Bias)),
    finish(mix(open(T.Shape), p.shape)),
    finish(mix(open(T.Pos), p.pos)),
    finish(mix(open(T.ShapeM1), p.shapeM1)),
    finish(mix(open(T.ShapeP1), p.shapeP1)),
    finish(mix(open(T.PosM1), p.posM1)),
    finish(mix(open(T.PosP1), p.posP1)),
    finish(mix(mix(mix(open(T.ShapeTri), p.shapeM1), p.shape), p.shapeP1)),
    finish(mix(mix(open(T.PosShape), p.posM1), p.shape)),
    finish(mix(mix(open(T.Case), p.caps ? 'U' : ''), p.vote)),
    finish(mix(mix(open(T.CaseShape), p.vote), p.shape)),
  ];
  if (p.first) f.push(finish(mix(open(T.First), p.shape)));
  if (p.table) f.push(finish(open(T.Table)), finish(mix(open(T.TableShape), p.shape)));
  if (p.caps && !p.first) f.push(finish(mix(open(T.CapsCaseM1), p.voteM1)));
  return Int32Array.from(f);
}

/** Per token of a sequence: its pattern parts and its lexical context features (bigrams, gazetteers). */
export function contextFeatures(doc: NlpDoc, ctx: DocContext, seq: Sequence, words: string[]): { patterns: PatternParts[]; lexical: Int32Array[] } {
  const toks = seq.tokens.map((t) => doc.tokens[t]!);
  const n = toks.length;
  const caps = seq.capsLine;
  // In a capitals line, case says nothing: shapes are folded and tags marked as unreliable.
  const shapes = toks.map((t) => (caps ? `U${shapeOf(t.text).replace(/X/g, 'x')}` : shapeOf(t.text)));
  const tags = toks.map((t) => (caps ? `U${t.pos}` : t.pos));
  const votes = toks.map((t) => caseVote(ctx, t.normal));
  const wordAt = (i: number): string => (i < 0 ? '<s>' : i >= n ? '</s>' : words[i]!);
  const shapeAt = (i: number): string => (i < 0 ? '<s>' : i >= n ? '</s>' : shapes[i]!);
  const posAt = (i: number): string => (i < 0 ? '<s>' : i >= n ? '</s>' : tags[i]!);
  const patterns: PatternParts[] = [];
  const lexical: Int32Array[] = [];
  const f: number[] = [];
  const one = (t: T, a: string): void => {
    f.push(finish(mix(open(t), a)));
  };
  for (let i = 0; i < n; i++) {
    f.length = 0;
    const w = words[i]!;
    patterns.push({
      shapeM1: shapeAt(i - 1),
      shape: shapeAt(i),
      shapeP1: shapeAt(i + 1),
      posM1: posAt(i - 1),
      pos: posAt(i),
      posP1: posAt(i + 1),
      vote: votes[i]!,
      voteM1: i > 0 ? votes[i - 1]! : '',
      caps,
      table: seq.tableLine,
      first: i === 0,
    });
    f.push(finish(mix(mix(open(T.BigramM), wordAt(i - 1)), w)));
    f.push(finish(mix(mix(open(T.BigramP), w), wordAt(i + 1))));
    if (i === 0) one(T.FirstWord, w);
    if (caps) one(T.CapsWord, w);
    const gz = ctx.gazetteer.get(seq.tokens[i]!);
    if (gz) for (const g of gz) one(T.Gaz, g);
    const gzPrev = i > 0 ? ctx.gazetteer.get(seq.tokens[i - 1]!) : undefined;
    if (gzPrev) for (const g of gzPrev) one(T.GazM1, g);
    const gzNext = i + 1 < n ? ctx.gazetteer.get(seq.tokens[i + 1]!) : undefined;
    if (gzNext) for (const g of gzNext) one(T.GazP1, g);
    lexical.push(Int32Array.from(f));
  }
  return { patterns, lexical };
}
