/**
 * Property tests over the whole pipeline with a fixed seed. `npm test` runs a few thousand cases;
 * `npm run fuzz` runs the same properties with FUZZ_RUNS cases (100,000 by default there).
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { InputError } from '../src/errors.js';
import { summarizeInput } from '../src/pipeline.js';
import type { Summary } from '../src/summary.js';
import { anyText, mutatedHtml } from './fuzz/arbitraries.js';
import { assertSpansIndexBody, assertValidOutput } from './helpers.js';

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 1000);
/** Room for the long runs of `npm run fuzz` (about 10 ms a text case, 20 ms an HTML case). */
const TIMEOUT_MS = Math.max(600_000, RUNS * 40);

/** Inputs that once broke a stage, found by these properties: kept so they stay fixed. */
const REGRESSIONS = [
  ':\n„ The ', // a colon before a quote at the very start: the quote attributor read before the first token
];
const SEED = Number(process.env['FUZZ_SEED'] ?? 20261125);

/** Summarizes, or returns null for the input errors precis may rightly raise (empty input). */
function summarizeOrRefuse(content: string | Uint8Array, format: 'auto' | 'html' | 'text'): Summary | null {
  try {
    return summarizeInput({ content, format, kind: 'string', name: 'fuzz' });
  } catch (error) {
    if (error instanceof InputError && (error.code === 'empty' || error.code === 'binary')) return null;
    throw error;
  }
}

function checkSummary(summary: Summary | null, again: () => Summary | null): void {
  if (summary === null) return;
  const json = JSON.parse(JSON.stringify(summary)) as Summary;
  assertValidOutput(json);
  assertSpansIndexBody(json);
  // The same input gives the same output.
  if (JSON.stringify(again()) !== JSON.stringify(summary)) throw new Error('the same input gave a different summary');
}

describe('fuzz: no input crashes precis, and every output is valid', () => {
  it.each(REGRESSIONS)('regression %j', (text) => {
    const summary = summarizeOrRefuse(text, 'text');
    checkSummary(summary, () => summarizeOrRefuse(text, 'text'));
  });

  it(`text inputs (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const summary = summarizeOrRefuse(text, 'text');
        if (summary && summary.body !== (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n/g, '\n')) {
          throw new Error('a text body must be the input itself, BOM removed and CRLF made LF');
        }
        checkSummary(summary, () => summarizeOrRefuse(text, 'text'));
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, TIMEOUT_MS);

  it(`HTML inputs mutated from the fixtures (${Math.ceil(RUNS / 3)} cases)`, () => {
    fc.assert(
      fc.property(mutatedHtml, fc.boolean(), (html, asBytes) => {
        const content = asBytes ? new Uint8Array(Buffer.from(html, 'latin1')) : html;
        checkSummary(summarizeOrRefuse(content, 'auto'), () => summarizeOrRefuse(content, 'auto'));
      }),
      { numRuns: Math.ceil(RUNS / 3), seed: SEED },
    );
  }, TIMEOUT_MS);
});
