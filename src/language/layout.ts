/**
 * How a plain text lays out its lines: read once here by the text extractor (paragraph blocks)
 * and by the NLP stage (whether a line break ends a sentence). Lines are visited as offsets, never
 * split into an array, so a text of millions of short lines costs no memory per line.
 */

/**
 * Calls `visit(start, end)` for every line of `text` (`end` excludes the `\n`), in order, until
 * it returns `false`.
 */
export function forEachLine(text: string, visit: (start: number, end: number) => boolean | void): void {
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n', start);
    if (end < 0) {
      visit(start, text.length);
      return;
    }
    if (visit(start, end) === false) return;
    start = end + 1;
  }
}

/** A text is hard-wrapped (its line breaks sit inside paragraphs) when it has at least this many non-blank lines … */
const HARD_WRAP_MIN_LINES = 6;
/** … and at least this share of them are of a wrapping width … */
const HARD_WRAP_SHARE = 0.5;
const HARD_WRAP_MIN_WIDTH = 40;
const HARD_WRAP_MAX_WIDTH = 100;
/** … and end mid-sentence (not on one of these). */
const SENTENCE_END = /[.!?:"”’)]/;

const SPACE = /\s/;

/** True when most lines of `text` are wrapped at a fixed width mid-sentence, so single line breaks are not paragraph breaks. */
export function isHardWrapped(text: string): boolean {
  let filled = 0;
  let wrapped = 0;
  forEachLine(text, (start, end) => {
    while (end > start && SPACE.test(text[end - 1]!)) end--;
    if (end === start) return;
    filled++;
    const width = end - start;
    if (width >= HARD_WRAP_MIN_WIDTH && width <= HARD_WRAP_MAX_WIDTH && !SENTENCE_END.test(text[end - 1]!)) wrapped++;
  });
  return filled >= HARD_WRAP_MIN_LINES && wrapped >= filled * HARD_WRAP_SHARE;
}

/** Lines joined into one string at a time by {@link trimLines}, so its list of lines stays short. */
const LINES_PER_JOIN = 4096;

/** `text` with the whitespace at the end of every line removed and without blank lines at its start or end (preformatted text, shown as written). */
export function trimLines(text: string): string {
  const joined: string[] = [];
  let lines: string[] = [];
  forEachLine(text, (start, end) => {
    while (end > start && SPACE.test(text[end - 1]!)) end--;
    lines.push(text.slice(start, end));
    if (lines.length >= LINES_PER_JOIN) {
      joined.push(lines.join('\n'));
      lines = [];
    }
  });
  if (lines.length > 0) joined.push(lines.join('\n'));
  const trimmed = joined.join('\n');
  let first = 0;
  let last = trimmed.length;
  while (first < last && trimmed.charCodeAt(first) === 0x0a) first++;
  while (last > first && trimmed.charCodeAt(last - 1) === 0x0a) last--;
  return trimmed.slice(first, last);
}

/**
 * A dateline opening the first sentence ("WASHINGTON (Reuters) - ", "(CNN) --", "LONDON — ") is
 * not part of the news: a key sentence starts after it, and a name read there is no name's
 * first word. News agencies and networks whose names
 * stand in datelines, from general knowledge.
 */
const AGENCY_DATELINE = /^(?:[\p{Lu}][\p{L}.'’-]*(?:,? [\p{Lu}][\p{L}.'’-]*){0,4} ?)?\((?:CNN|AP|AFP|Reuters|UPI|dpa|EFE|ANSA|Xinhua|Bloomberg|BBC|PA|Kyodo|Yonhap|PTI|IANS|TASS|ABC|CBS|NBC|CNBC|NPR)\)(?: ?(?:--|[—–-]|:))? +(?=\S)/u;
const CAPITALS_DATELINE = /^\p{Lu}[\p{Lu} .,'’-]{2,40} ?(?:--|[—–]) +(?=\S)/u;

/** Length of the dateline opening `text`, 0 when there is none. */
export function datelineLength(text: string): number {
  const match = AGENCY_DATELINE.exec(text) ?? CAPITALS_DATELINE.exec(text);
  return match && match[0].length < text.length ? match[0].length : 0;
}

/**
 * The credit line of an embedded social post, as embeds print it under the post: its author's
 * handle in brackets, then the day it was posted ("— Jo Rand (@jorand) March 5, 2024"). It dates
 * the post, not an event of the story.
 */
const POST_CREDIT = /\(@\w{1,30}\)\s*(?:\p{Lu}\p{Ll}+\.? \d{1,2},? \d{4}|\d{1,2} \p{Lu}\p{Ll}+\.? \d{4})\s*$/u;

/** True for the credit line of an embedded social post (see {@link POST_CREDIT}). */
export function isPostCredit(sentence: string): boolean {
  return POST_CREDIT.test(sentence);
}
