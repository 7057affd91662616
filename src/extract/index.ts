/**
 * The extract stage: a decoded document becomes an `Article` (body text + metadata).
 */
import type { ArticleMeta } from '../summary.js';
import { extractBody } from './body.js';
import { extractMetadata } from './metadata.js';
import { normalizeTextBody, textMetadata } from './text.js';
import { load } from 'cheerio/slim';
import { MAX_DEPTH, capNesting } from './depth.js';

export interface Article {
  /** The article text; paragraphs of HTML articles are separated by a blank line. */
  body: string;
  meta: ArticleMeta;
  /** `text`, or the HTML body strategy that produced the body. */
  strategy: string;
  warnings: string[];
}

/** Extracts the article from an HTML page; `url` is the page's address when known. */
export function extractHtml(html: string, url: string | null): Article {
  const nesting = capNesting(html);
  const $ = load(nesting.html);
  const meta = extractMetadata($, url);
  const { paragraphs, strategy } = extractBody($, { title: meta.title });
  const warnings = strategy === 'empty' ? ['No article text was found in the page.'] : [];
  if (nesting.capped) warnings.push(`The page nests elements more than ${MAX_DEPTH} deep; tags past that depth were ignored.`);
  return { body: paragraphs.join('\n\n'), meta, strategy, warnings };
}

/** A plain-text article: the text itself is the body. */
export function extractText(text: string, url: string | null): Article {
  const body = normalizeTextBody(text);
  return { body, meta: textMetadata(body, url), strategy: 'text', warnings: [] };
}
