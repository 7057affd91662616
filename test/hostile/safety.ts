/**
 * Hostile inputs aimed at the terminal and at the reader (issue 15): escape sequences in file
 * names and record ids, controls and bidi overrides in JSON, `javascript:` links, passwords in
 * URLs; and the encodings that used to be refused or garbled.
 */
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import type { MeasuredResult } from '../helpers.js';
import { type HostileCase, sentence } from './types.js';

/** What a terminal acts on: C0 controls but tab and newline, DEL, C1 controls, bidi overrides and isolates. */
const TERMINAL_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** An OSC window-title sequence, a screen clear, an 8-bit CSI and a right-to-left override. */
const ESCAPES = '\u001b]0;pwned\u0007\u001b[2J\u009b1;1H\u202e';

/** A record line for NDJSON input. */
const record = (fields: Record<string, unknown>): string => `${JSON.stringify(fields)}\n`;

/** The NDJSON output lines of a run. */
const lines = (result: MeasuredResult): Array<Record<string, unknown>> => result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);

/** `text` encoded as UTF-32 with a byte-order mark. */
function utf32(text: string, littleEndian: boolean): Buffer {
  const points = [...`\ufeff${text}`].map((c) => c.codePointAt(0)!);
  const bytes = Buffer.alloc(points.length * 4);
  points.forEach((point, i) => (littleEndian ? bytes.writeUInt32LE(point, i * 4) : bytes.writeUInt32BE(point, i * 4)));
  return bytes;
}

export const safetyCases: HostileCase[] = [
  {
    name: 'escape sequences in a file name reach stderr harmless',
    file: `title${ESCAPES}.txt`,
    content: () => '',
    expect: {
      kind: 'custom',
      check: (result, path) => {
        expect(result.code).toBe(1);
        expect(result.stderr).not.toMatch(TERMINAL_CONTROL);
        expect(result.stderr).toBe(`precis: ${join(dirname(path), 'title.txt')} is empty.\n`);
      },
    },
  },
  {
    name: 'escape sequences and a newline in an NDJSON id: the message is safe and one line, the error line keeps the id',
    file: 'ids.ndjson',
    content: () => record({ id: `a${ESCAPES}\nprecis: forged`, text: '' }),
    args: ['--input-format', 'ndjson', '--format', 'ndjson'],
    expect: {
      kind: 'custom',
      check: (result) => {
        expect(result.code).toBe(1);
        expect(result.stderr).not.toMatch(TERMINAL_CONTROL);
        expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
        expect(result.stderr).toMatch(/^precis: .*ids\.ndjson line 1 \(id a precis: forged\) is empty\.\n$/);
        expect(result.stdout).not.toMatch(TERMINAL_CONTROL);
        expect(lines(result)[0]!['id']).toBe(`a${ESCAPES}\nprecis: forged`);
      },
    },
  },
  {
    name: 'C1 controls, bidi overrides and line separators are escaped in JSON, and parse back',
    file: 'c1.txt',
    content: () => `${sentence}Next\u0085line, a \u202eversed\u202c word, an \u2066isolate\u2069, a DEL\u007f and a\u2028separator. ${sentence}`,
    args: ['--json', '--include-body'],
    expect: {
      kind: 'custom',
      check: (result) => {
        expect(result.code).toBe(0);
        expect(result.stdout).not.toMatch(TERMINAL_CONTROL);
        expect(result.stdout).not.toMatch(/[\u2028\u2029]/);
        expect(result.stdout).toContain('\\u0085');
        expect((JSON.parse(result.stdout) as { body: string }).body).toContain('\u0085line, a \u202eversed\u202c word, an \u2066isolate\u2069, a DEL\u007f and a\u2028separator.');
      },
    },
  },
  {
    name: 'a javascript: url of a text record is code, not a link, in Markdown',
    file: 'js.ndjson',
    content: () => record({ id: 'js', text: sentence.repeat(3), url: 'javascript:alert(document.cookie)' }),
    args: ['--input-format', 'ndjson', '--format', 'markdown'],
    expect: {
      kind: 'custom',
      check: (result) => {
        expect(result.code).toBe(0);
        expect(result.stdout).toContain('` javascript:alert(document.cookie) `');
        expect(result.stdout).not.toMatch(/<javascript:|\]\(javascript:/i);
      },
    },
  },
  {
    name: 'a password in a record\'s url is not printed',
    file: 'password.ndjson',
    content: () => record({ id: 'p', html: `<html><head><link rel="canonical" href="/story"></head><body><article><p>${sentence.repeat(3)}</p></article></body></html>`, url: 'http://editor:hunter2@news.example/story?x=1' }),
    args: ['--input-format', 'ndjson', '--format', 'ndjson'],
    expect: {
      kind: 'custom',
      check: (result) => {
        expect(result.code).toBe(0);
        expect(result.stdout + result.stderr).not.toMatch(/hunter2|editor:/);
        const [summary] = lines(result) as Array<{ source: { url: string }; meta: { url: string } }>;
        expect(summary!.source.url).toBe('http://news.example/story?x=1');
        expect(summary!.meta.url).toBe('http://news.example/story');
      },
    },
  },
  {
    name: 'a password in --url is not printed',
    file: 'story.txt',
    content: () => sentence.repeat(3),
    args: ['--url', 'https://editor:hunter2@news.example/story'],
    expect: { kind: 'summary', check: (s) => expect((s['source'] as { url: string }).url).toBe('https://news.example/story') },
  },
  {
    name: 'UTF-16LE without a byte-order mark, named by --encoding',
    file: 'utf16-option.txt',
    content: () => Buffer.from(sentence.repeat(3), 'utf16le'),
    args: ['--encoding', 'utf-16le'],
    expect: { kind: 'summary', check: (s) => expect([s['body'], (s['source'] as { encodingSource: string }).encodingSource]).toEqual([sentence.repeat(3), 'option']) },
  },
  {
    name: 'UTF-16BE without a byte-order mark, recognized by its NUL bytes',
    file: 'utf16be.txt',
    content: () => Buffer.from(sentence.repeat(3), 'utf16le').swap16(),
    expect: { kind: 'summary', check: (s) => expect([s['body'], (s['source'] as { encoding: string }).encoding]).toEqual([sentence.repeat(3), 'utf-16be']) },
  },
  {
    name: 'UTF-32LE with a byte-order mark',
    file: 'utf32le.txt',
    content: () => utf32(`“${sentence}” — café. ${sentence}`, true),
    expect: { kind: 'summary', check: (s) => expect([s['body'], (s['source'] as { encoding: string }).encoding]).toEqual([`“${sentence}” — café. ${sentence}`, 'utf-32le']) },
  },
  {
    name: 'UTF-32BE with a byte-order mark',
    file: 'utf32be.html',
    content: () => utf32(`<html><body><article><p>${sentence.repeat(3)}</p></article></body></html>`, false),
    expect: { kind: 'summary', check: (s) => expect((s['source'] as { encoding: string }).encoding).toBe('utf-32be') },
  },
  {
    name: 'one bad byte in UTF-8: UTF-8 all the same, with a warning',
    file: 'damaged.txt',
    content: () => Buffer.concat([Buffer.from(`“${sentence.trim()}” — ${sentence}`), Buffer.from([0xff]), Buffer.from(` café. ${sentence}`)]),
    expect: {
      kind: 'summary',
      warning: /^1 byte was not valid UTF-8 and was replaced by U\+FFFD\.$/,
      check: (s) => {
        expect((s['source'] as { encoding: string }).encoding).toBe('utf-8');
        expect(s['body']).toContain('” — ');
        expect(s['body']).toContain('\ufffd café.');
      },
    },
  },
];
