/**
 * Property tests of the web-archive reader with a fixed seed, on small WARC and WARC.gz streams
 * that are cut, mislabelled, littered and bit-flipped (test/fuzz/warc.ts). The reader must end,
 * throw nothing but `InputError` (one sentence naming the file), yield only whole records, and
 * yield unchanged every record that lies wholly before the damage. `npm test` runs FUZZ_RUNS
 * cases (1000 by default); `npm run fuzz` runs 100,000.
 */
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/errors.js';
import { warcUnits } from '../src/input/warc.js';
import { readWarc, type WarcRecord } from '../src/input/warcReader.js';
import { FUZZ_MAX_BYTES, type WarcSample, warcSample } from './fuzz/warc.js';

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 1000);
const SEED = Number(process.env['FUZZ_SEED'] ?? 20261125);
/** Room for the long runs of `npm run fuzz` (a case takes about a millisecond). */
const TIMEOUT_MS = Math.max(600_000, RUNS * 10);
/** One small sample read in longer than this has hung: the inputs are a few kilobytes. */
const HANG_MS = 10_000;

const NAME = 'fuzz.warc';

/** The stream of `sample` in its chunks. */
const streamOf = (sample: WarcSample): Readable =>
  Readable.from(Array.from({ length: Math.ceil(sample.bytes.length / sample.chunkBytes) }, (_, i) => sample.bytes.subarray(i * sample.chunkBytes, (i + 1) * sample.chunkBytes)));

/** `work`, or a rejection once it has run for HANG_MS. */
async function withinTime<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no end after ${HANG_MS} ms: a hang`)), HANG_MS)));
  try {
    return await Promise.race([work, hang]);
  } finally {
    clearTimeout(timer);
  }
}

/** A failure must be an InputError of one sentence that names the input. */
function checkFailure(error: unknown): void {
  if (!(error instanceof InputError)) throw error;
  expect(error.message.startsWith(NAME)).toBe(true);
  expect(error.message).toMatch(/\.$/);
  expect(error.message).not.toContain('\n');
}

async function readAll(sample: WarcSample): Promise<{ records: WarcRecord[]; error: unknown }> {
  const records: WarcRecord[] = [];
  try {
    for await (const record of readWarc(streamOf(sample), { name: NAME, maxBytes: FUZZ_MAX_BYTES })) records.push(record);
  } catch (error) {
    return { records, error };
  }
  return { records, error: null };
}

describe('fuzz: web archives', () => {
  it(`the reader ends, fails only with InputError and yields whole records (${RUNS} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(warcSample, async (sample) => {
        const { records, error } = await withinTime(readAll(sample));
        if (error !== null) checkFailure(error);
        records.forEach((record, i) => {
          expect(record.index).toBe(i + 1);
          // Whole: the block is exactly as long as declared, or was skipped over the limit.
          expect(String(record.length)).toBe(record.headers.get('content-length'));
          if (record.block) expect(record.block.length).toBe(record.length);
          else expect(record.length).toBeGreaterThan(FUZZ_MAX_BYTES);
        });
        // What may be yielded at all: the generated records, or prefixes of them.
        records.forEach((record, i) => {
          if (sample.yields === 'whole') return;
          const original = sample.records[i];
          expect(original).toBeDefined();
          expect(record.headers.get('warc-type')).toBe(original!.type);
          if (sample.yields === 'exact') expect(record.length).toBe(original!.block.length);
          else expect(record.length).toBeLessThanOrEqual(original!.block.length);
          if (record.block) expect(record.block.equals(original!.block.subarray(0, record.length))).toBe(true);
        });
        // Every record before the damage is yielded, unchanged.
        expect(records.length).toBeGreaterThanOrEqual(sample.intact);
        for (let i = 0; i < sample.intact; i++) {
          const expected = sample.records[i]!;
          expect(records[i]!.headers.get('warc-type')).toBe(expected.type);
          expect(records[i]!.length).toBe(expected.block.length);
          if (records[i]!.block) expect(records[i]!.block!.equals(expected.block)).toBe(true);
        }
        if (!sample.damaged && sample.records.length > 0) {
          expect(error).toBeNull();
          expect(records).toHaveLength(sample.records.length);
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, TIMEOUT_MS);

  it(`every unit of an archive loads or fails with InputError, within the limit (${Math.ceil(RUNS / 3)} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(warcSample, async (sample) => {
        await withinTime(
          (async () => {
            for await (const unit of warcUnits(streamOf(sample), NAME, FUZZ_MAX_BYTES)) {
              try {
                const input = await unit.load();
                expect(input.content.length).toBeLessThanOrEqual(FUZZ_MAX_BYTES);
              } catch (error) {
                checkFailure(error);
              }
            }
          })(),
        );
      }),
      { numRuns: Math.ceil(RUNS / 3), seed: SEED },
    );
  }, TIMEOUT_MS);
});
