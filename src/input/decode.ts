/**
 * Bytes to text. The charset cascade, first match wins:
 * an explicit override → a byte-order mark → strict UTF-8 (pages often declare a wrong legacy
 * charset, and valid UTF-8 is almost never an accident) → the HTTP header's charset → the
 * document's own `<meta>` declaration → windows-1252 (the web's de facto default).
 */
import { InputError } from '../errors.js';

export type EncodingSource = 'option' | 'bom' | 'utf-8' | 'http' | 'meta' | 'fallback';

export interface DecodedText {
  text: string;
  /** The WHATWG name of the encoding used, e.g. `utf-8`, `windows-1252`. */
  encoding: string;
  source: EncodingSource;
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

/** The WHATWG encoding name for `label`, or null when TextDecoder does not know it. */
export function normalizeEncodingLabel(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * Throws an `InputError` (code `binary`) when `bytes` are not text: NUL bytes without a
 * UTF-16 byte-order mark, or the magic number of a known binary format.
 */
export function assertText(bytes: Uint8Array, name: string): void {
  if (bomEncoding(bytes)?.startsWith('utf-16')) return;
  for (const [format, signature] of BINARY_SIGNATURES) {
    if (signature.every((byte, i) => bytes[i] === byte)) {
      throw new InputError('binary', `${name} is a ${format} file, not text or HTML.`);
    }
  }
  const end = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  for (let i = 0; i < end; i++) {
    if (bytes[i] === 0) throw new InputError('binary', `${name} looks binary (it holds NUL bytes), not text or HTML.`);
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
  return text.replace(/[\u0080-\u009f]/g, (c) => String.fromCharCode(WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!));
}

function decodeWith(bytes: Uint8Array, encoding: string, fatal: boolean): string {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  return new TextDecoder(encoding, { fatal }).decode(bytes);
}

/** Decodes `bytes` by the cascade above, recording which source won. A BOM never reaches the text. */
export function decodeBytes(bytes: Uint8Array, hints: DecodeHints = {}): DecodedText {
  if (hints.override) {
    const encoding = normalizeEncodingLabel(hints.override);
    if (!encoding) throw new InputError('bad-encoding', `"${hints.override}" is not an encoding precis knows.`);
    return { text: decodeWith(bytes, encoding, false), encoding, source: 'option' };
  }
  const bom = bomEncoding(bytes);
  if (bom) return { text: decodeWith(bytes, bom, false), encoding: bom, source: 'bom' };
  try {
    return { text: decodeWith(bytes, 'utf-8', true), encoding: 'utf-8', source: 'utf-8' };
  } catch {
    // Not UTF-8: fall through to the declared charsets.
  }
  const declared: Array<[string | null | undefined, EncodingSource]> = [
    [hints.httpCharset, 'http'],
    [sniffMetaCharset(bytes), 'meta'],
  ];
  for (const [label, source] of declared) {
    const encoding = label ? normalizeEncodingLabel(label) : null;
    // A UTF-16 declaration on bytes without a BOM is a mistake the HTML standard says to ignore;
    // UTF-8 was already tried.
    if (encoding && !encoding.startsWith('utf-')) return { text: decodeWith(bytes, encoding, false), encoding, source };
  }
  return { text: decodeWith(bytes, 'windows-1252', false), encoding: 'windows-1252', source: 'fallback' };
}
