/**
 * Markdown output: the same content as the text output, for notes, wikis and chat.
 */
import type { EntityType, Summary } from '../summary.js';
import { displayUrl } from '../url.js';
import { oneLine, sanitize } from './sanitize.js';
import { type BlockText, type ViewOptions, articleBlocks, articleOnly, leftOutLine, shows } from './sections.js';
import { replaceEvery } from '../strings.js';
import { trimLines } from '../language/layout.js';

/** Entity types in words, for tables and lists. */
export const TYPE_NAMES: Readonly<Record<EntityType, string>> = {
  PERSON: 'person',
  ORG: 'organization',
  PLACE: 'place',
  NORP: 'group',
  EVENT: 'event',
  WORK: 'work',
  PRODUCT: 'product',
  LAW: 'law',
  MISC: 'other',
};

/**
 * Without --all: rows of the entity table, and figures listed (quotes are all shown). A section
 * cut short ends with a line saying how many were left out.
 */
const MAX_ENTITIES = 20;
const MAX_FIGURES = 10;
/** How the option is written in a left-out line: as code, so no renderer makes its dashes typographic. */
const ALL_FLAG = '`--all`';

/** Characters that Markdown would read as markup inside running text, and the `&` of a character reference. */
const MARKDOWN_SYNTAX = /[\\`*_[\]<>|#]/g;
const CHARACTER_REFERENCE = /&(?=#?\w+;)/g;

/** Escapes characters that Markdown would read as markup inside running text. */
export function escapeMarkdown(text: string): string {
  return replaceEvery(oneLine(text), MARKDOWN_SYNTAX, (character) => `\\${character}`);
}

/**
 * `text` as one Markdown paragraph that reads as written: {@link escapeMarkdown}, plus what would
 * be markup only at the start of a line (list markers, `1.`, `=` and `~` fences) and character
 * references (`&amp;`).
 */
export function escapeBlockText(text: string): string {
  return replaceEvery(escapeMarkdown(text), CHARACTER_REFERENCE, '\\&')
    .replace(/^([-+=~])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/**
 * Schemes an address may have to become a link: web pages and mail addresses. A record's `url` is
 * whatever the record says; `javascript:`, `data:` or `file:` as a link would run or open
 * something when clicked, so those are shown as code.
 */
const LINK_SCHEME = /^(?:https?|mailto):/i;

/** `text` as an inline code span: the fence is longer than any run of backticks inside. */
function codeSpan(text: string): string {
  let longestRun = 0;
  for (const run of text.match(/`+/g) ?? []) longestRun = Math.max(longestRun, run.length);
  const fence = '`'.repeat(longestRun + 1);
  // One space inside each fence: CommonMark strips it, and it keeps a backtick at either end of
  // the text from joining the fence.
  return `${fence} ${text} ${fence}`;
}

/**
 * An address as Markdown, without credentials: an autolink when it is http, https or mailto (by
 * its text and by the URL parser, which ignores leading spaces and tabs that a reader might not),
 * else a code span, which no renderer makes clickable.
 */
export function urlMarkdown(raw: string): string {
  const address = oneLine(displayUrl(raw));
  let scheme: string | null = null;
  try {
    scheme = new URL(address).protocol;
  } catch {
    // Not a URL: shown as code below.
  }
  if (LINK_SCHEME.test(address) && scheme !== null && LINK_SCHEME.test(scheme)) {
    return `<${address.replace(/[<>\s]/g, encodeURIComponent)}>`;
  }
  return codeSpan(address);
}

/** Shallowest and deepest heading marks of the article's headings (`#` is the document title). */
const MIN_HEADING_MARKS = 2;
const MAX_HEADING_MARKS = 6;
/** Shortest code fence. */
const MIN_FENCE = 3;

/** A preformatted block as fenced code: the fence is longer than any run of backticks inside. */
function fencedCode(text: string): string {
  const code = trimLines(sanitize(text));
  let longestRun = 0;
  for (const run of code.match(/`+/g) ?? []) longestRun = Math.max(longestRun, run.length);
  const fence = '`'.repeat(Math.max(MIN_FENCE, longestRun + 1));
  return `${fence}\n${code}\n${fence}`;
}

/** One block as Markdown, or null when nothing printable is left. */
function blockMarkdown(block: BlockText): string | null {
  if (block.kind === 'pre') return block.text.trim() ? fencedCode(block.text) : null;
  const text = escapeBlockText(block.text);
  if (!text) return null;
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(Math.min(MAX_HEADING_MARKS, Math.max(MIN_HEADING_MARKS, block.level)))} ${text}`;
    case 'list-item':
      return `- ${text}`;
    case 'quote':
      return `> ${text}`;
    default:
      return text;
  }
}

/** How two neighbouring blocks of these kinds are joined: one list, one block quote, rows as lines. */
const JOINERS: Partial<Record<BlockText['kind'], string>> = { 'list-item': '\n', quote: '\n>\n', 'table-row': '\\\n' };

/**
 * The article alone as Markdown (`--only body`): headings, lists, block quotes, code and table
 * rows (as lines) kept, every other character of the article escaped so it cannot become markup.
 */
export function renderArticleMarkdown(summary: Pick<Summary, 'body' | 'blocks'>): string {
  let out = '';
  let previous: BlockText['kind'] | null = null;
  for (const block of articleBlocks(summary)) {
    const markdown = blockMarkdown(block);
    if (markdown === null) continue;
    if (previous !== null) out += previous === block.kind ? (JOINERS[block.kind] ?? '\n\n') : '\n\n';
    out += markdown;
    previous = block.kind;
  }
  return out;
}

/** One summary as a Markdown document. */
export function renderMarkdown(summary: Summary, options: ViewOptions): string {
  if (articleOnly(options)) return renderArticleMarkdown(summary);
  const out: string[] = [];
  if (shows('meta', options)) {
    out.push(`# ${escapeMarkdown(summary.meta.title ?? summary.source.name)}`, '');
    const parts: string[] = [];
    if (summary.meta.authors.length > 0) parts.push(`By ${summary.meta.authors.map(escapeMarkdown).join(', ')}`);
    if (summary.meta.published) parts.push(escapeMarkdown(summary.meta.published.slice(0, 10)));
    if (summary.meta.siteName) parts.push(escapeMarkdown(summary.meta.siteName));
    if (summary.meta.url) parts.push(urlMarkdown(summary.meta.url));
    if (parts.length > 0) out.push(`*${parts.join(' · ')}*`, '');
    out.push(`${summary.stats.words} words · ${summary.stats.readingMinutes} min read`, '');
  }
  if (shows('keySentences', options) && summary.keySentences.length > 0) {
    out.push('## Key points', '');
    for (const sentence of summary.keySentences) out.push(`- ${escapeMarkdown(sentence.text)}`);
    out.push('');
  }
  if (shows('keywords', options) && summary.keywords.length > 0) {
    out.push(`**Keywords:** ${summary.keywords.map((keyword) => escapeMarkdown(keyword.text)).join(', ')}`, '');
  }
  if (shows('quotes', options) && summary.quotes.length > 0) {
    out.push('## Quotes', '');
    for (const quote of summary.quotes) {
      out.push(`> “${escapeMarkdown(quote.text)}”`, `> — ${quote.speaker ? `**${escapeMarkdown(quote.speaker)}**` : '*unattributed*'}`, '');
    }
  }
  if (shows('entities', options) && summary.entities.length > 0) {
    out.push('## Entities', '', '| Name | Type | Mentions |', '|---|---|---:|');
    const shown = options.all ? summary.entities : summary.entities.slice(0, MAX_ENTITIES);
    for (const entity of shown) {
      out.push(`| ${escapeMarkdown(entity.name)} | ${TYPE_NAMES[entity.type]} | ${entity.count} |`);
    }
    out.push('');
    // A paragraph of its own: a line right under the table would be read as one more row.
    if (shown.length < summary.entities.length) out.push(`*${leftOutLine(summary.entities.length - shown.length, 'entity', 'entities', ALL_FLAG)}*`, '');
  }
  if (shows('figures', options) && summary.figures.length > 0) {
    out.push('## Figures', '');
    const shown = options.all ? summary.figures : summary.figures.slice(0, MAX_FIGURES);
    for (const figure of shown) {
      out.push(`- **${escapeMarkdown(figure.phrase.text)}** (${figure.type.toLowerCase()}): ${escapeMarkdown(figure.sentence.text)}`);
    }
    out.push('');
    if (shown.length < summary.figures.length) out.push(`*${leftOutLine(summary.figures.length - shown.length, 'figure', 'figures', ALL_FLAG)}*`, '');
  }
  if (shows('body', options) && summary.body) {
    out.push('## Article', '');
    // The blocks, not the body split at blank lines: their number is bounded (MAX_TEXT_BLOCKS, MAX_ELEMENTS).
    for (const block of articleBlocks(summary)) {
      const text = escapeMarkdown(block.text);
      if (text) out.push(text, '');
    }
  }
  for (const warning of summary.warnings) out.push(`> **Note:** ${escapeMarkdown(warning)}`, '');
  while (out[out.length - 1] === '') out.pop();
  return out.join('\n');
}
