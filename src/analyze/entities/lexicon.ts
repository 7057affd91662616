/**
 * The entity stage's word lists. The phrase lists (countries, cities, first names, common words,
 * and the hand-written regions, nationalities, organizations and sports slugs of src/language/)
 * ship as one phrase table, src/data/entity-words.bin, read on first use without parsing.
 * Single-word lists used as sets stay JavaScript sets.
 */
import { readFileSync } from 'node:fs';
import { packageFile } from '../../paths.js';
import { HONORIFICS, TITLES } from '../../language/people.js';
import { CORPORATE_SUFFIXES, INDEX_NOUNS, KNOWN_ORGS, ORGANIZATION_NOUNS, ORG_HEADS, ORG_OPENERS, TEAM_HEADS, TEAM_ROLE_NOUNS } from '../../language/organizations.js';
import { COUNTRY_ABBREVIATIONS, EXTRA_COUNTRIES, PLACE_HEADS, PLACE_OPENERS, PLACE_PREPOSITIONS, POLITY_WORDS, REGIONS, STREET_WORDS } from '../../language/places.js';
import { HYPHEN_PARTICLES } from '../../language/names.js';
import { NATIONALITIES, nationalityForms } from '../../language/nationalities.js';
import { BELIEF_VERBS, REPORTING_VERBS } from '../../language/reporting.js';
import { NOT_NAMES, SENTENCE_OPENERS, SPORTS_SLUGS, SPORTS_WORDS } from '../../language/words.js';
import { PHRASE_SEED_1, PHRASE_SEED_2, PREFIX_BIT, PhraseTable, lexiconTokens, phraseStep, wordHash1, wordHash2 } from './tables.js';

export { lexiconTokens } from './tables.js';

/** Classes of listed phrases (bit 1 is the table's prefix mark). Shipped in entity-words.bin: never renumber. */
export const enum Cls {
  Country = 2,
  City = 4,
  First = 8,
  Common = 16,
  Region = 32,
  Nat = 64,
  KnownOrg = 128,
  Slug = 256,
  /** A dictionary word (never a proper noun in wink-lexicon). */
  Dict = 512,
}

/** The classes of the shipped table, for the build script (a const enum is not in the compiled module). */
export const SHIPPED_CLASSES = { country: Cls.Country, city: Cls.City, first: Cls.First, common: Cls.Common, dict: Cls.Dict } as const;

/** Places and peoples, as the tagger's gazetteer features and the rules read them. */
export const GAZ_CLASSES = Cls.Country | Cls.Region | Cls.City | Cls.Nat;

/** The shipped table: magic, format version, slot count, then the slots (little-endian Int32). */
export const WORDS_MAGIC = 0x57435250; // "PRCW"
export const WORDS_VERSION = 1;
const WORDS_HEADER_INTS = 4;

/** The shipped word table file. */
export const WORDS_FILE = packageFile('src/data/entity-words.bin');

/** Reads a phrase table written by {@link encodeWordTable}. */
export function decodeWordTable(bytes: Uint8Array): PhraseTable {
  // Typed views need an aligned offset; small Buffers come from a shared, unaligned pool.
  const buf = bytes.byteOffset % 4 === 0 ? bytes : new Uint8Array(bytes);
  const ints = new Int32Array(buf.buffer, buf.byteOffset, buf.byteLength >> 2);
  if (ints[0] !== WORDS_MAGIC || ints[1] !== WORDS_VERSION) throw new Error('entity word table: unknown format');
  const slots = ints[2]!;
  if (ints.length !== WORDS_HEADER_INTS + slots * 2) throw new Error('entity word table: truncated');
  return new PhraseTable(ints.subarray(WORDS_HEADER_INTS));
}

/** The bytes of `table`, as {@link decodeWordTable} reads them (little-endian hosts only, as Node's are). */
export function encodeWordTable(table: PhraseTable): Uint8Array {
  const ints = new Int32Array(WORDS_HEADER_INTS + table.slots.length);
  ints.set([WORDS_MAGIC, WORDS_VERSION, table.slots.length >> 1, 0]);
  ints.set(table.slots, WORDS_HEADER_INTS);
  return new Uint8Array(ints.buffer);
}

/**
 * The hand-written lists as table entries. They are hashed into the shipped table with the
 * generated lists (scripts/build-entity-words.mjs); a unit test checks the shipped table holds them.
 */
export function lexiconEntries(): Array<[string, number]> {
  const entries: Array<[string, number]> = [];
  for (const c of [...COUNTRY_ABBREVIATIONS, ...EXTRA_COUNTRIES]) entries.push([c, Cls.Country]);
  for (const r of REGIONS) entries.push([r, Cls.Region]);
  for (const n of NATIONALITIES.flatMap(nationalityForms)) entries.push([n, Cls.Nat]);
  for (const o of KNOWN_ORGS) entries.push([o, Cls.KnownOrg]);
  for (const s of SPORTS_SLUGS) entries.push([s, Cls.Slug]);
  return entries;
}

let table: PhraseTable | null = null;

/** The shipped table, read on first use. */
export function wordTable(): PhraseTable {
  table ??= decodeWordTable(readFileSync(WORDS_FILE));
  return table;
}

/** Classes of a one-word phrase (with PREFIX_BIT when longer entries start with it). */
export function wordClasses(word: string): number {
  const h1 = phraseStep(PHRASE_SEED_1, wordHash1(word));
  const h2 = phraseStep(PHRASE_SEED_2, wordHash2(word));
  return wordTable().get(h1, h2);
}

/** Length in words of the longest entry of classes `cls` matching `words` from `at`, or 0. */
export function matchWords(words: readonly string[], at: number, cls: number): number {
  const table = wordTable();
  let best = 0;
  let h1 = PHRASE_SEED_1;
  let h2 = PHRASE_SEED_2;
  for (let k = at; k < words.length; k++) {
    h1 = phraseStep(h1, wordHash1(words[k]!));
    h2 = phraseStep(h2, wordHash2(words[k]!));
    const bits = table.get(h1, h2);
    if (bits & cls) best = k - at + 1;
    if (!(bits & PREFIX_BIT)) break;
  }
  return best;
}

/** True for a nationality, people, religion or political group word ("Iraqi", "Democrats"). */
export function isNationality(word: string): boolean {
  return (wordClasses(word) & Cls.Nat) !== 0;
}

/** True when all of `phrase` is an entry of classes `cls`. */
export function isListed(phrase: string, cls: number): boolean {
  const words = lexiconTokens(phrase);
  return words.length > 0 && matchWords(words, 0, cls) === words.length;
}

export const TITLE_WORDS = new Set(TITLES);
export const HONORIFIC_WORDS = new Set(HONORIFICS);
export const ORG_HEAD_WORDS = new Set(ORG_HEADS);
export const ORG_OPENER_WORDS = new Set(ORG_OPENERS);
/** Verbs whose subject is a person or an organization: the reporting verbs and the verbs of belief. */
export const SPEECH_VERB_LEMMAS = new Set([...REPORTING_VERBS, ...BELIEF_VERBS]);
export const OPENER_WORDS = new Set(SENTENCE_OPENERS);
export const PLACE_HEAD_WORDS = new Set(PLACE_HEADS);
export const TEAM_HEAD_WORDS = new Set(TEAM_HEADS);
export const CORPORATE_SUFFIX_WORDS = new Set(CORPORATE_SUFFIXES);
export const NOT_NAME_WORDS = new Set(NOT_NAMES);
export const SPORTS_WORD_SET = new Set(SPORTS_WORDS);
export const ORG_NOUN_WORDS = new Set(ORGANIZATION_NOUNS);
export const INDEX_NOUN_WORDS = new Set(INDEX_NOUNS);
export const TEAM_ROLE_WORDS = new Set(TEAM_ROLE_NOUNS);
export const STREET_WORD_SET: ReadonlySet<string> = new Set(STREET_WORDS);
export const POLITY_WORD_SET: ReadonlySet<string> = new Set(POLITY_WORDS);
export const PLACE_OPENER_SET: ReadonlySet<string> = new Set(PLACE_OPENERS);
export const PLACE_PREPOSITION_SET: ReadonlySet<string> = new Set(PLACE_PREPOSITIONS);
export const HYPHEN_PARTICLE_SET: ReadonlySet<string> = new Set(HYPHEN_PARTICLES);
