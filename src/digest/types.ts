/**
 * The `Digest` value: a batch of articles as stories, with the people, organizations and places
 * that run across them. Plain data, printed as JSON by `precis digest --format json`.
 */
import type { EntityType, QuoteKind } from '../summary.js';
import type { ArticleSignature } from './signature.js';

/**
 * The version of the digest's JSON shape, which `schema/digest.schema.json` describes (its `$id`
 * ends in it): major when a field changes meaning or goes away, minor when one is added.
 */
export const DIGEST_SCHEMA_VERSION = '1.0';

/** Settings of {@link digest}; every field has a default fit for a day of news. */
export interface DigestOptions {
  /**
   * How similar, 0..1, the articles of one story must be on average. Higher splits stories more
   * readily; lower joins articles that merely share a topic. Default 0.3.
   */
  threshold?: number;
  /** How much two texts must resemble each other (shingles, 0..1) to be copies of one. Default 0.5. */
  nearDuplicate?: number;
}

/** One input carrying an article: a copy of a wire story on one site is one source. */
export interface DigestSource {
  /** The input's name: its file path, URL or NDJSON record id. */
  name: string;
  /** The NDJSON record's id, or null. */
  recordId: string | null;
  title: string | null;
  /** The site's name, else the host of its address. */
  site: string | null;
  /** ISO 8601, as the page says (or the web archive's capture date); null when unknown. */
  published: string | null;
  url: string | null;
}

/** One article of a story: one text, carried by one or more sources. */
export interface DigestArticle {
  /** Stable within one digest: "a1", "a2", … */
  id: string;
  title: string | null;
  site: string | null;
  published: string | null;
  url: string | null;
  /** The first source's name (file path, URL or record id). */
  source: string;
  /** Every input carrying this text, the first one first: near-duplicates are one article with several sources. */
  sources: DigestSource[];
}

/** An entity as a story refers to it. */
export interface DigestEntityRef {
  /** The id of the entity in `Digest.entities`. */
  id: string;
  name: string;
  type: EntityType;
  /** The ids of the story's articles that name it. */
  articles: string[];
}

/** Articles reporting the same event. */
export interface DigestStory {
  /** Stable within one digest: "s1", "s2", … (largest stories first). */
  id: string;
  /** The most central title of the story: the one of the article most like the others. */
  headline: string | null;
  /** The earliest and latest publication day of its articles (YYYY-MM-DD), when known. */
  firstDay: string | null;
  lastDay: string | null;
  /** Sources over all its articles. */
  sourceCount: number;
  articles: DigestArticle[];
  /** Its most salient entities, most salient first. */
  entities: DigestEntityRef[];
  /** Entities named in two or more of its articles, most salient first. */
  sharedEntities: DigestEntityRef[];
  /**
   * What the story says, from its articles' key sentences: each point once however many
   * articles make it (near-identical sentences are one), those most articles make first.
   */
  keySentences: DigestKeySentence[];
  /** Its publications and the full dates its articles state, in date order. */
  timeline: DigestEvent[];
}

/** One point of a story: a key sentence, and the articles whose key sentences make it. */
export interface DigestKeySentence {
  /** The sentence as the article that ranks it highest writes it. */
  text: string;
  /** The ids of the articles making the point, the one whose words are shown first. */
  articles: string[];
  /** The best rank it has in any of them (1 for an article's most important sentence). */
  rank: number;
}

/** One dated entry of a story's timeline. */
export interface DigestEvent {
  /** The day, YYYY-MM-DD. */
  date: string;
  /** `published`: an article came out that day (`text` is its title); `mentioned`: an article states the date (`text` is the sentence). */
  kind: 'published' | 'mentioned';
  text: string | null;
  /** The date as the article writes it ("14 March 2024"); null for a publication. */
  figure: string | null;
  /**
   * The articles it comes from, the one whose text is shown first. A day with many publications
   * shows a few of them, the last listing the day's other articles too.
   */
  articles: string[];
}

/** Where a quote was read: one source of one article. */
export interface DigestQuoteSource {
  story: string;
  article: string;
  /** The source's site (else its name). */
  site: string | null;
  /** The source's name: file path, URL or record id. */
  source: string;
}

/** One quote, once however many outlets carry it. */
export interface DigestQuote {
  /** The words as quoted (the fullest of near-identical versions). */
  text: string;
  kind: QuoteKind;
  /** Every source carrying it: each copy of a wire story counts. */
  sources: DigestQuoteSource[];
}

/** A speaker and what they said across the batch. */
export interface DigestSpeaker {
  /** The speaker's id in `Digest.entities`; null for quotes no article attributes. */
  entity: string | null;
  /** The speaker's fullest name; null for unattributed quotes. */
  name: string | null;
  /** Their quotes, those most sources carry first. */
  quotes: DigestQuote[];
}

/** A person, organization, place … merged across the batch's articles. */
export interface DigestEntity {
  /** Stable within one digest: "e1", "e2", … (most salient first). */
  id: string;
  /** The fullest name the batch gives. */
  name: string;
  type: EntityType;
  /** Other names it goes by in the batch ("Omar", "Rep. Omar"). */
  aliases: string[];
  /** The stories it appears in. */
  stories: string[];
  /** The articles that name it. */
  articles: string[];
  /** Mentions by name over the batch (one copy of each article counted). */
  mentions: number;
  /** How central it is to the batch, 0..1: the sum of its salience in each article, relative to the top entity's. */
  salience: number;
}

/** A batch of articles as stories and entities. */
export interface Digest {
  schemaVersion: string;
  /** The program and version that wrote it: `precis/<version>`. */
  generator: string;
  /** Inputs digested (sources, copies included). */
  inputs: number;
  stories: DigestStory[];
  /** Entities named in two or more articles, among a story's most salient, or quoted; most salient first. */
  entities: DigestEntity[];
  /**
   * Who said what: speakers (merged across articles like entities), those quoted by most
   * articles first, unattributed quotes last.
   */
  speakers: DigestSpeaker[];
  /**
   * The signature of every input digested, in input order: what `precis digest --merge` groups
   * again when it merges digests made apart. Always in the JSON output and in the value of
   * `digest()`; the command line hands its text and Markdown renderers the digest without it.
   */
  signatures?: DigestSignatures;
}

/** The article signatures a digest was made from. */
export interface DigestSignatures {
  /** How they were made (`SIGNATURE_VERSION`): digests whose signatures differ in version are not merged. */
  version: number;
  articles: ArticleSignature[];
}
