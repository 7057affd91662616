/**
 * Time linear in the input: for each shape of hostile text, the whole pipeline and the rendering
 * of its summary on twice the input must take at most LINEAR_RATIO times as long. A stage that reads back to a paragraph's
 * start for every quote, or searches every mention for every name, takes four times as long on
 * twice the input and fails; a linear one takes about twice as long.
 *
 * Sizes keep the larger input's body under the analysis cap (MAX_ANALYZED_CHARS), so that all of
 * it is analyzed, and are set so that one run of the smaller input takes about 0.3 s.
 */
import { describe, expect, it } from 'vitest';
import { summarizeInput } from '../src/pipeline.js';
import type { Summary } from '../src/summary.js';
import { type RenderSettings, renderSummary } from '../src/render/index.js';

/** Largest time(2n) / time(n) allowed: 2 for linear work, with room for noise on a shared machine; quadratic work gives 4. */
const LINEAR_RATIO = 3;
/** Runs of the smaller input; the fastest counts, as the one least disturbed by other work on the machine. */
const REPETITIONS = 3;
/** Most runs of the larger input: they stop at the first within the bound, so only a stage that is slow every time fails. */
const MAX_REPETITIONS = 5;
/** Room for a quadratic stage to show itself on the code before the fix (minutes), without hanging the suite. */
const TIMEOUT_MS = 600_000;

interface Shape {
  name: string;
  format: 'text' | 'html';
  /** The input of size `n` (in units of the shape's repeated piece). */
  make: (n: number) => string;
  n: number;
}

const repeat = (piece: string) => (n: number) => piece.repeat(n);
const html = (open: string, piece: string, close: string) => (n: number) => `<html><body>${open}${piece.repeat(n)}${close}</body></html>`;

const shapes: Shape[] = [
  { name: 'many tiny paragraphs', format: 'text', make: repeat('x\n\n'), n: 12_000 },
  { name: 'many short lines, no blank lines', format: 'text', make: repeat('A short line\n'), n: 10_000 },
  { name: 'many straight quotes', format: 'text', make: repeat('"a" '), n: 32_000 },
  { name: 'unbalanced opening curly marks', format: 'text', make: repeat('“a '), n: 25_000 },
  { name: 'unbalanced single marks', format: 'text', make: repeat("'a "), n: 45_000 },
  { name: 'alternating marks', format: 'text', make: repeat('“a” ‘b’ "c" \'d\' '), n: 6_000 },
  { name: 'quotes opening many paragraphs', format: 'text', make: repeat('“We will go.\n\n'), n: 6_000 },
  { name: 'many sentences in one paragraph', format: 'text', make: repeat('The council met on Monday. '), n: 5_000 },
  { name: 'many capitalized names', format: 'text', make: repeat('Alice Brown met Carol Dunn in Paris. '), n: 3_600 },
  { name: 'a line of capitals', format: 'text', make: repeat('LONDON PARIS '), n: 10_000 },
  { name: 'names joined by "and", then an acronym', format: 'text', make: (n) => `${'Alice Brown and '.repeat(n)}Carol Dunn (ACD) said.`, n: 8_000 },
  { name: 'datelines on one line', format: 'text', make: repeat('LONDON, May 5. '), n: 5_000 },
  { name: 'many figures', format: 'text', make: repeat('Sales rose 12% to $4.5 billion in 2023. '), n: 3_200 },
  { name: 'distinct numbers in one sentence', format: 'text', make: (n) => Array.from({ length: n }, (_, i) => String(10_000 + i)).join(' '), n: 15_000 },
  { name: 'a results table', format: 'text', make: (n) => `SOCCER - ENGLISH PREMIER LEAGUE RESULTS.\n${'Arsenal 2 Chelsea 1\n'.repeat(n)}`, n: 7_000 },
  { name: 'cues run on before a colon', format: 'text', make: (n) => `${'quickly '.repeat(n)}${'and said '.repeat(n)}:\n\n“We are ready now.”`, n: 8_000 },
  { name: '"they" in one long sentence', format: 'text', make: repeat('"a" they said and '), n: 7_000 },
  { name: 'one paragraph, no punctuation', format: 'text', make: repeat('word '), n: 28_000 },
  { name: 'a plain-text list', format: 'text', make: repeat('- item\n'), n: 10_000 },
  { name: 'many HTML paragraphs', format: 'html', make: html('<article>', '<p>The council met today and agreed.</p>', '</article>'), n: 3_000 },
  { name: 'many div blocks', format: 'html', make: html('', '<div>x</div>', ''), n: 20_000 },
  { name: 'many line breaks', format: 'html', make: html('<p>', 'x<br>', '</p>'), n: 25_000 },
  { name: 'deeply nested list items', format: 'html', make: (n) => `<html><body>${'<ul><li>item'.repeat(n)}${'</li></ul>'.repeat(n)}</body></html>`, n: 6_000 },
];

/** Every output format, with the article and with --all: the renderers read every quote, entity, figure and block too. */
const RENDERINGS: RenderSettings[] = (['text', 'json', 'markdown'] as const).map((format) => ({ format, view: { only: null, includeBody: true, all: true }, color: false, width: 80 }));

function summarize(shape: Shape, content: string): Summary {
  const summary = summarizeInput({ content, format: shape.format, kind: 'string', name: shape.name });
  for (const settings of RENDERINGS) renderSummary(summary, settings);
  return summary;
}

/** Milliseconds of the fastest of `runs` runs (stopping early once one is at most `enough`), and the summary. */
function fastest(shape: Shape, content: string, runs: number, enough = 0): { ms: number; summary: Summary } {
  let ms = Infinity;
  let summary: Summary | null = null;
  for (let r = 0; r < runs && ms > enough; r++) {
    const started = performance.now();
    summary = summarize(shape, content);
    ms = Math.min(ms, performance.now() - started);
  }
  return { ms, summary: summary! };
}

describe('time linear in the input', () => {
  it.each(shapes)('$name', (shape) => {
    // Warm-up: the compiler settles on the shape before anything is timed.
    summarize(shape, shape.make(Math.ceil(shape.n / 4)));
    const timeN = fastest(shape, shape.make(shape.n), REPETITIONS).ms;
    const { ms: time2N, summary } = fastest(shape, shape.make(2 * shape.n), MAX_REPETITIONS, LINEAR_RATIO * timeN);
    // The larger input was analyzed whole: the analysis cap (with its warning) would hide a quadratic stage.
    expect(summary.warnings.join(' ')).not.toMatch(/only its first/);
    expect(time2N, `n: ${timeN.toFixed(0)} ms, 2n: ${time2N.toFixed(0)} ms`).toBeLessThanOrEqual(LINEAR_RATIO * timeN);
  }, TIMEOUT_MS);
});
