/** Streams, devices and record files: every path by which bytes enter is bounded by --max-bytes. */
import { expect } from 'vitest';
import type { MeasuredResult } from '../helpers.js';
import { type HostileCase, sentence } from './types.js';

const record = (id: string, text: string): string => JSON.stringify({ id, text });

/** The NDJSON lines of a run, parsed. */
const recordsOf = (result: MeasuredResult): Array<{ id: string | null; error?: { code: string; message: string } }> =>
  result.stdout.trim().split('\n').map((line) => JSON.parse(line) as { id: string | null; error?: { code: string; message: string } });

export const streamCases: HostileCase[] = [
  {
    name: '/dev/zero named as a file is cut off at --max-bytes',
    file: 'unused.txt',
    content: () => '',
    input: () => '/dev/zero',
    args: ['--max-bytes', '100000'],
    timeMs: 5_000,
    memoryMB: 400,
    expect: { kind: 'refused', phrase: /^precis: \/dev\/zero is larger than the 100000-byte limit/ },
  },
  {
    name: 'an NDJSON file that starts with a byte-order mark',
    file: 'bom.ndjson',
    content: () => `\ufeff${record('first', sentence)}\n${record('second', sentence)}\n`,
    args: ['--input-format', 'ndjson', '--format', 'ndjson'],
    expect: {
      kind: 'custom',
      check: (result) => {
        expect(result.code).toBe(0);
        expect(recordsOf(result).map((r) => r.id)).toEqual(['first', 'second']);
      },
    },
  },
  {
    name: 'an NDJSON line of 60 MB between two records is skipped, named by its id, and the stream goes on',
    file: 'huge-line.ndjson',
    content: () => `${record('before', sentence)}\n{"id":"huge","text":"${'x'.repeat(60_000_000)}"}\n${record('after', sentence)}\n`,
    args: ['--input-format', 'ndjson', '--format', 'ndjson'],
    memoryMB: 500,
    expect: {
      kind: 'custom',
      check: (result, path) => {
        expect(result.code).toBe(1);
        const records = recordsOf(result);
        expect(records.map((r) => r.id)).toEqual(['before', 'huge', 'after']);
        expect(records[1]!.error!.code).toBe('too-large');
        expect(result.stderr).toContain(`${path} line 2 (id huge) is larger than the`);
      },
    },
  },
  {
    name: 'one NDJSON line of 40 MB with no newline and its id at the end',
    file: 'no-newline.ndjson',
    content: () => `{"text":"${'y'.repeat(40_000_000)}","id":"late"}`,
    args: ['--input-format', 'ndjson', '--format', 'ndjson', '--max-bytes', '1000000'],
    memoryMB: 400,
    expect: {
      kind: 'custom',
      check: (result, path) => {
        expect(result.code).toBe(1);
        expect(recordsOf(result)).toHaveLength(1);
        expect(result.stderr.trim()).toBe(`precis: ${path} line 1 is larger than the 1000000-byte limit (see --max-bytes).`);
      },
    },
  },
  {
    name: 'a file over --max-bytes read as NDJSON is judged line by line, not as a whole',
    file: 'many.ndjson',
    content: () => Array.from({ length: 40 }, (_, i) => record(`r${i}`, sentence.repeat(20))).join('\n'),
    args: ['--input-format', 'ndjson', '--format', 'ndjson', '--max-bytes', '10000'],
    expect: {
      kind: 'custom',
      check: (result) => {
        expect(result.code).toBe(0);
        expect(recordsOf(result)).toHaveLength(40);
      },
    },
  },
];
