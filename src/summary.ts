/**
 * The `Summary` value: what precis produces for one article, and what every renderer reads.
 * Every offset in it is a UTF-16 index into `body`, end exclusive (made by `nlp/doc.ts`).
 */

import { VERSION } from './version.js';

/** Bumped on any change to the JSON shape: major when a field changes meaning or goes away. */
export const SCHEMA_VERSION = '2.1';

/** The `generator` of every JSON object precis prints: which program and version wrote it. */
export const GENERATOR = `precis/${VERSION}`;

/** A stretch of `body`: `text === body.slice(start, end)`. */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/** Entity types; PERSON, ORG and PLACE are the core, the others are used only when sure. */
export type EntityType = 'PERSON' | 'ORG' | 'PLACE' | 'NORP' | 'EVENT' | 'WORK' | 'PRODUCT' | 'LAW' | 'MISC';

export interface EntityMention extends TextSpan {
  /** A mention by name (descriptions and pronouns are in `Entity.references`). */
  kind: 'name';
  /** A title or honorific written before the name ("President", "Gen."), not part of the span. */
  title?: string;
}

/**
 * A place where the story refers to an entity without its name: a description ("the general",
 * "the company", "the 72-year-old") or a pronoun ("she", "it").
 */
export interface EntityReference extends TextSpan {
  kind: 'description' | 'pronoun';
}

export interface Entity {
  /** Stable within one summary ("e1", "e2", …): quotes point at it. */
  id: string;
  /** The fullest name the article gives. */
  name: string;
  type: EntityType;
  /** Every mention by name, in document order. */
  mentions: EntityMention[];
  /** Descriptions and pronouns that refer to the entity, in document order (the coreference stage's links). */
  references: EntityReference[];
  /** Other distinct surface forms of the same entity. */
  aliases: string[];
  /** Number of mentions by name. */
  count: number;
  /** How central the entity is to the article, 0..1. */
  salience: number;
}

/** `full`: a whole utterance; `partial`: a fragment woven into the writer's sentence. */
export type QuoteKind = 'full' | 'partial';

export interface Quote extends TextSpan {
  kind: QuoteKind;
  /** The fullest name of the speaker in the article, or null when the article does not say. */
  speaker: string | null;
  /** The id of the speaker's entity in `entities`, when there is one. */
  speakerId: string | null;
  /** Where the speaker is named (or referred to) for this quote. */
  speakerMention: TextSpan | null;
  /** The reporting verb or phrase that attributes the quote ("said", "according to"). */
  cue: string | null;
}

/** Kinds of quoted spans that are not speech. */
export type QuotedTermKind = 'title' | 'nickname' | 'term' | 'scare';

/** A span in quotation marks that is not speech: a title, nickname, mentioned term or scare quote (inside the marks). */
export interface QuotedTerm extends TextSpan {
  kind: QuotedTermKind;
}

export interface KeySentence extends TextSpan {
  /** 1 for the most important sentence. */
  rank: number;
  score: number;
}

/** Types of figures, as wink-nlp names them. */
export type FigureType =
  | 'DATE'
  | 'TIME'
  | 'DURATION'
  | 'MONEY'
  | 'PERCENT'
  | 'CARDINAL'
  | 'ORDINAL'
  | 'MEASURE'
  | 'FRACTION';

export interface Figure extends TextSpan {
  type: FigureType;
  /** What the figure counts or measures ("soldiers", "the city", "months"), when the text says. */
  counts: TextSpan | null;
  /** The figure with what it counts, as the text reads ("90 percent of the city", "300 soldiers"). */
  phrase: TextSpan;
  /** The sentence the figure sits in; of a sentence over 2,000 characters, that much of it around the figure. */
  sentence: TextSpan;
}

/** A key phrase of the article: a noun phrase, ranked by salience (for `meta.keywords`-style use). */
export interface Keyword {
  /** The phrase as the article most often writes it. */
  text: string;
  /** How many times the article uses it. */
  count: number;
  /** Salience relative to the top keyword (1). */
  score: number;
}

/** What a block of the article is, as the page's markup says; a text input has paragraphs and, at most, a headline. */
export type BodyBlockKind = 'paragraph' | 'heading' | 'list-item' | 'quote' | 'pre' | 'table-row';

/**
 * One block of the article (a paragraph, a heading, a list item …): `body.slice(start, end)` is
 * its text. Blocks are in document order, do not overlap and hold every paragraph of the body.
 */
export interface BodyBlock {
  kind: BodyBlockKind;
  start: number;
  end: number;
  /** Heading level, 1–6 (as `<h1>`–`<h6>`); only on headings. */
  level?: number;
}

/** Where a metadata field's value came from, e.g. `json-ld`, `meta`, `markup`, `url`, `first-line`. */
export type MetaSources = Partial<Record<'title' | 'authors' | 'published' | 'modified' | 'siteName' | 'language' | 'url' | 'description' | 'image' | 'tags', string>>;

export interface ArticleMeta {
  title: string | null;
  authors: string[];
  /** ISO 8601, as precise as the page says; never invented. */
  published: string | null;
  modified: string | null;
  siteName: string | null;
  /** The text's language, ISO 639-1 (`en`, `de`), or `und` when it cannot tell; null only from the extract stage alone (the page's declared tag, such as `en-GB`). */
  language: string | null;
  /** The canonical address of the article. */
  url: string | null;
  description: string | null;
  image: string | null;
  tags: string[];
  sources: MetaSources;
}

export type InputKind = 'file' | 'stdin' | 'url' | 'record' | 'warc' | 'string';

export interface SourceInfo {
  kind: InputKind;
  /** The file path, `-`, the URL or the record id. */
  name: string;
  /** The document format after detection. */
  format: 'html' | 'text';
  /** Size of the input in bytes (UTF-8 bytes for NDJSON records and strings). */
  bytes: number;
  /** The encoding the bytes were decoded with. */
  encoding: string;
  /** Why that encoding: `bom`, `sniffed` (UTF-16 without a byte-order mark, by its NUL bytes), `utf-8`, `http`, `meta`, `fallback`, `option` or `string` (already text). */
  encodingSource: string;
  /** The address the input came from: the URL fetched (after redirects), the record's `url`, a WARC record's target URI or `--url`. */
  url: string | null;
  /** When the input was captured: a WARC record's date (ISO 8601). */
  date: string | null;
}

export interface Stats {
  characters: number;
  words: number;
  sentences: number;
  paragraphs: number;
  /** At 230 words a minute, rounded up; 0 for an empty body. */
  readingMinutes: number;
}

export interface Summary {
  schemaVersion: string;
  /** The program and version that wrote the summary: `precis/<version>`. */
  generator: string;
  /** The NDJSON record's id, echoed; null for other inputs. */
  id: string | null;
  source: SourceInfo;
  meta: ArticleMeta;
  /** How the body was obtained: `text` for text input, else the HTML strategy that won; and how far it can be trusted to be the article (`high`, `medium` when a later strategy had to take over, `low` when none found a plausible article). */
  extraction: { strategy: string; confidence: 'high' | 'medium' | 'low' };
  stats: Stats;
  /** Key sentences in document order, at most the number asked for. */
  keySentences: KeySentence[];
  quotes: Quote[];
  /** Quoted spans judged not to be speech, in document order. */
  quotedTerms: QuotedTerm[];
  /** Named entities, most salient first. */
  entities: Entity[];
  /** Notable figures, most salient first. */
  figures: Figure[];
  /** Key phrases, most salient first. */
  keywords: Keyword[];
  /** Notes about limits hit or fallbacks taken while summarizing. */
  warnings: string[];
  /** The article's structure: its blocks, with offsets into `body`. */
  blocks: BodyBlock[];
  /** The article text every offset indexes. */
  body: string;
}
