/**
 * Generators of web archives for the property tests: WARC and WARC.gz byte streams of a few
 * small records (HTTP responses with gzip, deflate, br or chunked bodies, some cut or bombs;
 * other record types with random blocks), then damaged: cut anywhere, a wrong or bad
 * Content-Length, garbage between records or gzip members, a flipped byte. Each sample says how
 * many records lie wholly before its damage, which the reader must yield unchanged.
 */
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { RECORD_END } from '../warcBytes.js';

/** The byte limit the properties read with: some blocks and inflated bodies pass it. */
export const FUZZ_MAX_BYTES = 2048;

/** A small gzip bomb: 256 KB of zeros in a few hundred bytes, far past the limit once inflated. */
const SMALL_BOMB = gzipSync(Buffer.alloc(256 * 1024), { level: 9 });

/** One record as generated, before any damage. */
export interface GeneratedRecord {
  type: string;
  block: Buffer;
}

/** A byte stream to read, and what the reader owes on it. */
export interface WarcSample {
  bytes: Buffer;
  gzip: boolean;
  /** The size of the chunks the stream is fed in. */
  chunkBytes: number;
  records: GeneratedRecord[];
  /** Records that lie wholly before the first damage: all are yielded, unchanged. */
  intact: number;
  /** Whether anything was damaged (else every record is yielded and nothing fails). */
  damaged: boolean;
  /**
   * What the reader may yield at all: `exact`, only the generated records (a cut never changes
   * what comes before it, and a gzip member holds one record under its check); `prefix`, a
   * record whose length was changed may come short but never with bytes not its own; `whole`,
   * anything whole (a flipped byte in a plain block is still a whole record).
   */
  yields: 'exact' | 'prefix' | 'whole';
}

const html = fc.constantFrom(
  '<html><head><title>Harbour wall</title></head><body><p>The council approved the sea wall on Monday.</p></body></html>',
  '<p>Short page.</p>',
  '',
  '<!doctype html><title>x</title>',
);

/** An HTTP body with its codings, some of them broken or bombs. */
const body = fc
  .tuple(
    fc.oneof(html.map((text) => Buffer.from(text)), fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes))),
    fc.constantFrom('none', 'gzip', 'deflate', 'br', 'gzip-cut', 'gzip-bomb', 'gzip-gzip', 'gzip-claimed'),
    fc.boolean(),
  )
  .map(([content, coding, chunked]) => {
    let bytes: Buffer = content;
    const headers: string[] = [];
    if (coding === 'gzip') bytes = gzipSync(content);
    if (coding === 'deflate') bytes = deflateSync(content);
    if (coding === 'br') bytes = brotliCompressSync(content);
    if (coding === 'gzip-cut') bytes = gzipSync(content).subarray(0, 12);
    if (coding === 'gzip-bomb') bytes = SMALL_BOMB;
    if (coding === 'gzip-gzip') bytes = gzipSync(gzipSync(content));
    if (coding !== 'none') headers.push(`Content-Encoding: ${coding === 'gzip-gzip' ? 'gzip, gzip' : coding === 'deflate' || coding === 'br' ? coding : 'gzip'}`);
    if (chunked) {
      headers.push('Transfer-Encoding: chunked');
      bytes = Buffer.concat([Buffer.from(`${bytes.length.toString(16)}\r\n`), bytes, Buffer.from('\r\n0\r\n\r\n')]);
    }
    return { bytes, headers };
  });

const httpBlock = fc
  .tuple(fc.constantFrom('200 OK', '204 No Content', '301 Moved Permanently', '404 Not Found'), fc.constantFrom('text/html', 'text/html; charset=utf-8', 'application/xhtml+xml', 'image/png', ''), body)
  .map(([status, type, { bytes, headers }]) => {
    const head = [`HTTP/1.1 ${status}`, ...(type ? [`Content-Type: ${type}`] : []), ...headers, ''].join('\r\n');
    return Buffer.concat([Buffer.from(`${head}\r\n`), bytes]);
  });

const record: fc.Arbitrary<GeneratedRecord> = fc.oneof(
  httpBlock.map((block) => ({ type: 'response', block })),
  fc.tuple(fc.constantFrom('request', 'warcinfo', 'resource', 'metadata', 'response'), fc.uint8Array({ maxLength: 300 })).map(([type, block]) => ({ type, block: Buffer.from(block) })),
  // Blocks around the limit: some are read, some streamed past.
  fc.tuple(fc.constantFrom('resource', 'response'), fc.integer({ min: FUZZ_MAX_BYTES - 8, max: 3 * FUZZ_MAX_BYTES }), fc.integer({ min: 0, max: 255 })).map(([type, size, byte]) => ({ type, block: Buffer.alloc(size, byte) })),
);

/** A record's bytes, its Content-Length as given (`null`: the header is left out). */
function serialize(generated: GeneratedRecord, index: number, length: string | null = String(generated.block.length)): Buffer {
  const lines = ['WARC/1.0', `WARC-Type: ${generated.type}`, `WARC-Record-ID: <urn:uuid:fuzz-${index}>`, 'WARC-Target-URI: https://fuzz.example/page'];
  if (length !== null) lines.push(`Content-Length: ${length}`);
  return Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`), generated.block, Buffer.from(RECORD_END)]);
}

/** How the stream is damaged; positions are taken modulo what exists. */
type Damage =
  | { kind: 'none' }
  | { kind: 'cut'; at: number }
  | { kind: 'length'; record: number; value: string | null }
  | { kind: 'garbage'; record: number; bytes: Buffer }
  | { kind: 'flip'; at: number; mask: number };

const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.constant<Damage>({ kind: 'none' }),
  fc.nat().map((at): Damage => ({ kind: 'cut', at })),
  fc
    .tuple(fc.nat(), fc.oneof(fc.integer({ min: -40, max: 40 }).map((delta) => ({ delta })), fc.constantFrom<string | null>('-1', 'x', '', '1e3', ' 12', '99999999999999999999', null)))
    .map(([record, value]): Damage => ({ kind: 'length', record, value: typeof value === 'object' && value !== null ? `delta:${value.delta}` : value })),
  fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 40 })).map(([record, bytes]): Damage => ({ kind: 'garbage', record, bytes: Buffer.from(bytes) })),
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })).map(([at, mask]): Damage => ({ kind: 'flip', at, mask })),
);

/** How many of the `ends` (each piece's end offset) lie at or before `at`. */
const wholeBefore = (ends: number[], at: number): number => ends.filter((end) => end <= at).length;

function build(records: GeneratedRecord[], gzip: boolean, oneMember: boolean, hurt: Damage, chunkBytes: number): WarcSample {
  const count = records.length;
  // Damage to the WARC layer: lengths and garbage are made before compression.
  const pieces = records.map((generated, i) => {
    if (hurt.kind === 'length' && count > 0 && hurt.record % count === i) {
      const value = hurt.value?.startsWith('delta:') ? String(generated.block.length + Number(hurt.value.slice(6))) : hurt.value;
      return serialize(generated, i, value);
    }
    return serialize(generated, i);
  });
  if (hurt.kind === 'garbage' && count > 0) {
    const i = hurt.record % count;
    pieces[i] = Buffer.concat([hurt.bytes, pieces[i]!]);
  }
  // A length that happens to equal the block's is no damage.
  const unchanged = hurt.kind === 'length' && hurt.value === 'delta:0';
  let intact = count;
  if (((hurt.kind === 'length' && !unchanged) || hurt.kind === 'garbage') && count > 0) intact = hurt.record % count;
  const members = gzip ? (oneMember ? [gzipSync(Buffer.concat(pieces))] : pieces.map((piece) => gzipSync(piece))) : pieces;
  let bytes = Buffer.concat(members);
  const ends: number[] = [];
  members.reduce((offset, member) => (ends.push(offset + member.length), offset + member.length), 0);
  // In one member, every record's safety is the member's.
  const recordEnds = gzip && oneMember ? records.map(() => ends[0]!) : ends;
  if (hurt.kind === 'cut' && bytes.length > 0) {
    const at = hurt.at % (bytes.length + 1);
    bytes = bytes.subarray(0, at);
    intact = Math.min(intact, wholeBefore(recordEnds, at));
  }
  if (hurt.kind === 'flip' && bytes.length > 0) {
    const at = hurt.at % bytes.length;
    bytes = Buffer.from(bytes);
    bytes[at] = bytes[at]! ^ hurt.mask;
    intact = Math.min(intact, wholeBefore(recordEnds, at));
  }
  const yields = hurt.kind === 'none' || hurt.kind === 'cut' || (hurt.kind === 'flip' && gzip && !oneMember) ? 'exact' : hurt.kind === 'flip' ? 'whole' : 'prefix';
  return { bytes, gzip, chunkBytes, records, intact, damaged: hurt.kind !== 'none' && !unchanged && count > 0, yields };
}

/** A WARC or WARC.gz stream of up to 5 records, damaged or not. */
export const warcSample: fc.Arbitrary<WarcSample> = fc
  .tuple(fc.array(record, { maxLength: 5 }), fc.boolean(), fc.boolean(), damage, fc.integer({ min: 1, max: 4096 }))
  .map(([records, gzip, oneMember, hurt, chunkBytes]) => build(records, gzip, oneMember, hurt, chunkBytes));
