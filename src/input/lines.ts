/**
 * The lines of an NDJSON stream, read as bytes with a cap on each line: a line longer than the
 * cap is skipped as it streams (only its first bytes are kept, to name it), so one huge or
 * endless line costs bounded memory and the lines after it are still read.
 */
import type { Readable } from 'node:stream';

/** A line longer than the cap: how long it was and its first bytes, decoded. */
export interface OversizedLine {
  oversized: true;
  bytes: number;
  head: string;
}

/**
 * Bytes kept from the start of an oversized line: enough for the `"id"` that records usually
 * put first, little enough that a stream of huge lines stays small.
 */
export const OVERSIZED_HEAD_BYTES = 64 * 1024;

const NEWLINE = 0x0a;
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * The lines of `stream` (without their `\n` or `\r\n`), as they arrive, with a UTF-8 byte-order
 * mark at the start of the stream removed. A line of more than `maxLineBytes` bytes is yielded
 * as an `OversizedLine` instead. Read from the stream's own async iterator rather than
 * readline's, whose iterator could be left waiting forever at the end of a pipe under load.
 */
export async function* linesOf(stream: Readable, maxLineBytes = Infinity): AsyncGenerator<string | OversizedLine> {
  // The pieces of the line not yet ended: joined once, when its newline comes, so a very long
  // line costs linear time.
  let pieces: Buffer[] = [];
  let size = 0;
  let oversized = false;

  const add = (piece: Buffer): void => {
    size += piece.length;
    if (oversized) {
      const room = OVERSIZED_HEAD_BYTES - pieces.reduce((sum, kept) => sum + kept.length, 0);
      if (room > 0) pieces.push(piece.subarray(0, room));
      return;
    }
    pieces.push(piece);
    if (size > maxLineBytes) {
      oversized = true;
      pieces = [Buffer.concat(pieces).subarray(0, OVERSIZED_HEAD_BYTES)];
    }
  };
  const finish = (): string | OversizedLine => {
    const bytes = Buffer.concat(pieces);
    const line: string | OversizedLine = oversized ? { oversized: true, bytes: size, head: bytes.toString('utf8') } : bytes.toString('utf8');
    pieces = [];
    size = 0;
    oversized = false;
    return typeof line === 'string' && line.endsWith('\r') ? line.slice(0, -1) : line;
  };

  // The stream's first bytes, held until there are enough to tell a byte-order mark (which a
  // pipe may deliver a byte at a time).
  let start: Buffer | null = Buffer.alloc(0);
  const lines = function* (buffer: Buffer): Generator<string | OversizedLine> {
    let from = 0;
    for (let newline = buffer.indexOf(NEWLINE, from); newline >= 0; newline = buffer.indexOf(NEWLINE, from)) {
      add(buffer.subarray(from, newline));
      yield finish();
      from = newline + 1;
    }
    if (from < buffer.length) add(buffer.subarray(from));
  };

  for await (const chunk of stream) {
    let buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    if (start) {
      start = Buffer.concat([start, buffer]);
      if (start.length < UTF8_BOM.length && UTF8_BOM.subarray(0, start.length).equals(start)) continue;
      buffer = start.subarray(0, UTF8_BOM.length).equals(UTF8_BOM) ? start.subarray(UTF8_BOM.length) : start;
      start = null;
    }
    yield* lines(buffer);
  }
  if (start) yield* lines(start.subarray(0, UTF8_BOM.length).equals(UTF8_BOM) ? start.subarray(UTF8_BOM.length) : start);
  if (size > 0 || pieces.length > 0) yield finish();
}

/**
 * The top-level `"id"` of a JSON object's first bytes (a string, or a number as a string), or
 * `null` when those bytes do not show one: enough to name a record too large to parse.
 */
export function idOfHead(head: string): string | null {
  let depth = 0;
  for (let i = 0; i < head.length; i++) {
    const char = head[i];
    if (char === '{' || char === '[') depth++;
    else if (char === '}' || char === ']') depth--;
    else if (char === '"') {
      const end = stringEnd(head, i);
      if (end < 0) return null;
      if (depth === 1 && head.slice(i, end + 1) === '"id"') {
        const value = /^\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(head.slice(end + 1));
        if (!value) return null;
        const parsed: unknown = JSON.parse(value[1]!);
        return typeof parsed === 'string' ? parsed : String(parsed);
      }
      i = end;
    }
  }
  return null;
}

/** Index of the quote that closes the JSON string opening at `start`, or -1 if it does not close. */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i;
  }
  return -1;
}
