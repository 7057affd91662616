/**
 * Small text helpers of the digest: words for comparing titles and sentences, name keys for
 * matching entities across articles, and a 32-bit string hash for fingerprints. Nothing here
 * knows any story: the word list is English function words, the rest is spelling; titles,
 * name suffixes and legal forms are the lists of `src/language/`.
 */
import { CORPORATE_SUFFIXES } from '../language/organizations.js';
import { NAME_SUFFIXES, TITLES } from '../language/people.js';

/**
 * English function words and reporting verbs: they say nothing about which event an article
 * reports, so two titles sharing them are no more alike.
 */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'a', 'about', 'above', 'after', 'again', 'against', 'all', 'also', 'am', 'an', 'and', 'any', 'are', 'as', 'at', 'be', 'been', 'before',
  'being', 'below', 'between', 'both', 'but', 'by', 'can', 'could', 'did', 'do', 'does', 'doing', 'down', 'during', 'each', 'few', 'for',
  'from', 'further', 'had', 'has', 'have', 'having', 'he', 'her', 'here', 'hers', 'herself', 'him', 'himself', 'his', 'how', 'i', 'if',
  'in', 'into', 'is', 'it', 'its', 'itself', 'just', 'me', 'more', 'most', 'my', 'new', 'no', 'nor', 'not', 'now', 'of', 'off', 'on',
  'once', 'one', 'only', 'or', 'other', 'our', 'out', 'over', 'own', 'said', 'same', 'say', 'says', 'she', 'should', 'so', 'some',
  'such', 'than', 'that', 'the', 'their', 'them', 'then', 'there', 'these', 'they', 'this', 'those', 'through', 'to', 'too', 'under',
  'until', 'up', 'very', 'was', 'we', 'were', 'what', 'when', 'where', 'which', 'while', 'who', 'whom', 'why', 'will', 'with', 'would',
  'you', 'your', 'told', 'according', 'year', 'years', 'week', 'day', 'days', 'time', 'monday', 'tuesday', 'wednesday', 'thursday',
  'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tomorrow', 'people', 'may', 'might', 'must', 'get', 'got', 'make', 'made',
]);

/** Shortest word kept for comparing texts: one- and two-letter words are initials and particles. */
const MIN_WORD_LENGTH = 3;

/** A run of letters or digits, with inner apostrophes, periods and hyphens left out of the match. */
const WORD = /[\p{L}\p{N}]+/gu;

/** Combining marks left by NFKD: "José" and "Jose" are one spelling of a name. */
const COMBINING_MARKS = /\p{M}+/gu;

/** `text` folded for comparison: compatibility-decomposed, accents dropped, lower-cased. */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
}

/**
 * A crude English stemmer, enough to make "pleads" and "pleaded", "charges" and "charged" meet:
 * it strips a few inflections from words long enough that the rest is still a word.
 */
export function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (word.length > 4 && word.endsWith('es') && !word.endsWith('ses')) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
  return word;
}

/** The content words of `text`, folded and stemmed, in order (repeats kept). */
export function contentWords(text: string): string[] {
  return contentWordsOf(allWords(text));
}

/** The content words among `words` (as `allWords` gives them), stemmed, in order: for a text whose words are already read. */
export function contentWordsOf(words: readonly string[]): string[] {
  const content: string[] = [];
  for (const word of words) {
    if (word.length < MIN_WORD_LENGTH || FUNCTION_WORDS.has(word)) continue;
    content.push(stem(word));
  }
  return content;
}

/** Every word of `text`, folded, in order: for fingerprints, where function words matter too. */
export function allWords(text: string): string[] {
  // `match` with a global pattern gives the strings alone, without a match object each.
  return fold(text).match(WORD) ?? [];
}

/** A list's entries as `nameWords` reads words: folded, without their dots ("Rep." → "rep"). */
function foldedSet(list: Iterable<string>): ReadonlySet<string> {
  return new Set(Array.from(list, (entry) => fold(entry).replace(/\./g, '')));
}

/** Titles written before a name, which are not part of it ("Rep. Ilhan Omar"): the entity stage's list. */
const TITLE_WORDS = foldedSet(TITLES);

/** Generational suffixes after a name ("Jr."): they do not tell two people of one batch apart often enough to count. */
const SUFFIX_WORDS = foldedSet(NAME_SUFFIXES);

/** Legal forms and articles an organization's name may be written with or without ("The Acme Company", "Acme Inc."). */
const ORG_FILLER = foldedSet([...CORPORATE_SUFFIXES, 'the', 'company']);

/** A name's words, folded, apostrophes removed inside them ("O'Brien" → "obrien"), runs of initials joined ("U.S." → "us"). */
export function nameWords(name: string): string[] {
  // A possessive ending is not part of the name ("Google's").
  const words = fold(name).replace(/['\u2019]s\b/g, '').replace(/['\u2019]/g, '').match(WORD) ?? [];
  // Initials are one word however they are spaced: "W. M. Keck" and "W.M. Keck", "U. S." and "U.S.".
  const joined: string[] = [];
  let previousInitials = false;
  for (const word of words) {
    if (word.length === 1 && previousInitials) {
      joined[joined.length - 1] += word;
      continue;
    }
    previousInitials = word.length === 1;
    joined.push(word);
  }
  return joined;
}

/**
 * A person's name as [given, …, family] words: honorifics in front and generational suffixes at
 * the end dropped, and middle initials dropped, so "Patrick W. Carlineo Jr." and "Patrick
 * Carlineo" have the same words.
 */
export function personWords(name: string): string[] {
  const words = nameWords(name);
  while (words.length > 1 && TITLE_WORDS.has(words[0]!)) words.shift();
  while (words.length > 1 && SUFFIX_WORDS.has(words[words.length - 1]!)) words.pop();
  return words.filter((word, index) => index === 0 || index === words.length - 1 || word.length > 1);
}

/** An organization's or place's name as words, without articles and corporate endings. */
export function orgWords(name: string): string[] {
  const words = nameWords(name).filter((word) => !ORG_FILLER.has(word));
  return words.length > 0 ? words : nameWords(name);
}

/**
 * The initials of a multi-word name ("European Space Agency" → "esa"), for matching an acronym;
 * null for a name of one word, which is its own acronym if it is one.
 */
export function initials(words: readonly string[]): string | null {
  const significant = words.filter((word) => !['of', 'and', 'for', 'the', 'de', 'du'].includes(word));
  return significant.length >= 2 ? significant.map((word) => word[0]).join('') : null;
}

/** FNV-1a, 32 bits: a fast, well-spread hash of a string, for fingerprints and buckets. */
export function hash32(text: string, seed = 0x811c9dc5): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A 32-bit integer mixer (the finalizer of MurmurHash3): one hash becomes many independent ones. */
export function mix32(value: number): number {
  let x = value >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}
