/**
 * A cap on the number of elements (and comments) parsed. The parsed tree costs a few hundred
 * bytes per node whatever it holds, so a page of millions of empty tags (`<i></i>` × 3 million,
 * 20 MB) or of empty comments would take over a gigabyte to parse. Real pages, live blogs
 * included, hold tens of thousands; past `MAX_ELEMENTS` the page is cut before the next tag.
 */

/** Most elements and comments parsed from one page: far above real pages, about 100 MB of parsed tree. */
export const MAX_ELEMENTS = 200_000;

/** `html` cut before its opening tag or comment number `maxElements + 1`; the same string when it has fewer. */
export function capElements(html: string, maxElements: number = MAX_ELEMENTS): { html: string; capped: boolean } {
  let elements = 0;
  for (let at = html.indexOf('<'); at >= 0; at = html.indexOf('<', at + 1)) {
    const next = html.charCodeAt(at + 1);
    // An opening tag starts with a letter; a comment, doctype or CDATA section with `!`, a
    // processing instruction with `?` (each one node). Closing tags add no node.
    if (!((next >= 97 && next <= 122) || (next >= 65 && next <= 90) || next === 0x21 || next === 0x3f)) continue;
    elements++;
    if (elements > maxElements) return { html: html.slice(0, at), capped: true };
  }
  return { html, capped: false };
}
