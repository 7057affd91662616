/**
 * What the entity stage knows about a word form, computed once per distinct form for the life
 * of the process (bounded caches, emptied only between documents): its lower-case key and
 * hashes, its shape, its word-list classes, and the tagger's summed weights for it.
 * Nothing here depends on the document, except the case votes, which are reset for each one.
 */
import { FNV_PRIME, HashedIds, SEED_A, SEED_B, hashString, stringHash } from './hash.js';
import { HONORIFIC_WORDS, ORG_HEAD_WORDS, SPORTS_WORD_SET, TITLE_WORDS, wordClasses } from './lexicon.js';
import { wordHash1, wordHash2 } from './tables.js';

/** Flags from the single-word lists. */
export const enum Lex {
  Title = 1,
  Honorific = 2,
  OrgHead = 4,
  /** A word of the sports pages ("innings", "playoff"). */
  Sports = 8,
}

/** A lower-case normal form (wink's `normal`), shared by every spelling of the word. */
export interface NormInfo {
  normal: string;
  /** The word's two hashes as phrase tables fold them. */
  h1: number;
  h2: number;
  /** Phrase-table classes of the word alone (Cls bits, PREFIX_BIT when longer entries start with it). */
  classes: number;
  /** Lex flags. */
  lex: number;
  /** The document these votes belong to; votes of an older document count as none. */
  stamp: number;
  /** Times written capitalized / in lower case mid-sentence in mixed-case lines of that document. */
  up: number;
  low: number;
  /** Of the capitalized times, those in title-case lines ("Woman Hurt at Bus Depot Dies"). */
  titleUp: number;
}

/** One spelling of a word, as it stands in the text. */
export interface WordInfo {
  text: string;
  normal: string;
  norm: NormInfo;
  /** `norm.classes`, kept here so reading it touches one record, not two. */
  classes: number;
  /** Lower case, digits folded to 0, so numbers share features. */
  key: string;
  keyHash: number;
  /** Interned ids of the word's shape, and of its shape in a capitals line (case folded). */
  shape: number;
  capsShape: number;
  /** Begins with a capital; holds a letter; holds a letter or digit; is punctuation that opens a clause (case tells nothing after it). */
  upper: boolean;
  letter: boolean;
  alnum: boolean;
  /** Holds a capital letter or a digit: names are found near such words. */
  marked: boolean;
  opener: boolean;
  /** The tagger's summed weights for this word (own and neighbour slots), for the weights in `vecOf`. */
  vec: Int32Array | null;
  vecOf: object | null;
}

/** Distinct spellings kept; past this, the caches start afresh at the next document. */
const WORD_CACHE_MAX = 100_000;
/** Distinct shapes kept; past this, shape ids start afresh at the next document. */
const SHAPE_CACHE_MAX = 20_000;

/**
 * Word records by spelling: an open-addressing table of [two hashes of the text, hash of the
 * normal, record index + 1] over typed arrays, with the records in an array. A lookup hashes
 * the token and reads one slot: 96 bits of hash identify a (text, normal) pair (a false match
 * among a hundred thousand words has odds below 1 in 10^19), so no string is compared and no
 * record but the one found is touched.
 */
const WORD_SLOTS_MIN = 1 << 12;
const SLOT_INTS = 4;
let wordSlots = new Int32Array(WORD_SLOTS_MIN * SLOT_INTS);
const records: WordInfo[] = [];
const norms = new Map<string, NormInfo>();
const shapes = new HashedIds();
let stamp = 0;
let shapeGeneration = 0;

/** Shape ids of the sequence edges, fixed across generations. */
export const EDGE_BEFORE = 0;
export const EDGE_AFTER = 1;

function resetShapes(): void {
  shapes.clear();
  shapeId('<s>');
  shapeId('</s>');
  shapeGeneration++;
}
resetShapes();

function shapeId(shape: string): number {
  return shapes.idOf(shape);
}

/** The feature hash of shape `id`. */
export function shapeHash(id: number): number {
  return shapes.hashes[id]!;
}

/** Changes whenever shape ids are reassigned: caches keyed by shape ids must then be emptied. */
export function currentShapeGeneration(): number {
  return shapeGeneration;
}

function clearWords(): void {
  records.length = 0;
  wordSlots = new Int32Array(WORD_SLOTS_MIN * SLOT_INTS);
}

/** Puts record `index` in the table, which must have a free slot. */
function place(slots: Int32Array, h1: number, h2: number, hn: number, index: number): void {
  const mask = slots.length / SLOT_INTS - 1;
  let i = h1 & mask;
  while (slots[i * SLOT_INTS + 3] !== 0) i = (i + 1) & mask;
  slots[i * SLOT_INTS] = h1;
  slots[i * SLOT_INTS + 1] = h2;
  slots[i * SLOT_INTS + 2] = hn;
  slots[i * SLOT_INTS + 3] = index + 1;
}

/** Starts a document: a fresh stamp for case votes, and bounded caches. Returns the stamp. */
export function beginDocument(): number {
  if (records.length > WORD_CACHE_MAX || norms.size > WORD_CACHE_MAX) {
    clearWords();
    norms.clear();
  }
  if (shapes.size > SHAPE_CACHE_MAX) {
    clearWords();
    resetShapes();
  }
  return ++stamp;
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

/** The shared record of a normal form. */
export function normInfo(normal: string): NormInfo {
  let info = norms.get(normal);
  if (info) return info;
  let lex = 0;
  if (TITLE_WORDS.has(normal)) lex |= Lex.Title;
  if (HONORIFIC_WORDS.has(normal)) lex |= Lex.Honorific;
  if (ORG_HEAD_WORDS.has(normal)) lex |= Lex.OrgHead;
  if (SPORTS_WORD_SET.has(normal)) lex |= Lex.Sports;
  info = { normal, h1: wordHash1(normal), h2: wordHash2(normal), classes: wordClasses(normal), lex, stamp: 0, up: 0, low: 0, titleUp: 0 };
  norms.set(normal, info);
  return info;
}

const OPENERS = new Set(['.', '!', '?', ':', '"', '“', "'", '‘', '(']);

/** The record of a spelling `text` whose wink normal is `normal`. */
export function wordInfo(text: string, normal: string): WordInfo {
  // Both hashes of the text in one pass (FNV-1a from two seeds, as hashString makes them).
  let h1 = SEED_A;
  let h2 = SEED_B;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, FNV_PRIME);
    h2 = Math.imul(h2 ^ c, FNV_PRIME);
  }
  // wink gives a few forms another normal ("'s" → "is"): such pairs get their own record.
  const hn = normal === text ? h1 : hashString(normal, SEED_A);
  const slots = wordSlots;
  const mask = slots.length / SLOT_INTS - 1;
  let i = h1 & mask;
  for (;;) {
    const at = i * SLOT_INTS;
    const index = slots[at + 3]!;
    if (index === 0) break;
    if (slots[at] === h1 && slots[at + 1] === h2 && slots[at + 2] === hn) return records[index - 1]!;
    i = (i + 1) & mask;
  }
  const info = makeWord(text, normal);
  records.push(info);
  if (records.length * 2 > slots.length / SLOT_INTS) {
    // Keep the table at most half full: double it and place every record again.
    const bigger = new Int32Array(slots.length * 2);
    records.forEach((r, k) => {
      const r1 = hashString(r.text, SEED_A);
      place(bigger, r1, hashString(r.text, SEED_B), r.normal === r.text ? r1 : hashString(r.normal, SEED_A), k);
    });
    wordSlots = bigger;
  } else place(slots, h1, h2, hn, records.length - 1);
  return info;
}

/** What one pass over a word's characters tells (see {@link makeWord}). */
const enum Trait {
  Letter = 1,
  Digit = 2,
  Upper = 4,
}

function charTraits(code: number, text: string, i: number): number {
  if (code >= 97 && code <= 122) return Trait.Letter;
  if (code >= 65 && code <= 90) return Trait.Letter | Trait.Upper;
  if (code >= 48 && code <= 57) return Trait.Digit;
  if (code < 128) return 0;
  const ch = text[i]!;
  if (/\p{Lu}|\p{Lt}/u.test(ch)) return Trait.Letter | Trait.Upper;
  if (/\p{L}/u.test(ch)) return Trait.Letter;
  return /\p{N}/u.test(ch) ? Trait.Digit : 0;
}

function makeWord(text: string, normal: string): WordInfo {
  // One pass over the characters; only letters beyond ASCII need a Unicode property test.
  let traits = 0;
  for (let i = 0; i < text.length; i++) traits |= charTraits(text.charCodeAt(i), text, i);
  const first = text.length > 0 ? charTraits(text.charCodeAt(0), text, 0) : 0;
  const lower = text.toLowerCase();
  const folded = traits & Trait.Digit ? lower.replace(/\p{N}/gu, '0') : lower;
  const shape = shapeOf(text);
  const norm = normInfo(normal);
  return {
    text,
    normal,
    norm,
    classes: norm.classes,
    key: folded,
    keyHash: stringHash(folded),
    shape: shapeId(shape),
    capsShape: shapeId(`U${shape.replace(/X/g, 'x')}`),
    upper: (first & Trait.Upper) !== 0,
    letter: (traits & Trait.Letter) !== 0,
    alnum: (traits & (Trait.Letter | Trait.Digit)) !== 0,
    marked: (traits & (Trait.Upper | Trait.Digit)) !== 0,
    opener: OPENERS.has(text),
    vec: null,
    vecOf: null,
  };
}
