/**
 * Terminal and output safety (issue 15): what reaches a terminal, in messages as in output, is
 * sanitized; JSON escapes what terminals act on; Markdown links only web and mail addresses; no
 * URL is ever shown with its credentials.
 */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { summarizeInput } from '../src/pipeline.js';
import { escapeForTerminal, renderFailure, renderJson, renderNdjsonLine } from '../src/render/json.js';
import { renderMarkdown, urlMarkdown } from '../src/render/markdown.js';
import { messageLine, terminalText } from '../src/render/sanitize.js';
import { failureView } from '../src/render/sections.js';
import { progressLine } from '../src/progress.js';
import { displayUrl, redactUrls } from '../src/url.js';

/** Everything a terminal acts on that may not pass raw: ESC, BEL, backspace, CR, DEL, C1, bidi controls. */
const TERMINAL_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('terminalText and messageLine: every message on stderr', () => {
  it.each([
    ['a window title set', 'file\u001b]0;pwned\u0007.txt is empty.', 'file.txt is empty.'],
    ['a screen clear', 'a\u001b[2J\u001b[Hb', 'ab'],
    ['an 8-bit CSI and OSC', 'a\u009b2Jb\u009d0;x\u009cc', 'abc'],
    ['DEL, carriage return and backspace', 'a\u007fb\rc\bd', 'abcd'],
    ['bidi overrides and isolates', 'evil\u202egnp.exe\u202c \u2066x\u2069', 'evilgnp.exe x'],
    ['a password in a URL', 'https://user:hunter2@news.example/a was not fetched.', 'https://news.example/a was not fetched.'],
    ['a token as user name', 'see http://ghp_token@host/x and ftp://a:b@c/', 'see http://host/x and ftp://c/'],
    ['an escape hiding a URL\'s user-info', 'http://u:p\u001b[0m@host/', 'http://host/'],
  ])('removes %s', (_, input, expected) => {
    expect(terminalText(input)).toBe(expected);
    expect(messageLine(input)).toBe(expected);
  });

  it('keeps the lines of a stack trace, but a one-sentence message stays on one line', () => {
    expect(terminalText('Error: x\n    at y')).toBe('Error: x\n    at y');
    expect(messageLine('stdin line 1 (id a\nprecis: forged) is empty.')).toBe('stdin line 1 (id a precis: forged) is empty.');
  });

  it('the progress line passes every message through it', () => {
    const stream = new PassThrough();
    let written = '';
    stream.on('data', (chunk: Buffer) => (written += chunk.toString()));
    const progress = progressLine(stream, false);
    progress.message('precis: x\u001b]0;t\u0007.txt is empty (http://a:b@h/).');
    expect(written).toBe('precis: x.txt is empty (http://h/).\n');
  });
});

describe('escapeForTerminal: JSON output', () => {
  const values: Array<[string, unknown]> = [
    ['C1 controls', { title: 'a\u0085b\u009b2Jc\u0080' }],
    ['DEL', ['x\u007fy']],
    ['bidi overrides and isolates', { name: '\u202atxt.exe\u202b\u202c\u202d\u202e \u2066\u2067\u2068\u2069' }],
    ['line and paragraph separators', 'one\u2028two\u2029three'],
    ['C0 controls, which JSON.stringify escapes itself', 'a\u001b]0;x\u0007b'],
    ['a string that looks like an escape already', 'backslash-u: \\u0085 and \\\u0085'],
    ['keys too', { 'k\u0085\u202e': 1 }],
    ['plain text, unchanged', { title: 'Café “quoted” — ok', n: 3, ok: true, none: null }],
  ];

  it.each(values)('%s: escaped, and the JSON parses to the same value', (_, value) => {
    for (const json of [JSON.stringify(value), JSON.stringify(value, null, 2)]) {
      const escaped = escapeForTerminal(json);
      expect(escaped).not.toMatch(TERMINAL_CONTROL);
      expect(escaped).not.toMatch(/[\u2028\u2029]/);
      expect(JSON.parse(escaped)).toEqual(value);
    }
  });

  it('writes the escapes the way JSON.stringify writes its own', () => {
    expect(escapeForTerminal(JSON.stringify('\u0085\u202e\u2028'))).toBe('"\\u0085\\u202e\\u2028"');
  });

  it('every JSON renderer applies it', () => {
    const text = 'The council met on Monday \u0085 and approved the \u202eevil\u202c budget.\u2028 Officials said so.';
    const summary = summarizeInput({ content: text, format: 'text', kind: 'string', name: 'c1\u009b.txt' });
    const view = { only: null, includeBody: true };
    for (const output of [renderJson(summary, view), renderNdjsonLine(summary, view), renderFailure(failureView('n\u0085', 'i\u202e', 1, 'empty', 'm\u2066'), true)]) {
      expect(output).not.toMatch(TERMINAL_CONTROL);
      expect(output).not.toMatch(/[\u2028\u2029]/);
    }
    expect((JSON.parse(renderJson(summary, view)) as { body: string }).body).toBe(summary.body);
  });
});

describe('urlMarkdown: only web and mail addresses become links', () => {
  it.each([
    ['https://news.example/a', '<https://news.example/a>'],
    ['http://news.example/a b<c>', '<http://news.example/a%20b%3Cc%3E>'],
    ['mailto:desk@news.example', '<mailto:desk@news.example>'],
    ['javascript:alert(1)', '` javascript:alert(1) `'],
    ['JavaScript:alert(document.cookie)', '` JavaScript:alert(document.cookie) `'],
    ['java\tscript:alert(1)', '` java script:alert(1) `'],
    ['data:text/html,<script>alert(1)</script>', '` data:text/html,<script>alert(1)</script> `'],
    ['file:///etc/passwd', '` file:///etc/passwd `'],
    ['vbscript:`x`', '`` vbscript:`x` ``'],
    ['not a url', '` not a url `'],
    ['https://user:secret@news.example/a', '<https://news.example/a>'],
    ['\u001b]8;;javascript:x\u0007https://x.example/', '<https://x.example/>'],
  ])('%s → %s', (url, markdown) => {
    expect(urlMarkdown(url)).toBe(markdown);
  });

  it('a text record\'s javascript: url is not a link in the document', () => {
    const summary = summarizeInput({ content: 'The council met on Monday and approved the budget.', format: 'text', kind: 'record', name: 'r', url: 'javascript:alert(1)' });
    const markdown = renderMarkdown(summary, { only: null, includeBody: false });
    expect(markdown).toContain('` javascript:alert(1) `');
    expect(markdown).not.toMatch(/<javascript:|\]\(javascript:/i);
  });
});

describe('credentials are never shown', () => {
  it.each([
    ['https://user:secret@example.org/a?b=1', 'https://example.org/a?b=1'],
    ['http://token@example.org/', 'http://example.org/'],
    ['http://a:p@ss@example.org/x', 'http://example.org/x'],
    ['https://example.org', 'https://example.org'],
    ['https://example.org/a@b', 'https://example.org/a@b'],
    ['http://user:pw@exa mple.org/', 'http://exa mple.org/'],
    ['javascript:alert(1)', 'javascript:alert(1)'],
  ])('displayUrl(%s) = %s', (raw, shown) => {
    expect(displayUrl(raw)).toBe(shown);
  });

  it('redactUrls finds URLs in free text', () => {
    expect(redactUrls('a.warc record 3 (https://u:p@h.example/x) is too large; mail a@b.example')).toBe('a.warc record 3 (https://h.example/x) is too large; mail a@b.example');
  });

  it('not in source.url, meta.url, meta.image or source.name', () => {
    const html = '<html><head><meta property="og:image" content="/i.png"><script type="application/ld+json">{"@type":"NewsArticle","url":"https://ld:pw@news.example/story"}</script></head><body><article><p>The council met on Monday and approved the budget for the new sea wall, officials said.</p></article></body></html>';
    const summary = summarizeInput({ content: html, format: 'html', kind: 'warc', name: 'a.warc record 1 (http://user:hunter2@news.example/story)', url: 'http://user:hunter2@news.example/story' });
    const json = renderJson(summary, { only: null, includeBody: false });
    expect(json).not.toMatch(/hunter2|user:|ld:pw/);
    expect(summary.source.url).toBe('http://news.example/story');
    expect(summary.meta.url).toBe('https://news.example/story');
    expect(summary.meta.image).toBe('https://news.example/i.png');
  });

  it('not in error lines', () => {
    const failure = renderFailure(failureView('a.warc record 2 (http://u:pw@h/)', null, null, 'too-large', 'a.warc record 2 (http://u:pw@h/) is larger than the 10-byte limit.'), false);
    expect(failure).not.toContain('pw');
  });
});
