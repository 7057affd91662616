/**
 * The HTTP response inside a WARC response record: its status line and headers, and its body
 * with the transfer and content codings undone (chunked; gzip, deflate, br), every inflation
 * capped at the byte limit so a small compressed body cannot grow without bound.
 */
import { promisify } from 'node:util';
import { brotliDecompress, gunzip, inflate, inflateRaw, type ZlibOptions, type BrotliOptions } from 'node:zlib';
import { InputError } from '../errors.js';

/** Cap on the status line and headers: real ones are a few kilobytes; this bounds a head without end. */
export const MAX_HTTP_HEAD_BYTES = 64 * 1024;
/** Codings undone at most, one on another ("gzip, br"): more is no real server's doing. */
const MAX_CONTENT_CODINGS = 3;
/** Cap on one chunk-size line of a chunked body (the size in hex and any extensions). */
const MAX_CHUNK_LINE_BYTES = 1024;

const STATUS_LINE = /^HTTP\/\d(?:\.\d)? +(\d{3})\b/;
/** `Name: value`; the value is trimmed after. */
const HEADER_LINE = /^([!#$%&'*+\-.^_`|~0-9A-Za-z]+):(.*)$/s;
/** A chunk-size line: hex digits, then optional extensions after `;`. */
const CHUNK_SIZE = /^([0-9A-Fa-f]{1,12})[ \t]*(?:;.*)?\r?$/s;

/** The status and headers of a response, and where its body starts in the block. */
export interface HttpHead {
  status: number;
  /** Header names in lower case, each with its values in order. */
  headers: Map<string, string[]>;
  bodyStart: number;
}

/** The first value of header `name`, or null. */
export function headerValue(head: HttpHead, name: string): string | null {
  return head.headers.get(name)?.[0] ?? null;
}

/**
 * The head of the HTTP response at the start of `block`, or null when the block does not start
 * with one (a DNS record, a bare file) or its head is longer than the cap or without end.
 */
export function parseHttpHead(block: Buffer): HttpHead | null {
  const window = block.subarray(0, MAX_HTTP_HEAD_BYTES);
  let end = window.indexOf('\r\n\r\n');
  let separator = 4;
  // Some archives hold heads with bare line feeds; take whichever blank line comes first.
  const bare = window.indexOf('\n\n');
  if (bare >= 0 && (end < 0 || bare < end)) {
    end = bare;
    separator = 2;
  }
  if (end < 0) return null;
  const lines = window.subarray(0, end).toString('latin1').split(/\r?\n/);
  const status = STATUS_LINE.exec(lines[0] ?? '');
  if (!status) return null;
  const headers = new Map<string, string[]>();
  for (const line of lines.slice(1)) {
    const field = HEADER_LINE.exec(line);
    // A malformed header line in a response that was served is skipped, as browsers do.
    if (!field) continue;
    const name = field[1]!.toLowerCase();
    headers.set(name, [...(headers.get(name) ?? []), field[2]!.trim()]);
  }
  return { status: Number(status[1]), headers, bodyStart: end + separator };
}

/** The codings named by all the headers `name`, in the order they were applied, lower case. */
function codings(head: HttpHead, name: string): string[] {
  return (head.headers.get(name) ?? [])
    .flatMap((value) => value.split(','))
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== '' && coding !== 'identity');
}

/**
 * The body of a chunked message, or null when `body` does not start like one: some archivers
 * store the body already joined but keep the header, so a first line that is no chunk size is
 * read as a plain body. A chunked body that starts well and then breaks is damage.
 */
function dechunk(body: Buffer, name: string): Buffer | null {
  // The joined body is never longer than the chunked one: one buffer, filled in place (a list of
  // pieces would cost an object per chunk, and chunks can be one byte each).
  const joined = Buffer.allocUnsafe(body.length);
  let length = 0;
  let at = 0;
  const broken = (): InputError => new InputError('bad-record', `${name} has a chunked HTTP body that is cut off or malformed.`);
  for (let first = true; ; first = false) {
    const lineEnd = body.indexOf(0x0a, at);
    const size = lineEnd >= 0 && lineEnd - at <= MAX_CHUNK_LINE_BYTES ? CHUNK_SIZE.exec(body.subarray(at, lineEnd).toString('latin1')) : null;
    if (!size) {
      if (first) return null;
      throw broken();
    }
    const chunkLength = parseInt(size[1]!, 16);
    at = lineEnd + 1;
    // The last chunk has size 0; trailer fields after it are not content.
    if (chunkLength === 0) return joined.subarray(0, length);
    if (at + chunkLength > body.length) throw broken();
    length += body.copy(joined, length, at, at + chunkLength);
    at += chunkLength;
    if (body[at] === 0x0d) at++;
    if (body[at] !== 0x0a) throw broken();
    at++;
  }
}

type Decoder = (data: Buffer, options: ZlibOptions & BrotliOptions) => Promise<Buffer>;

const gunzipAsync = promisify(gunzip) as Decoder;
const inflateAsync = promisify(inflate) as Decoder;
const inflateRawAsync = promisify(inflateRaw) as Decoder;
const brotliAsync = promisify(brotliDecompress) as Decoder;

/** "deflate" means zlib-wrapped by the standard and raw by some servers: both are read. */
const deflateAsync: Decoder = async (data, options) => {
  try {
    return await inflateAsync(data, options);
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw error;
    return inflateRawAsync(data, options);
  }
};

const DECODERS: Record<string, Decoder> = { gzip: gunzipAsync, 'x-gzip': gunzipAsync, deflate: deflateAsync, br: brotliAsync };

/** Whether `data` looks already decoded: HTML or text where compressed bytes were announced. */
function looksPlain(data: Buffer): boolean {
  const start = data.subarray(0, 64).toString('latin1').trimStart();
  return start === '' || start.startsWith('<');
}

/**
 * The body of the response in `block`, its codings undone. Each inflation stops at `maxBytes`
 * (an `InputError` too-large); a body that cannot be decoded is an `InputError` bad-record.
 * `name` names the record in messages.
 */
export async function responseBody(block: Buffer, head: HttpHead, maxBytes: number, name: string): Promise<Buffer> {
  let body = block.subarray(head.bodyStart);
  if (codings(head, 'transfer-encoding').includes('chunked')) body = dechunk(body, name) ?? body;
  const applied = codings(head, 'content-encoding');
  if (applied.length > MAX_CONTENT_CODINGS) throw new InputError('bad-record', `${name} has more than ${MAX_CONTENT_CODINGS} content codings.`);
  for (const coding of applied.reverse()) {
    const decode = DECODERS[coding];
    if (!decode) throw new InputError('bad-record', `${name} has content in a coding precis does not read (${JSON.stringify(coding.slice(0, 20))}).`);
    // Archivers that store the decoded body but keep the header: gzip shows it by its magic.
    if ((coding === 'gzip' || coding === 'x-gzip') && !(body[0] === 0x1f && body[1] === 0x8b)) break;
    try {
      body = await decode(body, { maxOutputLength: maxBytes });
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new InputError('too-large', `${name} is larger than the ${maxBytes}-byte limit once its ${coding} content is inflated (see --max-bytes).`, { cause: error });
      }
      if (looksPlain(body)) break;
      throw new InputError('bad-record', `${name} has ${coding} content that cannot be inflated (${(error as Error).message}).`, { cause: error });
    }
  }
  return body;
}
