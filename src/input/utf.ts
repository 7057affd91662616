/**
 * The Unicode encoding work TextDecoder does not do: decoding UTF-32 (which it does not know),
 * measuring how much of a byte string is not UTF-8 (it only replaces), and recognizing UTF-16
 * that has no byte-order mark (it only decodes). `decode.ts` decides what to do with the answers.
 */

/** The largest code point, and the surrogate range, which UTF-32 must not encode. */
const MAX_CODE_POINT = 0x10ffff;
const SURROGATE_FIRST = 0xd800;
const SURROGATE_LAST = 0xdfff;
const REPLACEMENT = 0xfffd;
const BYTE_ORDER_MARK = 0xfeff;
/** Code points turned into a string at a time: String.fromCodePoint takes them as arguments, and arguments are bounded. */
const CODE_POINTS_PER_CALL = 8192;

/** Text decoded by one of these decoders, with the number of bytes replaced by U+FFFD. */
export interface UtfDecoded {
  text: string;
  replacedBytes: number;
}

/**
 * Decodes UTF-32 in the byte order given. A unit above U+10FFFF or in the surrogate range, and
 * bytes left over at the end, become U+FFFD. A leading byte-order mark is dropped.
 */
export function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): UtfDecoded {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const whole = bytes.byteLength - (bytes.byteLength % 4);
  const parts: string[] = [];
  let codes: number[] = [];
  let replacedBytes = bytes.byteLength - whole;
  for (let at = 0; at < whole; at += 4) {
    const unit = view.getUint32(at, littleEndian);
    if (at === 0 && unit === BYTE_ORDER_MARK) continue;
    const valid = unit <= MAX_CODE_POINT && (unit < SURROGATE_FIRST || unit > SURROGATE_LAST);
    if (!valid) replacedBytes += 4;
    codes.push(valid ? unit : REPLACEMENT);
    if (codes.length === CODE_POINTS_PER_CALL) {
      parts.push(String.fromCodePoint(...codes));
      codes = [];
    }
  }
  if (whole < bytes.byteLength) codes.push(REPLACEMENT);
  parts.push(String.fromCodePoint(...codes));
  return { text: parts.join(''), replacedBytes };
}

/** How far a byte string is from UTF-8. */
export interface Utf8Damage {
  /** Ill-formed sequences: each decodes to one U+FFFD. */
  invalidSequences: number;
  /** The bytes of those sequences. */
  invalidBytes: number;
  /** Well-formed sequences of two to four bytes: evidence that the text is UTF-8 at all. */
  validMultibyte: number;
}

/**
 * Counts the ill-formed sequences of `bytes` read as UTF-8, the way the WHATWG decoder replaces
 * them: each maximal subpart (a lead byte and the continuation bytes that fit it) is one error,
 * and the byte that broke it is read again as the start of the next sequence.
 */
export function utf8Damage(bytes: Uint8Array): Utf8Damage {
  let invalidSequences = 0;
  let invalidBytes = 0;
  let validMultibyte = 0;
  let at = 0;
  while (at < bytes.length) {
    const lead = bytes[at]!;
    if (lead < 0x80) {
      at++;
      continue;
    }
    // Continuation bytes needed, and the range the first of them must fall in (the narrower
    // ranges after E0, ED, F0 and F4 exclude overlong forms, surrogates and code points past U+10FFFF).
    let needed = 0;
    let lower = 0x80;
    let upper = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) needed = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      needed = 2;
      if (lead === 0xe0) lower = 0xa0;
      if (lead === 0xed) upper = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      needed = 3;
      if (lead === 0xf0) lower = 0x90;
      if (lead === 0xf4) upper = 0x8f;
    }
    let next = at + 1;
    let seen = 0;
    while (seen < needed && next < bytes.length) {
      const byte = bytes[next]!;
      if (byte < lower || byte > upper) break;
      lower = 0x80;
      upper = 0xbf;
      next++;
      seen++;
    }
    if (needed > 0 && seen === needed) validMultibyte++;
    else {
      invalidSequences++;
      invalidBytes += next - at;
    }
    at = next;
  }
  return { invalidSequences, invalidBytes, validMultibyte };
}

/** How many bytes the UTF-16 sniff reads: plenty for the statistics, bounded for huge inputs. */
const UTF16_SNIFF_BYTES = 65536;
/**
 * Share of code units that must have a NUL high byte: text in a Latin script is mostly ASCII
 * (80–100 % of its units are a character byte and a NUL), and HTML markup adds more to any script.
 */
const UTF16_MIN_NUL_SHARE = 0.4;
/** Fewer code units than this are too few to tell UTF-16 from binary (`<p>` and three odd bytes look like it). */
const UTF16_MIN_UNITS = 4;
/**
 * Share of code units that may have a NUL low byte (U+0100, U+2000, U+4E00 … and U+0000): rare
 * characters in any script. Binary data has NULs in both places.
 */
const UTF16_MAX_OTHER_NUL_SHARE = 0.02;
/** Control characters text does not hold: C0 but tab, line feed, vertical tab, form feed and carriage return; DEL; C1. */
const NON_TEXT_CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/;
/** U+FFFD in a decoded sample: an unpaired surrogate. One is allowed, where the sample cut a pair. */
const MAX_SNIFF_REPLACEMENTS = 1;

/**
 * The byte order of UTF-16 without a byte-order mark, or null when `bytes` do not look like it:
 * an even length, NUL bytes in nearly every other position (the high bytes of ASCII characters)
 * and almost never in the others, and text without control characters once decoded.
 */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < UTF16_MIN_UNITS * 2 || bytes.length % 2 !== 0) return null;
  const end = Math.min(bytes.length, UTF16_SNIFF_BYTES);
  // Most input has no NUL byte at all: a native search settles it before the count below.
  if (bytes.subarray(0, end).indexOf(0) < 0) return null;
  let nulEven = 0;
  let nulOdd = 0;
  for (let at = 0; at + 1 < end; at += 2) {
    if (bytes[at] === 0) nulEven++;
    if (bytes[at + 1] === 0) nulOdd++;
  }
  const units = Math.floor(end / 2);
  // Little-endian puts the high byte second (odd positions), big-endian first.
  const order = nulOdd >= nulEven ? 'utf-16le' : 'utf-16be';
  const [high, low] = order === 'utf-16le' ? [nulOdd, nulEven] : [nulEven, nulOdd];
  if (high < units * UTF16_MIN_NUL_SHARE || low > units * UTF16_MAX_OTHER_NUL_SHARE) return null;
  const sample = new TextDecoder(order).decode(bytes.subarray(0, units * 2));
  if (NON_TEXT_CONTROLS.test(sample)) return null;
  let replacements = 0;
  for (let at = sample.indexOf('\ufffd'); at >= 0; at = sample.indexOf('\ufffd', at + 1)) replacements++;
  return replacements <= MAX_SNIFF_REPLACEMENTS ? order : null;
}
