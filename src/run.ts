/**
 * `run()`: inputs → summaries → rendered output. Owns the stream discipline of the command:
 * data on stdout only, one sentence per failed input on stderr, whole lines always, EPIPE ends
 * quietly, SIGINT stops after the line being written. Returns the exit code.
 */
import { stat } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { EXIT_CODES, type ExitCode, InputError } from './errors.js';
import type { Options } from './options.js';
import { summarizeInput } from './pipeline.js';
import { type InputUnit, inputUnits } from './input/sources.js';
import { renderFailure, renderJson, renderNdjsonLine } from './render/json.js';
import { renderMarkdown } from './render/markdown.js';
import { failureView } from './render/sections.js';
import { colorEnabled, renderText } from './render/text.js';
import { USER_AGENT } from './version.js';

/** The streams and environment `run` works with; the CLI passes the process's own. */
export interface RunIO {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean; columns?: number };
  stderr: Writable;
  env: NodeJS.ProcessEnv;
  /** Aborted when the user interrupts (SIGINT). */
  interrupt?: AbortSignal;
}

/** Width of text output when stdout is not a terminal. */
const DEFAULT_TEXT_WIDTH = 80;

/** Thrown by the writer when the reader of stdout went away (EPIPE). */
class OutputClosed extends Error {}

/** Writes to a stream with backpressure; fails with `OutputClosed` once the reader is gone. */
function writer(stream: Writable): { write(text: string): Promise<void>; closed(): boolean } {
  let closed = false;
  let failure: Error | null = null;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    closed = true;
    failure = error.code === 'EPIPE' ? new OutputClosed() : error;
  });
  return {
    closed: () => closed,
    write(text: string): Promise<void> {
      if (failure) return Promise.reject(failure);
      return new Promise((resolve, reject) => {
        const ok = stream.write(text, (error) => {
          if (error) reject((error as NodeJS.ErrnoException).code === 'EPIPE' ? new OutputClosed() : error);
        });
        if (ok) resolve();
        else stream.once('drain', resolve);
      });
    },
  };
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Summarizes every input named in `inputs` (paths, directories, URLs, `-`; none means stdin)
 * and prints the results in `options.format`. Never throws for a bad input: it reports it and
 * goes on. Returns the exit code from the table in `errors.ts`.
 */
export async function run(inputs: string[], options: Options, io: RunIO): Promise<ExitCode> {
  const names = inputs.length > 0 ? inputs : ['-'];
  const out = writer(io.stdout);
  const view = { only: options.only, includeBody: options.includeBody };
  const color = colorEnabled(options.color, Boolean(io.stdout.isTTY), io.env);
  const width = options.width ?? (io.stdout.isTTY && io.stdout.columns ? io.stdout.columns : DEFAULT_TEXT_WIDTH);
  const batch = options.inputFormat === 'ndjson' || names.length > 1 || (await isDirectory(names[0]!));
  const jsonArray = options.format === 'json' && batch;

  let done = 0;
  let failed = 0;
  let printed = 0;
  const report = (text: string): void => {
    io.stderr.write(`precis: ${text}\n`);
  };

  /** Prints one rendered item with the separator its format needs. */
  const emit = async (rendered: string): Promise<void> => {
    let text: string;
    if (options.format === 'ndjson') text = `${rendered}\n`;
    else if (jsonArray) text = `${printed === 0 ? '[\n' : ',\n'}${indent(rendered)}`;
    else if (options.format === 'json') text = `${rendered}\n`;
    else if (options.format === 'markdown') text = `${printed === 0 ? '' : '\n---\n\n'}${rendered}\n`;
    else text = `${printed === 0 ? '' : `\n${'─'.repeat(Math.min(width, DEFAULT_TEXT_WIDTH))}\n\n`}${rendered}\n`;
    printed++;
    await out.write(text);
  };

  const fail = async (unit: InputUnit, code: string, message: string): Promise<void> => {
    failed++;
    report(message);
    if (options.format === 'ndjson' || options.format === 'json') {
      await emit(renderFailure(failureView(unit.name, unit.id, unit.line, code, message), options.format === 'json'));
    }
  };

  try {
    for await (const unit of untilAborted(inputUnits(names, { inputFormat: options.inputFormat, stdin: io.stdin, userAgent: USER_AGENT }), io.interrupt)) {
      done++;
      const started = performance.now();
      try {
        const input = await unit.load();
        const summary = summarizeInput(input, options);
        if (options.verbose) {
          report(`${unit.name}: ${summary.source.format} (${summary.source.encoding} from ${summary.source.encodingSource}), ${summary.extraction.strategy}, ${(performance.now() - started).toFixed(1)} ms`);
        }
        await emit(
          options.format === 'ndjson' ? renderNdjsonLine(summary, view)
          : options.format === 'json' ? renderJson(summary, view)
          : options.format === 'markdown' ? renderMarkdown(summary, view)
          : renderText(summary, { ...view, color, width }),
        );
      } catch (error) {
        if (error instanceof OutputClosed) throw error;
        if (error instanceof InputError) {
          await fail(unit, error.code, error.message);
        } else {
          const message = `${unit.name} could not be summarized: ${(error as Error)?.message ?? String(error)}.`;
          await fail(unit, 'internal', message.replace(/\.\.$/, '.'));
        }
        if (options.verbose && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
      }
    }
    if (jsonArray) await out.write(printed === 0 ? '[]\n' : '\n]\n');
  } catch (error) {
    if (error instanceof OutputClosed) return EXIT_CODES.ok;
    throw error;
  }

  if (io.interrupt?.aborted) {
    // A pending read of stdin would keep the process alive.
    io.stdin.destroy();
    return EXIT_CODES.interrupted;
  }
  if (failed > 0 && done > 1) report(`${failed} of ${done} inputs failed.`);
  return failed > 0 ? EXIT_CODES.inputFailed : EXIT_CODES.ok;
}

/**
 * Yields from `source` until `signal` aborts, even while a read is pending (stdin waiting for
 * the next line): the unit being processed is finished, no new one is started.
 */
async function* untilAborted<T>(source: AsyncGenerator<T>, signal: AbortSignal | undefined): AsyncGenerator<T> {
  if (!signal) {
    yield* source;
    return;
  }
  const aborted = new Promise<'aborted'>((resolve) => {
    if (signal.aborted) resolve('aborted');
    else signal.addEventListener('abort', () => resolve('aborted'), { once: true });
  });
  while (!signal.aborted) {
    const next = await Promise.race([source.next(), aborted]);
    if (next === 'aborted' || next.done) break;
    yield next.value;
  }
}

function indent(json: string): string {
  return json.replace(/^/gm, '  ');
}
