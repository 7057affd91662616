/** Inputs within the limits whose parsed form is huge: memory stays bounded and each fails alone. */
import { copyFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import { type HostileCase, sentence } from './types.js';

const block = '<div class="story"><p>The council met again, said the clerk. “We will vote,” she said.</p></div>';

/** `piece` repeated to fill the default --max-bytes (20 MiB) without passing it. */
const fillLimit = (piece: string, head = ''): string => head + piece.repeat(Math.floor((20 * 1024 * 1024 - head.length) / piece.length));

export const memoryCases: HostileCase[] = [
  {
    name: '20 MB of one-letter paragraphs: blocks are capped past the analyzed part',
    file: 'letters.txt',
    content: () => fillLimit('x\n\n'),
    memoryMB: 800,
    expect: { kind: 'summary', warning: /more than 100000 paragraphs.*only its first \d+ were analyzed/ },
  },
  {
    name: '20 MB of CRLF lines of one letter',
    file: 'crlf.txt',
    content: () => fillLimit('x\r\n'),
    memoryMB: 800,
    expect: { kind: 'summary', check: (s) => expect((s['body'] as string).includes('\r')).toBe(false) },
  },
  {
    name: '20 MB of one-letter lines, the body printed in text and JSON',
    file: 'lines.txt',
    content: () => fillLimit('x\n'),
    args: ['--only', 'stats,body'],
    memoryMB: 900,
    expect: { kind: 'summary', warning: /more than 100000 paragraphs/ },
  },
  {
    name: '20 MB of one-letter words in one paragraph, the body printed',
    file: 'words.txt',
    content: () => fillLimit('x '),
    args: ['--only', 'stats,body'],
    memoryMB: 600,
    expect: { kind: 'summary', warning: /only its first \d+ were analyzed/ },
  },
  {
    name: '20 MB of empty comments',
    file: 'comments.html',
    content: () => fillLimit('<!---->'),
    memoryMB: 600,
    expect: { kind: 'summary', warning: /more than 200000 elements and comments/ },
  },
  {
    name: 'a folder of six 20 MB texts: read a few at a time (the byte budget), the whole run under 700 MB',
    file: 'a.txt',
    memoryMB: 700,
    content: () => fillLimit(sentence),
    input: (path) => {
      for (const copy of ['b', 'c', 'd', 'e', 'f']) copyFileSync(path, join(dirname(path), `${copy}.txt`));
      return dirname(path);
    },
    args: ['--format', 'ndjson'],
    expect: {
      kind: 'custom',
      check: (result) => {
        expect(result.code).toBe(0);
        expect(result.stdout.trim().split('\n')).toHaveLength(6);
      },
    },
  },
  {
    name: 'a fragment of 2.6 million paragraphs with no <body> (20 MB)',
    file: 'fragment.html',
    content: () => fillLimit('<p>x</p>'),
    expect: { kind: 'summary', warning: /more than 200000 elements/ },
  },
  {
    name: 'a page of 2.8 million empty elements (20 MB)',
    file: 'tiny-tags.html',
    content: () => `<html><body>${'<i></i>'.repeat(2_800_000)}</body></html>`,
    memoryMB: 600,
    expect: { kind: 'summary', warning: /more than 200000 elements and comments; only the first 200000 were read/ },
  },
  {
    name: 'a 10 MB page of 100,000 blocks in a batch is summarized away from the workers, and the batch goes on',
    file: 'blocks.ndjson',
    content: () =>
      [
        JSON.stringify({ id: 'before', text: sentence }),
        JSON.stringify({ id: 'blocks', html: `<html><body>${block.repeat(100_000)}</body></html>` }),
        JSON.stringify({ id: 'after', text: sentence }),
      ].join('\n'),
    args: ['--input-format', 'ndjson', '--format', 'ndjson'],
    expect: {
      kind: 'custom',
      check: (result) => {
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        const records = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as { id: string; stats: { paragraphs: number } });
        expect(records.map((r) => r.id)).toEqual(['before', 'blocks', 'after']);
        expect(records[1]!.stats.paragraphs).toBeGreaterThan(1000);
      },
    },
  },
];
