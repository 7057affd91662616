import { beforeAll, describe, expect, it, vi } from 'vitest';
import { renderMarkdown, escapeMarkdown } from '../src/render/markdown.js';
import { renderJson, renderNdjsonLine } from '../src/render/json.js';
import { oneLine, sanitize } from '../src/render/sanitize.js';
import { colorEnabled, loadColor, renderText, wrap } from '../src/render/text.js';
import { summarizeInput } from '../src/pipeline.js';

const hostile = 'Evil\u001b]0;pwned\u0007 title\u001b[2J with \u001b[31mred\u001b[0m and \u0008back\u009b1;1H spaces';
const article = `${hostile}\n\n“We will rebuild the pier,” said Mayor Jo Park\u001b[8m on Friday. The town council approved $2 million for the work.`;
const summary = summarizeInput({ content: article, format: 'text', kind: 'string', name: 'hostile' });
const view = { only: null, includeBody: true };

describe('sanitize', () => {
  it.each([
    ['a window-title sequence', 'a\u001b]0;title\u0007b', 'ab'],
    ['a window-title sequence ended by ST', 'a\u001b]2;title\u001b\\b', 'ab'],
    ['CSI colour and cursor moves', 'a\u001b[31mb\u001b[2Jc\u001b[10;5Hd', 'abcd'],
    ['8-bit CSI', 'a\u009b2Jb', 'ab'],
    ['backspace, bell, DEL and bidi overrides', 'a\u0008b\u0007c\u007fd\u202ee', 'abcde'],
    ['tabs and newlines, which stay', 'a\tb\nc', 'a\tb\nc'],
  ])('removes %s', (_, input, expected) => {
    expect(sanitize(input)).toBe(expected);
  });

  it('oneLine collapses whitespace', () => {
    expect(oneLine('  a \n\n b\t c ')).toBe('a b c');
  });
});

describe('text output', () => {
  beforeAll(loadColor);

  it('no escape sequence from the article reaches the terminal, with or without colour', () => {
    for (const color of [false, true]) {
      const text = renderText(summary, { ...view, color, width: 80 });
      expect(text).not.toContain('pwned\u0007');
      expect(text).not.toMatch(/\u001b\[(?:2J|8m|1;1H)/);
      expect(text).not.toContain('\u0008');
    }
  });

  it('colours only when asked', () => {
    expect(renderText(summary, { ...view, color: false, width: 80 })).not.toContain('\u001b[');
    expect(renderText(summary, { ...view, color: true, width: 80 })).toContain('\u001b[');
  });

  it('shows the quote with its speaker and the key points', () => {
    const text = renderText(summary, { only: null, includeBody: false, color: false, width: 100 });
    expect(text).toContain('Key points');
    expect(text).toMatch(/Jo Park:\n\s+“We will rebuild the pier,”/);
  });

  it('wraps to the width with a hanging indent', () => {
    expect(wrap('one two three four five six', 12, '• ', '  ')).toBe('• one two\n  three four\n  five six');
    for (const line of renderText(summary, { ...view, color: false, width: 40 }).split('\n')) expect([...line].length).toBeLessThanOrEqual(40);
  });
});

describe('colorEnabled', () => {
  it.each([
    ['auto on a terminal', 'auto', true, {}, true],
    ['auto off a terminal', 'auto', false, {}, false],
    ['NO_COLOR', 'auto', true, { NO_COLOR: '1' }, false],
    ['empty NO_COLOR is ignored', 'auto', true, { NO_COLOR: '' }, true],
    ['TERM=dumb', 'auto', true, { TERM: 'dumb' }, false],
    ['FORCE_COLOR=1 off a terminal', 'auto', false, { FORCE_COLOR: '1' }, true],
    ['FORCE_COLOR=0 on a terminal', 'auto', true, { FORCE_COLOR: '0' }, false],
    ['always', 'always', false, { NO_COLOR: '1' }, true],
    ['never', 'never', true, { FORCE_COLOR: '1' }, false],
  ] as const)('%s', (_, mode, tty, env, expected) => {
    expect(colorEnabled(mode, tty, env)).toBe(expected);
  });
});

describe('markdown output', () => {
  it('escapes markup and control characters from the article', () => {
    expect(escapeMarkdown('a *b* | c <script> # d')).toBe('a \\*b\\* \\| c \\<script\\> \\# d');
    const markdown = renderMarkdown(summary, view);
    expect(markdown).not.toContain('\u001b');
    expect(markdown).toContain('## Key points');
  });
});

describe('JSON output', () => {
  it('escapes control characters, and NDJSON is one line', () => {
    const line = renderNdjsonLine({ ...summary, body: 'a\u2028b\nc\u001b' }, view);
    expect(line).not.toMatch(/[\n\u2028\u001b]/);
    expect(JSON.parse(line).body).toBe('a\u2028b\nc\u001b');
    expect(JSON.parse(renderJson(summary, view)).body).toBe(summary.body);
  });

  it('omits the body unless asked', () => {
    expect(JSON.parse(renderJson(summary, { only: null, includeBody: false }))).not.toHaveProperty('body');
  });
});

describe('colour on demand', () => {
  it('chalk is loaded only when colour is asked for, and the renderer says so when it was not', async () => {
    vi.resetModules();
    const fresh = await import('../src/render/text.js');
    expect(() => fresh.renderText(summary, { ...view, color: true, width: 80 })).toThrow(/loadColor/);
    expect(fresh.renderText(summary, { ...view, color: false, width: 80 })).not.toContain('\u001b[');
    await fresh.loadColor();
    expect(fresh.renderText(summary, { ...view, color: true, width: 80 })).toContain('\u001b[');
  });
});
