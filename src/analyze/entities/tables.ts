/**
 * Phrase tables: word lists (places, first names, organizations …) stored as an open-addressing
 * table of phrase hashes with class bits, so a shipped list is one typed array read from disk
 * (no parsing, no strings) and a lookup is one probe per word of the phrase.
 *
 * A phrase is hashed word by word: {@link phraseStep} folds each word's two hashes into two
 * running hashes, and {@link PhraseTable.get} reads the classes of the phrase so far. Every
 * proper prefix of a listed phrase carries {@link PREFIX_BIT}, so a longest-match walk stops as
 * soon as no longer entry can match.
 */
import { SEED_A, SEED_B, finish, hashString, mix } from './hash.js';

/** Set on the words so far of a longer entry ("new" for "new york"). */
export const PREFIX_BIT = 1;
/** Slot word 2 keeps the top bits of the second hash; the low bits hold the classes. */
const CLASS_MASK = 0xffff;
/** Slots per entry at most: lookups stay one or two probes. */
const MAX_LOAD = 0.6;

/** The two running hashes of a phrase before its first word. */
export const PHRASE_SEED_1 = 0x6a09e667 | 0;
export const PHRASE_SEED_2 = 0x3c6ef372;

/** The two hashes of one word, as phrases fold it. */
export function wordHash1(word: string): number {
  return hashString(word, SEED_A);
}
export function wordHash2(word: string): number {
  return hashString(word, SEED_B);
}

/** Folds a word's hash into a running phrase hash. */
export function phraseStep(h: number, wordHash: number): number {
  return mix(h, wordHash);
}

/** Splits a list entry the way wink splits running text, near enough for matching. */
export function lexiconTokens(entry: string): string[] {
  return entry
    .toLowerCase()
    .split(/\s+|(?=-)|(?<=-)/u)
    .filter((t) => t.length > 0);
}

export class PhraseTable {
  private readonly mask: number;

  /** `slots` holds pairs [finish(h1), (finish(h2) & ~CLASS_MASK) | classes]; classes 0 marks an empty slot. */
  constructor(readonly slots: Int32Array) {
    this.mask = (slots.length >> 1) - 1;
  }

  /** The classes of the phrase whose running hashes are `h1`, `h2` (0: not listed, not a prefix). */
  get(h1: number, h2: number): number {
    const k1 = finish(h1);
    const k2 = finish(h2) & ~CLASS_MASK;
    const slots = this.slots;
    let i = k1 & this.mask;
    for (;;) {
      const v = slots[i * 2 + 1]!;
      if (v === 0) return 0;
      if (slots[i * 2] === k1 && (v & ~CLASS_MASK) === k2) return v & CLASS_MASK;
      i = (i + 1) & this.mask;
    }
  }

  /** Builds a table of `entries` (phrase, class bits); prefixes of longer phrases get PREFIX_BIT. */
  static build(entries: Iterable<readonly [string, number]>): PhraseTable {
    const keys = new Map<string, { k1: number; k2: number; bits: number }>();
    const add = (h1: number, h2: number, bits: number): void => {
      const k1 = finish(h1);
      const k2 = finish(h2) & ~CLASS_MASK;
      const id = `${k1}:${k2}`;
      const entry = keys.get(id);
      if (entry) entry.bits |= bits;
      else keys.set(id, { k1, k2, bits });
    };
    for (const [phrase, bits] of entries) {
      if ((bits & ~CLASS_MASK) !== 0 || bits === 0) throw new Error(`bad class bits ${bits}`);
      const words = lexiconTokens(phrase);
      let h1 = PHRASE_SEED_1;
      let h2 = PHRASE_SEED_2;
      words.forEach((w, k) => {
        h1 = phraseStep(h1, wordHash1(w));
        h2 = phraseStep(h2, wordHash2(w));
        add(h1, h2, k === words.length - 1 ? bits : PREFIX_BIT);
      });
    }
    let size = 16;
    while (keys.size > size * MAX_LOAD) size <<= 1;
    const slots = new Int32Array(size * 2);
    const mask = size - 1;
    // Insert in a fixed order so the same lists always give the same bytes.
    const sorted = [...keys.values()].sort((a, b) => a.k1 - b.k1 || a.k2 - b.k2);
    for (const { k1, k2, bits } of sorted) {
      let i = k1 & mask;
      while (slots[i * 2 + 1] !== 0) i = (i + 1) & mask;
      slots[i * 2] = k1;
      slots[i * 2 + 1] = k2 | bits;
    }
    return new PhraseTable(slots);
  }
}
