/**
 * Features of the entity tagger: what each word token looks like, what is around it, which
 * word lists it belongs to, and how the document writes it elsewhere. The training script
 * (scripts/train-entity-model.mjs) and the tagger call the same functions, so the model
 * sees at run time exactly the features it was trained on.
 */
import type { NlpDoc, Token } from '../../nlp/doc.js';
import { FIRST_NAMES, GAZETTEERS, HONORIFIC_WORDS, ORG_HEAD_WORDS, TITLE_WORDS } from './lexicon.js';

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
  let last = '';
  let run = 0;
  for (const ch of text) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    if (c === last) {
      run++;
      if (run > 2) continue;
    } else {
      run = 1;
      last = c;
    }
    out += c;
  }
  return out;
}

/** Lower case, digits folded to 0 so numbers share features. */
export function wordKey(token: Token): string {
  return token.text.toLowerCase().replace(/\p{N}/gu, '0');
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
    for (const [cls, set] of GAZETTEERS) {
      for (let i = 0; i < words.length; i++) {
        const n = set.matchAt(words, i);
        if (n === 0) continue;
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
    for (const ch of line) {
      if (/\p{Lu}/u.test(ch)) {
        upper++;
        letters++;
      } else if (/\p{Ll}/u.test(ch)) letters++;
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

/** The feature strings of every token of one sequence. */
export function sequenceFeatures(doc: NlpDoc, ctx: DocContext, seq: Sequence): string[][] {
  const toks = seq.tokens.map((t) => doc.tokens[t]!);
  const n = toks.length;
  const words = toks.map(wordKey);
  const shapes = toks.map((t) => shapeOf(t.text));
  const caps = seq.capsLine ? 'U' : '';
  // In a capitals line, case says nothing: shapes and tags are replaced by what the
  // document says about the word elsewhere.
  const shapeAt = (i: number): string => (i < 0 ? '<s>' : i >= n ? '</s>' : caps ? `U${shapes[i]!.replace(/X/g, 'x')}` : shapes[i]!);
  const wordAt = (i: number): string => (i < 0 ? '<s>' : i >= n ? '</s>' : words[i]!);
  const posAt = (i: number): string => (i < 0 ? '<s>' : i >= n ? '</s>' : `${caps}${toks[i]!.pos}`);
  const out: string[][] = [];
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    const tok = toks[i]!;
    const f: string[] = [
      'b',
      `w=${w}`,
      `s=${shapeAt(i)}`,
      `p=${posAt(i)}`,
      `p1=${w.slice(0, 1)}`,
      `p3=${w.slice(0, 3)}`,
      `x2=${w.slice(-2)}`,
      `x3=${w.slice(-3)}`,
      `x4=${w.slice(-4)}`,
      `w-1=${wordAt(i - 1)}`,
      `w+1=${wordAt(i + 1)}`,
      `w-2=${wordAt(i - 2)}`,
      `w+2=${wordAt(i + 2)}`,
      `s-1=${shapeAt(i - 1)}`,
      `s+1=${shapeAt(i + 1)}`,
      `p-1=${posAt(i - 1)}`,
      `p+1=${posAt(i + 1)}`,
      `ww-=${wordAt(i - 1)}|${w}`,
      `ww+=${w}|${wordAt(i + 1)}`,
      `sss=${shapeAt(i - 1)}|${shapeAt(i)}|${shapeAt(i + 1)}`,
      `ps=${posAt(i - 1)}|${shapeAt(i)}`,
      `dc=${caps}${caseVote(ctx, tok.normal)}`,
      `dcs=${caseVote(ctx, tok.normal)}|${shapeAt(i)}`,
    ];
    if (i === 0) f.push(`first=${shapeAt(i)}`, `firstw=${w}`);
    if (caps) f.push(`Uw=${w}`);
    if (seq.tableLine) f.push('tbl', `tbls=${shapeAt(i)}`);
    if (caps && i > 0) f.push(`Udc-1=${caseVote(ctx, toks[i - 1]!.normal)}`);
    const lower = tok.normal;
    if (FIRST_NAMES.has(lower)) f.push('g=FIRST');
    if (i > 0 && FIRST_NAMES.has(toks[i - 1]!.normal)) f.push('g-1=FIRST');
    if (i > 0 && HONORIFIC_WORDS.has(toks[i - 1]!.normal)) f.push('hon-1');
    if (i > 0 && TITLE_WORDS.has(toks[i - 1]!.normal)) f.push('title-1');
    if (TITLE_WORDS.has(lower)) f.push('title');
    if (ORG_HEAD_WORDS.has(lower)) f.push('orghead');
    if (i + 1 < n && ORG_HEAD_WORDS.has(toks[i + 1]!.normal)) f.push('orghead+1');
    if (i + 2 < n && ORG_HEAD_WORDS.has(toks[i + 2]!.normal)) f.push('orghead+2');
    const gz = ctx.gazetteer.get(seq.tokens[i]!);
    if (gz) for (const g of gz) f.push(`g=${g}`);
    const gzPrev = i > 0 ? ctx.gazetteer.get(seq.tokens[i - 1]!) : undefined;
    if (gzPrev) for (const g of gzPrev) f.push(`g-1=${g}`);
    const gzNext = i + 1 < n ? ctx.gazetteer.get(seq.tokens[i + 1]!) : undefined;
    if (gzNext) for (const g of gzNext) f.push(`g+1=${g}`);
    out.push(f);
  }
  return out;
}
