/**
 * Generators of NDJSON streams as they arrive from a pipe: records good and bad, lines over the
 * size cap (with the id before or after the text, or none), blank lines, CRLF, a byte-order mark,
 * a missing last newline, and the bytes cut into chunks anywhere (inside a character too).
 */
import fc from 'fast-check';
import { OVERSIZED_HEAD_BYTES } from '../../src/input/lines.js';

/** The per-line cap the streams are read with: small, so that oversized lines are cheap to make. */
export const STREAM_MAX_BYTES = 300;

/** One line and what reading it must give. */
export type LineCase =
  | { kind: 'record'; line: string; id: string; text: string }
  | { kind: 'bad'; line: string }
  | { kind: 'blank'; line: string }
  | { kind: 'oversized'; line: string; id: string | null };

const idText = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 });
const shortText = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 });

const lineCase: fc.Arbitrary<LineCase> = fc.oneof(
  fc.tuple(idText, shortText).map(([id, text]): LineCase => ({ kind: 'record', line: JSON.stringify({ id, text }), id, text })),
  fc.constantFrom('{', 'not json', '[1,2]', '{"id":"x"}', '{"id":5,"text":7}', '"text"', 'null', '{"id":{},"text":"a"}').map((line): LineCase => ({ kind: 'bad', line })),
  fc.constantFrom('', ' ', '\t', '  \t ').map((line): LineCase => ({ kind: 'blank', line })),
  fc
    .tuple(idText, fc.oneof({ weight: 9, arbitrary: fc.integer({ min: STREAM_MAX_BYTES + 1, max: STREAM_MAX_BYTES * 40 }) }, { weight: 1, arbitrary: fc.constant(OVERSIZED_HEAD_BYTES + 10) }), fc.constantFrom('first', 'last', 'none'))
    .map(([id, size, where]): LineCase => {
      const filler = 'x'.repeat(size);
      if (where === 'first') return { kind: 'oversized', line: JSON.stringify({ id, text: filler }), id };
      if (where === 'none') return { kind: 'oversized', line: JSON.stringify({ text: filler }), id: null };
      // An id after the text is read only when the whole line fits in the bytes kept of it.
      const line = JSON.stringify({ text: filler, id });
      return { kind: 'oversized', line, id: Buffer.byteLength(line) <= OVERSIZED_HEAD_BYTES ? id : null };
    }),
);

/** A stream: its lines, and its bytes cut into chunks. */
export const ndjsonStream = fc
  .record({
    lines: fc.array(lineCase, { maxLength: 12 }),
    crlf: fc.boolean(),
    bom: fc.boolean(),
    finalNewline: fc.boolean(),
    cuts: fc.array(fc.nat(), { maxLength: 8 }),
  })
  .map(({ lines, crlf, bom, finalNewline, cuts }) => {
    const ending = crlf ? '\r\n' : '\n';
    const text = (bom ? '\ufeff' : '') + lines.map((c) => c.line).join(ending) + (finalNewline && lines.length > 0 ? ending : '');
    const bytes = Buffer.from(text, 'utf8');
    const points = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
    const chunks: Buffer[] = [];
    let from = 0;
    for (const point of [...points, bytes.length]) {
      if (point > from) chunks.push(bytes.subarray(from, point));
      from = Math.max(from, point);
    }
    return { lines, chunks };
  });
