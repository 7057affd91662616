/**
 * Hostile and damaged web archives through the command line: cut records, wrong lengths,
 * garbage, cut gzip members and gzip bombs in either layer. A damaged shard prints the whole
 * records before the damage, then one sentence naming the file and the record, and exits 1;
 * an over-limit record fails alone. Bombs are built from identical gzip members, in milliseconds.
 */
import { gzipSync } from 'node:zlib';
import { expect } from 'vitest';
import type { MeasuredResult } from '../helpers.js';
import { RECORD_END, gzipEach, headerLines, httpResponse, page, rawRecord, responseRecord, zeroBomb } from '../warcBytes.js';
import type { HostileCase } from './types.js';

const A = responseRecord('https://news.example/a', 'a', httpResponse('text/html', page('Bridge repairs approved', 'The old river bridge will be repaired.')));
const httpB = httpResponse('text/html', page('Tram fares frozen', 'Tram fares will not rise next year.'));
const B = responseRecord('https://news.example/b', 'b', httpB);
const C = responseRecord('https://news.example/c', 'c', httpResponse('text/html', page('Harbour wall funded', 'The harbour wall will be rebuilt.')));

/** Sizes of the bombs: far past the 1 GB memory bound of the table if anything held them. */
const GIGABYTE = 1024 * 1024 * 1024;
const BOMB_BYTES = 1.5 * GIGABYTE;

/** Record B as a 1.5 GB block (an HTML head, then zeros) spread over gzip members. */
function bombBlockRecord(): Buffer {
  const zeros = zeroBomb(BOMB_BYTES);
  const head = Buffer.from('HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n');
  const lines = headerLines('response', 'https://news.example/b', 'b', 'application/http; msgtype=response', head.length + BOMB_BYTES);
  return Buffer.concat([gzipSync(Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`), head])), zeros, gzipSync(RECORD_END)]);
}

/** Record B whose HTTP body is a gzip bomb of `bytes` zeros. */
const httpBombRecord = (bytes: number): Buffer =>
  responseRecord('https://news.example/b', 'b', httpResponse('text/html', zeroBomb(bytes), '200 OK', ['Content-Encoding: gzip']));

interface Line {
  meta?: { title: string };
  error?: { code: string; message: string };
}

const ndjsonLines = (result: MeasuredResult): Line[] => result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Line);

/** What each NDJSON line was: a summary's title, or `error: <message>`. */
const outcome = (result: MeasuredResult): string[] => ndjsonLines(result).map((line) => (line.error ? `error: ${line.error.message}` : (line.meta?.title ?? '')));

/** Exit 1 and, on stderr, `sentence` (about `path`) then the batch's count of failures. */
function failedWith(result: MeasuredResult, path: string, sentence: string, failed: number, of: number): void {
  expect(result.code).toBe(1);
  expect(result.stderr.trim().split('\n')).toEqual([`precis: ${path}${sentence}`, `precis: ${failed} of ${of} inputs failed.`]);
}

export const warcCases: HostileCase[] = [
  {
    name: 'a WARC record cut before its Content-Length (it hung at 100% CPU)',
    file: 'h.warc',
    content: () => 'WARC/1.0\r\nWARC-Type: request\r\nContent-Length: 500\r\n\r\nGET / HTTP/1.1\r\n',
    timeMs: 10_000,
    expect: { kind: 'refused', phrase: / record 1 is cut off: it declares 500 bytes and the file ends after 16\.$/ },
  },
  {
    name: 'a damaged WARC shard: the records before the damage, then an error record',
    file: 'shard.warc',
    content: () => Buffer.concat([A, C, B.subarray(0, -100)]),
    args: ['--format', 'ndjson'],
    expect: {
      kind: 'custom',
      check: (result, path) => {
        const sentence = ` record 3 is cut off: it declares ${httpB.length} bytes and the file ends after ${httpB.length - 96}.`;
        expect(outcome(result)).toEqual(['Bridge repairs approved', 'Harbour wall funded', `error: ${path}${sentence}`]);
        failedWith(result, path, sentence, 1, 3);
      },
    },
  },
  {
    name: 'a damaged WARC shard in text output',
    file: 'shard.warc',
    content: () => Buffer.concat([A, Buffer.from('leftover bytes\r\n'), B]),
    expect: {
      kind: 'custom',
      check: (result, path) => {
        expect(result.stdout).toContain('Bridge repairs approved');
        expect(result.stdout).not.toContain('Tram fares frozen');
        failedWith(result, path, ' has bytes that are not a WARC record after record 1.', 1, 2);
      },
    },
  },
  {
    name: 'a Content-Length that is no number',
    file: 'length.warc',
    content: () => Buffer.concat([rawRecord(headerLines('response', 'https://news.example/b', 'b', 'application/http; msgtype=response', httpB.length, '-1e9'), httpB), C]),
    expect: { kind: 'refused', phrase: / record 1 has a Content-Length that is not a byte count \("-1e9"\)\.$/ },
  },
  {
    name: 'a gzip member cut off in a WARC.gz',
    file: 'cut.warc.gz',
    content: () => gzipEach([A, C, B]).subarray(0, -40),
    args: ['--format', 'json'],
    expect: {
      kind: 'custom',
      check: (result, path) => {
        const sentence = ' record 3 is cut off: the file ends inside a gzip member.';
        const items = JSON.parse(result.stdout) as Line[];
        expect(items.map((item) => item.error?.message ?? item.meta?.title)).toEqual(['Bridge repairs approved', 'Harbour wall funded', `${path}${sentence}`]);
        failedWith(result, path, sentence, 1, 3);
      },
    },
  },
  {
    name: 'a 1.5 GB gzip bomb of zeros as a WARC.gz',
    file: 'b.warc.gz',
    content: () => zeroBomb(BOMB_BYTES),
    args: ['--max-bytes', '100000'],
    timeMs: 10_000,
    memoryMB: 400,
    expect: { kind: 'refused', phrase: / is not a readable web archive: it does not begin with a WARC version line\.$/ },
  },
  {
    name: 'a gzip bomb in a WARC header',
    file: 'header.warc.gz',
    content: () => Buffer.concat([gzipSync('WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: '), zeroBomb(BOMB_BYTES)]),
    timeMs: 10_000,
    memoryMB: 400,
    expect: { kind: 'refused', phrase: / record 1 has a header longer than 65536 bytes\.$/ },
  },
  {
    name: 'a 1.5 GB record block in a WARC.gz fails alone, streamed past',
    file: 'block.warc.gz',
    content: () => Buffer.concat([gzipEach([A]), bombBlockRecord(), gzipEach([C])]),
    args: ['--format', 'ndjson', '--max-bytes', '100000'],
    memoryMB: 400,
    expect: {
      kind: 'custom',
      check: (result, path) => {
        const sentence = ' record 2 (https://news.example/b) is larger than the 100000-byte limit (see --max-bytes).';
        expect(outcome(result)).toEqual(['Bridge repairs approved', `error: ${path}${sentence}`, 'Harbour wall funded']);
        failedWith(result, path, sentence, 1, 3);
      },
    },
  },
  {
    name: 'a 200 MB gzip bomb as an HTTP body (it ran V8 out of memory)',
    file: 'c.warc',
    content: () => Buffer.concat([A, httpBombRecord(200 * 1024 * 1024), C]),
    args: ['--format', 'ndjson'],
    memoryMB: 400,
    expect: {
      kind: 'custom',
      check: (result, path) => {
        const sentence = ' record 2 (https://news.example/b) is larger than the 20971520-byte limit once its gzip content is inflated (see --max-bytes).';
        expect(outcome(result)).toEqual(['Bridge repairs approved', `error: ${path}${sentence}`, 'Harbour wall funded']);
        failedWith(result, path, sentence, 1, 3);
      },
    },
  },
  {
    name: 'a gzip bomb in both layers: an HTTP gzip body in a WARC.gz member',
    file: 'nested.warc.gz',
    // The default limit (20 MB) lets the 1 MB compressed body in, and caps what it inflates to.
    content: () => gzipEach([A, httpBombRecord(GIGABYTE), C]),
    args: ['--format', 'ndjson'],
    memoryMB: 400,
    expect: {
      kind: 'custom',
      check: (result, path) => {
        const sentence = ' record 2 (https://news.example/b) is larger than the 20971520-byte limit once its gzip content is inflated (see --max-bytes).';
        expect(outcome(result)).toEqual(['Bridge repairs approved', `error: ${path}${sentence}`, 'Harbour wall funded']);
        failedWith(result, path, sentence, 1, 3);
      },
    },
  },
];
