/**
 * The article body of an HTML page: a content-scoring extractor with a recorded fallback cascade.
 *
 * The page is linearized once into text blocks (`blocks.ts`). Then, per strategy:
 *
 * 1. `scored-container`: prose blocks score the elements above them (length, commas, decayed by
 *    distance); scores are weighed by tag, class/id hints and link density. The best container
 *    is widened when it is one of several chunks of a split article body, then joined by the
 *    siblings that belong with it. Its blocks are filtered: furniture by markup (class/id and
 *    tag hints), teaser cards, link lists, captions and credits, bylines and date lines, prompts,
 *    and everything after a "Related stories" / "Comments" marker.
 * 2. `scored-container-relaxed`: the same with class/id hints ignored (comment threads aside),
 *    when 1 yields too little (a site that gives its article container a furniture-like class).
 * 3. `paragraphs`: every prose paragraph of the page outside navigation, footers and comments.
 * 4. `body-text`: every visible text block of the page.
 */
import type { CheerioAPI } from 'cheerio/slim';
import { type TextVerdict, aboutName, isEndMarker, judgeText } from './boilerplate.js';
import { type Block, FURNITURE_DISCUSSION, FURNITURE_RELATED, FURNITURE_STRONG, FURNITURE_TAG, FURNITURE_WEAK, type Linearized, linearize } from './blocks.js';
import { type AnyNode, type Element, firstElement, isTag, wrapChildren } from './dom.js';
import { comparisonKey } from '../strings.js';

export type BodyStrategy = 'scored-container' | 'scored-container-relaxed' | 'paragraphs' | 'body-text' | 'empty';

/**
 * How far the body can be trusted: `high` when the first strategy that found enough text found a
 * plausible article, `medium` when a later strategy had to, `low` when every strategy's body looks
 * like something else (an author bio, a list of links) and the first was kept.
 */
export type BodyConfidence = 'high' | 'medium' | 'low';

export interface BodyResult {
  paragraphs: string[];
  /** The blocks the paragraphs come from, one per paragraph, in order (their kind and level). */
  blocks: Block[];
  strategy: BodyStrategy;
  confidence: BodyConfidence;
  /** What a `low` body looks like instead of an article ("an author bio"). */
  doubt?: string;
}

export interface BodyOptions {
  /** The article's headline, when known: a block repeating it is not body text. */
  title?: string | null;
}

/** A block shorter than this (weighted characters) adds nothing to a container's score. */
const MIN_SCORED_BLOCK = 25;
/** Score per 100 characters of a block, capped at this many hundreds (long blocks are not worth more). */
const MAX_LENGTH_POINTS = 3;
/** Blocks with more of their text in links than this do not score (teaser lists, link rows). */
const MAX_SCORED_LINK_DENSITY = 0.35;
/** Share of a block's points given to its container, the one above, and further up. */
const LEVEL_SHARES = [1, 1 / 2, 1 / 6];
/** Class/id hint weights on a container's score. */
const CONTENT_HINT_WEIGHT = 25;
const FURNITURE_HINT_WEIGHT = -25;
/** A prose block: at least this long … */
const PROSE_MIN_LENGTH = 80;
/** … and links make up at most this share of it. */
const PROSE_MAX_LINK_DENSITY = 0.3;
/** Candidates scoring at least this share of the best count as alternatives (chunks of one body). */
const ALTERNATIVE_SHARE = 0.75;
/** How many top candidates are compared with the best … */
const TOP_CANDIDATES = 5;
/** … and how many alternatives a common ancestor must hold to replace the best. */
const MIN_ALTERNATIVES = 2;
/** The best container climbs to its parent while the parent adds less than this share of text. */
const ONLY_CHILD_SLACK = 0.1;
/** A sibling of the chosen container is kept when it scores at least this share of it … */
const SIBLING_SCORE_SHARE = 0.2;
/** … or at least this much in absolute terms. */
const SIBLING_MIN_SCORE = 10;
/** A sibling shares the best container's class: a lower bar (same template, next chunk). */
const SAME_CLASS_BONUS_SHARE = 0.2;
/** A result shorter than this (weighted characters) falls through to the next strategy. */
const MIN_BODY_LENGTH = 250;
/** A nested article with less prose than this share of the main one is a teaser card. */
const TEASER_MAX_SHARE = 0.5;
/** A block whose text is mostly links is dropped from the body … */
const MAX_BLOCK_LINK_DENSITY = 0.5;
/** … and a short one (list item, label) from this share on. */
const MAX_SHORT_BLOCK_LINK_DENSITY = 0.25;
const SHORT_BLOCK_LENGTH = 80;

/** Scores by tag, as a base added before weighing (containers of prose vs. lists and headings). */
const TAG_BASE: Record<string, number> = {
  div: 5, article: 10, main: 5, section: 3, td: 3, pre: 3, blockquote: 3,
  ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3, address: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5,
};

/** Which furniture flags a strategy drops. */
const STRICT_MASK = FURNITURE_TAG | FURNITURE_STRONG | FURNITURE_WEAK | FURNITURE_DISCUSSION;
const RELAXED_MASK = FURNITURE_TAG | FURNITURE_DISCUSSION;

const CONTENT_WORDS = /(?:^|[\s_-])(?:article|body|content|entry|main|post|story|text|prose)/i;
const FURNITURE_WORDS = /(?:^|[\s_-])(?:comment|sidebar|rail|related|footer|header|nav|menu|widget|promo|share|social|teaser|card|ad|ads)(?:$|[\s_-])/i;

function classHintWeight(element: Element): number {
  const hints = `${element.attribs['class'] ?? ''} ${element.attribs['id'] ?? ''}`;
  let weight = 0;
  if (CONTENT_WORDS.test(hints)) weight += CONTENT_HINT_WEIGHT;
  if (FURNITURE_WORDS.test(hints)) weight += FURNITURE_HINT_WEIGHT;
  if (element.attribs['itemprop'] === 'articleBody') weight += CONTENT_HINT_WEIGHT;
  return weight;
}

/** What the block's text says it is (see `judgeText`), computed once per block. */
function verdictOf(block: Block): TextVerdict {
  if (block.verdict === undefined) {
    const verdict = judgeText(block.text, block.kind === 'heading');
    // A row of a data table that reads like a date line ("Monday 12") is a row of a schedule or a results table.
    block.verdict = verdict === 'date' && block.kind === 'row' ? null : verdict;
  }
  return block.verdict;
}

function linkDensity(block: Block): number {
  return block.length > 0 ? block.linkLength / block.length : 0;
}

/** A paragraph can link most of its words and still be a sentence: some words of its own, and a full stop. */
const MIN_UNLINKED_SENTENCE_LENGTH = 20;

function isLinkedSentence(block: Block): boolean {
  return block.kind === 'text' && block.length - block.linkLength >= MIN_UNLINKED_SENTENCE_LENGTH && /[.!?。！？]["”’»)]?$/.test(block.text);
}

function isProse(block: Block): boolean {
  return (block.kind === 'text' || block.kind === 'quote') && block.length >= PROSE_MIN_LENGTH && linkDensity(block) <= PROSE_MAX_LINK_DENSITY;
}

/** Prefix sums of length and link length over the blocks a strategy keeps. */
interface Sums { length: Float64Array; link: Float64Array }

function prefixSums(blocks: Block[], mask: number): Sums {
  const length = new Float64Array(blocks.length + 1);
  const link = new Float64Array(blocks.length + 1);
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const kept = (block.furniture & mask) === 0;
    length[i + 1] = length[i]! + (kept ? block.length : 0);
    link[i + 1] = link[i]! + (kept ? block.linkLength : 0);
  }
  return { length, link };
}

/** Container-like elements score themselves for the text they hold directly (old `<td>`/`<div>` layouts with `<br>`). */
function holdsBlocks(element: Element): boolean {
  return element.children.some((child) => isTag(child) && child.name !== 'br' && (child.name === 'p' || child.name === 'div' || child.name === 'table' || child.name === 'section'));
}

interface Selection { nodes: Element[] }

/** Picks the article's container(s) for one strategy; null when the page has no prose to score. */
function selectContainer(page: Linearized, mask: number, sums: Sums): Selection | null {
  const { blocks, ranges } = page;
  const raw = new Map<Element, number>();
  for (const block of blocks) {
    if ((block.furniture & mask) !== 0 || block.length < MIN_SCORED_BLOCK) continue;
    if (block.kind !== 'text' && block.kind !== 'quote' && block.kind !== 'pre') continue;
    if (linkDensity(block) > MAX_SCORED_LINK_DENSITY) continue;
    // Captions, credits, consent notices score nothing, however many commas they have.
    if (verdictOf(block) !== null) continue;
    const commas = block.text.match(/[,，、]/g)?.length ?? 0;
    const points = 1 + commas + Math.min(Math.floor(block.length / 100), MAX_LENGTH_POINTS);
    let container: AnyNode | null = holdsBlocks(block.owner) ? block.owner : block.owner.parent;
    for (const share of LEVEL_SHARES) {
      if (!container || !isTag(container)) break;
      raw.set(container, (raw.get(container) ?? 0) + points * share);
      container = container.parent;
    }
  }
  if (raw.size === 0) return null;

  const density = (element: Element): number => {
    const range = ranges.get(element);
    if (!range) return 0;
    const length = sums.length[range[1]]! - sums.length[range[0]]!;
    return length > 0 ? (sums.link[range[1]]! - sums.link[range[0]]!) / length : 0;
  };
  const masked = (element: Element): number => {
    const range = ranges.get(element);
    return range ? sums.length[range[1]]! - sums.length[range[0]]! : 0;
  };

  const scores = new Map<Element, number>();
  for (const [element, score] of raw) {
    const base = TAG_BASE[element.name] ?? 0;
    scores.set(element, (score + base + classHintWeight(element)) * (1 - density(element)));
  }
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  let best = ranked[0]![0];
  const bestScore = ranked[0]![1];

  // A body split into chunks (one <div> per few paragraphs) scores several similar candidates:
  // their common ancestor is the article.
  const alternatives = ranked
    .slice(1, TOP_CANDIDATES)
    .filter(([element, score]) => score >= bestScore * ALTERNATIVE_SHARE && !contains(element, best) && !contains(best, element))
    .map(([element]) => element);
  if (alternatives.length >= MIN_ALTERNATIVES) {
    for (let ancestor = best.parent; ancestor && isTag(ancestor) && ancestor.name !== 'body'; ancestor = ancestor.parent) {
      const held = alternatives.filter((alternative) => contains(ancestor!, alternative)).length;
      if (held >= MIN_ALTERNATIVES) {
        best = ancestor;
        break;
      }
    }
  }

  // A container that is its parent's only content stands for the parent when looking for
  // siblings (the next chunk of a split body sits beside the wrapper, not beside the container).
  const bestLength = masked(best);
  let anchor = best;
  while (anchor.parent && isTag(anchor.parent) && anchor.parent.name !== 'body' && anchor.parent.name !== 'html'
    && masked(anchor.parent) <= bestLength * (1 + ONLY_CHILD_SLACK)) {
    anchor = anchor.parent;
  }

  const topScore = Math.max(scores.get(anchor) ?? 0, bestScore);
  const threshold = Math.max(SIBLING_MIN_SCORE, topScore * SIBLING_SCORE_SHARE);
  const parent = anchor.parent;
  if (!parent || !isTag(parent)) return { nodes: [best] };
  const bestRange = ranges.get(best);
  const storyHasPlainHeadline = bestRange !== undefined && !hasLinkedHeadline(blocks, bestRange);
  // Siblings: kept (k), left out (-), or undecided (?) until we know whether kept ones surround them.
  const verdicts: Array<[Element, 'k' | '-' | '?']> = [];
  let afterAnchor = false;
  for (const sibling of parent.children) {
    if (!isTag(sibling)) continue;
    if (sibling === anchor) {
      verdicts.push([best, 'k']);
      afterAnchor = true;
      continue;
    }
    const range = ranges.get(sibling);
    // A "Related stories" heading after the article: what follows it is not the article.
    if (afterAnchor && range && range[1] > range[0] && isEndMarker(blocks[range[0]]!.text)) break;
    if (!range || masked(sibling) === 0) continue;
    // A teaser card beside the story (its headline links to another page) is not a chunk of it.
    if (storyHasPlainHeadline && isCard(blocks, range)) {
      verdicts.push([sibling, '-']);
      continue;
    }
    let score = scores.get(sibling) ?? 0;
    if (sibling.attribs['class'] && sibling.attribs['class'] === anchor.attribs['class']) score += topScore * SAME_CLASS_BONUS_SHARE;
    const siblingDensity = density(sibling);
    if (score >= threshold && siblingDensity < PROSE_MAX_LINK_DENSITY) {
      verdicts.push([sibling, 'k']);
      continue;
    }
    // A lone paragraph next to the container: keep it when it reads as prose.
    if (range[1] - range[0] === 1) {
      const block = blocks[range[0]]!;
      if ((block.furniture & mask) === 0 && isProse(block) && /[.!?。！？]["”’»]?$/.test(block.text)) {
        verdicts.push([sibling, 'k']);
        continue;
      }
    }
    verdicts.push([sibling, siblingDensity < PROSE_MAX_LINK_DENSITY ? '?' : '-']);
  }
  // Text sandwiched between kept parts of the article (a one-line paragraph, an embed) belongs to it.
  const firstKept = verdicts.findIndex(([, v]) => v === 'k');
  let lastKept = -1;
  for (let i = verdicts.length - 1; i >= 0; i--) {
    if (verdicts[i]![1] === 'k') {
      lastKept = i;
      break;
    }
  }
  const nodes = verdicts.filter(([, v], i) => v === 'k' || (v === '?' && i > firstKept && i < lastKept)).map(([element]) => element);
  return { nodes };
}

function contains(ancestor: AnyNode, node: AnyNode): boolean {
  for (let current: AnyNode | null = node; current; current = current.parent) if (current === ancestor) return true;
  return false;
}


/** The blocks of the selected containers that are article text, in document order. */
function articleBlocks(page: Linearized, selection: Selection, mask: number, options: BodyOptions): Block[] {
  const candidates: Block[] = [];
  for (const node of selection.nodes) {
    const range = page.ranges.get(node);
    if (!range) continue;
    for (let i = range[0]; i < range[1]; i++) candidates.push(page.blocks[i]!);
  }
  const teaser = teaserFilter(candidates, selection.nodes);
  const title = options.title ? comparisonKey(options.title) : null;

  const kept: Block[] = [];
  // Where the article's prose sits, by the tag and class of the paragraphs' container: prose after
  // a "Related" marker in such a container means the article goes on after a mid-article box.
  const proseHomes = new Set<string>();
  for (let i = 0; i < candidates.length; i++) {
    const block = candidates[i]!;
    const endsArticle = (): boolean => proseHomes.size > 0 && !articleGoesOn(candidates, i + 1, mask, proseHomes);
    if ((block.furniture & mask) !== 0) {
      // A "Related stories" heading (by its words or by its class) ends the article, furniture class or not.
      if (block.kind === 'heading' && (isEndMarker(block.text) || (block.furniture & FURNITURE_RELATED) !== 0) && endsArticle()) break;
      continue;
    }
    if (teaser(block) || block.kind === 'caption' || isLinkFurniture(block)) continue;
    if (title && kept.length === 0 && comparisonKey(block.text) === title) continue;
    if (proseHomes.size > 0 && opensBoilerplate(candidates, i, mask, kept)) break;
    const verdict = verdictOf(block);
    if (verdict === 'end' && endsArticle()) break;
    if (verdict !== null) continue;
    if (isProse(block)) proseHomes.add(homeOf(block));
    kept.push(block);
  }
  // A heading with no text after it introduces furniture that was dropped.
  while (kept.length > 0 && kept[kept.length - 1]!.kind === 'heading') kept.pop();
  return kept;
}

/** The boilerplate after a press release is at most this share of the text before it. */
const MAX_BOILERPLATE_SHARE = 0.6;

/**
 * True when the block at `i` opens a press release's closing boilerplate: an "About <Name>" line
 * after a thematic break (`<hr>`), or followed by a paragraph that starts with the name ("Harbor
 * Robotics is a maker of …"); and what follows is short beside the article (the end of it).
 */
function opensBoilerplate(candidates: Block[], i: number, mask: number, kept: Block[]): boolean {
  const block = candidates[i]!;
  if (block.kind !== 'text' && block.kind !== 'heading') return false;
  const name = aboutName(block.text);
  if (name === null) return false;
  let next: Block | undefined;
  let tail = 0;
  for (let j = i; j < candidates.length; j++) {
    const candidate = candidates[j]!;
    if ((candidate.furniture & mask) !== 0) continue;
    if (j > i && next === undefined) next = candidate;
    tail += candidate.length;
  }
  if (!block.afterRule && !(next && startsWithName(next.text, name))) return false;
  return tail <= totalLength(kept) * MAX_BOILERPLATE_SHARE;
}

/** Words of a name compared with the start of the next paragraph. */
const NAME_PREFIX_WORDS = 2;

/** True when `text` starts with the first words of `name` ("Harbor Robotics, Inc. is …" for "Harbor Robotics Inc."). */
function startsWithName(text: string, name: string): boolean {
  const words = (value: string): string[] => value.toLowerCase().replace(/^the\s+/, '').match(/[\p{L}\p{N}&]+/gu) ?? [];
  const prefix = words(name).slice(0, NAME_PREFIX_WORDS);
  const start = words(text).slice(0, prefix.length);
  return prefix.length > 0 && prefix.every((word, k) => word === start[k]);
}

/** Link lists, tag clouds, "more" rows: blocks made mostly of links, unless they are a quoted post or a sentence. */
function isLinkFurniture(block: Block): boolean {
  if (block.kind === 'quote' || isLinkedSentence(block)) return false;
  const density = linkDensity(block);
  return density > MAX_BLOCK_LINK_DENSITY || (block.length < SHORT_BLOCK_LENGTH && density > MAX_SHORT_BLOCK_LINK_DENSITY && block.kind !== 'text');
}

/** The tag and class of the element that holds a paragraph: one template's paragraphs share it. */
function homeOf(block: Block): string {
  const home = holdsBlocks(block.owner) || !block.owner.parent || !isTag(block.owner.parent) ? block.owner : block.owner.parent;
  return `${home.name}.${home.attribs['class'] ?? ''}`;
}

/** True when prose follows in one of the article's paragraph containers (the marker opened a box inside the article). */
function articleGoesOn(candidates: Block[], from: number, mask: number, homes: Set<string>): boolean {
  for (let j = from; j < candidates.length; j++) {
    const next = candidates[j]!;
    if ((next.furniture & mask) === 0 && isProse(next) && homes.has(homeOf(next))) return true;
  }
  return false;
}

/** A heading with at least this share of its text in a link is a linked headline. */
const LINKED_HEADLINE_SHARE = 0.8;
/** A nested article with a linked headline and at most this many prose paragraphs is a teaser card, however long. */
const TEASER_MAX_PROSE_BLOCKS = 2;
/** Nodes looked at for a heading's link. */
const MAX_HEADLINE_NODES = 50;

/** True for a heading that is a link to another page (a teaser card's headline), not to a place on this one. */
function isLinkedHeadline(block: Block): boolean {
  if (block.kind !== 'heading' || block.linkLength < block.length * LINKED_HEADLINE_SHARE) return false;
  // The link is the heading's own, or the heading sits inside it.
  for (let node: AnyNode | null = block.owner; node && isTag(node); node = node.parent) {
    if (node.name === 'a') return linksAway(node);
    if (node === block.article) break;
  }
  const stack: AnyNode[] = [...block.owner.children];
  let budget = MAX_HEADLINE_NODES;
  while (stack.length > 0 && --budget >= 0) {
    const node = stack.pop()!;
    if (!isTag(node)) continue;
    if (node.name === 'a') return linksAway(node);
    stack.push(...node.children);
  }
  return false;
}

function hasLinkedHeadline(blocks: Block[], [start, end]: [number, number]): boolean {
  for (let i = start; i < end; i++) if (blocks[i]!.kind === 'heading' && isLinkedHeadline(blocks[i]!)) return true;
  return false;
}

/** A teaser card: a linked headline and at most a paragraph or two of prose. */
function isCard(blocks: Block[], range: [number, number]): boolean {
  let prose = 0;
  for (let i = range[0]; i < range[1]; i++) if (isProse(blocks[i]!) && ++prose > TEASER_MAX_PROSE_BLOCKS) return false;
  return hasLinkedHeadline(blocks, range);
}

function linksAway(link: Element): boolean {
  const href = link.attribs['href']?.trim() ?? '';
  return href !== '' && !href.startsWith('#') && !/^javascript:/i.test(href);
}

/**
 * Teaser cards are often `<article>`s too. When the selection holds several articles, the one
 * with the most prose is the story and the others are teasers; when more prose sits outside any
 * nested article than in the biggest one, every nested article is a teaser. Articles nearly as
 * long as the story are posts of a live blog or a digest and stay, unless their headline links
 * to another page and they hold a paragraph or two (a card whose blurb is long), while the
 * story's own headline is no link.
 */
function teaserFilter(candidates: Block[], nodes: Element[]): (block: Block) => boolean {
  const nestedArticle = (block: Block): Element | null => {
    const article = block.article;
    if (!article) return null;
    return nodes.some((node) => node !== article && contains(node, article)) ? article : null;
  };
  const prose = new Map<Element | null, number>();
  const proseBlocks = new Map<Element | null, number>();
  const linkedHeadline = new Set<Element | null>();
  for (const block of candidates) {
    if (isProse(block)) {
      const article = nestedArticle(block);
      prose.set(article, (prose.get(article) ?? 0) + block.length);
      proseBlocks.set(article, (proseBlocks.get(article) ?? 0) + 1);
    } else if (block.kind === 'heading' && block.article && isLinkedHeadline(block)) {
      linkedHeadline.add(nestedArticle(block));
    }
  }
  if (prose.size <= 1 && !prose.has(null)) return () => false;
  let main: Element | null = null;
  let mainProse = prose.get(null) ?? 0;
  for (const [article, length] of prose) {
    if (article && length > mainProse) {
      main = article;
      mainProse = length;
    }
  }
  const cards = !linkedHeadline.has(main);
  const teasers = new Set<Element>();
  for (const [article, length] of prose) {
    if (!article || article === main) continue;
    if (length < mainProse * TEASER_MAX_SHARE) teasers.add(article);
    else if (cards && linkedHeadline.has(article) && (proseBlocks.get(article) ?? 0) <= TEASER_MAX_PROSE_BLOCKS) teasers.add(article);
  }
  return (block) => {
    const article = nestedArticle(block);
    return article !== null && article !== main && (teasers.has(article) || !prose.has(article));
  };
}

function totalLength(blocks: Block[]): number {
  let total = 0;
  for (const block of blocks) total += block.length;
  return total;
}

/** Extracts the article body of the page loaded in `$`, trying the strategies in order. */
export function extractBody($: CheerioAPI, options: BodyOptions = {}): BodyResult {
  // A fragment without <body> (an NDJSON record's snippet) is wrapped in one, so that its text,
  // even text outside any element, has an element to belong to.
  const page = $.root().get(0)!;
  const root = firstElement(page, 'body') ?? wrapChildren(page, 'body');
  return bodyFromBlocks(linearize(root), options);
}

/** Runs the strategy cascade over a linearized page. */
export function bodyFromBlocks(page: Linearized, options: BodyOptions = {}): BodyResult {
  // Each strategy in turn offers a body long enough to be one; the first that also reads like an
  // article wins. A body that reads like an author bio or a list of links gives way to the next.
  const offers: Offer[] = [];
  const attempts: Array<[BodyStrategy, number]> = [['scored-container', STRICT_MASK], ['scored-container-relaxed', RELAXED_MASK]];
  for (const [strategy, mask] of attempts) {
    const sums = prefixSums(page.blocks, mask);
    const selection = selectContainer(page, mask, sums);
    if (!selection) continue;
    const blocks = articleBlocks(page, selection, mask, options);
    if (totalLength(blocks) >= MIN_BODY_LENGTH && offer(offers, blocks, strategy)) return chosen(offers);
  }

  const paragraphs = page.blocks.filter((b) => (b.furniture & RELAXED_MASK) === 0 && isProse(b) && verdictOf(b) === null);
  if (totalLength(paragraphs) >= MIN_BODY_LENGTH && offer(offers, paragraphs, 'paragraphs')) return chosen(offers);

  const everything = page.blocks.filter((b) => verdictOf(b) !== 'ui');
  if (everything.length > 0 && offer(offers, everything, 'body-text')) return chosen(offers);
  const [first] = offers;
  if (first) return { ...result(first.blocks, first.strategy), confidence: 'low', doubt: first.doubt! };
  return { paragraphs: [], blocks: [], strategy: 'empty', confidence: 'low' };
}

/** A strategy's body, with what it looks like instead of an article (null when it reads like one). */
interface Offer {
  blocks: Block[];
  strategy: BodyStrategy;
  doubt: string | null;
}

/** Records a strategy's body; true when it reads like an article (and so is the one to keep). */
function offer(offers: Offer[], blocks: Block[], strategy: BodyStrategy): boolean {
  const doubt = doubtOf(blocks);
  offers.push({ blocks, strategy, doubt });
  return doubt === null;
}

/** The last body offered, which reads like an article: trusted fully when no other came before it. */
function chosen(offers: Offer[]): BodyResult {
  const last = offers[offers.length - 1]!;
  return { ...result(last.blocks, last.strategy), confidence: offers.length === 1 ? 'high' : 'medium' };
}

/** A short body that describes its writer ("Jane Doe is a reporter who covers …"). */
const BIO = /\b(?:is|was) an? (?:[\w-]+ ){0,4}(?:writer|reporter|journalist|correspondent|editor|columnist|contributor|author|freelancer|blogger|producer|photographer)\b|\b(?:covers|has written for|has reported (?:on|for|from)|her work has appeared|his work has appeared)\b/i;
/** A body this short can be a bio; a longer one is an article that mentions its writer. */
const MAX_BIO_WORDS = 120;
/** A list of links: at least this many blocks … */
const MIN_LINK_LIST_BLOCKS = 5;
/** … this share of which are mostly link text. */
const LINK_LIST_SHARE = 0.6;

/** The end of a teaser: an excerpt cut off, or a link to the rest ("… [Read more]", "Continue reading →"). */
const TEASER_END = /(?:…|\.\.\.|\[…\]|\[\.\.\.\]|\b(?:read more|continue reading|read the full (?:story|article|post)|keep reading|more »)\W{0,4})$/i;
/** A list of teasers: at least this many blocks end like one … */
const MIN_TEASERS = 3;
/** … and they are at least this share of the blocks. */
const TEASER_SHARE = 0.4;

/** What `blocks` look like instead of an article body, or null when they read like one. */
function doubtOf(blocks: Block[]): string | null {
  let words = 0;
  for (const block of blocks) words += block.text.split(/\s+/).length;
  if (words <= MAX_BIO_WORDS && blocks.some((block) => BIO.test(block.text))) return 'an author bio';
  const links = blocks.filter((block) => block.linkLength >= block.length / 2).length;
  if (blocks.length >= MIN_LINK_LIST_BLOCKS && links >= blocks.length * LINK_LIST_SHARE) return 'a list of links to other stories';
  const teasers = blocks.filter((block) => TEASER_END.test(block.text.trimEnd())).length;
  if (teasers >= MIN_TEASERS && teasers >= blocks.length * TEASER_SHARE) return 'a list of teasers for other posts';
  return null;
}

function result(blocks: Block[], strategy: BodyStrategy): Omit<BodyResult, 'confidence'> {
  return { paragraphs: blocks.map((b) => b.text), blocks, strategy };
}
