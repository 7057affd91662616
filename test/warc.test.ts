import { join } from 'node:path';
import { Readable } from 'node:stream';
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/errors.js';
import { warcUnits } from '../src/input/warc.js';
import { summarizeInput } from '../src/pipeline.js';
import { assertValidOutput, runCli, tempTree } from './helpers.js';
import { RECORD_END, gzipEach, headerLines, httpResponse, page, rawRecord, responseRecord, warcRecord, zeroBomb } from './warcBytes.js';

const records = [
  warcRecord('warcinfo', '', '2026-05-01T10:00:00Z', '00000000-0000-0000-0000-000000000001', 'software: precis test\r\n', 'application/warc-fields'),
  warcRecord('request', 'https://news.example/a', '2026-05-01T10:00:01Z', '00000000-0000-0000-0000-000000000002', 'GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n', 'application/http; msgtype=request'),
  warcRecord('response', 'https://news.example/a', '2026-05-01T10:00:02Z', '00000000-0000-0000-0000-000000000003', httpResponse('text/html; charset=utf-8', page('Bridge repairs approved', 'The old river bridge will be repaired.')), 'application/http; msgtype=response'),
  warcRecord('response', 'https://news.example/logo.png', '2026-05-01T10:00:03Z', '00000000-0000-0000-0000-000000000004', httpResponse('image/png', 'PNGDATA'), 'application/http; msgtype=response'),
  warcRecord('response', 'https://news.example/gone', '2026-05-01T10:00:04Z', '00000000-0000-0000-0000-000000000005', httpResponse('text/html', '<p>Moved</p>', '301 Moved Permanently'), 'application/http; msgtype=response'),
  warcRecord('response', 'https://news.example/b', '2026-05-01T10:00:05Z', '00000000-0000-0000-0000-000000000006', httpResponse('text/html', page('Tram fares frozen', 'Tram fares will not rise next year.')), 'application/http; msgtype=response'),
];

describe('web archives', () => {
  it.each([
    ['a WARC file', 'crawl.warc', Buffer.concat(records)],
    ['a WARC.gz file of gzipped records', 'crawl.warc.gz', Buffer.concat(records.map((record) => gzipSync(record)))],
  ])('every HTML response of %s becomes one summary with its URI and date', (_, name, bytes) => {
    const dir = tempTree({ [name]: bytes });
    const result = runCli(['--format', 'ndjson', join(dir, name)]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { id: string; source: { kind: string; url: string; date: string }; meta: { title: string } });
    lines.forEach(assertValidOutput);
    expect(lines.map((l) => [l.source.kind, l.source.url, l.source.date, l.meta.title])).toEqual([
      ['warc', 'https://news.example/a', '2026-05-01T10:00:02Z', 'Bridge repairs approved'],
      ['warc', 'https://news.example/b', '2026-05-01T10:00:05Z', 'Tram fares frozen'],
    ]);
    expect(lines[0]!.id).toBe('<urn:uuid:00000000-0000-0000-0000-000000000003>');
  });

  it('reads an archive from stdin with --input-format warc', () => {
    const result = runCli(['--input-format', 'warc', '--format', 'ndjson'], Buffer.concat(records));
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(2);
  });

  it('a file that is not an archive is one sentence on stderr', () => {
    const dir = tempTree({ 'broken.warc': 'this is not a web archive\n' });
    const result = runCli([join(dir, 'broken.warc')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${join(dir, 'broken.warc')} is not a readable web archive`);
  });
});

/** Chunks of this size feed the reader, so records and lines straddle chunk boundaries. */
const FEED_CHUNK_BYTES = 1000;
/** The byte limit of the damage table: well above the pages, far below the bombs. */
const TABLE_MAX_BYTES = 100_000;

const info = warcRecord('warcinfo', '', '2026-05-01T10:00:00Z', '00000000-0000-0000-0000-000000000001', 'software: precis test\r\n', 'application/warc-fields');
const httpA = httpResponse('text/html; charset=utf-8', page('Bridge repairs approved', 'The old river bridge will be repaired.'));
const httpB = httpResponse('text/html', page('Tram fares frozen', 'Tram fares will not rise next year.'));
const httpC = httpResponse('text/html', page('Harbour wall funded', 'The harbour wall will be rebuilt.'));
const A = responseRecord('https://news.example/a', '00000000-0000-0000-0000-00000000000a', httpA);
const B = responseRecord('https://news.example/b', '00000000-0000-0000-0000-00000000000b', httpB);
const C = responseRecord('https://news.example/c', '00000000-0000-0000-0000-00000000000c', httpC);
/** Record B with its Content-Length replaced (null: removed). */
const bWithLength = (length: string | null): Buffer => rawRecord(headerLines('response', 'https://news.example/b', 'b', 'application/http; msgtype=response', httpB.length, length), httpB);
/** Record B around an HTTP response whose body is `body` with the given header lines. */
const bWith = (body: Buffer | string, extra: string[]): Buffer => responseRecord('https://news.example/b', 'b', httpResponse('text/html', body, '200 OK', extra));
const pageB = page('Tram fares frozen', 'Tram fares will not rise next year.');
/** `body` in HTTP chunks of `size` bytes (the first with an extension, as servers may send). */
function chunked(body: Buffer, size: number): Buffer {
  const parts: Buffer[] = [];
  for (let at = 0; at < body.length; at += size) {
    const piece = body.subarray(at, at + size);
    parts.push(Buffer.from(`${piece.length.toString(16)}${at === 0 ? ';ext=1' : ''}\r\n`), piece, Buffer.from('\r\n'));
  }
  return Buffer.concat([...parts, Buffer.from('0\r\n\r\n')]);
}
/** A gzip member's CRC-32 is its 8th-to-last byte onward: changing it breaks only the check. */
const badCrc = (member: Buffer): Buffer => Buffer.concat([member.subarray(0, -8), Buffer.from([member.at(-8)! ^ 0xff]), member.subarray(-7)]);

type Outcome = ['summary', string] | ['error', string | RegExp];
const ok = (title: string): Outcome => ['summary', title];
const failed = (message: string | RegExp): Outcome => ['error', message];
const bridge = ok('Bridge repairs approved');
const tram = ok('Tram fares frozen');
const harbour = ok('Harbour wall funded');

interface DamageCase {
  name: string;
  file: string;
  bytes: () => Buffer;
  /** What each unit gave, in order: a summary's title or an error's sentence. */
  outcome: Outcome[];
}

/** Every unit of `file` loaded and summarized in turn, as the command line would. */
async function outcomeOf(file: string, bytes: Buffer, maxBytes = TABLE_MAX_BYTES): Promise<Array<['summary' | 'error', string]>> {
  const chunks = Array.from({ length: Math.ceil(bytes.length / FEED_CHUNK_BYTES) }, (_, i) => bytes.subarray(i * FEED_CHUNK_BYTES, (i + 1) * FEED_CHUNK_BYTES));
  const outcome: Array<['summary' | 'error', string]> = [];
  for await (const unit of warcUnits(Readable.from(chunks), file, maxBytes)) {
    try {
      outcome.push(['summary', summarizeInput(await unit.load()).meta.title ?? '']);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      outcome.push(['error', error.message]);
    }
  }
  return outcome;
}

const damageCases: DamageCase[] = [
  // Plain WARC: framing damage ends the archive after the whole records before it.
  { name: 'a block cut short', file: 'crawl.warc', bytes: () => Buffer.concat([info, A, B.subarray(0, -100)]), outcome: [bridge, failed(`crawl.warc record 3 is cut off: it declares ${httpB.length} bytes and the file ends after ${httpB.length - 96}.`)] },
  { name: 'the blank line after a block cut short', file: 'crawl.warc', bytes: () => Buffer.concat([info, A, B.subarray(0, -2)]), outcome: [bridge, failed('crawl.warc record 3 is cut off: the file ends before the blank line that closes it.')] },
  { name: 'a header cut short', file: 'crawl.warc', bytes: () => Buffer.concat([info, A, B.subarray(0, 40)]), outcome: [bridge, failed('crawl.warc record 3 is cut off: the file ends inside its header.')] },
  { name: 'a version line cut short', file: 'crawl.warc', bytes: () => Buffer.concat([info, A, Buffer.from('WAR')]), outcome: [bridge, failed('crawl.warc record 3 is cut off: the file ends inside its header.')] },
  { name: 'no Content-Length', file: 'crawl.warc', bytes: () => Buffer.concat([info, A, bWithLength(null), C]), outcome: [bridge, failed('crawl.warc record 3 has no Content-Length header.')] },
  { name: 'a negative Content-Length', file: 'crawl.warc', bytes: () => Buffer.concat([info, A, bWithLength('-5'), C]), outcome: [bridge, failed('crawl.warc record 3 has a Content-Length that is not a byte count ("-5").')] },
  { name: 'a non-numeric Content-Length', file: 'crawl.warc', bytes: () => Buffer.concat([info, A, bWithLength('lots'), C]), outcome: [bridge, failed('crawl.warc record 3 has a Content-Length that is not a byte count ("lots").')] },
  { name: 'an empty Content-Length', file: 'crawl.warc', bytes: () => Buffer.concat([info, A, bWithLength(''), C]), outcome: [bridge, failed('crawl.warc record 3 has a Content-Length that is not a byte count ("").')] },
  { name: 'a Content-Length too small', file: 'crawl.warc', bytes: () => Buffer.concat([info, A, bWithLength(String(httpB.length - 10)), C]), outcome: [bridge, failed(`crawl.warc record 3 does not end after the ${httpB.length - 10} bytes its Content-Length declares.`)] },
  { name: 'a Content-Length too large', file: 'crawl.warc', bytes: () => Buffer.concat([info, A, bWithLength(String(httpB.length + 10)), C]), outcome: [bridge, failed(`crawl.warc record 3 does not end after the ${httpB.length + 10} bytes its Content-Length declares.`)] },
  { name: 'a Content-Length past the end of the file', file: 'crawl.warc', bytes: () => Buffer.concat([info, A, bWithLength(String(httpB.length + 1000))]), outcome: [bridge, failed(`crawl.warc record 3 is cut off: it declares ${httpB.length + 1000} bytes and the file ends after ${httpB.length + 4}.`)] },
  { name: 'garbage between records', file: 'crawl.warc', bytes: () => Buffer.concat([info, A, Buffer.from('<html>leftovers</html>\r\n'), B]), outcome: [bridge, failed('crawl.warc has bytes that are not a WARC record after record 2.')] },
  { name: 'a flood of blank lines between records', file: 'crawl.warc', bytes: () => Buffer.concat([info, A, Buffer.alloc(1_000_000, '\r\n'), B]), outcome: [bridge, failed('crawl.warc has bytes that are not a WARC record after record 2.')] },
  { name: 'a few blank lines between records', file: 'crawl.warc', bytes: () => Buffer.concat([info, A, Buffer.from('\r\n\n\r\n'), B]), outcome: [bridge, tram] },
  { name: 'a header line without end', file: 'crawl.warc', bytes: () => Buffer.concat([info, A, Buffer.from(`WARC/1.0\r\nWARC-Type: ${'x'.repeat(200_000)}`)]), outcome: [bridge, failed('crawl.warc record 3 has a header longer than 65536 bytes.')] },
  { name: 'a malformed header line', file: 'crawl.warc', bytes: () => Buffer.concat([info, A, Buffer.from('WARC/1.0\r\nthis is no header\r\n\r\n'), C]), outcome: [bridge, failed('crawl.warc record 3 has a malformed header line.')] },
  { name: 'a file that is no archive', file: 'crawl.warc', bytes: () => Buffer.from('<html><body>a page</body></html>\n'), outcome: [failed('crawl.warc is not a readable web archive: it does not begin with a WARC version line.')] },
  { name: 'an empty file', file: 'crawl.warc', bytes: () => Buffer.alloc(0), outcome: [failed('crawl.warc is not a readable web archive: it holds no WARC record.')] },
  // WARC.gz: damage in the compression, found without losing the members before it.
  { name: 'a gzip member cut off', file: 'crawl.warc.gz', bytes: () => gzipEach([info, A, B]).subarray(0, -50), outcome: [bridge, failed('crawl.warc.gz record 3 is cut off: the file ends inside a gzip member.')] },
  { name: 'a gzip member cut off in its header', file: 'crawl.warc.gz', bytes: () => Buffer.concat([gzipEach([info, A]), gzipSync(B).subarray(0, 6)]), outcome: [bridge, failed('crawl.warc.gz is cut off inside a gzip member after record 2.')] },
  { name: 'garbage between gzip members', file: 'crawl.warc.gz', bytes: () => Buffer.concat([gzipEach([info, A]), Buffer.from('garbage'), gzipEach([B])]), outcome: [bridge, failed('crawl.warc.gz has bytes that are not gzip data after record 2.')] },
  { name: 'a gzip member failing its check', file: 'crawl.warc.gz', bytes: () => Buffer.concat([gzipEach([info, A]), badCrc(gzipSync(B)), gzipEach([C])]), outcome: [bridge, failed('crawl.warc.gz record 3 has damaged gzip data (a gzip member fails its check).')] },
  { name: 'a gzip bomb as a record block', file: 'crawl.warc.gz', bytes: () => Buffer.concat([gzipEach([info, A]), bombRecord(256 * 1024 * 1024), gzipEach([C])]), outcome: [bridge, failed(`crawl.warc.gz record 3 (https://news.example/b) is larger than the ${TABLE_MAX_BYTES}-byte limit (see --max-bytes).`), harbour] },
  { name: 'a gzip bomb in a header', file: 'crawl.warc.gz', bytes: () => Buffer.concat([gzipEach([info, A]), gzipSync('WARC/1.0\r\nWARC-Type: '), zeroBomb(64 * 1024 * 1024)]), outcome: [bridge, failed('crawl.warc.gz record 3 has a header longer than 65536 bytes.')] },
  { name: 'a gzip bomb as the whole file', file: 'crawl.warc.gz', bytes: () => zeroBomb(256 * 1024 * 1024), outcome: [failed('crawl.warc.gz is not a readable web archive: it does not begin with a WARC version line.')] },
  // The HTTP body's own codings: a record that cannot be decoded fails alone.
  { name: 'a gzip body', file: 'crawl.warc', bytes: () => Buffer.concat([info, A, bWith(gzipSync(pageB), ['Content-Encoding: gzip']), C]), outcome: [bridge, tram, harbour] },
  { name: 'a deflate body', file: 'crawl.warc', bytes: () => Buffer.concat([info, A, bWith(deflateSync(pageB), ['Content-Encoding: deflate']), C]), outcome: [bridge, tram, harbour] },
  { name: 'a raw deflate body', file: 'crawl.warc', bytes: () => Buffer.concat([info, A, bWith(deflateRawSync(pageB), ['Content-Encoding: deflate']), C]), outcome: [bridge, tram, harbour] },
  { name: 'a brotli body', file: 'crawl.warc', bytes: () => Buffer.concat([info, A, bWith(brotliCompressSync(pageB), ['Content-Encoding: br']), C]), outcome: [bridge, tram, harbour] },
  { name: 'a chunked body', file: 'crawl.warc', bytes: () => Buffer.concat([info, A, bWith(chunked(Buffer.from(pageB), 100), ['Transfer-Encoding: chunked']), C]), outcome: [bridge, tram, harbour] },
  { name: 'a chunked gzip body', file: 'crawl.warc', bytes: () => Buffer.concat([info, A, bWith(chunked(gzipSync(pageB), 64), ['Transfer-Encoding: chunked', 'Content-Encoding: gzip']), C]), outcome: [bridge, tram, harbour] },
  { name: 'a body stored decoded under a gzip header', file: 'crawl.warc', bytes: () => Buffer.concat([info, A, bWith(pageB, ['Content-Encoding: gzip']), C]), outcome: [bridge, tram, harbour] },
  { name: 'a chunked body of one-byte chunks', file: 'crawl.warc', bytes: () => Buffer.concat([info, A, bWith(chunked(Buffer.from(pageB), 1), ['Transfer-Encoding: chunked']), C]), outcome: [bridge, tram, harbour] },
  { name: 'a chunked body cut short', file: 'crawl.warc', bytes: () => Buffer.concat([info, A, bWith(`400\r\n${pageB}`, ['Transfer-Encoding: chunked']), C]), outcome: [bridge, failed('crawl.warc record 3 (https://news.example/b) has a chunked HTTP body that is cut off or malformed.'), harbour] },
  { name: 'a gzip body cut short', file: 'crawl.warc', bytes: () => Buffer.concat([info, A, bWith(gzipSync(pageB).subarray(0, 100), ['Content-Encoding: gzip']), C]), outcome: [bridge, failed('crawl.warc record 3 (https://news.example/b) has gzip content that cannot be inflated (unexpected end of file).'), harbour] },
  { name: 'a gzip body in a gzip member (nested gzip)', file: 'crawl.warc.gz', bytes: () => gzipEach([info, A, bWith(gzipSync(pageB), ['Content-Encoding: gzip']), C]), outcome: [bridge, tram, harbour] },
  { name: 'a gzip bomb as an HTTP body', file: 'crawl.warc', bytes: () => Buffer.concat([info, A, bWith(zeroBomb(64 * 1024 * 1024), ['Content-Encoding: gzip']), C]), outcome: [bridge, failed(`crawl.warc record 3 (https://news.example/b) is larger than the ${TABLE_MAX_BYTES}-byte limit once its gzip content is inflated (see --max-bytes).`), harbour] },
  { name: 'a gzip bomb as an HTTP body in a gzip member (both layers)', file: 'crawl.warc.gz', bytes: () => gzipEach([info, A, bWith(zeroBomb(64 * 1024 * 1024), ['Content-Encoding: gzip']), C]), outcome: [bridge, failed(`crawl.warc.gz record 3 (https://news.example/b) is larger than the ${TABLE_MAX_BYTES}-byte limit once its gzip content is inflated (see --max-bytes).`), harbour] },
  { name: 'a brotli bomb as an HTTP body', file: 'crawl.warc', bytes: () => Buffer.concat([info, A, bWith(brotliCompressSync(Buffer.alloc(16 * 1024 * 1024)), ['Content-Encoding: br']), C]), outcome: [bridge, failed(`crawl.warc record 3 (https://news.example/b) is larger than the ${TABLE_MAX_BYTES}-byte limit once its br content is inflated (see --max-bytes).`), harbour] },
];

/**
 * Record B as a block of `bytes` (its HTTP head, then zeros) in gzip members: the head in one,
 * the zeros in identical members, the record's end in another, as a bomb would be built.
 */
function bombRecord(bytes: number): Buffer {
  const zeros = zeroBomb(bytes);
  const zeroCount = Math.ceil(bytes / (16 * 1024 * 1024)) * 16 * 1024 * 1024;
  const head = Buffer.from('HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n');
  const lines = headerLines('response', 'https://news.example/b', 'b', 'application/http; msgtype=response', head.length + zeroCount);
  return Buffer.concat([gzipSync(Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`), head])), zeros, gzipSync(RECORD_END)]);
}

describe('damaged web archives: the whole records before the damage are summarized, then one sentence', () => {
  it.each(damageCases)('$name', async ({ file, bytes, outcome }) => {
    const got = await outcomeOf(file, bytes());
    expect(got).toHaveLength(outcome.length);
    outcome.forEach(([kind, expected], i) => {
      expect(got[i]![0]).toBe(kind);
      if (expected instanceof RegExp) expect(got[i]![1]).toMatch(expected);
      else expect(got[i]![1]).toBe(expected);
    });
  }, 30_000);

  it('a damaged deflate stream in a gzip member names the records around it', async () => {
    const member = gzipSync(Buffer.concat([B, C]), { level: 1 });
    // Flip bits in the middle of the deflate data: zlib finds it corrupt, or the check does.
    const broken = Buffer.from(member);
    for (let i = 20; i < broken.length - 20; i += 7) broken[i] ^= 0x55;
    const got = await outcomeOf('crawl.warc.gz', Buffer.concat([gzipEach([info, A]), broken]));
    expect(got[0]).toEqual(['summary', 'Bridge repairs approved']);
    expect(got).toHaveLength(2);
    expect(got[1]![1]).toMatch(/^crawl\.warc\.gz (?:has damaged gzip data after record 2|record 3 has damaged gzip data) \(.+\)\.$/);
  });
});
