/**
 * Markdown output: the same content as the text output, for notes, wikis and chat.
 */
import type { EntityType, Summary } from '../summary.js';
import { oneLine } from './sanitize.js';
import { type ViewOptions, shows } from './sections.js';

const TYPE_NAMES: Readonly<Record<EntityType, string>> = {
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

/** Entities listed in the table, and figures shown. */
const MAX_ENTITIES = 20;
const MAX_FIGURES = 10;

/** Escapes characters that Markdown would read as markup inside running text. */
export function escapeMarkdown(text: string): string {
  return oneLine(text).replace(/([\\`*_[\]<>|#])/g, '\\$1');
}

/** One summary as a Markdown document. */
export function renderMarkdown(summary: Summary, options: ViewOptions): string {
  const out: string[] = [];
  if (shows('meta', options)) {
    out.push(`# ${escapeMarkdown(summary.meta.title ?? summary.source.name)}`, '');
    const parts: string[] = [];
    if (summary.meta.authors.length > 0) parts.push(`By ${summary.meta.authors.map(escapeMarkdown).join(', ')}`);
    if (summary.meta.published) parts.push(summary.meta.published.slice(0, 10));
    if (summary.meta.siteName) parts.push(escapeMarkdown(summary.meta.siteName));
    if (summary.meta.url) parts.push(`<${summary.meta.url.replace(/[<>\s]/g, encodeURIComponent)}>`);
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
    for (const entity of summary.entities.slice(0, MAX_ENTITIES)) {
      out.push(`| ${escapeMarkdown(entity.name)} | ${TYPE_NAMES[entity.type]} | ${entity.count} |`);
    }
    out.push('');
  }
  if (shows('figures', options) && summary.figures.length > 0) {
    out.push('## Figures', '');
    for (const figure of summary.figures.slice(0, MAX_FIGURES)) {
      out.push(`- **${escapeMarkdown(figure.phrase.text)}** (${figure.type.toLowerCase()}): ${escapeMarkdown(figure.sentence.text)}`);
    }
    out.push('');
  }
  if (shows('body', options) && summary.body) {
    out.push('## Article', '');
    for (const paragraph of summary.body.split(/\n\s*\n/)) {
      const text = escapeMarkdown(paragraph);
      if (text) out.push(text, '');
    }
  }
  for (const warning of summary.warnings) out.push(`> **Note:** ${escapeMarkdown(warning)}`, '');
  while (out[out.length - 1] === '') out.pop();
  return out.join('\n');
}
