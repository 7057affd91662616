/**
 * Inputs whose shape once made a stage quadratic, at the largest size that is analyzed whole:
 * just under the analysis cap (MAX_ANALYZED_CHARS; a longer body is cut there, far below the
 * default --max-bytes). Each must finish within the table's time and memory bounds.
 */
import { expect } from 'vitest';
import { MAX_ANALYZED_CHARS } from '../../src/nlp/doc.js';
import type { HostileCase } from './types.js';

/** Characters of each input: the whole of it is analyzed, with room for the pieces that do not divide it. */
const SIZE = MAX_ANALYZED_CHARS - 1000;

/** `piece` repeated to just under SIZE characters (after `head`, before `tail`). */
function fill(piece: string, head = '', tail = ''): string {
  return head + piece.repeat(Math.floor((SIZE - head.length - tail.length) / piece.length)) + tail;
}

/** Distinct numbers separated by spaces, as many as fit in SIZE characters: one sentence of figures. */
function distinctNumbers(): string {
  const numbers: string[] = [];
  let length = 0;
  for (let i = 100_000; length + 7 <= SIZE; i++, length += 7) numbers.push(String(i));
  return numbers.join(' ');
}

type Summary = Record<string, unknown>;
const stats = (s: Summary) => s['stats'] as { paragraphs: number; sentences: number };
const warnings = (s: Summary) => s['warnings'] as string[];

export const scaleCases: HostileCase[] = [
  {
    name: '100,000 tiny paragraphs (issue 15)',
    file: 'paragraphs.txt',
    content: () => fill('x\n\n'),
    expect: {
      kind: 'summary',
      check: (s) => {
        expect(warnings(s)).toEqual([]);
        expect(stats(s).paragraphs).toBe(Math.floor(SIZE / 3));
      },
    },
  },
  {
    name: 'one line of capitalized names',
    file: 'capitals.txt',
    content: () => fill('LONDON PARIS '),
    expect: { kind: 'summary', check: (s) => expect(warnings(s)).toEqual([]) },
  },
  {
    name: 'alternating quotation marks in one paragraph',
    file: 'marks.txt',
    content: () => fill('“a” ‘b’ "c" \'d\' '),
    expect: { kind: 'summary', check: (s) => expect((s['quotedTerms'] as unknown[]).length + (s['quotes'] as unknown[]).length).toBeGreaterThan(0) },
  },
  {
    name: 'reporting verbs run on before a colon',
    file: 'cues.txt',
    content: () => {
      const tail = ':\n\n“We are ready now.”';
      const half = Math.floor((SIZE - tail.length) / 2);
      return 'quickly '.repeat(Math.floor(half / 8)) + 'and said '.repeat(Math.floor(half / 9)) + tail;
    },
    expect: { kind: 'summary', check: (s) => expect(stats(s).paragraphs).toBe(2) },
  },
  {
    name: 'distinct numbers in one sentence',
    file: 'numbers.txt',
    content: distinctNumbers,
    expect: {
      kind: 'summary',
      // Each figure carries a bounded stretch of its sentence, not the whole text.
      check: (s) => {
        const figures = s['figures'] as Array<{ sentence: { text: string } }>;
        expect(figures.length).toBeGreaterThan(1000);
        for (const figure of figures) expect(figure.sentence.text.length).toBeLessThanOrEqual(2000);
      },
    },
  },
];
