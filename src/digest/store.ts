/**
 * The digest's memory of a batch: each article's signature, made compact as it arrives. Strings
 * that recur across articles (names, sites, entity types, dates) are kept once for the whole
 * batch; words are numbers, and entities' and words' numbers sit in batch-wide typed arrays, so
 * an article costs no object per word or entity (an object and its pointers are most of what a
 * small value costs); fingerprints are kept with the copies, which are found as signatures come.
 * A batch of 20,000 articles holds a few kilobytes an article here, and never a body or a
 * summary; what it holds still gives back each signature exactly, for the digest's JSON (which
 * `--merge` reads).
 */
import { CopyFinder, NEAR_DUPLICATE_RESEMBLANCE } from './grouping.js';
import {
  type ArticleSignature, type SignatureDate, type SignatureEntity, type SignatureQuote, type SignatureSentence, decodeFingerprint, encodeFingerprint,
} from './signature.js';
import { Vocabulary } from './vectors.js';

/**
 * One article as the store keeps it: where it comes from and what the digest shows of it (key
 * sentences, quotes, dates). Its entities and words are in the store's batch-wide arrays, read
 * with {@link SignatureStore.entities} and the like; its fingerprint with the copies.
 */
export type StoredSignature = Pick<ArticleSignature, 'source' | 'id' | 'url' | 'title' | 'site' | 'published' | 'keySentences' | 'quotes' | 'dates'>;

/** What grouping reads of one article (see `rawFeatures`). */
export interface GroupingView {
  entities: SignatureEntity[];
  titleWords: string[];
  words: string[];
  /** The body's most frequent content words (`terms`' words) … */
  termWords: string[];
  /** … and their counts. */
  termCounts: Int32Array;
  figures: string[];
  published: string | null;
}

/** Numbers in typed arrays of {@link SLAB_SIZE} each, appended to: a batch-wide list with no object per entry and no copying as it grows. */
class Slab<T extends Int32Array | Float64Array> {
  private readonly slabs: T[] = [];
  private used = SLAB_SIZE;
  private count = 0;

  constructor(private readonly make: (size: number) => T) {}

  get length(): number {
    return this.count;
  }

  push(value: number): void {
    if (this.used === SLAB_SIZE) {
      this.slabs.push(this.make(SLAB_SIZE));
      this.used = 0;
    }
    this.slabs[this.slabs.length - 1]![this.used++] = value;
    this.count++;
  }

  at(index: number): number {
    return this.slabs[Math.floor(index / SLAB_SIZE)]![index % SLAB_SIZE]!;
  }
}

/** Numbers per array of a {@link Slab}: 256 KB of Int32, 512 KB of Float64. */
const SLAB_SIZE = 65_536;

/** A store of signatures, in the order they are added. */
export class SignatureStore {
  private readonly strings = new Map<string, string>();
  private readonly copies: CopyFinder;
  private readonly stored: StoredSignature[] = [];
  /** Per article, where its entities start in the entity lists (they end where the next article's start). */
  private readonly entityStarts = new Slab((n) => new Int32Array(n));
  /** Every article's entities: names and types (strings shared), mentions and salience … */
  private readonly entityNames: string[] = [];
  private readonly entityTypes: string[] = [];
  private readonly entityCounts = new Slab((n) => new Int32Array(n));
  private readonly entitySaliences = new Slab((n) => new Float64Array(n));
  /** … and, for the few that have them, their other names (by place in the lists). */
  private readonly entityAliases = new Map<number, string[]>();
  /**
   * Per article, where its words start in `words`: the numbers of its title words, words, terms
   * and figures, after four counts (how many of each), then the terms' counts.
   */
  private readonly wordStarts = new Slab((n) => new Int32Array(n));
  private readonly words = new Slab((n) => new Int32Array(n));
  /** The batch's words (and figures), each once, by number. */
  private readonly vocabulary = new Vocabulary();

  /** `nearDuplicate`: the resemblance from which two texts are copies of one (the digest's option). */
  constructor(nearDuplicate = NEAR_DUPLICATE_RESEMBLANCE) {
    this.copies = new CopyFinder(nearDuplicate);
  }

  /** The signatures added, compact. */
  get signatures(): readonly StoredSignature[] {
    return this.stored;
  }

  get size(): number {
    return this.stored.length;
  }

  /** Keeps `signature` (the caller may drop its own copy). */
  add(signature: ArticleSignature): void {
    this.entityStarts.push(this.entityNames.length);
    for (const entity of signature.entities) {
      if (entity.aliases.length > 0) this.entityAliases.set(this.entityNames.length, entity.aliases.map((alias) => this.shared(alias)));
      this.entityNames.push(this.shared(entity.name));
      this.entityTypes.push(this.shared(entity.type));
      this.entityCounts.push(entity.count);
      this.entitySaliences.push(entity.salience);
    }
    this.wordStarts.push(this.words.length);
    for (const count of [signature.titleWords.length, signature.words.length, signature.terms.length, signature.figures.length]) this.words.push(count);
    for (const word of [...signature.titleWords, ...signature.words, ...signature.terms.map(([term]) => term), ...signature.figures]) this.words.push(this.vocabulary.number(word));
    for (const [, count] of signature.terms) this.words.push(count);
    this.stored.push({
      source: signature.source,
      id: signature.id,
      url: signature.url,
      title: signature.title,
      site: this.sharedOrNull(signature.site),
      published: this.sharedOrNull(signature.published),
      keySentences: signature.keySentences.map((sentence): SignatureSentence => ({ text: sentence.text, rank: sentence.rank })),
      quotes: signature.quotes.map((quote): SignatureQuote => ({
        text: quote.text,
        kind: this.shared(quote.kind) as SignatureQuote['kind'],
        speaker: this.sharedOrNull(quote.speaker),
        speakerEntity: quote.speakerEntity,
      })),
      dates: signature.dates.map((date): SignatureDate => ({ date: this.shared(date.date), text: date.text, sentence: date.sentence })),
    });
    this.copies.add(decodeFingerprint(signature.fingerprint));
  }

  /** Groups of indices of the signatures that are copies of one text, in the order added; every index is in one group. */
  copyGroups(): number[][] {
    return this.copies.groups();
  }

  /** Article `index`'s entities, most salient first. */
  entities(index: number): SignatureEntity[] {
    const end = index + 1 < this.size ? this.entityStarts.at(index + 1) : this.entityNames.length;
    const entities: SignatureEntity[] = [];
    for (let at = this.entityStarts.at(index); at < end; at++) {
      entities.push({
        name: this.entityNames[at]!,
        type: this.entityTypes[at] as SignatureEntity['type'],
        aliases: [...(this.entityAliases.get(at) ?? [])],
        count: this.entityCounts.at(at),
        salience: this.entitySaliences.at(at),
      });
    }
    return entities;
  }

  /** How much article `index` has to compare: its entities, words and title words. */
  richness(index: number): number {
    const end = index + 1 < this.size ? this.entityStarts.at(index + 1) : this.entityNames.length;
    const start = this.wordStarts.at(index);
    return end - this.entityStarts.at(index) + this.words.at(start) + this.words.at(start + 1);
  }

  /** Article `index`'s title words (content words, folded and stemmed). */
  titleWords(index: number): string[] {
    return this.wordList(index, 0);
  }

  /** What grouping reads of article `index`. */
  groupingView(index: number): GroupingView {
    const terms = this.wordList(index, 2);
    const start = this.wordStarts.at(index);
    const countsAt = start + 4 + this.words.at(start) + this.words.at(start + 1) + this.words.at(start + 2) + this.words.at(start + 3);
    return {
      entities: this.entities(index),
      titleWords: this.wordList(index, 0),
      words: this.wordList(index, 1),
      termWords: terms,
      termCounts: Int32Array.from(terms, (_, i) => this.words.at(countsAt + i)),
      figures: this.wordList(index, 3),
      published: this.stored[index]!.published,
    };
  }

  /** Signature `index` as it was added (in the plain form `articleSignature` makes). */
  signature(index: number): ArticleSignature {
    const stored = this.stored[index]!;
    const view = this.groupingView(index);
    // Field by field, in the order `articleSignature` writes them: the JSON reads the same.
    return {
      source: stored.source,
      id: stored.id,
      url: stored.url,
      title: stored.title,
      site: stored.site,
      published: stored.published,
      entities: view.entities,
      titleWords: view.titleWords,
      words: view.words,
      terms: view.termWords.map((word, i) => [word, view.termCounts[i]!]),
      figures: view.figures,
      keySentences: stored.keySentences.map((sentence) => ({ ...sentence })),
      quotes: stored.quotes.map((quote) => ({ ...quote })),
      dates: stored.dates.map((date) => ({ ...date })),
      fingerprint: encodeFingerprint(this.copies.fingerprint(index) ?? new Uint32Array(0)),
    };
  }

  /** Every signature as it was added, one at a time. */
  *all(): Generator<ArticleSignature> {
    for (let index = 0; index < this.stored.length; index++) yield this.signature(index);
  }

  /** List `which` of article `index`'s words: 0 title words, 1 words, 2 terms, 3 figures. */
  private wordList(index: number, which: number): string[] {
    const start = this.wordStarts.at(index);
    let at = start + 4;
    for (let list = 0; list < which; list++) at += this.words.at(start + list);
    return Array.from({ length: this.words.at(start + which) }, (_, i) => this.vocabulary.key(this.words.at(at + i)));
  }

  /** `text`, as the one string of that spelling the batch keeps. */
  private shared(text: string): string {
    const known = this.strings.get(text);
    if (known !== undefined) return known;
    this.strings.set(text, text);
    return text;
  }

  private sharedOrNull(text: string | null): string | null {
    return text === null ? null : this.shared(text);
  }
}
