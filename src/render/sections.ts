/**
 * The JSON view of a summary and of a failed input, with `--only` and `--include-body` applied.
 * Shared by the JSON and NDJSON renderers; the article-alone helpers serve text and Markdown.
 */
import { type Section, onlyBody } from '../options.js';
import { type BodyBlock, GENERATOR, SCHEMA_VERSION, type Summary } from '../summary.js';
import { redactUrls } from '../url.js';

export interface ViewOptions {
  only: Section[] | null;
  includeBody: boolean;
  /**
   * Text and Markdown: every quote, entity and figure, not the first few of each section (JSON and
   * NDJSON always carry everything). Absent means off.
   */
  all?: boolean;
}

/** Whether `section` is printed under `options`. */
export function shows(section: Section, options: ViewOptions): boolean {
  if (section === 'body') return options.includeBody || (options.only?.includes('body') ?? false);
  return options.only === null || options.only.includes(section);
}

/**
 * True for `--only body` alone: text and Markdown then print the article and nothing else (no
 * headline, headers or notes), so the output can be saved as the article.
 */
export function articleOnly(options: ViewOptions): boolean {
  return onlyBody(options.only);
}

/**
 * The line that closes a section cut short without `--all`: how many items were left out and how
 * to see them, e.g. "… and 12 more entities (--all shows every one)". `flag` is how the option is
 * written (as code in Markdown).
 */
export function leftOutLine(count: number, singular: string, plural: string, flag = '--all'): string {
  return count === 1 ? `… and 1 more ${singular} (${flag} shows it)` : `… and ${count} more ${plural} (${flag} shows every one)`;
}

/** A block of the article with its text. */
export interface BlockText {
  kind: BodyBlock['kind'];
  level: number;
  text: string;
}

/** The article's blocks with their text; a summary made without blocks reads as paragraphs between blank lines. */
export function articleBlocks(summary: Pick<Summary, 'body' | 'blocks'>): BlockText[] {
  const body = summary.body;
  if (summary.blocks?.length) return summary.blocks.map((block) => ({ kind: block.kind, level: block.level ?? 0, text: body.slice(block.start, block.end) }));
  return body.split(/\n\s*\n/).filter((text) => text.trim()).map((text) => ({ kind: 'paragraph', level: 0, text }));
}

/** The object printed for `summary`: fields in a fixed, readable order. */
export function summaryView(summary: Summary, options: ViewOptions): Record<string, unknown> {
  const view: Record<string, unknown> = { schemaVersion: summary.schemaVersion, generator: summary.generator, id: summary.id, source: summary.source };
  if (shows('meta', options)) {
    view['meta'] = summary.meta;
    view['extraction'] = summary.extraction;
  }
  if (shows('stats', options)) view['stats'] = summary.stats;
  if (shows('keySentences', options)) view['keySentences'] = summary.keySentences;
  if (shows('quotes', options)) {
    view['quotes'] = summary.quotes;
    view['quotedTerms'] = summary.quotedTerms;
  }
  if (shows('entities', options)) view['entities'] = summary.entities;
  if (shows('figures', options)) view['figures'] = summary.figures;
  if (shows('keywords', options)) view['keywords'] = summary.keywords;
  view['warnings'] = summary.warnings;
  // The blocks come with the body they index (they are small, and useless without it).
  if (shows('body', options)) {
    view['blocks'] = summary.blocks;
    view['body'] = summary.body;
  }
  return view;
}

/** A failed input as data: the record contract's error line. */
export interface FailureView {
  schemaVersion: string;
  generator: string;
  id: string | null;
  line: number | null;
  source: { name: string };
  error: { code: string; message: string };
}

/** A failed input's error line; a URL in its name or message (a WARC record's target URI) is shown without credentials. */
export function failureView(name: string, id: string | null, line: number | null, code: string, message: string): FailureView {
  return { schemaVersion: SCHEMA_VERSION, generator: GENERATOR, id, line, source: { name: redactUrls(name) }, error: { code, message: redactUrls(message) } };
}
