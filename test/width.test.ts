import { describe, expect, it } from 'vitest';
import { displayWidth, isWide } from '../src/render/width.js';
import { wrap } from '../src/render/wrap.js';

/** An SGR style around `text`, as chalk writes it (open, text, close). */
const styled = (open: number, close: number) => (text: string): string => `\u001b[${open}m${text}\u001b[${close}m`;
const green = styled(32, 39);
const bold = styled(1, 22);
const underline = styled(4, 24);
/** `text` without its SGR sequences. */
const plain = (text: string): string => text.replace(/\u001b\[[0-9;]*m/g, '');

describe('displayWidth', () => {
  it.each([
    ['empty', '', 0],
    ['ASCII', 'The council met.', 16],
    ['ASCII in colour', '\u001b[32mThe council\u001b[39m met.', 16],
    ['nested styles', '\u001b[1m\u001b[4mQuotes\u001b[24m\u001b[22m', 6],
    ['an OSC sequence (window title)', 'a\u001b]0;title\u0007b', 2],
    ['a control character', 'a\u0007b', 2],
    ['Latin-1 and Latin Extended', 'Siobhán Kelly, Tōkyō', 20],
    ['Chinese', '北京市朝阳区', 12],
    ['Chinese in colour', green('北京'), 4],
    ['Japanese kana', 'ひらがなカタカナ', 16],
    ['Korean', '한국어', 6],
    ['Hangul written as jamo', '\u1100\u1161\u11a8', 2],
    ['fullwidth Latin and punctuation', 'ＡＢ，。', 8],
    ['halfwidth katakana', 'ｶﾀｶﾅ', 4],
    ['a combining accent', 'e\u0301te\u0301', 3],
    ['stacked combining marks', 'a\u0301\u0323\u0308', 1],
    ['a zero-width space and joiner', 'a\u200bb\u200dc', 3],
    ['a soft hyphen, one column as in wcwidth', 'co\u00adop', 5],
    ['an emoji', '👍', 2],
    ['an emoji with a skin tone', '👍🏽', 2],
    ['an emoji sequence joined by ZWJ', '👩‍🔬', 2],
    ['a family of four', '👨‍👩‍👧‍👦', 2],
    ['a flag', '🇫🇷', 2],
    ['two flags', '🇫🇷🇩🇪', 4],
    ['a heart with the emoji selector', '❤️', 2],
    ['a heart as text', '❤', 1],
    ['a keycap', '1️⃣', 2],
    ['ambiguous characters count one', '“…” • ─', 7],
    ['mixed', `${bold('Mayor')} 王小明 said “好” 👍🏽 café`, 30],
  ])('%s', (_, text, columns) => {
    expect(displayWidth(text)).toBe(columns);
  });

  it('knows the wide ranges at their edges', () => {
    expect([0x10ff, 0x1100, 0x115f, 0x1160].map(isWide)).toEqual([false, true, true, false]);
    expect([0x4dff, 0x4e00, 0x9fff, 0xa4d0].map(isWide)).toEqual([true, true, true, false]);
    expect([0xff00, 0xff01, 0xff60, 0xff61].map(isWide)).toEqual([false, true, true, false]);
    // Unassigned code points of the ideographic planes are wide already.
    expect([0x2fffd, 0x3fffd, 0x3fffe, 0xe0001].map(isWide)).toEqual([true, true, false, false]);
  });
});

/** Every line of `text` at most `width` columns. */
function expectWithin(text: string, width: number): void {
  for (const line of text.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(width);
}

/** Checks that no line of `text` has a cut escape sequence or leaves a style open at its end. */
function expectWholeStyledLines(text: string): void {
  for (const line of text.split('\n')) {
    expect(line.replace(/\u001b\[[0-9;]*m/g, ''), line).not.toContain('\u001b');
    const open: number[] = [];
    for (const [, code] of line.matchAll(/\u001b\[(\d+)m/g)) {
      const n = Number(code);
      if ([22, 24, 39].includes(n)) open.splice(open.findIndex((o) => (n === 39 ? o === 32 : n === 22 ? o === 1 : o === 4)), 1);
      else open.push(n);
    }
    expect(open, line).toEqual([]);
  }
}

const SENTENCE = 'The Riverton city council voted 7-2 on Tuesday to build a $4.2 million flood barrier along the Mill River, ending a year of argument over how to protect the town.';
const CJK = '北京市长王小明说，新的地铁线路将于明年春天开通。“我们会按时完成，”他在周一的记者会上表示。首批列车将在东直门和首都机场之间运行。';

describe('wrap', () => {
  it('wraps to the width with a hanging indent', () => {
    expect(wrap('one two three four five six', 12, '• ', '  ')).toBe('• one two\n  three four\n  five six');
  });

  it('keeps a word longer than the line whole', () => {
    expect(wrap('see https://example.com/a/very/long/address/indeed for more', 20, '', '')).toBe('see\nhttps://example.com/a/very/long/address/indeed\nfor more');
  });

  // The same sentence with colour on some words, on a span across words, and nested.
  const coloured = [
    ['a coloured first word', `${bold('Keywords:')} ${SENTENCE}`, `Keywords: ${SENTENCE}`],
    ['a colour across several words', `${green('About 60 percent of the cost')} ${SENTENCE}`, `About 60 percent of the cost ${SENTENCE}`],
    ['nested styles across words', bold(`${underline('The Riverton city council')} voted 7-2 on Tuesday to build a $4.2 million flood barrier`), 'The Riverton city council voted 7-2 on Tuesday to build a $4.2 million flood barrier'],
    ['colour on every word', SENTENCE.split(' ').map(green).join(' '), SENTENCE],
  ] as const;
  it.each(coloured.flatMap(([name, text, same]) => [12, 20, 33, 40, 60].map((width) => [`${name}, width ${width}`, text, same, width] as const)))(
    'colour changes no break: %s',
    (_, text, same, width) => {
      const wrapped = wrap(text, width, '  ', '    ');
      expect(plain(wrapped)).toBe(wrap(same, width, '  ', '    '));
      expectWholeStyledLines(wrapped);
    },
  );

  it('closes a style at the end of a line and reopens it after the indent', () => {
    expect(wrap(green('one two three four'), 10, '', '  ')).toBe('\u001b[32mone two\u001b[39m\n  \u001b[32mthree\u001b[39m\n  \u001b[32mfour\u001b[39m');
  });

  it.each([16, 17, 20, 33, 40, 60, 80])('breaks Chinese between characters, never past %i columns', (width) => {
    const wrapped = wrap(CJK, width, '  ', '    ');
    expectWithin(wrapped, width);
    // Nothing is lost or added: the lines are the text cut in pieces.
    expect(wrapped.split('\n').map((line) => line.trimStart()).join('')).toBe(CJK);
    // Lines are filled: each but the last falls short of the width by less than two wide
    // characters (one that did not fit, and one kept with the closing mark after it).
    for (const line of wrapped.split('\n').slice(0, -1)) expect(displayWidth(line)).toBeGreaterThanOrEqual(width - 4);
  });

  it('never starts a line with a closing mark, nor ends one with an opening mark', () => {
    for (let width = 10; width <= 60; width++) {
      for (const line of wrap(CJK, width, '', '').split('\n')) {
        expect(line[0], line).not.toMatch(/[，。、”」）]/);
        expect(line[line.length - 1], line).not.toMatch(/[“「（]/);
      }
    }
  });

  it('breaks coloured Chinese without cutting an escape sequence or letting the colour run on', () => {
    for (let width = 16; width <= 60; width++) {
      const wrapped = wrap(`${green(CJK.slice(0, 30))}${bold(CJK.slice(30))}`, width, '', '  ');
      expectWithin(wrapped, width);
      expectWholeStyledLines(wrapped);
      expect(plain(wrapped)).toBe(wrap(CJK, width, '', '  '));
    }
  });

  it('keeps Latin words whole in mixed text, and a combining mark or emoji modifier with its character', () => {
    const wrapped = wrap('Mayor Wang said 我们会按时完成 and 👍🏽👍🏽👍🏽👍🏽 with re\u0301sume\u0301 in hand', 16, '', '');
    expectWithin(wrapped, 16);
    expect(wrapped).toContain('re\u0301sume\u0301');
    expect(wrapped).not.toMatch(/\n\u{1F3FD}/u);
    expect(wrapped.split('\n')[0]).toBe('Mayor Wang said');
  });
});
