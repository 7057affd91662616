/**
 * The extract stage: a decoded document becomes an `Article` (body text, its blocks, metadata).
 */
import type { ArticleMeta, BodyBlock, BodyBlockKind } from '../summary.js';
import type { Block, BlockKind } from './blocks.js';
import { type BodyConfidence, extractBody } from './body.js';
import { type MetadataScope, extractMetadata } from './metadata.js';
import { MAX_TEXT_BLOCKS, normalizeTextBody, textBlocks, textMetadata } from './text.js';
import { parseHtml } from './parse.js';
import { MAX_DEPTH, capNesting } from './depth.js';
import { MAX_ELEMENTS, capElements } from './elements.js';

export interface Article {
  /** The article text; paragraphs of HTML articles are separated by a blank line. */
  body: string;
  /** The blocks of `body` in order: `body.slice(start, end)` is a block's text. */
  blocks: BodyBlock[];
  meta: ArticleMeta;
  /** `text`, or the HTML body strategy that produced the body. */
  strategy: string;
  /** How far the body can be trusted to be the article (see `BodyConfidence`); always `high` for text. */
  confidence: BodyConfidence;
  warnings: string[];
}

/** Between two blocks of an HTML article's body. */
const BLOCK_SEPARATOR = '\n\n';

/** The public kind of a block; captions kept by a fallback strategy read as paragraphs. */
const PUBLIC_KIND: Readonly<Record<BlockKind, BodyBlockKind>> = {
  text: 'paragraph',
  caption: 'paragraph',
  heading: 'heading',
  item: 'list-item',
  quote: 'quote',
  pre: 'pre',
  row: 'table-row',
};

/** The body text of `blocks` and each block's place in it. */
function joinBlocks(blocks: Block[]): { body: string; blocks: BodyBlock[] } {
  const placed: BodyBlock[] = [];
  let offset = 0;
  for (const block of blocks) {
    if (placed.length > 0) offset += BLOCK_SEPARATOR.length;
    const kind = PUBLIC_KIND[block.kind];
    const end = offset + block.text.length;
    placed.push(kind === 'heading' ? { kind, start: offset, end, level: block.level } : { kind, start: offset, end });
    offset = end;
  }
  return { body: blocks.map((block) => block.text).join(BLOCK_SEPARATOR), blocks: placed };
}

/** Extracts the article from an HTML page; `url` is the page's address when known, `metadata` how much of its metadata to read. */
export function extractHtml(html: string, url: string | null, metadata: MetadataScope = 'all'): Article {
  const elements = capElements(html);
  const nesting = capNesting(elements.html);
  const $ = parseHtml(nesting.html);
  const meta = extractMetadata($, url, metadata);
  const { blocks, strategy, confidence, doubt } = extractBody($, { title: meta.title });
  const warnings = strategy === 'empty' ? ['No article text was found in the page.'] : [];
  if (doubt) warnings.push(`The page's body may not be the article: every way of finding it gave what reads like ${doubt}.`);
  if (elements.capped) warnings.push(`The page has more than ${MAX_ELEMENTS} elements and comments; only the first ${MAX_ELEMENTS} were read.`);
  if (nesting.capped) warnings.push(`The page nests elements more than ${MAX_DEPTH} deep; tags past that depth were ignored.`);
  return { ...joinBlocks(blocks), meta, strategy, confidence, warnings };
}

/** A plain-text article: the text itself is the body; its blocks are its paragraphs. */
export function extractText(text: string, url: string | null): Article {
  const body = normalizeTextBody(text);
  const meta = textMetadata(body, url);
  const { blocks, capped } = textBlocks(body, meta.title !== null);
  const warnings = capped ? [`The text has more than ${MAX_TEXT_BLOCKS} paragraphs; past that, its blocks hold the rest of the text as one.`] : [];
  return { body, blocks, meta, strategy: 'text', confidence: 'high', warnings };
}
