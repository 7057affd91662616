import { describe, expect, it } from 'vitest';
import { InputError } from '../src/errors.js';
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
    ['no text or html', '{"id":"c"}', 'c', 'has neither "text" nor "html"'],
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
  it('splits on LF and CRLF, keeps empty lines, decodes UTF-8 across chunk boundaries', async () => {
    const { linesOf } = await import('../src/input/sources.js');
    const { Readable } = await import('node:stream');
    const bytes = Buffer.from('first\r\nsecond “é”\n\nlast', 'utf8');
    // Chunks of 3 bytes cut multi-byte characters in two.
    const chunks = Array.from({ length: Math.ceil(bytes.length / 3) }, (_, i) => bytes.subarray(i * 3, i * 3 + 3));
    const lines: string[] = [];
    for await (const line of linesOf(Readable.from(chunks))) lines.push(line);
    expect(lines).toEqual(['first', 'second “é”', '', 'last']);
  });
});
