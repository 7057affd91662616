import { describe, expect, it } from 'vitest';
import { InputError } from '../src/errors.js';
import { Readable } from 'node:stream';
import { OVERSIZED_HEAD_BYTES, type OversizedLine, idOfHead, linesOf } from '../src/input/lines.js';
import { recordUnit } from '../src/input/sources.js';

describe('recordUnit: one NDJSON line', () => {
  it.each([
    ['a text record', '{"id":"a","text":"Hello there."}', 'a', { content: 'Hello there.', format: 'text', kind: 'record', id: 'a', url: null }],
    ['an html record with its url', '{"id":"b","html":"<p>Hi</p>","url":"https://x.example/"}', 'b', { content: '<p>Hi</p>', format: 'html', url: 'https://x.example/' }],
    ['a numeric id', '{"id":7,"text":"Seven."}', '7', { id: '7' }],
    ['no id', '{"text":"Anonymous."}', null, { id: null }],
  ])('reads %s', async (_, line, id, expected) => {
    const unit = recordUnit(line, 1, 'stdin');
    expect(unit.id).toBe(id);
    expect(await unit.load()).toMatchObject(expected);
  });

  it.each([
    ['not JSON', '{"id": "a", "text": ', null, 'is not valid JSON'],
    ['an array', '[1,2]', null, 'is not a JSON object'],
    ['no text, html or url', '{"id":"c"}', 'c', 'has no "text", "html" or "url"'],
    ['a text that is not a string', '{"id":"d","text":["x"]}', 'd', 'has a "text" that is not a string'],
    ['an id that is an object', '{"id":{"x":1},"text":"Hi."}', null, 'has an id that is not a string'],
    ['a url that is a number', '{"id":"e","text":"Hi.","url":5}', 'e', 'has a "url" that is not a string'],
  ])('refuses %s with one sentence naming the line', async (_, line, id, phrase) => {
    const unit = recordUnit(line, 12, 'feed.ndjson');
    expect(unit.id).toBe(id);
    expect(unit.line).toBe(12);
    const error = await unit.load().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe('bad-record');
    expect((error as InputError).message).toMatch(new RegExp(`^feed\\.ndjson line 12.* ${phrase.replace(/"/g, '"')}\\.$`));
  });
});

describe('linesOf: NDJSON lines from a stream', () => {
  const read = async (bytes: Buffer, maxLineBytes?: number, chunkSize = 3): Promise<Array<string | OversizedLine>> => {
    // Small chunks cut multi-byte characters and line ends in two.
    const chunks = Array.from({ length: Math.ceil(bytes.length / chunkSize) }, (_, i) => bytes.subarray(i * chunkSize, i * chunkSize + chunkSize));
    const lines: Array<string | OversizedLine> = [];
    for await (const line of linesOf(Readable.from(chunks), maxLineBytes)) lines.push(line);
    return lines;
  };

  it.each([
    { name: 'LF and CRLF, empty lines, UTF-8 across chunks', bytes: Buffer.from('first\r\nsecond “é”\n\nlast', 'utf8'), lines: ['first', 'second “é”', '', 'last'] },
    { name: 'a UTF-8 byte-order mark before the first line', bytes: Buffer.from('\ufeff{"id":1}\n{"id":2}\n', 'utf8'), lines: ['{"id":1}', '{"id":2}'] },
    { name: 'a final newline adds no empty line', bytes: Buffer.from('one\ntwo\n'), lines: ['one', 'two'] },
  ])('$name', async ({ bytes, lines }) => {
    expect(await read(bytes)).toEqual(lines);
  });

  it('skips a line over the cap as it streams, keeping its head, and goes on', async () => {
    const huge = `{"id":"big-1","text":"${'x'.repeat(300_000)}"}`;
    const lines = await read(Buffer.from(`{"id":"a"}\n${huge}\n{"id":"b"}\n`), 1000, 4096);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe('{"id":"a"}');
    const skipped = lines[1] as OversizedLine;
    expect(skipped.oversized).toBe(true);
    expect(skipped.bytes).toBe(Buffer.byteLength(huge));
    expect(skipped.head.length).toBe(OVERSIZED_HEAD_BYTES);
    expect(lines[2]).toBe('{"id":"b"}');
  });

  it('a last line over the cap without a newline is reported too', async () => {
    const lines = await read(Buffer.from('y'.repeat(5000)), 1000, 700);
    expect(lines).toEqual([{ oversized: true, bytes: 5000, head: 'y'.repeat(5000) }]);
  });
});

describe('idOfHead: the id of a record too large to parse', () => {
  it.each([
    ['{"id":"wire-7","text":"…', 'wire-7'],
    ['{ "id" : 42, "html": "<p>', '42'],
    ['{"text":"a \\"id\\": \\"fake\\" here","id":"real"', 'real'],
    ['{"source":{"id":"nested"},"id":"top"', 'top'],
    ['{"source":{"id":"nested"},"text":"no top-level id yet', null],
    ['{"text":"unterminated', null],
    ['{"id":"esc\\"aped"', 'esc"aped'],
  ])('%s → %s', (head, id) => {
    expect(idOfHead(head)).toBe(id);
  });
});
