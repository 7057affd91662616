/** Builders of WARC bytes for the tests: records, HTTP responses, pages and gzip bombs. */
import { gzipSync } from 'node:zlib';

/** What ends every WARC record. */
export const RECORD_END = '\r\n\r\n';

/** One record from its header lines (version line included) and block, as given: nothing is checked. */
export function rawRecord(lines: string[], block: Buffer | string, end = RECORD_END): Buffer {
  return Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'utf8'), Buffer.from(block), Buffer.from(end, 'latin1')]);
}

/** The header lines of a record, its Content-Length the block's unless `length` says (null: none). */
export function headerLines(type: string, uri: string, id: string, contentType: string, blockLength: number, length?: string | null): string[] {
  const lines = ['WARC/1.0', `WARC-Type: ${type}`, `WARC-Record-ID: <urn:uuid:${id}>`, `WARC-Date: 2026-05-01T10:00:00Z`];
  if (uri) lines.push(`WARC-Target-URI: ${uri}`);
  lines.push(`Content-Type: ${contentType}`);
  const declared = length === undefined ? String(blockLength) : length;
  if (declared !== null) lines.push(`Content-Length: ${declared}`);
  return lines;
}

/** One WARC record with a block of `payload`. */
export function warcRecord(type: string, uri: string, date: string, id: string, payload: string | Buffer, contentType: string): Buffer {
  const block = Buffer.from(payload);
  const lines = headerLines(type, uri, id, contentType, block.length).map((line) => (line.startsWith('WARC-Date:') ? `WARC-Date: ${date}` : line));
  return rawRecord(lines, block);
}

/** An HTTP response with `body` (bytes as given) and extra header lines. */
export function httpResponse(contentType: string, body: string | Buffer, status = '200 OK', extra: string[] = []): Buffer {
  const bytes = Buffer.from(body);
  const head = [`HTTP/1.1 ${status}`, `Content-Type: ${contentType}`, ...extra, ...(extra.some((line) => /^transfer-encoding/i.test(line)) ? [] : [`Content-Length: ${bytes.length}`])];
  return Buffer.concat([Buffer.from(`${head.join('\r\n')}\r\n\r\n`, 'latin1'), bytes]);
}

/** A response record of an HTTP response. */
export function responseRecord(uri: string, id: string, http: Buffer): Buffer {
  return rawRecord(headerLines('response', uri, id, 'application/http; msgtype=response', http.length), http);
}

/** A short news page titled `headline`. */
export const page = (headline: string, sentence: string): string =>
  `<!doctype html><html><head><title>${headline}</title></head><body><article><h1>${headline}</h1>` +
  `<p>${sentence} The decision was announced on Tuesday by the regional council, which said the work would take two years.</p>` +
  `<p>“We have waited long enough,” said Councillor Ana Silva, who chairs the transport committee.</p></article></body></html>`;

/** One gzip member of 16 MiB of zeros (about 16 KB): built once, repeated to make bombs quickly. */
const BOMB_MEMBER_BYTES = 16 * 1024 * 1024;
let bombMember: Buffer | null = null;

/**
 * Gzip data that inflates to `bytes` of zeros (rounded up to 16 MiB), made of identical
 * members: a 1 GB bomb is about 1 MB and takes a few tens of milliseconds to build.
 */
export function zeroBomb(bytes: number): Buffer {
  bombMember ??= gzipSync(Buffer.alloc(BOMB_MEMBER_BYTES), { level: 9 });
  return Buffer.concat(Array.from({ length: Math.ceil(bytes / BOMB_MEMBER_BYTES) }, () => bombMember!));
}

/** A .warc.gz as archivers write it: one gzip member per record. */
export const gzipEach = (records: Buffer[]): Buffer => Buffer.concat(records.map((record) => gzipSync(record)));
