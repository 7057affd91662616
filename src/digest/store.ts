/**
 * The digest's memory of a batch: each article's signature, made compact as it arrives. Strings
 * that recur across articles (words, names, sites, entity types, dates) are kept once for the
 * whole batch, the fingerprint as numbers in a typed array, and copies of one text are found as
 * the signatures come. A batch of 20,000 articles holds a few kilobytes an article here, and
 * never a body or a summary; what it holds still gives back each signature exactly, for the
 * digest's JSON (which `--merge` reads).
 */
import { CopyFinder, NEAR_DUPLICATE_RESEMBLANCE } from './grouping.js';
import {
  type ArticleSignature, type SignatureDate, type SignatureEntity, type SignatureQuote, type SignatureSentence, decodeFingerprint, encodeFingerprint,
} from './signature.js';

/**
 * One article as the store keeps it: its signature with repeated strings shared, the body's
 * words and counts in two lists instead of a list of pairs, and without its fingerprint (kept
 * with every other in one array of the batch's).
 */
export interface StoredSignature extends Omit<ArticleSignature, 'fingerprint' | 'terms'> {
  /** The body's most frequent content words (`terms`' words) … */
  termWords: string[];
  /** … and their counts. */
  termCounts: Int32Array;
}

/** One list object for every entity without other names: most of them. */
const NO_ALIASES: string[] = [];

/** A store of signatures, in the order they are added. */
export class SignatureStore {
  private readonly strings = new Map<string, string>();
  private readonly copies: CopyFinder;
  private readonly stored: StoredSignature[] = [];

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
    const entities = signature.entities.map((entity): SignatureEntity => ({
      name: this.shared(entity.name),
      type: this.shared(entity.type) as SignatureEntity['type'],
      aliases: entity.aliases.length === 0 ? NO_ALIASES : entity.aliases.map((alias) => this.shared(alias)),
      count: entity.count,
      salience: entity.salience,
    }));
    this.stored.push({
      source: signature.source,
      id: signature.id,
      url: signature.url,
      title: signature.title,
      site: this.sharedOrNull(signature.site),
      published: this.sharedOrNull(signature.published),
      entities,
      titleWords: signature.titleWords.map((word) => this.shared(word)),
      words: signature.words.map((word) => this.shared(word)),
      termWords: signature.terms.map(([word]) => this.shared(word)),
      termCounts: Int32Array.from(signature.terms, ([, count]) => count),
      figures: signature.figures.map((figure) => this.shared(figure)),
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

  /** Signature `index` as it was added (in the plain form `articleSignature` makes). */
  signature(index: number): ArticleSignature {
    const stored = this.stored[index]!;
    // Field by field, in the order `articleSignature` writes them: the JSON reads the same.
    return {
      source: stored.source,
      id: stored.id,
      url: stored.url,
      title: stored.title,
      site: stored.site,
      published: stored.published,
      entities: stored.entities.map((entity) => ({ ...entity, aliases: [...entity.aliases] })),
      titleWords: [...stored.titleWords],
      words: [...stored.words],
      terms: stored.termWords.map((word, i) => [word, stored.termCounts[i]!]),
      figures: [...stored.figures],
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
