/**
 * Word wrapping for text output, measured in terminal columns (see width.ts). Lines break at
 * spaces; a word that would overflow its line may also break between characters of scripts
 * written without spaces (Chinese, Japanese). The text may carry the colour of our own styles:
 * escape sequences take no column, are never cut, and a style open where a line ends is closed
 * there and reopened after the next line's indent, so no colour runs into the indent or past the
 * end of the output.
 */
import { replaceEvery } from '../strings.js';
import { Cells, displayWidth } from './width.js';

const SPACE_RUN = / {2,}/g;
const WORD = /[^ ]+/g;

/**
 * Characters a line may not start with (closing brackets and quotes, the ideographic comma and
 * full stop, small kana, the iteration and length marks): a break is never put before them.
 */
const NO_LINE_START = codePointSet('、。，．：；！？）」』】〕〉》〙〗｝］〟”’・ーゝゞヽヾ々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ…');
/** Characters a line may not end with (opening brackets and quotes): a break is never put after them. */
const NO_LINE_END = codePointSet('（「『【〔〈《〘〖｛［〝“‘');

function codePointSet(characters: string): ReadonlySet<number> {
  return new Set([...characters].map((character) => character.codePointAt(0)!));
}

/** Whether a line may break between a cell of `beforeColumns` starting with `before` and one starting with `after`. */
function breaksBetween(before: number, beforeColumns: number, after: number, afterColumns: number): boolean {
  // Only next to a wide character: Latin words are broken at spaces alone.
  if (beforeColumns !== 2 && afterColumns !== 2) return false;
  return !NO_LINE_START.has(after) && !NO_LINE_END.has(before);
}

/** SGR sequences, the only escapes our styles write: `ESC [ params m`. */
const SGR = /\u001b\[([0-9;]*)m/g;

/** The SGR parameters that turn a style on, each with the one that turns it off (bold and dim share 22). */
const CLOSERS: Readonly<Record<number, number>> = { 1: 22, 2: 22, 3: 23, 4: 24, 5: 25, 6: 25, 7: 27, 8: 28, 9: 29, 21: 24, 53: 55 };
/** The parameters that turn a style off. */
const CLOSING = new Set([22, 23, 24, 25, 27, 28, 29, 39, 49, 55]);

/** The parameter that turns off what `parameter` turns on; 0 (reset everything) for one this table does not know. */
function closerOf(parameter: number): number {
  if ((parameter >= 30 && parameter <= 38) || (parameter >= 90 && parameter <= 97)) return 39;
  if ((parameter >= 40 && parameter <= 48) || (parameter >= 100 && parameter <= 107)) return 49;
  return CLOSERS[parameter] ?? 0;
}

/** The styles open at a point of a text, read in order: what a line must close at its end and the next reopen. */
class OpenStyles {
  /** The opening sequences, each with the parameter that closes it. */
  private open: Array<{ sequence: string; closer: number }> = [];
  /** The next escape character at or after the part read so far, so a long text without any is searched once. */
  private nextEscape = -1;

  constructor(private readonly text: string) {
    this.nextEscape = text.indexOf('\u001b');
  }

  /** Reads the SGR sequences of `text[start, end)`; parts are read in order. */
  read(start: number, end: number): void {
    if (this.nextEscape < 0 || this.nextEscape >= end) return;
    SGR.lastIndex = Math.max(start, this.nextEscape);
    for (let match = SGR.exec(this.text); match && match.index < end; match = SGR.exec(this.text)) {
      const first = Number(match[1]!.split(';')[0] || '0');
      if (first === 0) this.open = [];
      else if (CLOSING.has(first)) this.open = this.open.filter((style) => style.closer !== first);
      else this.open.push({ sequence: match[0], closer: closerOf(first) });
    }
    this.nextEscape = this.text.indexOf('\u001b', end);
  }

  /** The sequences that close every open style (innermost first), or ''. */
  closing(): string {
    const closers = [...new Set(this.open.map((style) => style.closer).reverse())];
    return closers.map((closer) => `\u001b[${closer}m`).join('');
  }

  /** The sequences that reopen every open style, or ''. */
  opening(): string {
    return this.open.map((style) => style.sequence).join('');
  }
}

/**
 * Word-wraps `text` (one paragraph, no newlines) to `width` terminal columns, every line after the
 * first indented by `indent`. A word longer than a line stays whole, unless it can break between
 * wide characters. `text` is sanitized text with our styles' SGR sequences in it: those are kept
 * whole, and a style does not cross a line end.
 */
export function wrap(text: string, width: number, firstIndent: string, indent: string): string {
  // Words are visited one by one and each line is cut from the text as one slice, so a body of
  // millions of words costs time and memory in proportion to its length (no array of words, no
  // line built word by word).
  const spaced = text.includes('  ') ? replaceEvery(text, SPACE_RUN, ' ') : text;
  const styles = new OpenStyles(spaced);
  const indentColumns = displayWidth(indent);
  const lines: string[] = [];
  let prefix = firstIndent;
  let reopen = '';
  let lineStart = -1;
  let lineEnd = 0;
  let used = displayWidth(firstIndent);

  const endLine = (): void => {
    lines.push(prefix + reopen + (lineStart < 0 ? '' : spaced.slice(lineStart, lineEnd)) + styles.closing());
    reopen = styles.opening();
    prefix = indent;
    lineStart = -1;
    used = indentColumns;
  };
  /** Puts `spaced[start, end)` on the line, after a space when `spaced` starts a word, else (a piece of a word) right after. */
  const place = (start: number, end: number, columns: number, spaceBefore: boolean): void => {
    if (lineStart >= 0 && used + (spaceBefore ? 1 : 0) + columns > width) endLine();
    if (lineStart < 0) lineStart = start;
    else used += spaceBefore ? 1 : 0;
    used += columns;
    lineEnd = end;
    styles.read(start, end);
  };

  for (const match of spaced.matchAll(WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    const columns = displayWidth(match[0]);
    if (used + (lineStart < 0 ? 0 : 1) + columns <= width) {
      place(start, end, columns, true);
      continue;
    }
    // Too long for the rest of the line: placed in pieces between the places it may break at
    // (one piece, the whole word, when it has none). A word is read twice at most, so the time
    // stays in proportion to the text.
    const cells = new Cells(spaced, start, end);
    let pieceStart = start;
    let pieceColumns = 0;
    let spaceBefore = true;
    let before = -1;
    let beforeColumns = 0;
    while (cells.next()) {
      // Escapes and marks go with the character before them: a break is only ever put before a visible character.
      if (cells.columns === 0) continue;
      if (before >= 0 && breaksBetween(before, beforeColumns, cells.codePoint, cells.columns)) {
        place(pieceStart, cells.start, pieceColumns, spaceBefore);
        pieceStart = cells.start;
        pieceColumns = 0;
        spaceBefore = false;
      }
      pieceColumns += cells.columns;
      before = cells.codePoint;
      beforeColumns = cells.columns;
    }
    place(pieceStart, end, pieceColumns, spaceBefore);
  }
  endLine();
  return lines.join('\n');
}
