/**
 * HTML or plain text? Decided from the content first when it is unmistakable, then from the
 * file name, then from weaker signs in the content.
 */

export type DocumentFormat = 'html' | 'text';

/** A document that opens (after whitespace and comments) with a doctype or one of these elements is HTML whatever its name. */
const STRONG_HTML_START = /^<(?:!doctype\s+html|html|head|body)\b/i;

/** A document that opens (after whitespace and comments) with one of these tags is HTML (a fragment, or a page saved without its head). */
const HTML_TAG_START = /^<\/?(?:p|div|article|section|main|span|a|h[1-6]|ul|ol|li|table|title|meta|link|header|nav|figure|blockquote|br|img|script|style)\b[^<>]*>/i;

/** Closing tags of common block elements: plain text almost never holds them. */
const HTML_BLOCK_TAG = /<\/(?:p|div|article|section|span|a|h[1-6]|li|ul|table|title|body|html)\s*>|<(?:br|meta|link)\b[^>]*>/i;

/** How much of the text the weak check reads. */
const SNIFF_CHARS = 8192;

/** Decides the format of `text`; `name` is a file name or URL whose extension may tell. */
export function detectFormat(text: string, name?: string | null): DocumentFormat {
  const head = text.slice(0, SNIFF_CHARS);
  const opening = head.slice(markupStart(head));
  if (STRONG_HTML_START.test(opening)) return 'html';
  const extension = name ? /\.([a-z0-9]+)(?:[?#].*)?$/i.exec(name)?.[1]?.toLowerCase() : undefined;
  if (extension === 'html' || extension === 'htm' || extension === 'xhtml') return 'html';
  if (extension === 'txt' || extension === 'md' || extension === 'text') return 'text';
  if (HTML_TAG_START.test(opening)) return 'html';
  return head.trimStart().startsWith('<') && HTML_BLOCK_TAG.test(head) ? 'html' : 'text';
}

/**
 * Where `head` starts after leading whitespace and comments. Found by hand: as one regex,
 * `(?:\s|<!--[\s\S]*?-->)*` backtracks exponentially on a run of comments that fails to match.
 */
function markupStart(head: string): number {
  let at = 0;
  for (;;) {
    while (at < head.length && /\s/.test(head[at]!)) at++;
    if (!head.startsWith('<!--', at)) return at;
    const end = head.indexOf('-->', at + 4);
    if (end < 0) return at;
    at = end + 3;
  }
}
