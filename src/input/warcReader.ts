/**
 * A streaming reader of WARC files (ISO 28500), plain or as a series of gzip members: version
 * line, header lines, a blank line, `Content-Length` bytes of block, CRLF CRLF. It holds at most
 * one record's block (never more than the byte limit) and a bounded header; a block over the
 * limit is skipped as it streams by. Damage (a cut file, a wrong length, bytes between records, a
 * broken gzip member) ends the reading with one `InputError` naming the file and the record,
 * after every whole record before it was yielded.
 */
import { InputError } from '../errors.js';
import { oneLine } from '../render/sanitize.js';
import { ByteReader, type Line } from './byteReader.js';
import { GzipDamage, gunzipMembers } from './gzipMembers.js';

/** Cap on one record's header block (version line included): real ones are a few hundred bytes. */
export const MAX_WARC_HEADER_BYTES = 64 * 1024;
/** Cap on the blank lines tolerated between records: a few are seen; a flood of them is no archive. */
const MAX_GAP_BYTES = 64 * 1024;
/** How much of a damaged header value is quoted in a message. */
const QUOTED_VALUE_CHARS = 40;

/** The line that opens every record: `WARC/1.0`, `WARC/1.1`, `WARC/0.18` … */
const VERSION_LINE = /^WARC\/\d+\.\d+\r?\n$/;
/** The start of a version line, cut: `W`, `WAR`, `WARC/1.` … */
const VERSION_LINE_START = /^(?:W|WA|WAR|WARC|WARC\/\d*(?:\.\d*)?\r?)$/;
/** `Name: value` (its line end removed); names are HTTP tokens, the value is trimmed after. */
const HEADER_LINE = /^([!#$%&'*+\-.^_`|~0-9A-Za-z]+):(.*)$/s;
/** A folded line: it goes on the value before it. */
const CONTINUATION_LINE = /^[ \t]/;
const BLANK_LINE = /^\r?\n$/;
/** The end of a line. */
const LINE_END = /\r?\n$/;
/** What ends every block. */
const RECORD_END = Buffer.from('\r\n\r\n');

/** One record of an archive. */
export interface WarcRecord {
  /** Its position in the archive, from 1. */
  index: number;
  /** Header names in lower case; a repeated header keeps its first value. */
  headers: Map<string, string>;
  /** The block's length, as its `Content-Length` declares. */
  length: number;
  /** The whole block, or `null` when it was skipped: over the limit, or not kept. */
  block: Buffer | null;
  /** The first bytes of a kept block that was over the limit (up to `prefixBytes`); else empty. */
  prefix: Buffer;
}

export interface WarcReadOptions {
  /** The archive's name in messages. */
  name: string;
  /** The largest block read into memory; a longer one is skipped. */
  maxBytes: number;
  /** Whether a record's block is wanted (all are by default); the others are skipped unread. */
  keep?: (headers: Map<string, string>) => boolean;
  /** How much of the start of a kept block over the limit is still read (to name what it was). */
  prefixBytes?: number;
}

/** An error of the byte source itself (a read error of the file), told apart from our own bugs. */
class SourceError extends Error {}

async function* guarded(source: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const iterator = source[Symbol.asyncIterator]();
  try {
    for (;;) {
      let next: IteratorResult<Uint8Array>;
      try {
        next = await iterator.next();
      } catch (error) {
        throw new SourceError((error as NodeJS.ErrnoException | null)?.code ?? (error as Error | null)?.message ?? String(error), { cause: error });
      }
      if (next.done) return;
      yield next.value;
    }
  } finally {
    await iterator.return?.();
  }
}

/** Where the reader is, for messages: the record it is in, or the last one it finished. */
interface Place {
  name: string;
  index: number;
  /** Whether the version line of record `index` was read. */
  inRecord: boolean;
}

const after = (place: Place): string => (place.index === 0 ? 'at its start' : `after record ${place.index}`);
const damaged = (message: string): InputError => new InputError('bad-record', message);

/** Bytes where a record should start: at the start, the file is no archive. */
function notARecord(place: Place): InputError {
  if (place.index === 0) return new InputError('unreadable', `${place.name} is not a readable web archive: it does not begin with a WARC version line.`);
  return damaged(`${place.name} has bytes that are not a WARC record ${after(place)}.`);
}

function gzipMessage(damage: GzipDamage, place: Place): string {
  const { name, index } = place;
  if (damage.kind === 'cut') return place.inRecord ? `${name} record ${index} is cut off: the file ends inside a gzip member.` : `${name} is cut off inside a gzip member ${after(place)}.`;
  if (damage.kind === 'garbage') return place.inRecord ? `${name} record ${index} is broken by bytes that are not gzip data.` : `${name} has bytes that are not gzip data ${after(place)}.`;
  return place.inRecord ? `${name} record ${index} has damaged gzip data (${damage.message}).` : `${name} has damaged gzip data ${after(place)} (${damage.message}).`;
}

/**
 * The records of the WARC or WARC.gz stream `source` (gzip is told by its first bytes), in
 * order, read as they are asked for. Throws only `InputError`: for damage, after yielding every
 * whole record before it.
 */
export async function* readWarc(source: AsyncIterable<Uint8Array>, options: WarcReadOptions): AsyncGenerator<WarcRecord> {
  const place: Place = { name: options.name, index: 0, inRecord: false };
  const raw = new ByteReader(guarded(source));
  let reader = raw;
  try {
    const magic = await raw.peek(2);
    if (magic[0] === 0x1f && magic[1] === 0x8b) reader = new ByteReader(gunzipMembers(raw));
    yield* records(reader, options, place);
  } catch (error) {
    if (error instanceof GzipDamage) throw damaged(gzipMessage(error, place));
    if (error instanceof SourceError) throw new InputError('unreadable', `${options.name} cannot be read ${after(place)} (${error.message}).`, { cause: error });
    throw error;
  } finally {
    await reader.close();
    if (reader !== raw) await raw.close();
  }
}

async function* records(reader: ByteReader, options: WarcReadOptions, place: Place): AsyncGenerator<WarcRecord> {
  const { name, maxBytes, keep = () => true, prefixBytes = 0 } = options;
  let gap = 0;
  for (;;) {
    place.inRecord = false;
    const first = await reader.readLine(MAX_WARC_HEADER_BYTES);
    const text = first.bytes.toString('latin1');
    // Blank lines between records are tolerated (some writers add them); the end may come here.
    if (first.end === 'newline' && BLANK_LINE.test(text)) {
      gap += first.bytes.length;
      if (gap > MAX_GAP_BYTES) throw notARecord(place);
      continue;
    }
    gap = 0;
    if (first.end === 'eof' && /^\r?$/.test(text)) {
      if (place.index === 0) throw new InputError('unreadable', `${name} is not a readable web archive: it holds no WARC record.`);
      return;
    }
    if (first.end !== 'newline' || !VERSION_LINE.test(text)) {
      if (first.end === 'eof' && VERSION_LINE_START.test(text)) throw damaged(`${name} record ${place.index + 1} is cut off: the file ends inside its header.`);
      throw notARecord(place);
    }
    place.index++;
    place.inRecord = true;
    const headers = await readHeaders(reader, first.bytes.length, place);
    const length = contentLength(headers, place);
    const kept = keep(headers);
    let block: Buffer | null = null;
    let prefix: Buffer = Buffer.alloc(0);
    let got: number;
    if (kept && length <= maxBytes) {
      block = await reader.read(length);
      got = block.length;
    } else {
      // Streamed past, never held: an over-limit block costs only the time to read it.
      if (kept) prefix = await reader.read(Math.min(length, prefixBytes));
      got = prefix.length + (await reader.skip(length - prefix.length));
    }
    if (got < length) throw damaged(`${name} record ${place.index} is cut off: it declares ${length} bytes and the file ends after ${got}.`);
    const end = await reader.read(RECORD_END.length);
    if (!end.equals(RECORD_END)) {
      if (end.length < RECORD_END.length && RECORD_END.subarray(0, end.length).equals(end)) {
        throw damaged(`${name} record ${place.index} is cut off: the file ends before the blank line that closes it.`);
      }
      throw damaged(`${name} record ${place.index} does not end after the ${length} bytes its Content-Length declares.`);
    }
    yield { index: place.index, headers, length, block, prefix };
  }
}

/** The header lines after the version line, up to the blank line, within the header cap. */
async function readHeaders(reader: ByteReader, used: number, place: Place): Promise<Map<string, string>> {
  const { name, index } = place;
  const headers = new Map<string, string>();
  let lastName: string | null = null;
  for (;;) {
    const line: Line = await reader.readLine(MAX_WARC_HEADER_BYTES - used);
    used += line.bytes.length;
    if (line.end === 'eof') throw damaged(`${name} record ${index} is cut off: the file ends inside its header.`);
    if (line.end === 'limit') throw damaged(`${name} record ${index} has a header longer than ${MAX_WARC_HEADER_BYTES} bytes.`);
    const text = line.bytes.toString('utf8');
    if (BLANK_LINE.test(text)) return headers;
    const content = text.replace(LINE_END, '');
    const field = HEADER_LINE.exec(content);
    if (field) {
      lastName = field[1]!.toLowerCase();
      const value = field[2]!.trim();
      if (lastName === 'content-length' && headers.has(lastName) && headers.get(lastName) !== value) {
        throw damaged(`${name} record ${index} has two Content-Length headers that disagree.`);
      }
      if (!headers.has(lastName)) headers.set(lastName, value);
      continue;
    }
    // WARC 1.0 allows folding, as HTTP/1.0 did.
    if (CONTINUATION_LINE.test(content) && lastName !== null) {
      headers.set(lastName, `${headers.get(lastName)!} ${content.trim()}`.trim());
      continue;
    }
    throw damaged(`${name} record ${index} has a malformed header line.`);
  }
}

/** The block length the headers declare: a decimal byte count, or damage. */
function contentLength(headers: Map<string, string>, place: Place): number {
  const value = headers.get('content-length');
  if (value === undefined) throw damaged(`${place.name} record ${place.index} has no Content-Length header.`);
  const length = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(length)) {
    throw damaged(`${place.name} record ${place.index} has a Content-Length that is not a byte count (${JSON.stringify(oneLine(value).slice(0, QUOTED_VALUE_CHARS))}).`);
  }
  return length;
}
