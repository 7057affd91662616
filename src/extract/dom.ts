/**
 * Small, iterative helpers over domhandler trees (what cheerio's htmlparser2 mode builds).
 * No recursion: a page nested ten thousand levels deep must not overflow the stack.
 */
import { type AnyNode, type Element, type ParentNode, isTag, isText, hasChildren } from 'domhandler';
import { htmlParser } from './parse.js';
import { replaceEvery } from '../strings.js';

/** Elements whose content is never article text. */
export const NON_CONTENT_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas',
  'video', 'audio', 'select', 'option', 'textarea', 'input', 'button', 'head', 'title', 'meta', 'link',
]);

/** Elements that start a new block (paragraph) of text. */
export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'html', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td',
  'tfoot', 'th', 'thead', 'tr', 'ul', 'caption',
]);

/**
 * Moves every child of `parent` into a new `tag` element, its only child, and returns it. Done on
 * the tree directly: cheerio's `wrapAll` takes time quadratic in the number of children.
 */
export function wrapChildren(parent: ParentNode, tag: string): Element {
  // The parser's own element class: a second copy of domhandler would make a foreign node.
  const wrapper = new (htmlParser().Element)(tag, {}, parent.children);
  for (const child of parent.children) child.parent = wrapper;
  wrapper.parent = parent;
  parent.children = [wrapper];
  return wrapper;
}

/** Visits `root` and its descendants in document order; `enter` returning false skips a subtree. */
export function walk(root: AnyNode, enter: (node: AnyNode) => boolean | void, leave?: (node: AnyNode) => void): void {
  type Frame = { node: AnyNode; leaving: boolean };
  const stack: Frame[] = [{ node: root, leaving: false }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if (frame.leaving) {
      leave?.(frame.node);
      continue;
    }
    if (enter(frame.node) === false) continue;
    if (leave) stack.push({ node: frame.node, leaving: true });
    if (hasChildren(frame.node)) {
      const children = frame.node.children;
      for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, leaving: false });
    }
  }
}

/**
 * The first `tag` element under `root` in document order, or null. A walk rather than `$(tag)`:
 * cheerio's selector engine takes time quadratic in the number of top-level nodes.
 */
export function firstElement(root: AnyNode, tag: string): Element | null {
  let found: Element | null = null;
  walk(root, (node) => {
    if (found) return false;
    if (isTag(node) && node.name === tag) found = node;
    return found === null;
  });
  return found;
}

const SPACE_RUN = /[\s\u00a0\u200b\ufeff]+/g;

/** Collapses runs of whitespace (including non-breaking spaces) into one space and trims. */
export function collapseSpaces(text: string): string {
  return replaceEvery(text, SPACE_RUN, ' ').trim();
}

/** The visible text of `node`, whitespace collapsed, skipping non-content elements. */
export function textOf(node: AnyNode): string {
  const parts: string[] = [];
  walk(node, (n) => {
    if (isTag(n) && NON_CONTENT_TAGS.has(n.name)) return false;
    if (isText(n)) parts.push(n.data);
    else if (isTag(n) && (n.name === 'br' || BLOCK_TAGS.has(n.name))) parts.push(' ');
    return true;
  });
  return collapseSpaces(parts.join(''));
}

export { isTag, isText, hasChildren };
export type { AnyNode, Element };
