/**
 * Display width: how many columns of a terminal a string takes, for wrapping text output. A
 * UTF-16 length or a count of code points is wrong both ways: the escape sequences of colour
 * take no column, a Chinese or Japanese character or an emoji takes two, a combining accent none.
 *
 * Compact on purpose: precis loads this module on every run, and the packages made for the job
 * cost 35–55 ms to import (their emoji regex and grapheme segmenter compile at load).
 */
import { ESCAPE_SEQUENCE } from './sanitize.js';

/**
 * Code points of East_Asian_Width W (Wide) and F (Fullwidth), as inclusive [first, last] pairs in
 * ascending order, from Unicode 17.0 (the version of Node 20.20's ICU, so of the `\p{…}` classes
 * below), DerivedEastAsianWidth.txt, including the ideograph blocks whose unassigned code points
 * default to W. Made by scripts/build-wide-ranges.mjs; rerun it for a newer Unicode.
 */
const WIDE_RANGES: readonly number[] = [
  0x1100, 0x115f, 0x231a, 0x231b, 0x2329, 0x232a, 0x23e9, 0x23ec, 0x23f0, 0x23f0, 0x23f3, 0x23f3,
  0x25fd, 0x25fe, 0x2614, 0x2615, 0x2630, 0x2637, 0x2648, 0x2653, 0x267f, 0x267f, 0x268a, 0x268f,
  0x2693, 0x2693, 0x26a1, 0x26a1, 0x26aa, 0x26ab, 0x26bd, 0x26be, 0x26c4, 0x26c5, 0x26ce, 0x26ce,
  0x26d4, 0x26d4, 0x26ea, 0x26ea, 0x26f2, 0x26f3, 0x26f5, 0x26f5, 0x26fa, 0x26fa, 0x26fd, 0x26fd,
  0x2705, 0x2705, 0x270a, 0x270b, 0x2728, 0x2728, 0x274c, 0x274c, 0x274e, 0x274e, 0x2753, 0x2755,
  0x2757, 0x2757, 0x2795, 0x2797, 0x27b0, 0x27b0, 0x27bf, 0x27bf, 0x2b1b, 0x2b1c, 0x2b50, 0x2b50,
  0x2b55, 0x2b55, 0x2e80, 0x2e99, 0x2e9b, 0x2ef3, 0x2f00, 0x2fd5, 0x2ff0, 0x303e, 0x3041, 0x3096,
  0x3099, 0x30ff, 0x3105, 0x312f, 0x3131, 0x318e, 0x3190, 0x31e5, 0x31ef, 0x321e, 0x3220, 0x3247,
  0x3250, 0xa48c, 0xa490, 0xa4c6, 0xa960, 0xa97c, 0xac00, 0xd7a3, 0xf900, 0xfaff, 0xfe10, 0xfe19,
  0xfe30, 0xfe52, 0xfe54, 0xfe66, 0xfe68, 0xfe6b, 0xff01, 0xff60, 0xffe0, 0xffe6, 0x16fe0, 0x16fe4,
  0x16ff0, 0x16ff1, 0x17000, 0x187f7, 0x18800, 0x18cd5, 0x18cff, 0x18d08, 0x1aff0, 0x1aff3, 0x1aff5, 0x1affb,
  0x1affd, 0x1affe, 0x1b000, 0x1b122, 0x1b132, 0x1b132, 0x1b150, 0x1b152, 0x1b155, 0x1b155, 0x1b164, 0x1b167,
  0x1b170, 0x1b2fb, 0x1d300, 0x1d356, 0x1d360, 0x1d376, 0x1f004, 0x1f004, 0x1f0cf, 0x1f0cf, 0x1f18e, 0x1f18e,
  0x1f191, 0x1f19a, 0x1f200, 0x1f202, 0x1f210, 0x1f23b, 0x1f240, 0x1f248, 0x1f250, 0x1f251, 0x1f260, 0x1f265,
  0x1f300, 0x1f320, 0x1f32d, 0x1f335, 0x1f337, 0x1f37c, 0x1f37e, 0x1f393, 0x1f3a0, 0x1f3ca, 0x1f3cf, 0x1f3d3,
  0x1f3e0, 0x1f3f0, 0x1f3f4, 0x1f3f4, 0x1f3f8, 0x1f43e, 0x1f440, 0x1f440, 0x1f442, 0x1f4fc, 0x1f4ff, 0x1f53d,
  0x1f54b, 0x1f54e, 0x1f550, 0x1f567, 0x1f57a, 0x1f57a, 0x1f595, 0x1f596, 0x1f5a4, 0x1f5a4, 0x1f5fb, 0x1f64f,
  0x1f680, 0x1f6c5, 0x1f6cc, 0x1f6cc, 0x1f6d0, 0x1f6d2, 0x1f6d5, 0x1f6d7, 0x1f6dc, 0x1f6df, 0x1f6eb, 0x1f6ec,
  0x1f6f4, 0x1f6fc, 0x1f7e0, 0x1f7eb, 0x1f7f0, 0x1f7f0, 0x1f90c, 0x1f93a, 0x1f93c, 0x1f945, 0x1f947, 0x1f9ff,
  0x1fa70, 0x1fa7c, 0x1fa80, 0x1fa89, 0x1fa8f, 0x1fac6, 0x1face, 0x1fadc, 0x1fadf, 0x1fae9, 0x1faf0, 0x1faf8,
  0x20000, 0x2fffd, 0x30000, 0x3fffd,
];

/** Below this code point every character but the controls takes one column (Latin, with Latin-1 and Latin Extended). */
const FIRST_COMBINING = 0x300;
/** Hangul jamo vowels and final consonants: drawn into the syllable their leading consonant starts. */
const JAMO_MEDIAL_FIRST = 0x1160;
const JAMO_MEDIAL_LAST = 0x11ff;
/** Joins emoji into one picture (👩‍🔬). */
const ZERO_WIDTH_JOINER = 0x200d;
/** Variation selector 16: asks for the emoji picture of the character before (❤️), two columns wide. */
const EMOJI_SELECTOR = 0xfe0f;
/** Skin-tone modifiers, drawn into the emoji before them. */
const SKIN_TONE_FIRST = 0x1f3fb;
const SKIN_TONE_LAST = 0x1f3ff;
/** Regional indicator letters: two of them are one flag. */
const REGIONAL_FIRST = 0x1f1e6;
const REGIONAL_LAST = 0x1f1ff;

/**
 * Characters a terminal draws in no column of their own: combining marks (enclosing ones too),
 * format characters (zero-width space and joiners, soft hyphen) and the default-ignorable ones
 * (variation selectors, tags). Sticky, for testing the character at an index without copying it.
 */
const ZERO_WIDTH_AT = /[\p{Mn}\p{Me}\p{Cf}\p{Default_Ignorable_Code_Point}]/uy;
/** Emoji drawn as pictures by default (two columns); most are Wide already, the regional indicators are not. */
const EMOJI_PRESENTATION_AT = /\p{Emoji_Presentation}/uy;
/** Characters that have an emoji picture, which a following {@link EMOJI_SELECTOR} asks for (digits, ❤, ☀ …). */
const EMOJI_AT = /\p{Emoji}/uy;
/** What a {@link ZERO_WIDTH_JOINER} joins into the picture before it. */
const PICTOGRAPHIC_AT = /\p{Extended_Pictographic}/uy;
/** The escape sequences that sanitize removes from input, here the colour of our own styles: they take no column. */
const ESCAPE_AT = new RegExp(ESCAPE_SEQUENCE.source, 'y');

function matchesAt(pattern: RegExp, text: string, index: number): boolean {
  pattern.lastIndex = index;
  return pattern.test(text);
}

/**
 * The CJK ideographs and the Hangul syllables: wide, never drawn into another character, and
 * nearly every character of a Chinese, Japanese or Korean text, so tested first, without the
 * binary search and the regular expressions.
 */
const isCommonWide = (codePoint: number): boolean => (codePoint >= 0x4e00 && codePoint <= 0x9fff) || (codePoint >= 0x3400 && codePoint <= 0x4dbf) || (codePoint >= 0xac00 && codePoint <= 0xd7a3);

/** Whether `codePoint` is in {@link WIDE_RANGES} (a binary search over the pairs). */
export function isWide(codePoint: number): boolean {
  let low = 0;
  let high = WIDE_RANGES.length / 2 - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (codePoint < WIDE_RANGES[2 * middle]!) high = middle - 1;
    else if (codePoint > WIDE_RANGES[2 * middle + 1]!) low = middle + 1;
    else return true;
  }
  return false;
}

/** Columns of the code point `codePoint` at `index` of `text`, on its own: 0, 1 or 2. */
function codePointColumns(text: string, index: number, codePoint: number): number {
  if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0)) return 0;
  if (codePoint < FIRST_COMBINING) return 1;
  if (isCommonWide(codePoint)) return 2;
  // Before the wide test: a few combining marks (the kana voicing marks, ideographic tone marks) are Wide.
  if (matchesAt(ZERO_WIDTH_AT, text, index) || (codePoint >= JAMO_MEDIAL_FIRST && codePoint <= JAMO_MEDIAL_LAST)) return 0;
  if (isWide(codePoint) || matchesAt(EMOJI_PRESENTATION_AT, text, index)) return 2;
  return 1;
}

const isRegional = (codePoint: number): boolean => codePoint >= REGIONAL_FIRST && codePoint <= REGIONAL_LAST;
const size = (codePoint: number): number => (codePoint > 0xffff ? 2 : 1);

/**
 * Walks a string cell by cell: a cell is an escape sequence (0 columns), or a character with the
 * marks, selectors, modifiers and joined emoji that a terminal draws with it. After each
 * {@link next}, `start`, `end`, `columns` and `codePoint` (the cell's first, -1 for an escape)
 * describe the cell. Cells are never cut, so a line broken between two of them cuts no escape
 * sequence, no accent from its letter and no emoji in two.
 */
export class Cells {
  start = 0;
  end: number;
  columns = 0;
  codePoint = -1;

  constructor(private readonly text: string, start = 0, private readonly stop = text.length) {
    this.end = start;
  }

  /** Moves to the next cell; false at the end. */
  next(): boolean {
    const text = this.text;
    const start = (this.start = this.end);
    if (start >= this.stop) return false;
    const first = text.charCodeAt(start);
    if (first === 0x1b || first === 0x9b || first === 0x9d) {
      ESCAPE_AT.lastIndex = start;
      if (ESCAPE_AT.test(text)) {
        this.end = Math.min(ESCAPE_AT.lastIndex, this.stop);
        this.columns = 0;
        this.codePoint = -1;
        return true;
      }
    }
    const codePoint = text.codePointAt(start)!;
    let columns = codePointColumns(text, start, codePoint);
    let end = start + size(codePoint);
    // What follows and is drawn into this character. Plain Latin never is: the common case stops at once.
    while (end < this.stop) {
      const following = text.codePointAt(end)!;
      if (following < FIRST_COMBINING || isCommonWide(following)) break;
      if (following === EMOJI_SELECTOR) {
        if (matchesAt(EMOJI_AT, text, start)) columns = 2;
      } else if (following === ZERO_WIDTH_JOINER) {
        const joined = end + 1 < this.stop ? text.codePointAt(end + 1)! : -1;
        if (columns === 2 && joined >= 0 && matchesAt(PICTOGRAPHIC_AT, text, end + 1)) end += size(joined);
      } else if (following >= SKIN_TONE_FIRST && following <= SKIN_TONE_LAST) {
        if (columns !== 2) break;
      } else if (isRegional(following)) {
        if (!isRegional(codePoint) || end !== start + 2) break;
        columns = 2;
      } else if (!(matchesAt(ZERO_WIDTH_AT, text, end) || (following >= JAMO_MEDIAL_FIRST && following <= JAMO_MEDIAL_LAST))) {
        break;
      }
      end += size(following);
    }
    this.end = end;
    this.columns = columns;
    this.codePoint = codePoint;
    return true;
  }
}

/**
 * The number of terminal columns `text` takes on one line: escape sequences take none, East
 * Asian Wide and Fullwidth characters and emoji two, combining marks and zero-width characters
 * none, everything else one. Characters of ambiguous width (“…”, •, ─) count one, as in a
 * terminal set up for a Western language.
 */
export function displayWidth(text: string): number {
  // Printable ASCII and our colours, the common case, first: a character is a column, an escape none.
  let i = 0;
  let columns = 0;
  let afterCharacter = false;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code >= 0x20 && code < 0x7f) {
      i++;
      columns++;
      afterCharacter = true;
    } else if (code === 0x1b && matchesAt(ESCAPE_AT, text, i)) {
      i = ESCAPE_AT.lastIndex;
      afterCharacter = false;
    } else {
      break;
    }
  }
  if (i === text.length) return columns;
  // The rest cell by cell, from the character before when there is one: what stopped the loop
  // may be drawn into it (1️⃣, or é written as e and an accent).
  const back = afterCharacter ? 1 : 0;
  const cells = new Cells(text, i - back);
  columns -= back;
  while (cells.next()) columns += cells.columns;
  return columns;
}
