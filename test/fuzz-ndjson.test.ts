/**
 * Property test of NDJSON streams (`npm run fuzz` runs it with FUZZ_RUNS cases): every line gets
 * exactly one answer, in order, with its own line number; a line over the cap is refused without
 * the rest of the stream being lost; nothing but an InputError is ever raised.
 */
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/errors.js';
import { inputUnits } from '../src/input/sources.js';
import { STREAM_MAX_BYTES, ndjsonStream } from './fuzz/ndjson.js';

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 1000);
const SEED = Number(process.env['FUZZ_SEED'] ?? 20261207);
/** Room for the long runs of `npm run fuzz` (well under a millisecond a case). */
const TIMEOUT_MS = Math.max(120_000, RUNS * 5);

describe('fuzz: NDJSON streams', () => {
  it(`answers every line once, in order (${RUNS} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(ndjsonStream, async ({ lines, chunks }) => {
        const units = [];
        for await (const unit of inputUnits(['-'], { inputFormat: 'ndjson', stdin: Readable.from(chunks), userAgent: 'fuzz', maxBytes: STREAM_MAX_BYTES, fetch: false, allowPrivate: false })) units.push(unit);
        const expected = lines.map((line, index) => ({ ...line, number: index + 1 })).filter((line) => line.kind !== 'blank');
        expect(units.map((unit) => unit.line)).toEqual(expected.map((line) => line.number));
        for (const [index, unit] of units.entries()) {
          const line = expected[index]!;
          const outcome = await unit.load().then(
            (input) => ({ ok: true as const, input }),
            (error: unknown) => ({ ok: false as const, error }),
          );
          if (line.kind === 'record') {
            expect(outcome.ok && outcome.input.content).toBe(line.text);
            expect(unit.id).toBe(line.id);
            continue;
          }
          if (outcome.ok) throw new Error(`line ${line.number} (${line.kind}) was accepted`);
          expect(outcome.error).toBeInstanceOf(InputError);
          expect((outcome.error as InputError).code).toBe(line.kind === 'oversized' ? 'too-large' : 'bad-record');
          if (line.kind === 'oversized') expect(unit.id).toBe(line.id);
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, TIMEOUT_MS);
});
