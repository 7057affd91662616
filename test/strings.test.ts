import { describe, expect, it } from 'vitest';
import { comparisonKey, replaceEvery } from '../src/strings.js';
import { forEachLine, isHardWrapped, trimLines } from '../src/language/layout.js';
import { textBlocks } from '../src/extract/text.js';
import { extractHtml } from '../src/extract/index.js';

/** Long enough to leave the native path of replaceEvery. */
const LONG = 100_000;

describe('replaceEvery', () => {
  it.each([
    ['CRLF to LF', 'a\r\nb\r\n', /\r\n/g, '\n'],
    ['runs of spaces', 'a  b \t c', /\s+/g, ' '],
    ['no match', 'abc', /x/g, '-'],
    ['a dollar sign is literal', 'a b', / /g, '$&'],
  ])('%s gives what String.replace gives, short and long', (_name, text, pattern, replacement) => {
    const literal = () => replacement;
    expect(replaceEvery(text, pattern, replacement)).toBe(text.replace(pattern, literal));
    const long = text.repeat(LONG / text.length);
    expect(replaceEvery(long, pattern, replacement)).toBe(long.replace(pattern, literal));
  });

  it('calls a function replacement with each match', () => {
    const long = 'ab'.repeat(LONG);
    expect(replaceEvery(long, /b/g, (match) => match.toUpperCase())).toBe('aB'.repeat(LONG));
  });

  it('returns a text without matches unchanged', () => {
    const long = 'x'.repeat(LONG);
    expect(replaceEvery(long, /y/g, '')).toBe(long);
  });

  it('refuses a pattern that is not global', () => {
    expect(() => replaceEvery('a', /a/, 'b')).toThrow(/global/);
  });
});

describe('comparisonKey', () => {
  it.each([
    ['The Harbour Times', 'theharbourtimes'],
    ['  Renée — Park!  ', 'renéepark'],
    ['2024: Year 1', '2024year1'],
    ['', ''],
  ])('%j → %j', (text, key) => expect(comparisonKey(text)).toBe(key));
});

describe('forEachLine', () => {
  const lines = (text: string): string[] => {
    const seen: string[] = [];
    forEachLine(text, (start, end) => {
      seen.push(text.slice(start, end));
    });
    return seen;
  };
  it.each([
    ['', ['']],
    ['a', ['a']],
    ['a\nb', ['a', 'b']],
    ['a\n', ['a', '']],
    ['\n\nb', ['', '', 'b']],
  ])('%j → %j', (text, expected) => expect(lines(text)).toEqual(expected));

  it('stops when the visitor returns false', () => {
    let count = 0;
    forEachLine('a\nb\nc\nd', () => ++count < 2);
    expect(count).toBe(2);
  });
});

describe('isHardWrapped', () => {
  const wrappedLine = 'the council met on Monday and approved the budget for the';
  it.each([
    ['lines wrapped mid-sentence', `${wrappedLine}\n`.repeat(8), true],
    ['too few lines', `${wrappedLine}\n`.repeat(3), false],
    ['lines that end sentences', 'The council met on Monday and approved the budget today.\n'.repeat(8), false],
    ['short lines', 'one two three\n'.repeat(8), false],
    ['blank lines do not count', `${wrappedLine}\n\n  \n`.repeat(8), true],
  ])('%s → %s', (_name, text, expected) => expect(isHardWrapped(text)).toBe(expected));
});

describe('trimLines', () => {
  it.each([
    ['  code  \n  more \t\n', '  code\n  more'],
    ['\n\n\nx\n\n', 'x'],
    ['a\n\n\nb', 'a\n\n\nb'],
    ['', ''],
  ])('%j → %j', (text, expected) => expect(trimLines(text)).toBe(expected));

  it('keeps every line of a long text', () => {
    const text = 'line  \n'.repeat(10_000);
    expect(trimLines(text)).toBe(Array(10_000).fill('line').join('\n'));
  });
});

describe('textBlocks cap', () => {
  it('keeps the rest of the text as one last block past the cap', () => {
    const body = 'one\n\ntwo\n\nthree\n\nfour\n\nfive';
    const { blocks, capped } = textBlocks(body, false, 3);
    expect(capped).toBe(true);
    expect(blocks.map((b) => body.slice(b.start, b.end))).toEqual(['one', 'two', 'three\n\nfour\n\nfive']);
  });

  it('caps a text of one paragraph per line the same way', () => {
    const body = 'a\nb\nc\nd';
    const { blocks, capped } = textBlocks(body, false, 2);
    expect(capped).toBe(true);
    expect(blocks.map((b) => body.slice(b.start, b.end))).toEqual(['a', 'b\nc\nd']);
  });

  it('does not cap a text with as many paragraphs as allowed', () => {
    const { blocks, capped } = textBlocks('one\n\ntwo\n\nthree', false, 3);
    expect(capped).toBe(false);
    expect(blocks).toHaveLength(3);
  });
});

describe('HTML fragments without <body>', () => {
  it('reads every top-level paragraph, in order', () => {
    const article = extractHtml('<p>The council met on Monday.</p>Loose text here.<p>The mayor spoke after the vote.</p>', null);
    expect(article.body).toContain('The council met on Monday.');
    expect(article.body.indexOf('Loose text here.')).toBeGreaterThan(article.body.indexOf('The council met'));
    expect(article.body.indexOf('The mayor spoke')).toBeGreaterThan(article.body.indexOf('Loose text here.'));
  });
});
