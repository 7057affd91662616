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

describe('a light batch (no analysis) starts on the main thread', () => {
  const verboseNotes = (stderr: string): string[] => stderr.split('\n').filter((line) => /^precis: .+ ms(?:, on the main thread)?$/.test(line));

  it('a short one is done there whole; a batch with analysis goes to workers', () => {
    const file = new URL('../fixtures/harbor-ferry.html', import.meta.url).pathname;
    const light = runCli(['--only', 'body', '--verbose', '--jobs', '2', '--format', 'ndjson', file, file, file]);
    expect(light.code).toBe(0);
    expect(verboseNotes(light.stderr)).toHaveLength(3);
    for (const note of verboseNotes(light.stderr)) expect(note).toMatch(/, on the main thread$/);
    const full = runCli(['--verbose', '--jobs', '2', '--format', 'ndjson', file, file]);
    expect(verboseNotes(full.stderr)).toHaveLength(2);
    for (const note of verboseNotes(full.stderr)) expect(note).not.toMatch(/main thread/);
  });

  it('a long one hands over to workers once they are ready, with the same output', () => {
    // 64 texts of about 1 MB: well past the bytes the main thread does alone (texts, not pages, so
    // that the test loads the machine little), and each under the size that goes to a child process.
    const COUNT = 64;
    const text = 'The harbor board voted on Tuesday to keep the night ferry running through the winter, the clerk said after the meeting.\n\n'.repeat(8000);
    const records = Array.from({ length: COUNT }, (_, i) => JSON.stringify({ id: `story-${i}`, text })).join('\n') + '\n';
    const result = runCli(['--only', 'body', '--verbose', '--jobs', '2', '--input-format', 'ndjson', '--format', 'ndjson', '-'], records);
    expect(result.code).toBe(0);
    const notes = verboseNotes(result.stderr);
    expect(notes).toHaveLength(COUNT);
    expect(notes[0]).toMatch(/^precis: stdin line 1 \(id story-0\): .*, on the main thread$/);
    expect(notes.filter((note) => !note.endsWith('on the main thread')).length).toBeGreaterThan(0);
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => line.id)).toEqual(Array.from({ length: COUNT }, (_, i) => `story-${i}`));
    expect(new Set(lines.map((line) => line.body)).size).toBe(1);
    expect(lines[0].body.length).toBeGreaterThan(800_000);
  }, 60_000);
});
