/**
 * The article body of an HTML page: a content-scoring extractor with a recorded fallback cascade.
 *
 * 1. `scored-container`: paragraphs score their parent and grandparent (text length, commas),
 *    scores are damped by link density and class/id hints, and the best container, with the
 *    siblings that score close to it, is the article.
 * 2. `paragraphs`: every paragraph of the page that is not furniture, when 1 yields too little.
 * 3. `body-text`: all visible text blocks of the page, when 2 yields too little.
 */
import type { CheerioAPI } from 'cheerio/slim';
import {
  type AnyNode, type Element, BLOCK_TAGS, NON_CONTENT_TAGS, classAndId, collapseSpaces, isTag, isText,
  linkTextLength, textOf, walk,
} from './dom.js';

export interface BodyResult {
  paragraphs: string[];
  strategy: 'scored-container' | 'paragraphs' | 'body-text' | 'empty';
}

/** Page furniture that is dropped wherever it sits (its class or id says so). */
const FURNITURE_HINT =
  /(?:^|[\s_-])(?:ads?|advert\w*|banner|breadcrumbs?|caption|comments?|cookie\w*|credits?|disqus|modal|newsletter|outbrain|paywall|popup|promo\w*|recommend\w*|related|share|sharing|social|sponsor\w*|subscribe|subscription|taboola|toolbar|byline|dateline|timestamp|author-bio|more-stories|read-more|signup|sign-up)(?:$|[\s_-])/;

/** Containers that are furniture unless their class or id also names content. */
const UNLIKELY_HINT = /(?:^|[\s_-])(?:header|footer|foot|menu|nav\w*|sidebar|aside|widget|extra|tags?|tools|pager|pagination|rss|meta|author)(?:$|[\s_-])/;

/** Class or id words that name article content. */
const CONTENT_HINT = /(?:^|[\s_-])(?:article\w*|body|content|entry|main|post|story|text|blog|page)(?:$|[\s_-])/;

/** Elements that are page furniture by their tag. */
const FURNITURE_TAGS = new Set(['nav', 'footer', 'aside', 'header', 'figure', 'figcaption', 'form', 'h1', 'dialog']);

/** Tags that never count as furniture by their class: the page's skeleton. */
const SKELETON_TAGS = new Set(['html', 'body', 'main', 'article']);

/** A paragraph shorter than this adds nothing to its container's score. */
const MIN_SCORED_PARAGRAPH_CHARS = 25;
/** Score per 100 characters of a paragraph, capped at this many hundreds. */
const MAX_LENGTH_POINTS = 3;
/** Class/id hint weights on a container's score. */
const CONTENT_HINT_WEIGHT = 25;
const UNLIKELY_HINT_WEIGHT = -25;
/** A sibling of the best container is kept when it scores at least this share of it … */
const SIBLING_SCORE_SHARE = 0.2;
/** … or at least this much in absolute terms. */
const SIBLING_MIN_SCORE = 10;
/** A result with fewer characters than this falls through to the next strategy. */
const MIN_BODY_CHARS = 250;
/** A block whose text is mostly links (related lists, tag clouds) is dropped … */
const MAX_BLOCK_LINK_DENSITY = 0.5;
/** … and a short one from this share on. */
const MAX_SHORT_BLOCK_LINK_DENSITY = 0.25;
const SHORT_BLOCK_CHARS = 80;

function isHidden(element: Element): boolean {
  const style = element.attribs['style'];
  if (style && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return true;
  return element.attribs['hidden'] !== undefined || element.attribs['aria-hidden'] === 'true';
}

/** Elements whose whole subtree is furniture, found once per page. */
function findFurniture(root: AnyNode): Set<Element> {
  const furniture = new Set<Element>();
  walk(root, (node) => {
    if (!isTag(node)) return true;
    if (NON_CONTENT_TAGS.has(node.name) || FURNITURE_TAGS.has(node.name) || isHidden(node)) {
      furniture.add(node);
      return false;
    }
    if (!SKELETON_TAGS.has(node.name)) {
      const hints = classAndId(node);
      if (hints.trim() && (FURNITURE_HINT.test(hints) || (UNLIKELY_HINT.test(hints) && !CONTENT_HINT.test(hints)))) {
        furniture.add(node);
        return false;
      }
    }
    return true;
  });
  return furniture;
}

/** Text blocks of `root` in document order, furniture skipped; each block is one paragraph. */
function collectBlocks(root: AnyNode, skip: Set<Element>): string[] {
  const blocks: string[] = [];
  let buffer: string[] = [];
  const flush = (): void => {
    const text = collapseSpaces(buffer.join(''));
    if (text) blocks.push(text);
    buffer = [];
  };
  walk(
    root,
    (node) => {
      if (isTag(node)) {
        if (skip.has(node) || NON_CONTENT_TAGS.has(node.name)) return false;
        if (node.name === 'br') buffer.push('\n');
        else if (BLOCK_TAGS.has(node.name) && node.name !== 'td' && node.name !== 'th') flush();
        else if (node.name === 'td' || node.name === 'th') buffer.push(' ');
        if (isLinkList(node)) return false;
      } else if (isText(node)) {
        buffer.push(node.data);
      }
      return true;
    },
    (node) => {
      if (isTag(node) && BLOCK_TAGS.has(node.name) && node.name !== 'td' && node.name !== 'th') flush();
    },
  );
  flush();
  return blocks;
}

/** A list or paragraph made mostly of links: "related stories", tag clouds, share rows. */
function isLinkList(element: Element): boolean {
  if (!['ul', 'ol', 'p', 'div', 'li', 'dl'].includes(element.name)) return false;
  const length = textOf(element).length;
  if (length === 0) return false;
  const density = linkTextLength(element) / length;
  return density > MAX_BLOCK_LINK_DENSITY || (length < SHORT_BLOCK_CHARS && density > MAX_SHORT_BLOCK_LINK_DENSITY && element.name !== 'p');
}

function hintWeight(element: Element): number {
  const hints = classAndId(element);
  let weight = 0;
  if (CONTENT_HINT.test(hints)) weight += CONTENT_HINT_WEIGHT;
  if (UNLIKELY_HINT.test(hints)) weight += UNLIKELY_HINT_WEIGHT;
  return weight;
}

/** Scores containers by the paragraphs they hold; returns the best one with its score map. */
function scoreContainers(root: AnyNode, furniture: Set<Element>): { best: Element | null; scores: Map<Element, number> } {
  const raw = new Map<Element, number>();
  walk(root, (node) => {
    if (!isTag(node)) return true;
    if (furniture.has(node)) return false;
    if (node.name !== 'p' && node.name !== 'pre' && !(node.name === 'div' && hasDirectText(node))) return true;
    const text = textOf(node);
    if (text.length < MIN_SCORED_PARAGRAPH_CHARS) return node.name === 'div';
    const points = 1 + (text.match(/[,，、]/g)?.length ?? 0) + Math.min(Math.floor(text.length / 100), MAX_LENGTH_POINTS);
    let ancestor = node.parent;
    for (let level = 0; level < 3 && ancestor && isTag(ancestor); level++) {
      const share = level === 0 ? 1 : level === 1 ? 0.5 : 1 / (level * 3);
      raw.set(ancestor, (raw.get(ancestor) ?? 0) + points * share);
      ancestor = ancestor.parent;
    }
    return node.name === 'div';
  });
  const scores = new Map<Element, number>();
  let best: Element | null = null;
  let bestScore = -Infinity;
  for (const [element, score] of raw) {
    const length = textOf(element).length;
    const linkDensity = length > 0 ? linkTextLength(element) / length : 0;
    const final = (score + hintWeight(element)) * (1 - linkDensity);
    scores.set(element, final);
    if (final > bestScore) {
      bestScore = final;
      best = element;
    }
  }
  return { best, scores };
}

function hasDirectText(element: Element): boolean {
  return element.children.some((child) => isText(child) && child.data.trim().length >= MIN_SCORED_PARAGRAPH_CHARS);
}

/** The best container plus the siblings that belong with it. */
function gatherArticle(best: Element, scores: Map<Element, number>): AnyNode[] {
  const parent = best.parent;
  if (!parent) return [best];
  const bestScore = scores.get(best) ?? 0;
  const threshold = Math.max(SIBLING_MIN_SCORE, bestScore * SIBLING_SCORE_SHARE);
  return parent.children.filter((sibling) => {
    if (sibling === best) return true;
    if (!isTag(sibling)) return false;
    if ((scores.get(sibling) ?? 0) >= threshold) return true;
    if (sibling.name !== 'p') return false;
    const text = textOf(sibling);
    const density = text.length > 0 ? linkTextLength(sibling) / text.length : 1;
    return (text.length > SHORT_BLOCK_CHARS && density < MAX_SHORT_BLOCK_LINK_DENSITY) || (density === 0 && /[.!?]["”’]?$/.test(text));
  });
}

function totalLength(paragraphs: string[]): number {
  return paragraphs.reduce((sum, p) => sum + p.length, 0);
}

/** Extracts the article body of the page loaded in `$`, trying the strategies in order. */
export function extractBody($: CheerioAPI): BodyResult {
  const root = $('body').get(0) ?? $.root().get(0);
  if (!root) return { paragraphs: [], strategy: 'empty' };
  const furniture = findFurniture(root);

  const { best, scores } = scoreContainers(root, furniture);
  if (best) {
    const paragraphs = gatherArticle(best, scores).flatMap((node) => collectBlocks(node, furniture));
    if (totalLength(paragraphs) >= MIN_BODY_CHARS) return { paragraphs, strategy: 'scored-container' };
  }

  const pElements: Element[] = [];
  walk(root, (node) => {
    if (isTag(node)) {
      if (furniture.has(node)) return false;
      if (node.name === 'p') {
        pElements.push(node);
        return false;
      }
    }
    return true;
  });
  const paragraphs = pElements.map((p) => textOf(p)).filter((text) => text.length > 0);
  if (totalLength(paragraphs) >= MIN_BODY_CHARS) return { paragraphs, strategy: 'paragraphs' };

  const everything = collectBlocks(root, new Set());
  if (everything.length > 0) return { paragraphs: everything, strategy: 'body-text' };
  return { paragraphs: [], strategy: 'empty' };
}
