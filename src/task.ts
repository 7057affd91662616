/**
 * One unit of work, the same in the main thread and in a worker: summarize one input and
 * render it. Its result is plain data, so it can cross between threads.
 */
import { InputError } from './errors.js';
import type { Options } from './options.js';
import { type PipelineInput, summarizeInput } from './pipeline.js';
import { type RenderSettings, renderSummary } from './render/index.js';
import { articleSignature } from './digest/signature.js';

export type TaskResult =
  | { ok: true; output: string; /** For --verbose: how the input was read and how long it took. */ note: string }
  | { ok: false; code: string; message: string; stack?: string };

/** Summarizes and renders `input`; never throws: failures come back as data. */
export function summarizeAndRender(input: PipelineInput, options: Options, render: RenderSettings): TaskResult {
  const started = performance.now();
  try {
    const summary = summarizeInput(input, options);
    // A digest keeps the signature only: the body never leaves the worker.
    const output = render.signature ? JSON.stringify(articleSignature(summary)) : renderSummary(summary, render);
    const { format, encoding, encodingSource } = summary.source;
    return { ok: true, output, note: `${format} (${encoding} from ${encodingSource}), ${summary.extraction.strategy}, ${(performance.now() - started).toFixed(1)} ms` };
  } catch (error) {
    return failureOf(error, input.name);
  }
}

/** A thrown value as a failed `TaskResult`: input errors keep their code, anything else is internal. */
export function failureOf(error: unknown, name: string): TaskResult {
  if (error instanceof InputError) return { ok: false, code: error.code, message: error.message };
  const message = error instanceof Error ? error.message : String(error);
  const stack = error instanceof Error ? error.stack : undefined;
  const result: TaskResult = { ok: false, code: 'internal', message: `${name} could not be summarized: ${message.replace(/\.$/, '')}.` };
  if (stack) result.stack = stack;
  return result;
}
