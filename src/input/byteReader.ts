/**
 * A pull reader over a stream of byte chunks: lines with a length cap, exact reads and skips.
 * The framing readers of web archives (the gzip members and the WARC records inside them) are
 * built on it, so that what they hold is what they asked for and never a whole stream.
 */

/** How a line read ended. */
export type LineEnd =
  /** At the delimiter (a `\n` unless told), which the line includes. */
  | 'newline'
  /** At the end of the stream, without a `\n` (the line may be empty). */
  | 'eof'
  /** At the caller's cap, without a `\n` yet. */
  | 'limit';

/** One line from `ByteReader.readLine`. */
export interface Line {
  bytes: Buffer;
  end: LineEnd;
}

/**
 * Reads a chunk stream by request. It buffers only the chunks that a pending request needs, plus
 * what is left of the last chunk read, so memory follows the requests, not the stream.
 */
export class ByteReader {
  /** Chunks read from the source but not consumed; the first starts at `headOffset`. */
  private chunks: Buffer[] = [];
  private headOffset = 0;
  /** Bytes in `chunks` not yet consumed. */
  private buffered = 0;
  private done = false;
  /** Bytes consumed so far: where the reader is in the stream. */
  position = 0;

  constructor(private readonly source: AsyncIterator<Uint8Array>) {}

  /** Reads chunks until `count` bytes are buffered or the stream ends; whether they are. */
  private async fill(count: number): Promise<boolean> {
    while (this.buffered < count && !this.done) {
      const next = await this.source.next();
      if (next.done) {
        this.done = true;
        break;
      }
      const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value.buffer, next.value.byteOffset, next.value.byteLength);
      if (chunk.length === 0) continue;
      this.chunks.push(chunk);
      this.buffered += chunk.length;
    }
    return this.buffered >= count;
  }

  /** Takes up to `count` buffered bytes off the front (no copy when they lie in one chunk). */
  private take(count: number): Buffer {
    const parts: Buffer[] = [];
    let wanted = Math.min(count, this.buffered);
    const total = wanted;
    while (wanted > 0) {
      const chunk = this.chunks[0]!;
      const available = chunk.length - this.headOffset;
      const used = Math.min(available, wanted);
      parts.push(chunk.subarray(this.headOffset, this.headOffset + used));
      wanted -= used;
      if (used === available) {
        this.chunks.shift();
        this.headOffset = 0;
      } else this.headOffset += used;
    }
    this.buffered -= total;
    this.position += total;
    return parts.length === 1 ? parts[0]! : Buffer.concat(parts, total);
  }

  /** Whether the stream has no byte left. */
  async atEnd(): Promise<boolean> {
    return !(await this.fill(1));
  }

  /** The next `count` bytes without consuming them (fewer at the end of the stream). */
  async peek(count: number): Promise<Buffer> {
    await this.fill(count);
    const bytes = this.take(count);
    this.unread(bytes);
    return bytes;
  }

  /** The next `count` bytes, or fewer if the stream ends first. */
  async read(count: number): Promise<Buffer> {
    await this.fill(count);
    return this.take(count);
  }

  /** At most `max` bytes, as many as are buffered or arrive in one chunk; empty at the end. */
  async readSome(max: number): Promise<Buffer> {
    await this.fill(1);
    return this.take(Math.min(max, this.chunks.length > 0 ? this.chunks[0]!.length - this.headOffset : 0));
  }

  /** Consumes `count` bytes without keeping them; how many there were before the stream ended. */
  async skip(count: number): Promise<number> {
    let skipped = 0;
    while (skipped < count) {
      if (!(await this.fill(1))) break;
      skipped += this.take(Math.min(count - skipped, this.chunks[0]!.length - this.headOffset)).length;
    }
    return skipped;
  }

  /**
   * The bytes up to and including the next `delimiter` (a `\n` unless told), reading no more
   * than `max` bytes: a line without end is cut at `max` (end `limit`) instead of being
   * buffered whole.
   */
  async readLine(max: number, delimiter = 0x0a): Promise<Line> {
    let scanned = 0;
    for (;;) {
      // Look for the newline in what is buffered, from where the last look stopped.
      let seen = 0;
      for (let i = 0; i < this.chunks.length; i++) {
        const chunk = this.chunks[i]!;
        const start = i === 0 ? this.headOffset : 0;
        const length = chunk.length - start;
        if (seen + length > scanned) {
          const from = start + Math.max(0, scanned - seen);
          const newline = chunk.indexOf(delimiter, from);
          if (newline >= 0 && seen + (newline - start) < max) return { bytes: this.take(seen + (newline - start) + 1), end: 'newline' };
        }
        seen += length;
      }
      scanned = seen;
      if (scanned >= max) return { bytes: this.take(max), end: 'limit' };
      if (!(await this.fill(this.buffered + 1))) return { bytes: this.take(this.buffered), end: 'eof' };
    }
  }

  /** Puts `bytes` back at the front: they are read again next. */
  unread(bytes: Buffer): void {
    if (bytes.length === 0) return;
    if (this.headOffset > 0) {
      this.chunks[0] = this.chunks[0]!.subarray(this.headOffset);
      this.headOffset = 0;
    }
    this.chunks.unshift(bytes);
    this.buffered += bytes.length;
    this.position -= bytes.length;
  }

  /** Stops reading the source (it closes the file behind it). */
  async close(): Promise<void> {
    this.chunks = [];
    this.buffered = 0;
    this.headOffset = 0;
    this.done = true;
    await this.source.return?.();
  }
}
