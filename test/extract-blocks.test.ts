import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractHtml, extractText } from '../src/extract/index.js';
import { renderArticleMarkdown } from '../src/render/markdown.js';
import { renderArticleText } from '../src/render/text.js';
import type { BodyBlock } from '../src/summary.js';
import { FIXTURES, assertValidOutput, runCli } from './helpers.js';

const structurePage = join(FIXTURES, 'pages', 'article-structure.html');

/** Every block slices a trimmed, non-empty stretch of the body, in order, without overlap. */
function assertBlocksIndexBody(body: string, blocks: BodyBlock[]): void {
  let previousEnd = 0;
  for (const block of blocks) {
    expect(block.start).toBeGreaterThanOrEqual(previousEnd);
    expect(block.end).toBeGreaterThan(block.start);
    expect(block.end).toBeLessThanOrEqual(body.length);
    const text = body.slice(block.start, block.end);
    expect(text).toBe(text.trim());
    expect(body.slice(previousEnd, block.start)).toMatch(/^[\s#]*$/);
    expect(block.level !== undefined).toBe(block.kind === 'heading');
    previousEnd = block.end;
  }
  expect(body.slice(previousEnd)).toMatch(/^\s*$/);
}

const textOf = (body: string, blocks: BodyBlock[]): Array<[string, string]> =>
  blocks.map((block) => [block.kind + (block.level ? block.level : ''), body.slice(block.start, block.end)]);

describe('blocks of an HTML article', () => {
  it('carry the kind and level of every part of the team-written page', () => {
    const article = extractHtml(readFileSync(structurePage, 'utf8'), null);
    expect(textOf(article.body, article.blocks)).toEqual([
      ['paragraph', 'Night trains will run on the valley line again from September, the regional rail company said on Wednesday, four years after the service was cut.'],
      ['paragraph', 'Trains will leave the central station at 11:40 p.m. and 1:10 a.m., stopping at every town along the river, and tickets go on sale next month.'],
      ['heading2', 'Why the service is back'],
      ['paragraph', 'The company said a *record* number of passengers asked for the trains in its survey, and that the #1 complaint was the last train leaving too early.'],
      ['paragraph', 'Shift workers at the hospital and the paper mill will gain most, the union said:'],
      ['list-item', 'Nurses finishing the late shift'],
      ['list-item', 'Mill workers on the night rota'],
      ['list-item', '- Students coming home from the city'],
      ['quote', '"This is what we asked for four years ago," said Omar Field, who leads the union.'],
      ['quote', '"Better late than never."'],
      ['heading3', 'The timetable'],
      ['pre', 'Dep. 23:40 Central\nArr. 00:25 River Town\nNote: `late` trains wait 5 min'],
      ['table-row', 'Train Stops'],
      ['table-row', 'N1 9'],
      ['table-row', 'N2 6'],
      ['paragraph', '1. The trains cost 4 million euros a year & the region pays half, said the transport minister, who called it <b>good value</b>.\u001b[31m'],
    ]);
  });

  it('are the paragraphs of the body, joined by blank lines, on every fixture page', () => {
    const pages = [
      ...readdirSync(join(FIXTURES, 'pages')).map((name) => join(FIXTURES, 'pages', name)),
      ...readdirSync(FIXTURES).filter((name) => name.endsWith('.html')).map((name) => join(FIXTURES, name)),
    ];
    for (const page of pages) {
      const article = extractHtml(readFileSync(page, 'latin1'), null);
      assertBlocksIndexBody(article.body, article.blocks);
      expect(article.blocks.map((block) => article.body.slice(block.start, block.end)).join('\n\n')).toBe(article.body);
    }
  });

  it('a date-like row of a data table is kept', () => {
    const story = '<p>The ferry timetable changes next week, the operator said on Friday, and boats will run more often on the first days of the week.</p>';
    const html = `<html><body><article>${story}<table><tr><th>Day</th><th>Crossings</th></tr><tr><td>Monday</td><td>12</td></tr></table>${story}</article></body></html>`;
    const article = extractHtml(html, null);
    expect(textOf(article.body, article.blocks)).toContainEqual(['table-row', 'Monday 12']);
  });

  it('an empty page has no blocks', () => {
    expect(extractHtml('<html><body><script>x()</script></body></html>', null).blocks).toEqual([]);
  });
});

describe('blocks of a text article', () => {
  const cases: Array<{ name: string; text: string; blocks: Array<[string, string]> }> = [
    {
      name: 'paragraphs between blank lines; single line breaks stay inside',
      text: 'The mayor opened the bridge on Monday.\nCrowds lined the river.\n\n  Traffic will flow from Tuesday.  \n\n\n',
      blocks: [['paragraph', 'The mayor opened the bridge on Monday.\nCrowds lined the river.'], ['paragraph', 'Traffic will flow from Tuesday.']],
    },
    {
      name: 'lines, when the text has no blank line',
      text: 'The mayor opened the bridge on Monday.\nCrowds lined the river.\nTraffic will flow from Tuesday.',
      blocks: [['paragraph', 'The mayor opened the bridge on Monday.'], ['paragraph', 'Crowds lined the river.'], ['paragraph', 'Traffic will flow from Tuesday.']],
    },
    {
      name: 'one paragraph, when a text without blank lines is hard-wrapped',
      text: [
        'The town council voted on Tuesday to build a new pier for the',
        'harbour ferry, ending a dispute that had divided residents for',
        'more than a decade. Work will start in the spring and should be',
        'finished before the summer season, the council said in a short',
        'statement, adding that the ferry would keep running during the',
        'works from a temporary landing stage on the north side of the',
        'harbour.',
      ].join('\n'),
      blocks: [['paragraph', 'The town council voted on Tuesday to build a new pier for the\nharbour ferry, ending a dispute that had divided residents for\nmore than a decade. Work will start in the spring and should be\nfinished before the summer season, the council said in a short\nstatement, adding that the ferry would keep running during the\nworks from a temporary landing stage on the north side of the\nharbour.']],
    },
    {
      name: 'a headline on its own line is a heading',
      text: 'Council backs new ferry pier\n\nThe town council voted on Tuesday to build a new pier.',
      blocks: [['heading1', 'Council backs new ferry pier'], ['paragraph', 'The town council voted on Tuesday to build a new pier.']],
    },
    {
      name: 'a headline right above the first paragraph is split off, its Markdown mark left out',
      text: '# Council backs new ferry pier\nThe town council voted on Tuesday to build a new pier.\nWork starts in May.\n\nThe ferry keeps running.',
      blocks: [
        ['heading1', 'Council backs new ferry pier'],
        ['paragraph', 'The town council voted on Tuesday to build a new pier.\nWork starts in May.'],
        ['paragraph', 'The ferry keeps running.'],
      ],
    },
    {
      name: 'a first line that is a sentence is no heading',
      text: 'The council voted on Tuesday.\n\nWork starts in May.',
      blocks: [['paragraph', 'The council voted on Tuesday.'], ['paragraph', 'Work starts in May.']],
    },
    {
      name: 'a byte-order mark and CRLF line ends',
      text: '\ufeffThe council voted on Tuesday.\r\n\r\nWork starts in May.\r\n',
      blocks: [['paragraph', 'The council voted on Tuesday.'], ['paragraph', 'Work starts in May.']],
    },
    { name: 'only white space', text: ' \n\t\n ', blocks: [] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const article = extractText(c.text, null);
      assertBlocksIndexBody(article.body, article.blocks);
      expect(textOf(article.body, article.blocks)).toEqual(c.blocks);
    });
  }
});

/** A body and its blocks from `[kind, text, level?]` parts, joined by blank lines. */
function made(parts: Array<[BodyBlock['kind'], string, number?]>): { body: string; blocks: BodyBlock[] } {
  let body = '';
  const blocks: BodyBlock[] = [];
  for (const [kind, text, level] of parts) {
    if (body) body += '\n\n';
    blocks.push(level ? { kind, start: body.length, end: body.length + text.length, level } : { kind, start: body.length, end: body.length + text.length });
    body += text;
  }
  return { body, blocks };
}

describe('the article alone as text', () => {
  it.each([
    ['paragraphs unwrapped, a blank line between', [['paragraph', 'One line\nwrapped  here.'], ['paragraph', 'Two.']], 'One line wrapped here.\n\nTwo.'],
    ['no marks on headings, items or quotes', [['heading', 'Why', 2], ['list-item', 'A'], ['quote', '"B," she said.']], 'Why\n\nA\n\n"B," she said.'],
    ['preformatted lines kept', [['pre', 'a  1\nb  2']], 'a  1\nb  2'],
    ['control characters and escape sequences removed', [['paragraph', 'Red\u001b[31m text\u0007 and \u202eback']], 'Red text and back'],
    ['nothing for an empty article', [], ''],
  ] as Array<[string, Array<[BodyBlock['kind'], string, number?]>, string]>)('%s', (_, parts, expected) => {
    expect(renderArticleText(made(parts))).toBe(expected);
  });

  it('reads a summary without blocks as paragraphs between blank lines', () => {
    expect(renderArticleText({ body: 'One.\n\n\nTwo\nthree.', blocks: [] })).toBe('One.\n\nTwo three.');
  });
});

describe('the article alone as Markdown', () => {
  it.each([
    ['headings by level, never a document title', [['heading', 'Top', 1], ['heading', 'Section', 2], ['heading', 'Sub', 3], ['heading', 'Deep', 6]], '## Top\n\n## Section\n\n### Sub\n\n###### Deep'],
    ['one list of neighbouring items', [['paragraph', 'Stops:'], ['list-item', 'North'], ['list-item', 'South']], 'Stops:\n\n- North\n- South'],
    ['one block quote of neighbouring quotes', [['quote', 'First.'], ['quote', 'Second.']], '> First.\n>\n> Second.'],
    ['table rows as lines', [['table-row', 'Train Stops'], ['table-row', 'N1 9']], 'Train Stops\\\nN1 9'],
    ['code fenced, longer than any backtick run inside', [['pre', 'x = `a`\n```\ny']], '````\nx = `a`\n```\ny\n````'],
    ['inline markup escaped', [['paragraph', 'A *b* _c_ [d](e) <script> `f` | g # h \\ i']], 'A \\*b\\* \\_c\\_ \\[d\\](e) \\<script\\> \\`f\\` \\| g \\# h \\\\ i'],
    ['line-start markup escaped', [['paragraph', '- a'], ['paragraph', '+ b'], ['paragraph', '1. c'], ['paragraph', '2) d'], ['paragraph', '> e'], ['paragraph', '=== f'], ['list-item', '3. g']], '\\- a\n\n\\+ b\n\n1\\. c\n\n2\\) d\n\n\\> e\n\n\\=== f\n\n- 3\\. g'],
    ['character references escaped', [['paragraph', 'AT&amp;T &#169; & co']], 'AT\\&amp;T &\\#169; & co'],
    ['control characters removed', [['paragraph', 'Red\u001b[31m text\u0007'], ['pre', 'a\u001b]0;title\u0007b']], 'Red text\n\n```\nab\n```'],
  ] as Array<[string, Array<[BodyBlock['kind'], string, number?]>, string]>)('%s', (_, parts, expected) => {
    expect(renderArticleMarkdown(made(parts))).toBe(expected);
  });
});

describe('precis --only body', () => {
  const article = extractHtml(readFileSync(structurePage, 'utf8'), null);

  it('text: the article and nothing else, as the body reads without control characters', () => {
    const result = runCli(['--only', 'body', structurePage]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`${article.body.replace(/\u001b\[31m/, '')}\n`);
    expect(result.stdout).not.toContain('Night trains return to the valley line');
    expect(result.stdout).not.toContain('Petra Lund');
  });

  it('text: no title or notes even when the page has no article', () => {
    const result = runCli(['--only', 'body', '--input-format', 'html'], '<html><body><script>x()</script></body></html>');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('\n');
  });

  it('Markdown: structure kept, markup from the article escaped, no title', () => {
    const result = runCli(['--only', 'body', '--format', 'markdown', structurePage]);
    expect(result.code).toBe(0);
    const markdown = result.stdout;
    expect(markdown.startsWith('Night trains will run')).toBe(true);
    expect(markdown).not.toMatch(/^# /m);
    for (const part of [
      '\n\n## Why the service is back\n\n',
      'a \\*record\\* number',
      '\n\n- Nurses finishing the late shift\n- Mill workers on the night rota\n- \\- Students coming home from the city\n\n',
      '\n\n> "This is what we asked for four years ago," said Omar Field, who leads the union.\n>\n> "Better late than never."\n\n',
      '\n\n### The timetable\n\n```\nDep. 23:40 Central\nArr. 00:25 River Town\nNote: `late` trains wait 5 min\n```\n\n',
      '\n\nTrain Stops\\\nN1 9\\\nN2 6\n\n',
      '\n\n1\\. The trains cost',
      '\\<b\\>good value\\</b\\>.\n',
    ]) expect(markdown).toContain(part);
    expect(markdown).not.toContain('\u001b');
  });

  it('JSON: blocks come with the body and validate', () => {
    const summary = JSON.parse(runCli(['--json', '--only', 'body', structurePage]).stdout) as { body: string; blocks: BodyBlock[] };
    assertValidOutput(summary);
    expect(summary.blocks).toEqual(article.blocks);
    expect(summary.body).toBe(article.body);
  });

  it('JSON: no blocks without the body', () => {
    const summary = JSON.parse(runCli(['--json', structurePage]).stdout) as Record<string, unknown>;
    expect(summary).not.toHaveProperty('blocks');
    expect(summary).not.toHaveProperty('body');
  });

  it('NDJSON records with --include-body carry blocks, text records their paragraphs', () => {
    const records = [JSON.stringify({ id: 't', text: 'Council backs new pier\n\nThe council voted on Tuesday.' }), JSON.stringify({ id: 'h', html: readFileSync(structurePage, 'utf8') })].join('\n');
    const lines = runCli(['--input-format', 'ndjson', '--format', 'ndjson', '--include-body'], `${records}\n`).stdout.trim().split('\n').map((line) => JSON.parse(line) as { body: string; blocks: BodyBlock[] });
    expect(lines[0]!.blocks).toEqual([{ kind: 'heading', start: 0, end: 22, level: 1 }, { kind: 'paragraph', start: 24, end: 53 }]);
    expect(lines[1]!.blocks).toHaveLength(article.blocks.length);
    for (const line of lines) assertValidOutput(line);
  });

  it('with other sections, text output keeps its section headers', () => {
    const result = runCli(['--only', 'body,keySentences', '--width', '200', structurePage]);
    expect(result.stdout).toContain('Key points\n');
    expect(result.stdout).toContain('\nArticle\nNight trains will run');
  });
});
