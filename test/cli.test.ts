import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, FIXTURES, ROOT, assertSpansIndexBody, assertValidOutput, cleanEnv, runCli, tempTree } from './helpers.js';
import { displayWidth } from '../src/render/width.js';

const council = join(FIXTURES, 'council-vote.txt');
const lab = join(FIXTURES, 'lab-grant.txt');
const ferry = join(FIXTURES, 'harbor-ferry.html');
const bakery = join(FIXTURES, 'bakery-centenary-1252.html');
const ESC = '\u001b[';

describe('help and version', () => {
  it('--version prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const result = runCli(['--version']);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(version);
  });

  it('--help begins with examples and ends with the exit codes', () => {
    const result = runCli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith('Examples:')).toBe(true);
    expect(result.stdout).toContain('Exit codes: 0');
    expect(result.stderr).toBe('');
  });
});

describe('inputs and formats', () => {
  it('reads a text file and prints the summary for a person', () => {
    const result = runCli([council]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Riverton council approves $4.2 million flood barrier');
    expect(result.stdout).toContain('Key points');
    expect(result.stdout).not.toContain(ESC);
  });

  it('reads stdin when no input is named and prints one JSON object with --json', () => {
    const result = runCli(['--json'], readFileSync(lab));
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout) as Record<string, unknown>;
    assertValidOutput(summary);
    expect(summary['source']).toMatchObject({ kind: 'stdin', format: 'text' });
    expect(summary).not.toHaveProperty('body');
  });

  it('--include-body adds the body and every span indexes it', () => {
    const result = runCli(['--format', 'json', '--include-body', council]);
    const summary = JSON.parse(result.stdout) as Parameters<typeof assertSpansIndexBody>[0];
    assertValidOutput(summary);
    expect(summary.body).toBe(readFileSync(council, 'utf8'));
    assertSpansIndexBody(summary);
  });

  it('several inputs with --json print one array, in input order', () => {
    const result = runCli(['--json', lab, council]);
    expect(result.code).toBe(0);
    const summaries = JSON.parse(result.stdout) as Array<{ source: { name: string } }>;
    expect(summaries.map((s) => s.source.name)).toEqual([lab, council]);
    summaries.forEach(assertValidOutput);
  });

  it('a directory is read recursively and sorted; ndjson prints one line per file', () => {
    const dir = tempTree({
      'b.txt': readFileSync(lab, 'utf8'),
      'a/story.html': readFileSync(ferry, 'utf8'),
      'notes.pdf.bak': 'skipped: not an article extension',
      'c.md': readFileSync(council, 'utf8'),
    });
    const result = runCli(['--format', 'ndjson', dir]);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { source: { name: string; format: string } });
    expect(lines.map((l) => l.source.name.slice(dir.length + 1))).toEqual(['a/story.html', 'b.txt', 'c.md']);
    expect(lines.map((l) => l.source.format)).toEqual(['html', 'text', 'text']);
    lines.forEach(assertValidOutput);
  });

  it('markdown output carries the title, key points and entities', () => {
    const result = runCli(['--format', 'markdown', ferry]);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith('# Harbour ferry service to resume after six-month repair\n')).toBe(true);
    expect(result.stdout).toContain('## Key points');
    expect(result.stdout).toContain('By Siobhán Kelly, Tomás Ruiz');
  });

  it('--only keeps the named sections', () => {
    const result = runCli(['--json', '--only', 'quotes,entities', council]);
    const summary = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(Object.keys(summary).sort()).toEqual(['entities', 'generator', 'id', 'quotedTerms', 'quotes', 'schemaVersion', 'source', 'warnings']);
  });

  it('-n and --ratio bound the number of key sentences', () => {
    const two = JSON.parse(runCli(['--json', '-n', '2', council]).stdout) as { keySentences: unknown[]; stats: { sentences: number } };
    expect(two.keySentences).toHaveLength(2);
    const ratio = JSON.parse(runCli(['--json', '--ratio', '0.5', council]).stdout) as { keySentences: unknown[]; stats: { sentences: number } };
    expect(ratio.keySentences).toHaveLength(Math.ceil(ratio.stats.sentences * 0.5));
  });

  it('decodes a windows-1252 page by its declared charset', () => {
    const summary = JSON.parse(runCli(['--json', '--include-body', bakery]).stdout) as { body: string; source: { encoding: string; encodingSource: string } };
    expect(summary.source).toMatchObject({ encoding: 'windows-1252', encodingSource: 'meta' });
    expect(summary.body).toContain('The Lefèvre bakery on Market Street');
    expect(summary.body).toContain('“My great-grandfather’s oven is still here — we just don’t light it any more,”');
  });

  it('decodes a UTF-8 page that declares no charset as UTF-8', () => {
    const summary = JSON.parse(runCli(['--json', '--include-body', ferry]).stdout) as { body: string; source: { encoding: string } };
    expect(summary.source.encoding).toBe('utf-8');
    expect(summary.body).toContain('operator’s insurer');
    expect(summary.body).not.toContain('Share on Facebook');
  });

  it('--encoding overrides what the bytes say', () => {
    const summary = JSON.parse(runCli(['--json', '--include-body', '--encoding', 'windows-1252', ferry]).stdout) as { body: string; source: { encodingSource: string } };
    expect(summary.source.encodingSource).toBe('option');
    expect(summary.body).toContain('operatorâ€™s insurer');
  });

  it('--url gives HTML read from stdin its address', () => {
    const html = '<html><body><article><p>' + 'The harbour reopened on Monday after repairs, officials said. '.repeat(8) + '</p></article></body></html>';
    const summary = JSON.parse(runCli(['--json', '--url', 'https://news.example/2026/01/05/harbour', '-'], html).stdout) as { meta: { url: string; published: string } };
    expect(summary.meta.url).toBe('https://news.example/2026/01/05/harbour');
    expect(summary.meta.published).toBe('2026-01-05');
  });
});

describe('NDJSON records', () => {
  const records = [
    JSON.stringify({ id: 'r1', text: 'The mayor spoke on Monday.\r\nShe said the bridge would open in May.' }),
    'this is not json',
    JSON.stringify({ id: 'r3' }),
    JSON.stringify({ id: 'r4', text: 42 }),
    JSON.stringify({ id: 'r5', html: '<p>Officials in Lyon said the new tram line will open next spring, two years late.</p>', url: 'https://x.example/a' }),
    JSON.stringify({ id: 'r6', text: '<p>Plain text that looks like markup is still text.</p>' }),
    JSON.stringify([1, 2]),
  ].join('\n');

  it('answers one line per record, in order, echoing ids, with error lines for bad records', () => {
    const result = runCli(['--input-format', 'ndjson', '--format', 'ndjson', '--include-body'], records + '\n');
    expect(result.code).toBe(1);
    const lines = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(7);
    lines.forEach(assertValidOutput);
    expect(lines.map((l) => l['id'])).toEqual(['r1', null, 'r3', 'r4', 'r5', 'r6', null]);
    expect(lines.map((l) => (l['error'] as { code: string } | undefined)?.code ?? 'ok')).toEqual(['ok', 'bad-record', 'bad-record', 'bad-record', 'ok', 'ok', 'bad-record']);
    expect(lines[1]).toMatchObject({ line: 2 });
    expect(lines[0]!['body']).toBe('The mayor spoke on Monday.\nShe said the bridge would open in May.');
    expect((lines[5]!['source'] as { format: string }).format).toBe('text');
    expect(lines[5]!['body']).toBe('<p>Plain text that looks like markup is still text.</p>');
    expect((lines[4]!['source'] as { format: string }).format).toBe('html');
    expect(result.stderr.trim().split('\n')).toHaveLength(5);
    expect(result.stderr).toContain('4 of 7 inputs failed.');
  });

  it('keeps a leading BOM out of the body and nothing else', () => {
    const text = '\uFEFF  Indented first line.\r\nSecond line, trailing spaces.   ';
    const result = runCli(['--input-format', 'ndjson', '--format', 'ndjson', '--include-body'], JSON.stringify({ id: 'b', text }) + '\n');
    expect((JSON.parse(result.stdout) as { body: string }).body).toBe('  Indented first line.\nSecond line, trailing spaces.   ');
  });
});

describe('failures', () => {
  it('a missing file is one sentence naming it; the other inputs are still printed; exit 1', () => {
    const result = runCli(['--format', 'ndjson', 'no/such/file.txt', lab]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('precis: no/such/file.txt does not exist.\nprecis: 1 of 2 inputs failed.\n');
    const lines = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines[0]).toMatchObject({ error: { code: 'not-found' } });
    expect(lines[1]).toHaveProperty('keySentences');
  });

  it.each([
    ['a binary file', { 'x.html': Buffer.from([0x3c, 0x70, 0x3e, 0x00, 0x01, 0x02]) }, 'x.html', 'looks binary'],
    ['an empty file', { 'x.txt': '' }, 'x.txt', 'is empty'],
    ['a file of blanks', { 'x.txt': ' \n\n \t' }, 'x.txt', 'is empty'],
  ])('%s fails with one sentence naming it', (_, files, name, phrase) => {
    const dir = tempTree(files);
    const result = runCli([join(dir, name)]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(join(dir, name));
    expect(result.stderr).toContain(phrase);
  });

  it('a directory with nothing readable is named on stderr', () => {
    const dir = tempTree({ 'image.png': 'not read' });
    const result = runCli([dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${dir} holds no .html, .htm, .txt, .md or .warc files.`);
  });

  it('--verbose adds a stack trace only for internal errors, never on stdout', () => {
    const result = runCli(['--verbose', 'missing.txt']);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('missing.txt does not exist.');
  });

  it('--verbose over a batch says one line per input and the total, and no warning from Node', () => {
    const records = Array.from({ length: 40 }, (_, i) => JSON.stringify({ id: `r${i}`, text: `The council met on day ${i} and voted to fix the bridge, the mayor said.` })).join('\n');
    const result = runCli(['--verbose', '--jobs', '2', '--input-format', 'ndjson', '--format', 'ndjson'], `${records}\n`);
    expect(result.code).toBe(0);
    expect(result.stderr).not.toMatch(/warning/i);
    expect(result.stderr.split('\n').filter((line) => /\(id r\d+\)/.test(line))).toHaveLength(40);
    expect(result.stderr).toMatch(/40 inputs, 0 failed/);
  });
});

describe('colour', () => {
  it.each([
    ['FORCE_COLOR turns colour on off a terminal', [], { FORCE_COLOR: '1' }, true],
    ['NO_COLOR wins over FORCE_COLOR', [], { FORCE_COLOR: '1', NO_COLOR: '1' }, false],
    ['--no-color wins over FORCE_COLOR', ['--no-color'], { FORCE_COLOR: '1' }, false],
    ['TERM=dumb turns colour off', [], { TERM: 'dumb' }, false],
    ['--color wins over TERM=dumb', ['--color'], { TERM: 'dumb' }, true],
    ['no terminal, no colour', [], {}, false],
    ['--color forces colour', ['--color'], {}, true],
  ] as const)('%s', (_, args, env, coloured) => {
    const result = runCli([...args, council], undefined, env);
    expect(result.stdout.includes(ESC)).toBe(coloured);
  });

  it('never colours JSON', () => {
    expect(runCli(['--json', council], undefined, { FORCE_COLOR: '3' }).stdout).not.toContain(ESC);
  });
});

describe('streams', () => {
  it('a batch interrupted with SIGINT leaves whole lines of valid JSON and exits 130', async () => {
    const records = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: `b${i}`, text: `Story ${i}. The port reopened on Friday after a strike that lasted nine days, the harbour authority said. “We lost four million pounds,” said Ana Ruiz, who runs a ferry firm.` })).join('\n');
    const dir = tempTree({ 'batch.ndjson': records + '\n' });
    const child = spawn(process.execPath, [BIN, '--input-format', 'ndjson', '--format', 'ndjson', '--jobs', '2', join(dir, 'batch.ndjson')], { cwd: ROOT, env: cleanEnv() });
    let stdout = '';
    child.stdout.setEncoding('utf8');
    const someLines = new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk: string) => {
        stdout += chunk;
        if (stdout.split('\n').length > 20) resolve();
      });
    });
    await someLines;
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('close', (status) => resolve(status)));
    expect(code).toBe(130);
    expect(stdout.endsWith('\n')).toBe(true);
    const lines = stdout.trimEnd().split('\n');
    expect(lines.length).toBeLessThan(3000);
    lines.forEach((line, i) => {
      const summary = JSON.parse(line) as { id: string };
      assertValidOutput(summary);
      expect(summary.id).toBe(`b${i}`);
    });
  });

  it('ends quietly with 0 when the reader of stdout goes away (EPIPE)', () => {
    const lines = Array.from({ length: 400 }, (_, i) => JSON.stringify({ id: `n${i}`, text: `Story ${i}. The council met on Monday and said the budget would rise by 4 percent next year.` })).join('\n');
    const dir = tempTree({ 'records.ndjson': lines + '\n' });
    const result = spawnSync('bash', ['-c', `node "${BIN}" --input-format ndjson --format ndjson "${join(dir, 'records.ndjson')}" | head -1; echo "status=\${PIPESTATUS[0]}"`], { encoding: 'utf8', env: cleanEnv() });
    expect(result.stdout).toMatch(/^\{"schemaVersion".*\nstatus=0\n$/);
    expect(result.stderr).toBe('');
  });

  it('stops with 130 on SIGINT, after whole lines', async () => {
    const child = spawn(process.execPath, [BIN, '--input-format', 'ndjson', '--format', 'ndjson'], { cwd: ROOT, env: cleanEnv() });
    let stdout = '';
    child.stdout.setEncoding('utf8');
    const firstLine = new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk: string) => {
        stdout += chunk;
        if (stdout.includes('\n')) resolve();
      });
    });
    child.stdin.write(JSON.stringify({ id: 'one', text: 'The port reopened on Friday after a strike that lasted nine days.' }) + '\n');
    await firstLine;
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('close', (status) => resolve(status)));
    expect(code).toBe(130);
    expect(stdout.endsWith('\n')).toBe(true);
    expect(stdout.trimEnd().split('\n').map((line) => (JSON.parse(line) as { id: string }).id)).toEqual(['one']);
  });
});

describe('interrupts', () => {
  /** A page that takes seconds to summarize (about 19 MB of paragraphs). */
  const longPage = (): string => {
    const paragraph = '<p>The harbour council met on Monday and approved the budget for the new sea wall, officials said. “We will build it,” said Mayor Ana Ruiz.</p>\n';
    return `<html><body><article>${paragraph.repeat(Math.floor(19_000_000 / paragraph.length))}</article></body></html>`;
  };
  /** Sends SIGINT once the child has been at work for a while; resolves with how it ended and how long that took. */
  const interruptAfter = async (child: ReturnType<typeof spawn>, delayMs: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; stopMs: number }> => {
    const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    const sent = performance.now();
    child.kill('SIGINT');
    const { code, signal } = await ended;
    return { code, signal, stopMs: performance.now() - sent };
  };

  it('stops within a second while one long input is summarized on the main thread (a shell sees 130)', async () => {
    const dir = tempTree({ 'long.html': longPage() });
    const child = spawn(process.execPath, [BIN, '--json', join(dir, 'long.html')], { cwd: ROOT, env: cleanEnv() });
    let stdout = '';
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    const { code, signal, stopMs } = await interruptAfter(child, 1500);
    // Ended by the signal itself (which shells report as 130), or by precis with 130.
    expect(signal === 'SIGINT' || code === 130).toBe(true);
    expect(stopMs).toBeLessThan(1000);
    expect(stdout).toBe('');
  }, 30_000);

  it('stops within a second while a worker is busy with a long input, keeping the lines already written', async () => {
    const records = [JSON.stringify({ id: 'short', text: 'The port reopened on Friday.' }), JSON.stringify({ id: 'long', html: longPage() })].join('\n');
    const dir = tempTree({ 'batch.ndjson': `${records}\n` });
    const child = spawn(process.execPath, [BIN, '--input-format', 'ndjson', '--format', 'ndjson', join(dir, 'batch.ndjson')], { cwd: ROOT, env: cleanEnv() });
    let stdout = '';
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    const { code, stopMs } = await interruptAfter(child, 2000);
    expect(code).toBe(130);
    expect(stopMs).toBeLessThan(1000);
    expect(stdout.trimEnd().split('\n').map((line) => (JSON.parse(line) as { id: string }).id)).toEqual(['short']);
  }, 30_000);
});

describe('limits', () => {
  it('--max-bytes refuses larger inputs in one sentence', () => {
    const result = runCli(['--max-bytes', '100', council]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`precis: ${council} is larger than the 100-byte limit (see --max-bytes).\n`);
  });

  it('--max-bytes applies to each NDJSON record', () => {
    const lines = [JSON.stringify({ id: 'small', text: 'Short.' }), JSON.stringify({ id: 'big', text: 'Long text. '.repeat(50) })].join('\n');
    const result = runCli(['--input-format', 'ndjson', '--format', 'ndjson', '--max-bytes', '200'], lines + '\n');
    const out = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { error?: { code: string } });
    expect(out.map((o) => o.error?.code ?? 'ok')).toEqual(['ok', 'too-large']);
  });

  it('--no-fetch refuses URLs without touching the network', () => {
    const result = runCli(['--no-fetch', 'https://user:secret@news.example/story']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('precis: https://news.example/story was not fetched: fetching is off (--no-fetch).\n');
  });
});

describe('width and --all', () => {
  /** Lines of `text` without their SGR sequences. */
  const plain = (text: string): string => text.replace(/\u001b\[[0-9;]*m/g, '');
  const linesOf = (text: string): string[] => text.replace(/\n$/, '').split('\n');

  it.each([council, ferry, lab])('--color --width 60: no line past 60 columns, broken where the same text without colour is (%s)', (input) => {
    const coloured = runCli(['--color', '--width', '60', input]);
    const uncoloured = runCli(['--no-color', '--width', '60', input]);
    expect(coloured.code).toBe(0);
    expect(coloured.stdout).toContain(ESC);
    for (const line of linesOf(coloured.stdout)) expect(displayWidth(line), line).toBeLessThanOrEqual(60);
    // As full as without colour: the same lines once the escape sequences are taken out.
    expect(plain(coloured.stdout)).toBe(uncoloured.stdout);
    // And full: some line of a wrapped paragraph comes within a few columns of the width.
    expect(Math.max(...linesOf(uncoloured.stdout).map(displayWidth))).toBeGreaterThanOrEqual(55);
  });

  it('a Chinese quote and Chinese place names in an English story stay within the width', () => {
    const quote = '我们会按时完成这条地铁线路，明年春天一定开通，欢迎大家来坐车看看新的车站和公园，';
    const dir = tempTree({
      'metro.txt': [
        'The new metro line in Beijing will open next spring, the city said on Monday.',
        `“${quote}” said Wang Xiaoming, the deputy mayor of 北京市朝阳区.`,
        'Wang said the line would carry 300,000 riders a day and cost $2.4 billion. The first trains will run between 东直门 and 首都机场 in April.',
      ].join('\n\n'),
    });
    for (const colour of ['--color', '--no-color']) {
      const result = runCli(['--language', 'en', colour, '--width', '40', join(dir, 'metro.txt')]);
      expect(result.code).toBe(0);
      for (const line of linesOf(result.stdout)) expect(displayWidth(line), line).toBeLessThanOrEqual(40);
      const quotes = plain(result.stdout).split('Quotes\n')[1]!.split('\n\n')[0]!;
      expect(quotes).toContain('Wang Xiaoming:');
      expect(quotes.replace(/\s+/g, '')).toContain(`“${quote}”`);
    }
  });

  /** A story we wrote with 12 speakers, each quoted once and mayor of a town, and a figure or two each. */
  const crowded = (): string => {
    const people = ['Helen Ortiz', 'Daniel Brooks', 'Maria Chen', 'James Walker', 'Sarah Mitchell', 'Robert Nguyen', 'Laura Bennett', 'Thomas Reed', 'Emily Carter', 'Michael Foster', 'Anna Kowalski', 'David Harris'];
    const towns = ['Riverton', 'Millbrook', 'Oakdale', 'Fairview', 'Cedar Falls', 'Ashford', 'Brookside', 'Kingsport', 'Lakewood', 'Westfield', 'Greenville', 'Springdale'];
    const paragraphs = ['The regional flood board met on Tuesday in Riverton to hear from the towns along the Mill River.'];
    people.forEach((name, i) => {
      paragraphs.push(`“We need ${i + 2} more pumps before the spring,” said ${name}, the mayor of ${towns[i]}. ${name.split(' ')[1]} said the town had spent $${i + 1}.5 million on repairs since 2019.`);
    });
    paragraphs.push('The board will vote on the plan in March.');
    return join(tempTree({ 'crowded.txt': paragraphs.join('\n\n') }), 'crowded.txt');
  };
  interface Counts { quotes: Array<{ speaker: string; text: string }>; entities: Array<{ name: string; type: string }>; figures: Array<{ phrase: { text: string } }> }

  it('JSON and NDJSON carry every quote, entity and figure without --all', () => {
    const story = crowded();
    const json = JSON.parse(runCli(['--json', story]).stdout) as Counts;
    // More than the text and Markdown limits, so a cut would show.
    expect(json.quotes).toHaveLength(12);
    expect(json.entities.length).toBeGreaterThan(20);
    expect(json.figures.length).toBeGreaterThan(10);
    expect(runCli(['--json', '--all', story]).stdout).toBe(runCli(['--json', story]).stdout);
    const line = JSON.parse(runCli(['--format', 'ndjson', story]).stdout) as Counts;
    expect([line.quotes.length, line.entities.length, line.figures.length]).toEqual([json.quotes.length, json.entities.length, json.figures.length]);
  });

  it('text: without --all each cut section says how many it left out; with --all every quote, speaker, entity and figure is there', () => {
    const story = crowded();
    const json = JSON.parse(runCli(['--json', story]).stdout) as Counts;
    const cut = runCli(['--width', '100', story]).stdout;
    expect(cut).toContain(`… and ${json.quotes.length - 8} more quotes (--all shows every one)`);
    expect(cut).toContain(`… and ${json.figures.length - 8} more figures (--all shows every one)`);
    const perType = new Map<string, number>();
    for (const entity of json.entities) perType.set(entity.type, (perType.get(entity.type) ?? 0) + 1);
    const entitiesLeftOut = [...perType.values()].reduce((sum, n) => sum + Math.max(0, n - 8), 0);
    expect(entitiesLeftOut).toBeGreaterThan(0);
    expect(cut).toContain(`… and ${entitiesLeftOut} more entities (--all shows every one)`);
    expect(cut).not.toContain('David Harris:');

    const all = runCli(['--all', '--width', '100', story]).stdout;
    expect(all).not.toMatch(/more (?:quotes|entities|figures)|--all/);
    for (const quote of json.quotes) {
      expect(all).toContain(`  ${quote.speaker}:\n`);
      expect(all).toContain(`“${quote.text}”`);
    }
    const entities = all.split('Entities\n')[1]!.split('\n\n')[0]!.replace(/\s+/g, ' ');
    for (const entity of json.entities) expect(entities).toContain(`${entity.name} (`);
    expect(all.split('Figures\n')[1]!.split('\n').filter((line) => /^ {2}\S/.test(line))).toHaveLength(json.figures.length);
  });

  it('Markdown: without --all the entity table and figures end with how many were left out; with --all every row is there', () => {
    const story = crowded();
    const json = JSON.parse(runCli(['--json', story]).stdout) as Counts;
    const cut = runCli(['--format', 'markdown', story]).stdout;
    const rows = (markdown: string): number => markdown.split('\n').filter((line) => /^\| (?!Name \||-)/.test(line)).length;
    expect(rows(cut)).toBe(20);
    expect(cut).toContain(`\n\n*… and ${json.entities.length - 20} more entities (\`--all\` shows every one)*\n`);
    expect(cut).toContain(`*… and ${json.figures.length - 10} more figures (\`--all\` shows every one)*`);
    // Quotes are never cut in Markdown.
    for (const quote of json.quotes) expect(cut).toContain(`> — **${quote.speaker}**`);

    const all = runCli(['--format', 'markdown', '--all', story]).stdout;
    expect(rows(all)).toBe(json.entities.length);
    for (const entity of json.entities) expect(all).toContain(`| ${entity.name} |`);
    expect(all.split('## Figures\n\n')[1]!.split('\n').filter((line) => line.startsWith('- **'))).toHaveLength(json.figures.length);
    expect(all).not.toContain('--all');
  });
});
