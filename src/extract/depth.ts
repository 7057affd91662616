/**
 * A cap on element nesting, applied before parsing. htmlparser2 keeps its open elements in an
 * array it shifts at every tag, so a page nested 100,000 levels deep takes quadratic time to
 * parse (15 s here), and every later walk pays for the depth again. Real pages nest a few dozen
 * levels; past `MAX_DEPTH`, opening tags (and the closing tags that match them) are dropped, and
 * the text inside is kept.
 */

/** Deepest nesting kept. Real pages stay far below it; the fuzz tests go past it. */
export const MAX_DEPTH = 1000;

/** Elements that never hold content, so they never deepen the tree. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements whose content is raw text: tags inside them are not tags. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript']);

function tagName(html: string, from: number): { name: string; end: number } {
  let end = from;
  while (end < html.length) {
    const code = html.charCodeAt(end);
    // Letters, digits, '-', ':' make up tag names.
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 45 || code === 58) end++;
    else break;
  }
  return { name: html.slice(from, end).toLowerCase(), end };
}

/** Elements a new one of these names closes when it is open at the top (the HTML parser's implied ends). */
const IMPLIED_CLOSE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['p', new Set(['p'])],
  ['li', new Set(['li', 'p'])],
  ['dt', new Set(['dt', 'dd', 'p'])],
  ['dd', new Set(['dt', 'dd', 'p'])],
  ['tr', new Set(['tr', 'td', 'th'])],
  ['td', new Set(['td', 'th'])],
  ['th', new Set(['td', 'th'])],
  ['option', new Set(['option'])],
  ['tbody', new Set(['tbody', 'thead', 'tr', 'td', 'th'])],
]);

/** How far down the open elements a closing tag looks for its match; past it, the tag is stray. */
const CLOSE_SEARCH = 16;

/** The end of the raw-text element `name` whose content starts at `from` (its closing tag's `<`), or -1. */
function rawTextEnd(html: string, name: string, from: number): number {
  for (let at = html.indexOf('</', from); at >= 0; at = html.indexOf('</', at + 2)) {
    if (html.slice(at + 2, at + 2 + name.length).toLowerCase() === name) return at;
  }
  return -1;
}

/** `html` with its nesting capped at `maxDepth`; the same string when it never goes that deep. */
export function capNesting(html: string, maxDepth: number = MAX_DEPTH): { html: string; capped: boolean } {
  // A cheap first look: fewer tags than the cap cannot nest past it.
  let tags = 0;
  for (let i = html.indexOf('<'); i >= 0 && tags <= maxDepth; i = html.indexOf('<', i + 1)) tags++;
  if (tags <= maxDepth) return { html, capped: false };

  const pieces: string[] = [];
  const open: string[] = [];
  const dropped = new Map<string, number>();
  let last = 0;
  let capped = false;
  let i = html.indexOf('<');
  while (i >= 0 && i < html.length) {
    if (html.startsWith('<!--', i)) {
      const close = html.indexOf('-->', i + 4);
      i = close < 0 ? -1 : html.indexOf('<', close + 3);
      continue;
    }
    const closing = html.charCodeAt(i + 1) === 47; // '/'
    const { name, end: nameEnd } = tagName(html, closing ? i + 2 : i + 1);
    const tagEnd = name ? html.indexOf('>', nameEnd) : -1;
    if (tagEnd < 0) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    if (closing) {
      const pending = dropped.get(name) ?? 0;
      if (pending > 0) {
        dropped.set(name, pending - 1);
        pieces.push(html.slice(last, i));
        last = tagEnd + 1;
      } else {
        const floor = Math.max(0, open.length - CLOSE_SEARCH);
        for (let k = open.length - 1; k >= floor; k--) {
          if (open[k] === name) {
            open.length = k;
            break;
          }
        }
      }
    } else if (!VOID.has(name) && html.charCodeAt(tagEnd - 1) !== 47) {
      const closes = IMPLIED_CLOSE.get(name);
      while (closes && open.length > 0 && closes.has(open[open.length - 1]!)) open.pop();
      if (open.length >= maxDepth) {
        dropped.set(name, (dropped.get(name) ?? 0) + 1);
        pieces.push(html.slice(last, i));
        last = tagEnd + 1;
        capped = true;
      } else open.push(name);
      if (RAW_TEXT.has(name)) {
        i = rawTextEnd(html, name, tagEnd + 1);
        continue;
      }
    }
    i = html.indexOf('<', tagEnd + 1);
  }
  if (!capped) return { html, capped: false };
  pieces.push(html.slice(last));
  return { html: pieces.join(''), capped: true };
}
