import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { needsAnalysis } from '../src/options.js';
import { summarizeInput } from '../src/pipeline.js';
import { runCli } from './helpers.js';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const page = { content: fixture('harbor-ferry.html'), format: 'html' as const, kind: 'string' as const, name: 'harbor-ferry.html' };

describe('--only without an analyzed section skips the analysis', () => {
  it.each([
    [null, true],
    [['body'], false],
    [['meta'], false],
    [['meta', 'body'], false],
    [['body', 'stats'], true],
    [['quotes'], true],
  ] as const)('only %j → analysis %s', (only, expected) => {
    expect(needsAnalysis(only === null ? null : [...only])).toBe(expected);
  });

  it('the body and metadata are those of a full run; lists are empty and counts zero but characters', () => {
    const full = summarizeInput(page);
    const bodyOnly = summarizeInput(page, { only: ['meta', 'body'] });
    expect(bodyOnly.body).toBe(full.body);
    expect(bodyOnly.meta).toEqual(full.meta);
    expect(full.entities.length).toBeGreaterThan(0);
    expect([bodyOnly.entities, bodyOnly.quotes, bodyOnly.keySentences, bodyOnly.keywords, bodyOnly.figures]).toEqual([[], [], [], [], []]);
    expect(bodyOnly.stats).toEqual({ characters: full.stats.characters, words: 0, sentences: 0, paragraphs: 0, readingMinutes: 0 });
  });

  it('the body alone does not read the language from the text (the page\'s declaration stands)', () => {
    const german = '<html lang="de"><body><p>' + 'Der Stadtrat hat am Montag beschlossen, die Fährpreise ab Januar um acht Prozent zu erhöhen. '.repeat(4) + '</p></body></html>';
    const input = { content: german, format: 'html' as const, kind: 'string' as const, name: 'de.html' };
    expect(summarizeInput(input, { only: ['body'] }).meta).toMatchObject({ language: 'de', sources: { language: 'markup' } });
    const meta = summarizeInput(input, { only: ['meta'] });
    expect(meta.meta).toMatchObject({ language: 'de', sources: { language: 'text' } });
    expect(meta.warnings.join(' ')).not.toMatch(/analyzes English only/);
  });

  it('the CLI prints the same body with --only body, alone and in a batch', () => {
    const file = new URL('../fixtures/harbor-ferry.html', import.meta.url).pathname;
    const full = runCli(['--format', 'json', '--include-body', file]);
    const alone = runCli(['--only', 'body', '--format', 'json', file]);
    const batch = runCli(['--only', 'body', '--format', 'ndjson', file, file]);
    expect(alone.code).toBe(0);
    expect(JSON.parse(alone.stdout).body).toBe(JSON.parse(full.stdout).body);
    expect(batch.stdout.trim().split('\n').map((line) => JSON.parse(line).body)).toEqual([JSON.parse(full.stdout).body, JSON.parse(full.stdout).body]);
  });
});
