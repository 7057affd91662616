/**
 * Streaming gunzip of a series of gzip members (a .warc.gz holds one per record), that keeps
 * every member boundary. zlib's own Gunzip runs on into the next member inside one native call
 * and, when the bytes after a member are not gzip, drops the output of that call with the error:
 * the records just before damage would be lost. Here each member is its own raw inflate, so all
 * that a whole member holds is delivered before the damage after it is reported.
 */
import { constants, crc32, createInflateRaw } from 'node:zlib';
import type { ByteReader } from './byteReader.js';

/** What went wrong in the compressed stream. */
export type GzipDamageKind =
  /** The stream ends inside a member. */
  | 'cut'
  /** Bytes between members that do not start a member. */
  | 'garbage'
  /** A member whose header, deflate data or check values are wrong. */
  | 'corrupt';

/** Damage in the gzip framing; the reader of what is inside names the record it hit. */
export class GzipDamage extends Error {
  constructor(
    readonly kind: GzipDamageKind,
    detail: string,
  ) {
    super(detail);
    this.name = 'GzipDamage';
  }
}

/** Output held back until a member is checked: the CRLF CRLF that closes a WARC record. */
const HELD_BACK_BYTES = 4;
/** The fixed part of a member header: magic, method, flags, time, extra flags, system. */
const FIXED_HEADER_BYTES = 10;
/** The member trailer: CRC-32 and length modulo 2^32 of the inflated data. */
const TRAILER_BYTES = 8;
/** Header flags (RFC 1952): a header CRC, an extra field, a file name, a comment; the rest are reserved. */
const FLAG_HCRC = 0x02;
const FLAG_EXTRA = 0x04;
const FLAG_NAME = 0x08;
const FLAG_COMMENT = 0x10;
const FLAG_RESERVED = 0xe0;
/** Cap on a member's file name or comment: real ones are a path at most; this stops a header without end. */
const MAX_HEADER_STRING_BYTES = 64 * 1024;
/**
 * Compressed bytes handed to the inflater at a time, and the size of its output chunks. The
 * inflater waits for its output to be read before going on, so this is about what it holds.
 */
const COMPRESSED_PIECE_BYTES = 64 * 1024;
const INFLATED_CHUNK_BYTES = 64 * 1024;

/** The inflated bytes of the gzip members read from `input`, as they come; throws `GzipDamage`. */
export async function* gunzipMembers(input: ByteReader): AsyncGenerator<Buffer> {
  for (let member = 0; ; member++) {
    const start = await input.peek(FIXED_HEADER_BYTES);
    if (start.length === 0) return;
    if (member > 0 && start.every((byte) => byte === 0)) {
      // Zero padding after the last member (tape blocks, preallocated files) is no data; zlib skips it too.
      await skipZeros(input);
      return;
    }
    await readHeader(input);
    let crc = 0;
    let size = 0;
    // The member's last bytes are held back until its trailer has checked it: a record is
    // whole only once its closing blank line is read, and archivers end each member with one,
    // so no record of a member that is cut or fails its check is ever yielded.
    let held: Buffer = Buffer.alloc(0);
    for await (const chunk of inflateRaw(input)) {
      crc = crc32(chunk, crc);
      size = (size + chunk.length) % 2 ** 32;
      // Only a chunk shorter than what is held is joined to it: the others are not copied.
      const pending = chunk.length >= HELD_BACK_BYTES ? chunk : Buffer.concat([held, chunk]);
      if (pending !== chunk) held = Buffer.alloc(0);
      if (held.length > 0) yield held;
      if (pending.length > HELD_BACK_BYTES) yield pending.subarray(0, pending.length - HELD_BACK_BYTES);
      held = pending.subarray(Math.max(0, pending.length - HELD_BACK_BYTES));
    }
    const trailer = await input.read(TRAILER_BYTES);
    if (trailer.length < TRAILER_BYTES) throw new GzipDamage('cut', 'the file ends inside a gzip member');
    if (trailer.readUInt32LE(0) !== crc || trailer.readUInt32LE(4) !== size) throw new GzipDamage('corrupt', 'a gzip member fails its check');
    if (held.length > 0) yield held;
  }
}

async function skipZeros(input: ByteReader): Promise<void> {
  for (let piece = await input.readSome(COMPRESSED_PIECE_BYTES); piece.length > 0; piece = await input.readSome(COMPRESSED_PIECE_BYTES)) {
    if (!piece.every((byte) => byte === 0)) throw new GzipDamage('garbage', 'bytes that are not gzip data');
  }
}

/** Reads one member header (RFC 1952 section 2.3), leaving `input` at its deflate data. */
async function readHeader(input: ByteReader): Promise<void> {
  const fixed = await input.read(FIXED_HEADER_BYTES);
  if (fixed[0] !== 0x1f || (fixed.length > 1 && fixed[1] !== 0x8b)) throw new GzipDamage('garbage', 'bytes that are not gzip data');
  if (fixed.length < FIXED_HEADER_BYTES) throw new GzipDamage('cut', 'the file ends inside a gzip member');
  if (fixed[2] !== 8) throw new GzipDamage('corrupt', 'unknown compression method');
  const flags = fixed[3]!;
  if (flags & FLAG_RESERVED) throw new GzipDamage('corrupt', 'reserved flags are set in a gzip header');
  if (flags & FLAG_EXTRA) {
    const length = await input.read(2);
    if (length.length < 2) throw new GzipDamage('cut', 'the file ends inside a gzip member');
    const extra = length.readUInt16LE(0);
    if ((await input.skip(extra)) < extra) throw new GzipDamage('cut', 'the file ends inside a gzip member');
  }
  for (const flag of [FLAG_NAME, FLAG_COMMENT]) {
    if (!(flags & flag)) continue;
    const text = await input.readLine(MAX_HEADER_STRING_BYTES, 0x00);
    if (text.end === 'eof') throw new GzipDamage('cut', 'the file ends inside a gzip member');
    if (text.end === 'limit') throw new GzipDamage('corrupt', 'a gzip header without end');
  }
  if (flags & FLAG_HCRC && (await input.skip(2)) < 2) throw new GzipDamage('cut', 'the file ends inside a gzip member');
}

/**
 * The output of one raw deflate stream read from `input`, chunk by chunk as it is read (the
 * inflater waits while its output is not taken). When the deflate stream ends, the compressed
 * bytes after it are given back to `input`.
 */
async function* inflateRaw(input: ByteReader): AsyncGenerator<Buffer> {
  const inflater = createInflateRaw({ chunkSize: INFLATED_CHUNK_BYTES });
  // Set by the inflater's events; the loop below reads them after each wake-up.
  const state = { failure: null as (Error & { code?: string }) | null, ended: false, writing: false };
  let wake: (() => void) | null = null;
  const notify = (): void => {
    const resume = wake;
    wake = null;
    resume?.();
  };
  inflater.on('readable', notify);
  inflater.on('end', () => {
    state.ended = true;
    notify();
  });
  inflater.on('error', (error: Error) => {
    state.failure = error;
    notify();
  });
  // One piece at a time is in the inflater, so when the deflate stream ends early, the bytes it
  // did not take are the tail of the last piece written.
  let last: Buffer | null = null;
  let written = 0;
  let finishing = false;
  try {
    for (;;) {
      for (let chunk = inflater.read() as Buffer | null; chunk !== null; chunk = inflater.read() as Buffer | null) yield chunk;
      if (state.failure) throw damageOf(state.failure, finishing);
      if (state.ended) break;
      // A piece the inflater did not take whole means the deflate stream ended inside it: its
      // 'end' event is on the way, and nothing more is written.
      const over = written > inflater.bytesWritten;
      if (!state.writing && !finishing && !over) {
        const next = await input.readSome(COMPRESSED_PIECE_BYTES);
        if (next.length === 0) {
          finishing = true;
          inflater.end();
        } else {
          last = next;
          written += next.length;
          state.writing = true;
          inflater.write(next, () => {
            state.writing = false;
            notify();
          });
        }
        continue;
      }
      await new Promise<void>((resolve) => (wake = resolve));
    }
    const unused = written - inflater.bytesWritten;
    if (unused > 0 && last) input.unread(last.subarray(last.length - unused));
  } finally {
    inflater.destroy();
  }
}

/** A zlib error as damage: the end of input while inflating is a cut, anything else corruption. */
function damageOf(error: Error & { code?: string; errno?: number }, finishing: boolean): GzipDamage {
  if (finishing && (error.code === 'Z_BUF_ERROR' || error.errno === constants.Z_BUF_ERROR)) return new GzipDamage('cut', 'the file ends inside a gzip member');
  return new GzipDamage('corrupt', error.message);
}
