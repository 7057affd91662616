/**
 * Linearizes a page into text blocks, once: every run of text between block boundaries becomes
 * one `Block` that knows its owner element, what kind of text it is (paragraph, heading, list
 * item, quote, table row …), its length and link length, and how its ancestors mark it as
 * furniture. Every element gets the range of blocks it holds, so subtree sums are prefix-sum
 * look-ups: nothing later walks a subtree again. The walk is iterative (deep pages are fine).
 */
import { type TextVerdict, hintWords, isRelatedHint, judgeHints } from './boilerplate.js';
import { type AnyNode, type Element, BLOCK_TAGS, NON_CONTENT_TAGS, collapseSpaces, isTag, isText } from './dom.js';
import { comparisonKey } from '../strings.js';

/** What a block of text is, from the elements around it. */
export type BlockKind = 'text' | 'heading' | 'item' | 'quote' | 'pre' | 'row' | 'caption';

/** Furniture flags a block inherits from its ancestors. */
export const FURNITURE_TAG = 1;
export const FURNITURE_STRONG = 2;
export const FURNITURE_WEAK = 4;
/** Comment threads: dropped by every strategy that drops furniture at all. */
export const FURNITURE_DISCUSSION = 8;
/** Related-stories sections (a subset of STRONG): a heading inside one ends the article. */
export const FURNITURE_RELATED = 16;

export interface Block {
  text: string;
  /** The innermost block-level element around the text. */
  owner: Element;
  kind: BlockKind;
  /** Heading level 1–6 for headings, else 0. */
  level: number;
  /** Length with CJK characters weighted (see {@link weightedLength}). */
  length: number;
  /** Weighted length of the text inside links. */
  linkLength: number;
  /** OR of the FURNITURE_* flags of the ancestors. */
  furniture: number;
  /** The nearest `<article>` (or schema.org article) ancestor, if any: teaser cards are often articles too. */
  article: Element | null;
  /** True when a thematic break (`<hr>`) comes between the previous block and this one. */
  afterRule: boolean;
  /** What the text says it is (`judgeText`), filled in when first needed. */
  verdict?: TextVerdict;
}

export interface Linearized {
  blocks: Block[];
  /** Block index range [start, end) of every element visited. */
  ranges: Map<Element, [number, number]>;
}

/** Elements that are furniture by their tag alone. */
const FURNITURE_TAGS = new Set(['nav', 'footer', 'aside', 'header', 'figcaption', 'dialog', 'menu', 'h1']);

/** Tags whose class never makes them furniture: the page's skeleton. */
const SKELETON_TAGS = new Set(['html', 'body', 'main']);

/** Inline tags whose class is never judged: emphasis and links inside a sentence. */
const PLAIN_INLINE_TAGS = new Set(['a', 'b', 'strong', 'em', 'i', 'u', 'small', 'sup', 'sub', 'abbr', 'cite', 'code', 'q', 'time', 'mark', 'font']);

/** One CJK character carries about as much text as this many Latin characters. */
const CJK_WEIGHT = 2.5;
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/g;

/** Text length with CJK characters weighted, so length thresholds suit every script. */
export function weightedLength(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  return text.length + cjk * (CJK_WEIGHT - 1);
}

/**
 * Bootstrap's classes for a block shown only on paper: hidden at every screen width (`d-none`,
 * and no `d-md-block` or the like that shows it from some width on), shown when printed. Pages
 * put the citation and the print credits there.
 */
const SCREEN_HIDDEN_CLASS = /(?:^|\s)d-none(?:\s|$)/;
const SHOWN_FROM_WIDTH_CLASS = /(?:^|\s)d-(?:sm|md|lg|xl|xxl)-(?!none)/;
const PRINT_SHOWN_CLASS = /(?:^|\s)d-print-(?!none)/;

function isHidden(element: Element): boolean {
  const attribs = element.attribs;
  if (attribs['hidden'] !== undefined || attribs['aria-hidden'] === 'true') return true;
  const style = attribs['style'];
  if (style !== undefined && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return true;
  const classes = attribs['class'];
  return classes !== undefined && SCREEN_HIDDEN_CLASS.test(classes) && PRINT_SHOWN_CLASS.test(classes) && !SHOWN_FROM_WIDTH_CLASS.test(classes);
}

function isBlockElement(element: Element): boolean {
  // Custom elements (`<phoenix-page>`) are used as layout containers.
  return BLOCK_TAGS.has(element.name) || element.name.includes('-');
}

/** A table cell is a container (layout table) when it holds block elements or line breaks, else a cell of a data row. */
function isLayoutCell(element: Element): boolean {
  return element.children.some((child) => isTag(child) && (child.name === 'br' || isBlockElement(child)));
}

/**
 * An element whose class says furniture but that holds this share of the page's prose or more
 * is a layout wrapper (`container penci_sidebar`, `header-style-2`, `modal-enabled`), not furniture.
 */
const WRAPPER_PROSE_SHARE = 0.5;
/** Prose, for the share above: blocks at least this long with few links. */
const PROSE_BLOCK_LENGTH = 80;
const PROSE_BLOCK_LINK_DENSITY = 0.3;

function applyHints(blocks: Block[], ranges: Map<Element, [number, number]>, hinted: Array<{ element: Element; flag: number; always: boolean }>): void {
  const prose = new Float64Array(blocks.length + 1);
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const counts = (block.furniture & FURNITURE_TAG) === 0 && block.length >= PROSE_BLOCK_LENGTH && block.linkLength <= block.length * PROSE_BLOCK_LINK_DENSITY;
    prose[i + 1] = prose[i]! + (counts ? block.length : 0);
  }
  const total = prose[blocks.length]!;
  // Hinted elements come in document order, so ranges are nested or disjoint: a range inside one
  // already flagged the same way is skipped, which keeps this linear on deeply nested pages.
  const coveredUntil = new Map<number, number>();
  for (const { element, flag, always } of hinted) {
    const range = ranges.get(element);
    if (!range) continue;
    const [start, end] = range;
    if (start < (coveredUntil.get(flag) ?? 0)) continue;
    if (!always && total > 0 && prose[end]! - prose[start]! >= total * WRAPPER_PROSE_SHARE) continue;
    for (let i = start; i < end; i++) blocks[i]!.furniture |= flag;
    coveredUntil.set(flag, end);
  }
}

/** Alt texts shorter than this ("photo", "logo") say nothing about a caption. */
const MIN_CAPTION_ALT_LENGTH = 12;
/** Longer blocks are not judged as captions by their alt text. */
const MAX_CAPTION_LENGTH = 300;


/** An inline element with this many links and no text of its own between them is a link cluster. */
const MIN_CLUSTER_LINKS = 3;
/** Nodes looked at before deciding an element is not a cluster (keeps the check cheap on big inline wrappers). */
const MAX_CLUSTER_NODES = 200;

/**
 * True for an element made of nothing but links (three or more), like a hover card inside a
 * paragraph; not for one that holds such a cluster as a child element: the walk drops that child
 * and keeps the links beside it ("Gov. <span><a>Kristi Noem</a><span>…her card…</span></span>",
 * where the first link is the sentence's word).
 */
function isLinkCluster(element: Element): boolean {
  if (!linksOnly(element)) return false;
  return !element.children.some((child) => isTag(child) && child.name !== 'a' && linksOnly(child));
}

/** An element made of nothing but links, three or more, and separators between them. */
function linksOnly(element: Element): boolean {
  let links = 0;
  let budget = MAX_CLUSTER_NODES;
  const stack: AnyNode[] = [...element.children];
  while (stack.length > 0) {
    if (--budget < 0) return false;
    const node = stack.pop()!;
    if (isText(node)) {
      if (/[^\s|•·,;/-]/.test(node.data)) return false;
    } else if (isTag(node)) {
      if (node.name === 'a') links++;
      else if (!NON_CONTENT_TAGS.has(node.name)) stack.push(...node.children);
    }
  }
  return links >= MIN_CLUSTER_LINKS;
}

/** A row of a layout table: its cells hold blocks, so its text is not a data row. */
function isLayoutRow(element: Element): boolean {
  return element.children.some((cell) => isTag(cell) && (cell.name === 'td' || cell.name === 'th') && isLayoutCell(cell));
}

const ARTICLE_ITEMTYPE = /schema\.org\/(?:\w*Article|BlogPosting|NewsArticle|Report)\b/;

/** Linearizes the subtree of `root` into blocks. */
export function linearize(root: AnyNode): Linearized {
  const blocks: Block[] = [];
  const ranges = new Map<Element, [number, number]>();
  // Image descriptions: a short block that repeats one is the image's caption.
  const altTexts = new Set<string>();
  // Elements marked by class/id hints; their flags are applied after the walk, when their size is known.
  const hinted: Array<{ element: Element; flag: number; always: boolean }> = [];

  let parts: string[] = [];
  let partsLink = 0;
  let lastWasBreak = false;
  let ruleSeen = false;

  // Context while walking: one frame per open element.
  interface Frame { element: Element; block: boolean; flags: number; article: Element | null }
  const frames: Frame[] = [];
  const blockOwners: Element[] = [];
  let linkDepth = 0;
  let headingLevel = 0;
  let headingDepth = 0;
  let itemDepth = 0;
  let quoteDepth = 0;
  let preDepth = 0;
  let rowDepth = 0;
  let captionDepth = 0;
  // Inside a <figure>, only tables, quotes and code are article text (editors wrap them in figures);
  // everything else there is a caption, a credit or an image label.
  let figureDepth = 0;

  const currentFlags = (): number => frames[frames.length - 1]?.flags ?? 0;
  const currentArticle = (): Element | null => frames[frames.length - 1]?.article ?? null;

  const flush = (): void => {
    if (parts.length === 0) return;
    const raw = parts.join('');
    parts = [];
    const link = partsLink;
    partsLink = 0;
    lastWasBreak = false;
    const text = preDepth > 0
      ? raw.split('\n').map((line) => collapseSpaces(line)).filter(Boolean).join('\n')
      : collapseSpaces(raw);
    if (!text) return;
    const owner = blockOwners[blockOwners.length - 1];
    if (!owner) return;
    const kind: BlockKind = preDepth > 0 ? 'pre' : headingDepth > 0 ? 'heading' : captionDepth > 0 || (figureDepth > 0 && quoteDepth === 0 && rowDepth === 0) ? 'caption'
      : quoteDepth > 0 ? 'quote' : itemDepth > 0 ? 'item' : rowDepth > 0 ? 'row' : 'text';
    const length = weightedLength(text);
    blocks.push({
      text, owner, kind, level: kind === 'heading' ? headingLevel : 0, length,
      linkLength: Math.min(link, length), furniture: currentFlags(), article: currentArticle(), afterRule: ruleSeen,
    });
    ruleSeen = false;
  };

  type Step = { node: AnyNode; leave: boolean };
  const stack: Step[] = [{ node: root, leave: false }];
  while (stack.length > 0) {
    const step = stack.pop()!;
    const node = step.node;
    if (step.leave) {
      const element = node as Element;
      // Flush while the element's own frame is open: its text carries its own flags.
      const frame = frames[frames.length - 1]!;
      if (frame.block) {
        flush();
        blockOwners.pop();
      }
      frames.pop();
      leaveContext(element);
      const range = ranges.get(element);
      if (range) range[1] = blocks.length;
      continue;
    }
    if (isText(node)) {
      const data = node.data;
      if (/\S/.test(data)) lastWasBreak = false;
      parts.push(data);
      if (linkDepth > 0) partsLink += weightedLength(collapseSpaces(data));
      continue;
    }
    if (!isTag(node)) continue;
    const element = node;
    const name = element.name;
    if (NON_CONTENT_TAGS.has(name) || isHidden(element)) continue;
    if (name === 'br') {
      // Two line breaks in a row end a paragraph (old pages lay out text with <br><br>).
      if (lastWasBreak) flush();
      else parts.push('\n');
      lastWasBreak = true;
      continue;
    }
    if (name === 'img' || name === 'hr' || name === 'wbr') {
      if (name === 'hr') {
        flush();
        ruleSeen = true;
      }
      const alt = name === 'img' ? element.attribs['alt'] : undefined;
      if (alt && alt.length >= MIN_CAPTION_ALT_LENGTH) altTexts.add(comparisonKey(alt));
      continue;
    }

    const isCell = name === 'td' || name === 'th';
    const block = isCell ? isLayoutCell(element) : isBlockElement(element);
    // A run of bare links inside a sentence is a hover card or a widget, not words of the sentence.
    if (!block && name !== 'a' && isLinkCluster(element)) continue;
    let own = 0;
    if (FURNITURE_TAGS.has(name)) own |= FURNITURE_TAG;
    if (!SKELETON_TAGS.has(name) && !PLAIN_INLINE_TAGS.has(name)) {
      const hintText = `${element.attribs['class'] ?? ''} ${element.attribs['id'] ?? ''}`;
      if (hintText.trim()) {
        const words = hintWords(hintText);
        const verdict = judgeHints(words);
        if (verdict === 'discussion') hinted.push({ element, flag: FURNITURE_STRONG | FURNITURE_DISCUSSION, always: true });
        else if (verdict === 'strong') hinted.push({ element, flag: isRelatedHint(words) ? FURNITURE_STRONG | FURNITURE_RELATED : FURNITURE_STRONG, always: false });
        else if (verdict === 'weak' && block) hinted.push({ element, flag: FURNITURE_WEAK, always: false });
      }
    }
    const role = element.attribs['role'];
    if (role === 'navigation' || role === 'banner' || role === 'contentinfo' || role === 'complementary' || role === 'dialog') own |= FURNITURE_TAG;
    // Inline furniture (a caption <span>) becomes a block of its own so its flags stay its own.
    const ownsBlock = block || own !== 0 || hinted[hinted.length - 1]?.element === element;
    if (ownsBlock) flush();
    else if (isCell) parts.push(' ');
    const itemtype = element.attribs['itemtype'];
    const article = name === 'article' || (itemtype !== undefined && ARTICLE_ITEMTYPE.test(itemtype)) ? element : currentArticle();
    frames.push({ element, block: ownsBlock, flags: currentFlags() | own, article });
    if (ownsBlock) blockOwners.push(element);
    enterContext(element);
    ranges.set(element, [blocks.length, blocks.length]);

    stack.push({ node: element, leave: true });
    const children = element.children;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, leave: false });
  }
  flush();
  applyHints(blocks, ranges, hinted);
  if (altTexts.size > 0) {
    // Only blocks about as long as some alt text can repeat one.
    let shortest = Infinity;
    let longest = 0;
    for (const key of altTexts) {
      shortest = Math.min(shortest, key.length);
      longest = Math.max(longest, key.length);
    }
    for (const block of blocks) {
      const length = block.text.length;
      if (block.kind === 'heading' || length > MAX_CAPTION_LENGTH || length < shortest || length > 2 * longest + 10) continue;
      if (altTexts.has(comparisonKey(block.text))) block.kind = 'caption';
    }
  }
  return { blocks, ranges };

  function enterContext(element: Element): void {
    const name = element.name;
    if (name === 'a') linkDepth++;
    else if (/^h[1-6]$/.test(name)) {
      headingDepth++;
      headingLevel = Number(name[1]);
    } else if (name === 'li' || name === 'dt' || name === 'dd') itemDepth++;
    else if (name === 'blockquote') quoteDepth++;
    else if (name === 'pre') preDepth++;
    else if (name === 'tr' && !isLayoutRow(element)) rowDepth++;
    else if (name === 'figcaption' || name === 'caption') captionDepth++;
    else if (name === 'figure') figureDepth++;
  }

  function leaveContext(element: Element): void {
    const name = element.name;
    if (name === 'a') linkDepth--;
    else if (/^h[1-6]$/.test(name)) headingDepth--;
    else if (name === 'li' || name === 'dt' || name === 'dd') itemDepth--;
    else if (name === 'blockquote') quoteDepth--;
    else if (name === 'pre') preDepth--;
    else if (name === 'tr' && !isLayoutRow(element)) rowDepth--;
    else if (name === 'figcaption' || name === 'caption') captionDepth--;
    else if (name === 'figure') figureDepth--;
  }
}
