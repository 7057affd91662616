/**
 * Bytes to text. The charset cascade, first match wins:
 * an explicit override → a byte-order mark (UTF-8, UTF-16 or UTF-32) → UTF-16 without one, by its
 * NUL bytes → UTF-8 (pages often declare a wrong legacy charset, and valid UTF-8 is almost never
 * an accident; a few damaged bytes are replaced, with a warning) → the HTTP header's charset → the
 * document's own `<meta>` declaration → windows-1252 (the web's de facto default).
 */
import { InputError } from '../errors.js';
import { type Utf8Damage, decodeUtf32, sniffUtf16, utf8Damage } from './utf.js';
import { replaceEvery } from '../strings.js';

export type EncodingSource = 'option' | 'bom' | 'sniffed' | 'utf-8' | 'http' | 'meta' | 'fallback';

export interface DecodedText {
  text: string;
  /** The WHATWG name of the encoding used, e.g. `utf-8`, `windows-1252`, or `utf-32le` / `utf-32be`. */
  encoding: string;
  source: EncodingSource;
  /** Notes for the summary's warnings, e.g. how many bytes were not valid and were replaced. */
  warnings: string[];
}

export interface DecodeHints {
  /** `--encoding`: wins over everything. */
  override?: string | null;
  /** The charset parameter of an HTTP Content-Type header. */
  httpCharset?: string | null;
}

/**
 * How far into the bytes a `<meta>` charset declaration is looked for. The HTML standard's
 * prescan reads 1024 bytes, but browsers also honour a declaration met later in the head (after a
 * long inline script); precis reads the head, up to `<body` or `</head>`, within this many bytes.
 */
const META_SCAN_BYTES = 65536;

/** How far into the bytes NUL bytes and magic numbers are looked for. */
const BINARY_SNIFF_BYTES = 65536;

/** Magic numbers of common non-text files that are sometimes named .html or .txt. */
const BINARY_SIGNATURES: ReadonlyArray<readonly [string, readonly number[]]> = [
  ['PDF', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['ZIP', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip', [0x1f, 0x8b]],
];

/**
 * Labels of UTF-32, which precis decodes itself (TextDecoder does not know it). Plain `utf-32`
 * leaves the byte order to the byte-order mark, or to where the NUL bytes are.
 */
const UTF32_LABEL = /^(?:utf-?32|ucs-?4)(le|be)?$/i;

/**
 * The most ill-formed UTF-8 sequences a document may hold and still be read as UTF-8 (each
 * replaced by U+FFFD): one per this many bytes, at least one, and never more than
 * {@link MAX_DAMAGED_UTF8_SEQUENCES}. A file damaged once (a truncated download, one mis-typed
 * byte) stays UTF-8 instead of becoming windows-1252 mojibake throughout.
 */
const BYTES_PER_DAMAGED_UTF8_SEQUENCE = 1000;
/** A few damaged sequences at most: more means the text is not UTF-8. */
const MAX_DAMAGED_UTF8_SEQUENCES = 8;
/**
 * Well-formed multi-byte sequences needed per ill-formed one. A windows-1252 page with one
 * accented letter is also "nearly valid UTF-8", but holds no multi-byte sequence at all; a
 * damaged UTF-8 page holds its curly quotes, dashes and accented letters intact.
 */
const VALID_MULTIBYTE_PER_DAMAGED = 2;

/** The encoding name for `label` (WHATWG's, or `utf-32`, `utf-32le`, `utf-32be`), or null when precis does not know it. */
export function normalizeEncodingLabel(label: string): string | null {
  const utf32 = UTF32_LABEL.exec(label.trim());
  if (utf32) return `utf-32${utf32[1]?.toLowerCase() ?? ''}`;
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  // UTF-32LE's mark starts with UTF-16LE's: it is tested first.
  if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0x00 && bytes[3] === 0x00) return 'utf-32le';
  if (bytes[0] === 0x00 && bytes[1] === 0x00 && bytes[2] === 0xfe && bytes[3] === 0xff) return 'utf-32be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** UTF-16 and UTF-32 hold NUL bytes in ordinary text. */
const isWideEncoding = (encoding: string | null | undefined): boolean => encoding?.startsWith('utf-16') === true || encoding?.startsWith('utf-32') === true;

/**
 * Throws an `InputError` (code `binary`) when `bytes` are not text: the magic number of a known
 * binary format, or NUL bytes, unless a byte-order mark, `--encoding` (`override`) or the pattern
 * of the NULs says the text is UTF-16 or UTF-32.
 */
export function assertText(bytes: Uint8Array, name: string, override?: string | null): void {
  if (isWideEncoding(bomEncoding(bytes))) return;
  for (const [format, signature] of BINARY_SIGNATURES) {
    if (signature.every((byte, i) => bytes[i] === byte)) {
      throw new InputError('binary', `${name} is a ${format} file, not text or HTML.`);
    }
  }
  if (isWideEncoding(override ? normalizeEncodingLabel(override) : null)) return;
  const end = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  if (bytes.subarray(0, end).indexOf(0) >= 0 && !sniffUtf16(bytes)) {
    throw new InputError('binary', `${name} looks binary (it holds NUL bytes), not text or HTML.`);
  }
}

/** The charset a document declares in its head (`<meta charset>` or http-equiv), if any. */
export function sniffMetaCharset(bytes: Uint8Array): string | null {
  const start = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, META_SCAN_BYTES)).toString('latin1');
  const bodyAt = start.search(/<body\b|<\/head\s*>/i);
  const head = bodyAt >= 0 ? start.slice(0, bodyAt) : start;
  const metaTags = head.match(/<meta\b[^>]*>/gi) ?? [];
  for (const tag of metaTags) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct?.[1]) return direct[1];
  }
  return null;
}

/** The charset parameter of a Content-Type header value. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const match = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType);
  return match?.[1] ?? null;
}

/**
 * Code points of windows-1252 bytes 0x80–0x9F (the WHATWG index). Node 20's TextDecoder maps
 * these bytes to C1 controls, as ISO-8859-1 would, so curly quotes and dashes of legacy pages
 * would be lost; precis decodes windows-1252 itself.
 */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return replaceEvery(text, C1_RANGE, (c) => String.fromCharCode(WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!));
}

const C1_RANGE = /[\u0080-\u009f]/g;

/** The byte order of UTF-32 labelled without one: its mark's, else big-endian when the text starts with a NUL byte (ASCII's high bytes). */
function utf32Order(bytes: Uint8Array): 'utf-32le' | 'utf-32be' {
  const bom = bomEncoding(bytes);
  if (bom === 'utf-32le' || bom === 'utf-32be') return bom;
  return bytes[0] === 0 ? 'utf-32be' : 'utf-32le';
}

/** The warning for `count` bytes that were not valid in `encoding` and were replaced. */
function replacedWarning(count: number, encoding: string): string[] {
  if (count === 0) return [];
  const bytes = count === 1 ? '1 byte was' : `${count} bytes were`;
  return [`${bytes} not valid ${encoding} and ${count === 1 ? 'was' : 'were'} replaced by U+FFFD.`];
}

/**
 * `bytes` as UTF-8: strictly (natively, fast) when they are valid; else with each ill-formed
 * sequence replaced by U+FFFD, and the damage measured.
 */
function readUtf8(bytes: Uint8Array): { text: string; damage: Utf8Damage | null } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), damage: null };
  } catch {
    return { text: new TextDecoder('utf-8').decode(bytes), damage: utf8Damage(bytes) };
  }
}

/**
 * `bytes` decoded as `encoding` (a name from `normalizeEncodingLabel`), bad bytes replaced; the
 * encoding actually used (UTF-32's byte order resolved) and, for UTF-8 and UTF-32, a warning
 * saying how many bytes were replaced.
 */
function decodeAs(bytes: Uint8Array, encoding: string): { text: string; encoding: string; warnings: string[] } {
  if (encoding === 'windows-1252') return { text: decodeWindows1252(bytes), encoding, warnings: [] };
  if (encoding.startsWith('utf-32')) {
    const order = encoding === 'utf-32' ? utf32Order(bytes) : encoding;
    const { text, replacedBytes } = decodeUtf32(bytes, order === 'utf-32le');
    return { text, encoding: order, warnings: replacedWarning(replacedBytes, 'UTF-32') };
  }
  if (encoding === 'utf-8') {
    const { text, damage } = readUtf8(bytes);
    return { text, encoding, warnings: replacedWarning(damage?.invalidBytes ?? 0, 'UTF-8') };
  }
  return { text: new TextDecoder(encoding).decode(bytes), encoding, warnings: [] };
}

/**
 * Whether bytes that are not valid UTF-8 (`damage` says how far from it) are UTF-8 all the same:
 * damaged in a few places (see {@link BYTES_PER_DAMAGED_UTF8_SEQUENCE}), with enough intact
 * multi-byte characters to show that they are UTF-8 at all.
 */
function isDamagedUtf8(damage: Utf8Damage, byteLength: number): boolean {
  const allowed = Math.min(MAX_DAMAGED_UTF8_SEQUENCES, Math.max(1, Math.floor(byteLength / BYTES_PER_DAMAGED_UTF8_SEQUENCE)));
  return damage.invalidSequences <= allowed && damage.validMultibyte >= damage.invalidSequences * VALID_MULTIBYTE_PER_DAMAGED;
}

/** Decodes `bytes` by the cascade above, recording which source won. A BOM never reaches the text. */
export function decodeBytes(bytes: Uint8Array, hints: DecodeHints = {}): DecodedText {
  if (hints.override) {
    const encoding = normalizeEncodingLabel(hints.override);
    if (!encoding) throw new InputError('bad-encoding', `"${hints.override}" is not an encoding precis knows.`);
    return { ...decodeAs(bytes, encoding), source: 'option' };
  }
  const bom = bomEncoding(bytes);
  if (bom) return { ...decodeAs(bytes, bom), source: 'bom' };
  // Before UTF-8: ASCII in UTF-16 is valid UTF-8 too, a NUL byte after every character.
  const utf16 = sniffUtf16(bytes);
  if (utf16) return { ...decodeAs(bytes, utf16), source: 'sniffed' };
  const utf8 = readUtf8(bytes);
  if (!utf8.damage || isDamagedUtf8(utf8.damage, bytes.length)) {
    return { text: utf8.text, encoding: 'utf-8', source: 'utf-8', warnings: replacedWarning(utf8.damage?.invalidBytes ?? 0, 'UTF-8') };
  }
  const declared: Array<[string | null | undefined, EncodingSource]> = [
    [hints.httpCharset, 'http'],
    [sniffMetaCharset(bytes), 'meta'],
  ];
  for (const [label, source] of declared) {
    const encoding = label ? normalizeEncodingLabel(label) : null;
    // A declared UTF-8 is believed even when damaged beyond the allowance above, as browsers do.
    if (encoding === 'utf-8') return { ...decodeAs(bytes, encoding), source };
    // A UTF-16 declaration on bytes without a BOM is a mistake the HTML standard says to ignore.
    if (encoding && !encoding.startsWith('utf-')) return { ...decodeAs(bytes, encoding), source };
  }
  return { ...decodeAs(bytes, 'windows-1252'), source: 'fallback' };
}
