/**
 * The hostile-input table's types: each case is one input that must give a valid summary, or
 * one sentence on stderr, within its time and memory bounds. Case tables live beside this file,
 * one per kind of input; `test/hostile.test.ts` runs them all.
 */
import type { MeasuredResult } from '../helpers.js';

/** Far above what any case takes (the slowest, 10 MB of text, takes about 2 s); a hang or a quadratic blow-up would fail it. */
export const TIME_BOUND_MS = 30_000;
/** Peak resident memory of one run: the models take about 250 MB; an unbounded read would pass 1 GB. */
export const MEMORY_BOUND_MB = 1024;

/** A sentence in news style, repeated to make inputs of any size. */
export const sentence = 'The harbour council met on Monday and approved the budget for the new sea wall, officials said. ';

export type Expect =
  /** A summary, checked with `--json` and in text. */
  | { kind: 'summary'; warning?: RegExp; check?: (summary: Record<string, unknown>) => void }
  /** Refused with exit 1 and one sentence on stderr that names the input. */
  | { kind: 'refused'; phrase: RegExp }
  /** Anything else (batches, partial output): the run of `args… path` is handed to `check`. */
  | { kind: 'custom'; check: (result: MeasuredResult, path: string) => void };

export interface HostileCase {
  name: string;
  /** The input's file name, in a fresh directory. */
  file: string;
  content: () => string | Buffer;
  args?: string[];
  /** What is named on the command line instead of the file (a device, `-`); the file is still written. */
  input?: (path: string) => string;
  /** Bytes on stdin (read when `input` names `-`). */
  stdin?: string | Buffer;
  /** Tighter bounds than the table's, where a case has one to prove. */
  timeMs?: number;
  memoryMB?: number;
  expect: Expect;
}
