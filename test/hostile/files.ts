/** Hostile and broken single files: empty, deep, huge, binary, escapes. */
import { expect } from 'vitest';
import { type HostileCase, sentence } from './types.js';

export const fileCases: HostileCase[] = [
  { name: 'an empty file', file: 'empty.txt', content: () => '', expect: { kind: 'refused', phrase: /is empty\.$/ } },
  { name: 'one byte', file: 'one.txt', content: () => 'x', expect: { kind: 'summary' } },
  { name: 'only whitespace', file: 'blank.txt', content: () => ' \n\t\r\n  ', expect: { kind: 'refused', phrase: /is empty\.$/ } },
  { name: 'a page of nothing but 100,000 comments', file: 'comments.html', content: () => '<!-- note -->'.repeat(100_000), timeMs: 10_000, expect: { kind: 'summary', warning: /No article text was found/ } },
  { name: 'only markup', file: 'markup.html', content: () => '<html><head></head><body><div><span></span></div></body></html>', expect: { kind: 'summary', warning: /No article text was found/ } },
  {
    name: 'one tag nested 100,000 deep',
    file: 'deep.html',
    content: () => `${'<div>'.repeat(100_000)}${sentence}${'</div>'.repeat(100_000)}`,
    expect: { kind: 'summary', warning: /nests elements more than 1000 deep/, check: (s) => expect(s['body']).toBe(sentence.trim()) },
  },
  { name: 'a 10 MB single line', file: 'line.txt', content: () => sentence.trim().repeat(Math.ceil(10_000_000 / sentence.length)), expect: { kind: 'summary', warning: /only its first \d+ were analyzed/ } },
  { name: 'an input over the size limit', file: 'big.txt', content: () => sentence.repeat(2000), args: ['--max-bytes', '100000'], expect: { kind: 'refused', phrase: /is larger than the 100000-byte limit/ } },
  { name: 'a binary file', file: 'photo.html', content: () => Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]), expect: { kind: 'refused', phrase: /is a JPEG file, not text or HTML\.$/ } },
  { name: 'NUL bytes', file: 'nul.txt', content: () => Buffer.from('The council\u0000met\u0000on Monday.', 'latin1'), expect: { kind: 'refused', phrase: /looks binary/ } },
  {
    name: 'UTF-16 with a byte-order mark',
    file: 'utf16.txt',
    content: () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sentence, 'utf16le')]),
    expect: { kind: 'summary', check: (s) => expect(s['body']).toBe(sentence) },
  },
  {
    name: 'ANSI escapes in the title',
    file: 'ansi.html',
    content: () => `<html><head><title>Harbour \u001b]0;pwned\u0007wall \u001b[2Jvote</title></head><body><article><p>${sentence.repeat(4)}</p></article></body></html>`,
    // JSON keeps the title as the page has it (escaped); the text output below must not.
    expect: { kind: 'summary', check: (s) => expect((s['meta'] as { title: string }).title).toMatch(/^Harbour .*vote$/) },
  },
];
