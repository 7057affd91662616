/**
 * String helpers whose memory stays in proportion to the text. V8's own global `replace` keeps a
 * record of every match until it is done: on a 20 MB input with ten million matches (a CRLF
 * after every letter, a space between one-letter words) that is over a gigabyte. Bodies, blocks
 * and whole inputs go through these instead.
 */

/** Texts up to this long are handed to the native `replace` (few enough matches to be cheap). */
const NATIVE_REPLACE_CHARS = 1 << 16;
/** Pieces of the result joined into one string at a time, so the list of pieces stays short. */
const PIECES_PER_JOIN = 4096;

/**
 * `text` with every match of the global `pattern` replaced by `replacement` (a literal string,
 * `$` has no meaning, or a function of the matched text), in memory proportional to the text.
 */
export function replaceEvery(text: string, pattern: RegExp, replacement: string | ((match: string) => string)): string {
  if (!pattern.global) throw new Error('replaceEvery: the pattern must be global.');
  if (text.length <= NATIVE_REPLACE_CHARS) {
    // A literal without `$` goes to the native replace as it is: a callback per match costs more.
    if (typeof replacement === 'string' && !replacement.includes('$')) return text.replace(pattern, replacement);
    return text.replace(pattern, typeof replacement === 'string' ? () => replacement : replacement);
  }
  const replace = typeof replacement === 'string' ? () => replacement : replacement;
  pattern.lastIndex = 0;
  const joined: string[] = [];
  let pieces: string[] = [];
  let last = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    pieces.push(text.slice(last, match.index), replace(match[0]));
    last = match.index + match[0].length;
    if (match[0].length === 0) pattern.lastIndex++;
    if (pieces.length >= PIECES_PER_JOIN) {
      joined.push(pieces.join(''));
      pieces = [];
    }
  }
  if (last === 0 && joined.length === 0 && pieces.length === 0) return text;
  pieces.push(text.slice(last));
  joined.push(pieces.join(''));
  return joined.join('');
}

const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

/** `text` lower-cased with everything but letters and digits removed: a key for comparing texts that differ only in spacing and punctuation. */
export function comparisonKey(text: string): string {
  return replaceEvery(text.toLowerCase(), NOT_LETTER_OR_DIGIT, '');
}
