/**
 * The compact signature of one article: everything the digest needs to group it, merge its
 * entities and list it, and nothing of its body. A batch keeps only these, so its memory grows
 * with the number of articles, not with their length.
 */
import type { EntityType, QuoteKind, Summary } from '../summary.js';
import { fullDate } from './dates.js';
import { allWords, contentWords, contentWordsOf, fold, hash32, mix32 } from './text.js';
import { comparisonKey } from '../strings.js';
import { isPostCredit } from '../language/layout.js';

/** One entity of an article, as the digest needs it. */
export interface SignatureEntity {
  /** The fullest name the article gives. */
  name: string;
  type: EntityType;
  /** The article's other names for it ("Omar", "Rep. Omar"). */
  aliases: string[];
  /** Mentions by name in the article. */
  count: number;
  /** Salience in the article, 0..1. */
  salience: number;
}

/** A key sentence of an article. */
export interface SignatureSentence {
  /** The sentence, cut to {@link MAX_SIGNATURE_TEXT} characters. */
  text: string;
  /** Its rank in the article: 1 for the most important. */
  rank: number;
}

/** A quote of an article. */
export interface SignatureQuote {
  /** The quoted words, cut to {@link MAX_SIGNATURE_TEXT} characters, without the comma that hands over to "she said". */
  text: string;
  kind: QuoteKind;
  /** The speaker's fullest name in the article, or null when it does not say. */
  speaker: string | null;
  /** The speaker's index in the signature's `entities`, or null when the speaker is not among them. */
  speakerEntity: number | null;
}

/** A full date an article states, with the sentence it is in. */
export interface SignatureDate {
  /** The date, YYYY-MM-DD. */
  date: string;
  /** The figure as the article writes it ("14 March 2024"). */
  text: string;
  /** The sentence stating it, cut to {@link MAX_SIGNATURE_TEXT} characters. */
  sentence: string;
}

/** An article reduced to what the digest compares and shows. Plain data: it crosses threads as JSON. */
export interface ArticleSignature {
  /** The input's name: its file path, URL or record id (`source.name`). */
  source: string;
  /** The NDJSON record's id, or null. */
  id: string | null;
  url: string | null;
  title: string | null;
  /** The site's name (`meta.siteName`), else the URL's host. */
  site: string | null;
  /** When it was published (ISO 8601), else when it was captured (a WARC record's date); null when unknown. */
  published: string | null;
  /** The most salient entities, the site's own name left out. */
  entities: SignatureEntity[];
  /** Content words of the title, folded and stemmed. */
  titleWords: string[];
  /** Content words of the key sentences and keywords, folded and stemmed, repeats kept (they weigh). */
  words: string[];
  /** The body's most frequent content words, folded and stemmed, with their counts: what the article is about. */
  terms: Array<[string, number]>;
  /** Notable figures (money, percentages, counts, measures), folded to a comparable spelling. */
  figures: string[];
  /** The key sentences with their rank in the article (1 the most important), in document order: a story's key points are drawn from them. */
  keySentences: SignatureSentence[];
  /** What the article quotes, attributed quotes first, for who said what across the batch. */
  quotes: SignatureQuote[];
  /** The full dates the article states (day, month and year), for the story's timeline. */
  dates: SignatureDate[];
  /**
   * MinHash of the body's word shingles (two copies of one text have mostly equal values): the
   * {@link FINGERPRINT_SIZE} 32-bit values, little-endian, in base64; empty for an article
   * without words. A string, not a list of numbers: it is half the size in JSON and reads back
   * straight into a typed array.
   */
  fingerprint: string;
}

/**
 * The version of how signatures are made. Signatures of two versions are not comparable (other
 * words kept, another stemming or fingerprint), so a digest made by one is not merged with
 * another's: bumped on any change to what `articleSignature` keeps or how it spells it.
 */
export const SIGNATURE_VERSION = 2;

/**
 * Entities kept per article. A news article's cast past the first forty is passing mentions,
 * which neither tell stories apart nor need merging across a batch.
 */
export const MAX_SIGNATURE_ENTITIES = 40;

/**
 * Body words kept per article, the most frequent first. A news story's topic shows in its few
 * dozen most used words; the long tail is style and passing detail.
 */
export const MAX_SIGNATURE_TERMS = 60;

/** Figures kept per article: the most salient ones; later ones are mostly dates and small counts. */
export const MAX_SIGNATURE_FIGURES = 20;

/**
 * Other names kept per entity of an article. An article calls someone by two or three names; a
 * long list is the entity stage merging what it should not, and the batch keeps a dozen at most.
 */
export const MAX_SIGNATURE_ALIASES = 12;

/** Content words kept of the key sentences and keywords: ten sentences of news have far fewer. */
export const MAX_SIGNATURE_WORDS = 400;

/** Content words kept of the title: a headline has a dozen; a page title stuffed with keywords has more. */
export const MAX_SIGNATURE_TITLE_WORDS = 40;

/** Figure types that identify an event ("$250,000", "43-year-old", "8%"): dates and times are shared by everything of a day. */
const DISTINCT_FIGURE_TYPES: ReadonlySet<string> = new Set(['MONEY', 'PERCENT', 'CARDINAL', 'MEASURE', 'FRACTION']);

/** Smallest count worth comparing: one to nine of something is too common to mark an event. */
const MIN_DISTINCT_COUNT = 10;

/**
 * Key sentences kept per article, the best ranked: a story's key points come from its articles'
 * first few, and `--ratio` on a long text could otherwise ask for hundreds.
 */
export const MAX_SIGNATURE_SENTENCES = 10;

/**
 * Quotes kept per article, attributed ones first: a story's who said what needs each article's
 * main voices, not every fragment of a long interview.
 */
export const MAX_SIGNATURE_QUOTES = 12;

/** Full dates kept per article, in document order: a story's timeline needs a few, not a chronology. */
export const MAX_SIGNATURE_DATES = 6;

/**
 * Characters kept of a key sentence, quote or dated sentence: a news sentence is well under this;
 * a run-on "sentence" of a badly split page must not make the signature big.
 */
export const MAX_SIGNATURE_TEXT = 600;

/** Words per shingle of the fingerprint: long enough that shared phrases of unrelated texts rarely repeat. */
export const SHINGLE_WORDS = 5;

/** Values (bins) per fingerprint, a power of two: the error of the estimated resemblance is about 1/√(this), ±0.09. */
export const FINGERPRINT_SIZE = 128;

/**
 * Words of the body read for the fingerprint. Copies of one wire story agree from the top, and
 * a cap keeps a 20 MB input from costing more than a news story.
 */
const FINGERPRINT_WORDS = 3000;

/** Separators of a title's trailing part that names the site ("Sweden drops case | BBC News"). */
const TITLE_SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' :: ', ' · '];

/** `title` without a trailing part naming `site`. */
function titleWithoutSite(title: string, site: string | null): string {
  if (!site) return title;
  const siteKey = comparisonKey(site);
  if (siteKey === '') return title;
  for (const separator of TITLE_SEPARATORS) {
    const at = title.lastIndexOf(separator);
    if (at <= 0) continue;
    const tail = comparisonKey(title.slice(at + separator.length));
    if (tail !== '' && (tail.includes(siteKey) || siteKey.includes(tail))) return title.slice(0, at);
  }
  return title;
}

/** The host of `url` without `www.`, or null. */
function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** True when `name` is the publisher itself ("The Hill" in The Hill's article): it says who wrote, not what happened. */
function namesSite(name: string, site: string | null, host: string | null): boolean {
  const key = comparisonKey(name);
  if (key === '') return true;
  if (site && comparisonKey(site) === key) return true;
  // "nbcnews.com" names "NBC News"; a one-letter key would match any host.
  return host !== null && key.length >= 3 && comparisonKey(host.split('.').slice(0, -1).join('')) === key;
}

/** A figure's text in a comparable spelling: folded, "," in thousands and spaces dropped. */
function figureKey(text: string): string {
  return fold(text).replace(/[,\s]+/g, '');
}

/** True when a figure is distinctive enough to compare across articles. */
function distinctFigure(type: string, text: string): boolean {
  if (!DISTINCT_FIGURE_TYPES.has(type)) return false;
  const digits = text.match(/\d[\d,.]*/);
  if (!digits) return false;
  if (type !== 'CARDINAL') return true;
  // A year is a date, not a count of something.
  const value = Number(digits[0].replace(/,/g, ''));
  return value >= MIN_DISTINCT_COUNT && !(value >= 1900 && value <= 2100 && !digits[0].includes(','));
}

/** The {@link MAX_SIGNATURE_TERMS} most frequent content words of a text (its words as `allWords` gives them), with their counts; ties keep the earlier word. */
function topTerms(words: readonly string[]): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const word of contentWordsOf(words)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts.entries()].sort((x, y) => y[1] - x[1]).slice(0, MAX_SIGNATURE_TERMS);
}

/** `text` cut to {@link MAX_SIGNATURE_TEXT} characters at a space, marked with "…" when cut. */
export function clip(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length <= MAX_SIGNATURE_TEXT) return trimmed;
  const cut = trimmed.slice(0, MAX_SIGNATURE_TEXT - 1);
  const space = cut.lastIndexOf(' ');
  // A cut inside a word of an unbroken script keeps the whole cut rather than one word.
  return `${(space > MAX_SIGNATURE_TEXT / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** A quote's text as shown: the comma or colon that hands over to "she said" is the writer's, not the speaker's. */
function quoteText(text: string): string {
  // A loop, not a regex anchored at the end: one of those rescans a long run of spaces from every start.
  let end = text.length;
  while (end > 0 && HANDOVER.has(text[end - 1]!)) end--;
  return clip(text.slice(0, end));
}

/** What may end a quote's text but belongs to the sentence around it: white space and the comma, semicolon or colon before "she said". */
const HANDOVER: ReadonlySet<string> = new Set([' ', '\t', '\n', '\r', '\u00a0', ',', ';', ':']);

/** The fingerprint's bins are chosen by the top bits of a shingle's hash, its value is the rest. */
const BIN_BITS = Math.log2(FINGERPRINT_SIZE);
const VALUE_BITS = 32 - BIN_BITS;
const VALUE_MASK = 2 ** VALUE_BITS - 1;
/** An empty bin, before it borrows a neighbour's value. */
const EMPTY_BIN = 0xffffffff;

/** The hash of the shingle of `words` starting at `start`: `hash32` of its words joined by spaces, without joining them. */
function shingleHash(words: readonly string[], start: number): number {
  let hash = hash32(words[start]!);
  const end = Math.min(words.length, start + SHINGLE_WORDS);
  for (let i = start + 1; i < end; i++) {
    // FNV-1a goes on over " " and the next word, as over the joined text.
    hash = Math.imul(hash ^ 0x20, 0x01000193) >>> 0;
    hash = hash32(words[i]!, hash);
  }
  return hash;
}

/** The fingerprint of `text` (see {@link fingerprintOf}); empty for a text without words. */
export function fingerprint(text: string): Uint32Array {
  return fingerprintOf(allWords(text));
}

/**
 * A one-permutation MinHash of a text whose words (as `allWords` gives them) are already read:
 * each word shingle's hash falls in one of FINGERPRINT_SIZE bins (its top bits), and a bin keeps
 * the least of the rest. Two texts agree on a bin about as often as they share shingles (Jaccard),
 * as with one hash function per value, at the cost of one hash a shingle instead of one per value
 * and shingle. An empty bin (a short text) takes the value of the next filled bin to its right,
 * plus the distance times 2^VALUE_BITS, so that two texts agree on it only where they agree there
 * (rotation densification, Shrivastava and Li 2014).
 */
function fingerprintOf(allTextWords: readonly string[]): Uint32Array {
  const words = allTextWords.slice(0, FINGERPRINT_WORDS);
  // No words, no text to be a copy of.
  if (words.length === 0) return new Uint32Array(0);
  const count = Math.max(1, words.length - SHINGLE_WORDS + 1);
  const bins = new Uint32Array(FINGERPRINT_SIZE).fill(EMPTY_BIN);
  for (let i = 0; i < count; i++) {
    const hash = mix32(shingleHash(words, i));
    const bin = hash >>> VALUE_BITS;
    const value = (hash & VALUE_MASK) >>> 0;
    if (value < bins[bin]!) bins[bin] = value;
  }
  const values = new Uint32Array(FINGERPRINT_SIZE);
  for (let bin = 0; bin < FINGERPRINT_SIZE; bin++) {
    let distance = 0;
    while (bins[(bin + distance) % FINGERPRINT_SIZE] === EMPTY_BIN) distance++;
    // Filled values stay below 2^VALUE_BITS and a borrowed one is at least that: they never meet.
    values[bin] = bins[(bin + distance) % FINGERPRINT_SIZE]! + distance * 2 ** VALUE_BITS;
  }
  return values;
}

/** Bytes of one fingerprint value in its text form. */
const VALUE_BYTES = 4;

/** `values` as the text of a signature's `fingerprint`: little-endian whatever the machine, so shards made anywhere agree. */
export function encodeFingerprint(values: Uint32Array): string {
  const bytes = new DataView(new ArrayBuffer(values.length * VALUE_BYTES));
  values.forEach((value, i) => bytes.setUint32(i * VALUE_BYTES, value, true));
  return Buffer.from(bytes.buffer).toString('base64');
}

/** The values of a signature's `fingerprint`, or null when it has none (or not a whole one: an edited file). */
export function decodeFingerprint(text: unknown): Uint32Array | null {
  if (typeof text !== 'string' || text === '') return null;
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length !== FINGERPRINT_SIZE * VALUE_BYTES) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return Uint32Array.from({ length: FINGERPRINT_SIZE }, (_, i) => view.getUint32(i * VALUE_BYTES, true));
}

/** The share of equal values of two fingerprints: an estimate of the resemblance (Jaccard) of the two texts' shingles. */
export function resemblance(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length === 0 || a.length !== b.length) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/** The day of an ISO 8601 date as a number of days since 1970, or null. */
export function dayOf(iso: string | null): number | null {
  if (!iso) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return null;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isFinite(time) ? Math.floor(time / 86_400_000) : null;
}

/**
 * The signature of one summarized article. The summary must carry its body (the library's
 * `summarize` always does) for the fingerprint; without one the article is never taken for a
 * copy of another.
 */
export function articleSignature(summary: Summary): ArticleSignature {
  const { meta, source } = summary;
  const host = hostOf(meta.url ?? source.url);
  const site = meta.siteName ?? host;
  const title = meta.title ? titleWithoutSite(meta.title, site) : null;
  const keyText = summary.keySentences.map((sentence) => sentence.text);
  // The best ranked key sentences, back in document order.
  const keySentences = summary.keySentences
    .map((sentence, index) => ({ sentence, index }))
    .sort((x, y) => x.sentence.rank - y.sentence.rank || x.index - y.index)
    .slice(0, MAX_SIGNATURE_SENTENCES)
    .sort((x, y) => x.index - y.index)
    .map(({ sentence }) => ({ text: clip(sentence.text), rank: sentence.rank }));
  const entityIndex = new Map<string, number>();
  const kept = summary.entities.filter((entity) => !namesSite(entity.name, site, host)).slice(0, MAX_SIGNATURE_ENTITIES);
  kept.forEach((entity, index) => entityIndex.set(entity.id, index));
  const entities = kept.map((entity) => ({ name: entity.name, type: entity.type, aliases: entity.aliases.slice(0, MAX_SIGNATURE_ALIASES), count: entity.count, salience: entity.salience }));
  // Attributed quotes first (a stable sort keeps document order within each kind).
  const quotes = summary.quotes
    .filter((quote) => quote.text.trim() !== '')
    .map((quote, index) => ({ quote, index }))
    .sort((x, y) => Number(x.quote.speaker === null) - Number(y.quote.speaker === null) || x.index - y.index)
    .slice(0, MAX_SIGNATURE_QUOTES)
    .sort((x, y) => x.index - y.index)
    .map(({ quote }) => ({
      text: quoteText(quote.text),
      kind: quote.kind,
      speaker: quote.speaker,
      speakerEntity: quote.speakerId === null ? null : (entityIndex.get(quote.speakerId) ?? null),
    }));
  const dates: SignatureDate[] = [];
  const datesSeen = new Set<string>();
  // Figures come most salient first; the timeline wants the article's order.
  for (const figure of [...summary.figures].sort((x, y) => x.start - y.start)) {
    if (dates.length >= MAX_SIGNATURE_DATES) break;
    // An embedded post's credit line dates the post, not an event of the story.
    if (figure.type !== 'DATE' || isPostCredit(figure.sentence.text)) continue;
    const date = fullDate(figure.text);
    if (date === null || datesSeen.has(date)) continue;
    datesSeen.add(date);
    dates.push({ date, text: clip(figure.text), sentence: clip(figure.sentence.text) });
  }
  const words = [...keyText.flatMap(contentWords), ...summary.keywords.flatMap((keyword) => contentWords(keyword.text))].slice(0, MAX_SIGNATURE_WORDS);
  // The body's words, read once for its terms and its fingerprint.
  const bodyWords = allWords(summary.body ?? '');
  const figures = [...new Set(summary.figures.filter((figure) => distinctFigure(figure.type, figure.text)).map((figure) => figureKey(figure.text)))].slice(0, MAX_SIGNATURE_FIGURES);
  return {
    source: source.name,
    id: summary.id,
    url: meta.url ?? source.url,
    title,
    site,
    published: meta.published ?? source.date,
    entities,
    titleWords: title ? contentWords(title).slice(0, MAX_SIGNATURE_TITLE_WORDS) : [],
    words,
    terms: topTerms(bodyWords),
    figures,
    keySentences,
    quotes,
    dates,
    fingerprint: summary.body ? encodeFingerprint(fingerprintOf(bodyWords)) : '',
  };
}
