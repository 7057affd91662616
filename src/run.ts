/**
 * `run()`: inputs → summaries → rendered output. Owns the stream discipline of the command:
 * data on stdout only, one sentence per failed input on stderr, whole lines always, EPIPE ends
 * quietly, SIGINT stops after the line being written. Returns the exit code.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { setMaxListeners } from 'node:events';
import { availableParallelism } from 'node:os';
import { EXIT_CODES, type ExitCode, WRITE_ERRORS, writeFailureText } from './errors.js';
import { type Options, needsAnalysis } from './options.js';
import type { PipelineInput } from './pipeline.js';
import { type InputUnit, WARC_NAME, inputUnits } from './input/sources.js';
import { renderFailure } from './render/json.js';
import type { RenderSettings } from './render/index.js';
import { failureView } from './render/sections.js';
import { colorEnabled, loadColor } from './render/text.js';
import { orderedMap } from './parallel/orderedMap.js';
import type { IsolatedRunner } from './parallel/isolated.js';
import { type TaskResult, failureOf, summarizeAndRender } from './task.js';
import { USER_AGENT } from './version.js';
import { progressLine } from './progress.js';
import { OutputDir } from './outputDir.js';
import { messageLine } from './render/sanitize.js';
import { ByteBudget, type Reservation } from './parallel/budget.js';
import type { ArticleSignature } from './digest/signature.js';

/** The streams and environment `run` works with; the CLI passes the process's own. */
export interface RunIO {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean; columns?: number };
  stderr: Writable;
  env: NodeJS.ProcessEnv;
  /** Aborted when the user interrupts (SIGINT). */
  interrupt?: AbortSignal;
  /**
   * Runs synchronous work on this thread (a summary that no worker could take), during which an
   * interrupt cannot be heard: the CLI lets SIGINT end the process at once meanwhile. Without it
   * the work simply runs.
   */
  runBlocking?: <T>(work: () => T) => T;
}

/** Width of text output when stdout is not a terminal. */
const DEFAULT_TEXT_WIDTH = 80;
/** Inputs in flight per worker: enough to keep every worker busy while output waits for a slow one. */
const IN_FLIGHT_PER_JOB = 8;
/**
 * Bytes of input loaded and not yet summarized, at most (one input of any size is always let
 * through). An input is counted at `--max-bytes` until it is read, so a folder of 20 MB files is
 * read a few at a time while small ones still fill the window above.
 */
const IN_FLIGHT_BYTES = 128 * 1024 * 1024;
/**
 * A light batch (metadata and bodies only, `--only meta,body`: a few milliseconds an input) is
 * summarized on this thread until it has read this many bytes of input; only then do workers
 * start. A worker takes about 60 ms to start and does its first fifty pages about twice as slowly
 * as a warm thread: on 2 vCPUs with --jobs 2, two workers overtook this thread alone only past
 * about 30 MB of news pages (1.3 s of work). Analysis is ten times the work an input: its batches
 * start their workers at once.
 */
const LIGHT_SOLO_BYTES = 24 * 1024 * 1024;


/** Thrown by the writer when the reader of stdout went away (EPIPE). */
class OutputClosed extends Error {}

/** Thrown by the writer when stdout fails otherwise (disk full, a closed or broken device). */
class OutputFailed extends Error {}

/** Why a file in --output-dir could not be written. */
const FOLDER_ERRORS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EROFS: 'read-only file system',
  ENOTDIR: 'it is not a folder',
  EEXIST: 'it is not a folder',
  EISDIR: 'a folder stands where a file was to be written',
};

function outputError(error: unknown): Error {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'EPIPE') return new OutputClosed();
  return new OutputFailed(writeFailureText(error), { cause: error });
}

/**
 * The exit code for an error that stopped the output: the reader went away (`| head -1`: what it
 * wanted, it has), or writing failed (said on stderr). Any other error is thrown on.
 */
function outputErrorCode(error: unknown, report: (message: string) => void): ExitCode {
  if (error instanceof OutputClosed) return EXIT_CODES.ok;
  if (error instanceof OutputFailed) {
    report(error.message);
    return EXIT_CODES.outputFailed;
  }
  throw error;
}

/** Writes to a stream with backpressure; fails with `OutputClosed` once the reader is gone. */
function writer(stream: Writable): { write(text: string): Promise<void>; closed(): boolean } {
  let closed = false;
  let failure: Error | null = null;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    closed = true;
    failure = outputError(error);
  });
  return {
    closed: () => closed,
    write(text: string): Promise<void> {
      if (failure) return Promise.reject(failure);
      return new Promise((resolve, reject) => {
        const ok = stream.write(text, (error) => {
          if (error) reject(outputError(error));
        });
        if (ok) resolve();
        else stream.once('drain', resolve);
      });
    },
  };
}

/** The worker pool and the child-process runner a batch is summarized with. */
async function loadParallel(): Promise<typeof import('./parallel/pool.js') & typeof import('./parallel/isolated.js')> {
  const [pool, isolated] = await Promise.all([import('./parallel/pool.js'), import('./parallel/isolated.js')]);
  return { ...pool, ...isolated };
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Summarizes every input named in `inputs` (paths, directories, URLs, `-`; none means stdin,
 * unless `options.inputFiles` names lists), then those the lists name, and prints the results in
 * `options.format`. Never throws for a bad input: it reports it and goes on. Returns the exit
 * code from the table in `errors.ts`.
 */
export async function run(inputs: string[], options: Options, io: RunIO): Promise<ExitCode> {
  return runBatch(inputs, options, io, null);
}

/**
 * Where a digest collects its inputs: each summarized input arrives as its signature's JSON (or,
 * merging digests, as a signature read from one), and the digest is printed once, after the last.
 */
export interface DigestSink {
  add(signatureJson: string): void;
  addSignature(signature: ArticleSignature): void;
  /**
   * The whole output, printed at the end, in pieces written one after the other (a JSON digest
   * is made as it is written); text is wrapped to `width` and coloured when `color` is on.
   */
  finish(settings: { color: boolean; width: number; all: boolean }): Iterable<string>;
}

/** {@link run}, or with `sink` the digest of the inputs instead of one output per input. */
export async function runBatch(inputs: string[], options: Options, io: RunIO, sink: DigestSink | null): Promise<ExitCode> {
  // With a list (-i) and no other input, stdin is not read as an article.
  const names = inputs.length > 0 || options.inputFiles.length > 0 ? inputs : ['-'];
  const out = writer(io.stdout);
  const width = options.width ?? (io.stdout.isTTY && io.stdout.columns ? io.stdout.columns : DEFAULT_TEXT_WIDTH);
  const render: RenderSettings = {
    format: options.format,
    view: { only: options.only, includeBody: options.includeBody, all: options.all },
    color: colorEnabled(options.color, Boolean(io.stdout.isTTY), io.env),
    width,
    signature: sink !== null,
  };
  if (render.color && options.format === 'text') await loadColor();
  const batch = options.inputFormat === 'ndjson' || options.inputFormat === 'warc' || options.inputFiles.length > 0 || names.length > 1 || WARC_NAME.test(names[0]!) || (await isDirectory(names[0]!));
  const jsonArray = options.format === 'json' && batch && options.outputDir === null && sink === null;
  const jobs = Math.max(1, options.jobs ?? availableParallelism());
  // A batch is summarized on `jobs` workers (one with --jobs 1) while this thread only reads and
  // writes: its heap stays small and the workers' are bounded, so memory is flat however long the
  // batch. A single input, and the start of a light batch, is summarized here, without the
  // cost of starting a worker.
  // Their modules, and Node's worker_threads and child_process with them, load for a batch only.
  const parallel = batch ? await loadParallel() : null;
  const pool = parallel ? new parallel.WorkerPool(jobs, { options, render }) : null;
  const light = !needsAnalysis(options.only) && sink === null;
  let soloBytes = 0;
  /** Whether this thread summarizes the next input (not a large one): in a light batch, its first bytes, and then whenever no worker is ready yet. */
  const onThisThread = (): boolean => {
    if (!light || !pool) return !pool;
    if (soloBytes < LIGHT_SOLO_BYTES) return true;
    pool.start();
    return pool.readyWorkers === 0;
  };
  // Inputs too large to risk in a worker thread are done, one at a time, in a child process.
  let isolated = null as IsolatedRunner | null;
  const budget = new ByteBudget(IN_FLIGHT_BYTES);
  const runBlocking = io.runBlocking ?? (<T>(work: () => T): T => work());

  let done = 0;
  let failed = 0;
  let printed = 0;
  const progress = progressLine(io.stderr, batch && !options.quiet && Boolean((io.stderr as { isTTY?: boolean }).isTTY));
  // One sentence, one line: a newline in a file name or record id must not split it.
  const report = (text: string): void => progress.message(`precis: ${messageLine(text)}`);

  const files = options.outputDir === null ? null : new OutputDir(options.outputDir, options.format);

  /** Prints one rendered item with the separator its format needs, or writes it to its own file. */
  const emit = async (rendered: string, unit: InputUnit): Promise<void> => {
    if (sink) {
      sink.add(rendered);
      printed++;
      return;
    }
    if (files) {
      try {
        const path = await files.write(unit, `${rendered}\n`);
        if (options.verbose) report(`${unit.name}: written to ${path}`);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException | null)?.code;
        throw new OutputFailed(`--output-dir ${options.outputDir} could not be written (${(code && (WRITE_ERRORS[code] ?? FOLDER_ERRORS[code])) ?? code ?? (error as Error)?.message}).`, { cause: error });
      }
      printed++;
      return;
    }
    let text: string;
    if (options.format === 'ndjson') text = `${rendered}\n`;
    else if (jsonArray) text = `${printed === 0 ? '[\n' : ',\n'}${indent(rendered)}`;
    else if (options.format === 'json') text = `${rendered}\n`;
    else if (options.format === 'markdown') text = `${printed === 0 ? '' : '\n---\n\n'}${rendered}\n`;
    else text = `${printed === 0 ? '' : `\n${'─'.repeat(Math.min(width, DEFAULT_TEXT_WIDTH))}\n\n`}${rendered}\n`;
    printed++;
    await out.write(text);
  };

  /**
   * Loads one unit (I/O, here) and summarizes it (in a worker when there is a pool), holding its
   * bytes in the batch's budget from before it is read until it is summarized.
   */
  const work = async (unit: InputUnit): Promise<[InputUnit, TaskResult]> => {
    const hold = await budget.reserve(options.maxBytes);
    try {
      return await loadAndSummarize(unit, hold);
    } finally {
      hold.release();
    }
  };

  const loadAndSummarize = async (unit: InputUnit, hold: Reservation): Promise<[InputUnit, TaskResult]> => {
    let input: PipelineInput | 'interrupted';
    try {
      // A fetch may wait for its host (a Retry-After of up to 30 s): an interrupt does not wait with it.
      const loading = unit.load();
      loading.catch(() => undefined);
      input = await untilInterrupted(loading, io.interrupt);
    } catch (error) {
      return [unit, failureOf(error, unit.name)];
    }
    if (input === 'interrupted') return [unit, { ok: false, code: 'internal', message: `${unit.name} was interrupted.` }];
    hold.resize(sizeOf(input));
    const large = parallel !== null && sizeOf(input) > parallel.WORKER_INPUT_BYTES;
    if (pool && parallel && (large || !onThisThread())) {
      const { ISOLATED_HEAP_MB, IsolatedRunner } = parallel;
      const isolate = (): Promise<TaskResult | 'out-of-memory'> => (isolated ??= new IsolatedRunner({ options, render })).run(input);
      let result = await untilInterrupted(large ? isolate() : pool.run(input), io.interrupt);
      // A worker's heap was too small: tried again where running out of memory harms no other input.
      if (result === 'out-of-memory') result = await untilInterrupted(isolate(), io.interrupt);
      if (result === 'interrupted') return [unit, { ok: false, code: 'internal', message: `${unit.name} was interrupted.` }];
      if (result === 'out-of-memory') return [unit, { ok: false, code: 'too-large', message: `${unit.name} needs more memory than precis gives one input (${ISOLATED_HEAP_MB} MB).` }];
      if (result !== 'no-worker') return [unit, result];
      if (options.verbose) report(`${unit.name}: summarized on the main thread (no worker could be started).`);
    }
    soloBytes += sizeOf(input);
    const result = runBlocking(() => summarizeAndRender(input, options, render));
    // --verbose says which inputs of a batch were summarized here rather than on a worker.
    return [unit, pool && result.ok ? { ...result, note: `${result.note}, on the main thread` } : result];
  };

  const units = untilAborted(inputUnits(names, {
    inputFormat: options.inputFormat,
    stdin: io.stdin,
    userAgent: options.userAgent ?? USER_AGENT,
    maxBytes: options.maxBytes,
    fetch: options.fetch,
    allowPrivate: options.allowPrivate,
    timeoutMs: options.timeout * 1000,
    inputFiles: options.inputFiles,
    onPlanned: (count) => progress.plan(count),
  }), io.interrupt);
  const window = batch ? jobs * IN_FLIGHT_PER_JOB : 1;
  // Each input in flight, and the reader, wait on the interrupt signal at once: that many
  // listeners is the design, not a leak for Node to warn of on stderr.
  if (io.interrupt) setMaxListeners(window + 2, io.interrupt);
  try {
    for await (const [unit, result] of orderedMap(units, window, work)) {
      // Once interrupted, nothing more is printed: the inputs still in flight are dropped.
      if (io.interrupt?.aborted) break;
      done++;
      progress.tick(!result.ok);
      if (result.ok) {
        if (options.verbose) report(`${unit.name}: ${result.note}`);
        await emit(result.output, unit);
        continue;
      }
      failed++;
      report(result.message);
      if (options.verbose && result.stack) progress.message(result.stack);
      // With --output-dir a failed input gets no file: its sentence on stderr says why.
      if (!files && !sink && (options.format === 'ndjson' || options.format === 'json')) {
        await emit(renderFailure(failureView(unit.name, unit.id, unit.line, result.code, result.message), options.format === 'json'), unit);
      }
      if (io.interrupt?.aborted) break;
    }
    if (jsonArray) await out.write(printed === 0 ? '[]\n' : '\n]\n');
    // An interrupted digest prints nothing: half a batch grouped would pass for the whole.
    if (sink && !io.interrupt?.aborted) {
      // Every input is summarized: the workers' memory goes back before the digest is made.
      pool?.close();
      isolated?.close();
      for (const piece of sink.finish({ color: render.color, width, all: options.all })) await out.write(piece);
    }
  } catch (error) {
    return outputErrorCode(error, report);
  } finally {
    progress.done();
    pool?.close();
    isolated?.close();
  }

  if (io.interrupt?.aborted) {
    // A pending read of stdin would keep the process alive.
    io.stdin.destroy();
    return EXIT_CODES.interrupted;
  }
  if (failed > 0 && done > 1) report(`${failed} of ${done} inputs failed.`);
  if (options.verbose) report(`${done} inputs, ${failed} failed, ${resourcesUsed()}.`);
  return failed > 0 ? EXIT_CODES.inputFailed : EXIT_CODES.ok;
}

/**
 * `precis digest --merge`: reads the digests `files` (JSON made by `precis digest --format json`;
 * `-` is stdin) in order, hands their article signatures to `sink`, and prints the digest of
 * them all. A file that cannot be read as a precis digest of this version stops the merge before
 * anything is printed: one sentence naming it, and exit code 1, as a merge of some of the shards
 * would pass for the whole.
 */
export async function runMerge(files: string[], options: Options, io: RunIO, sink: DigestSink): Promise<ExitCode> {
  const { digestSignaturesOf, streamedSignatures, DigestReadError, NotAsWritten } = await import('./digest/merge.js');
  const out = writer(io.stdout);
  const width = options.width ?? (io.stdout.isTTY && io.stdout.columns ? io.stdout.columns : DEFAULT_TEXT_WIDTH);
  const color = colorEnabled(options.color, Boolean(io.stdout.isTTY), io.env);
  if (color && options.format === 'text') await loadColor();
  const report = (text: string): void => void io.stderr.write(`precis: ${messageLine(text)}\n`);
  for (const file of files) {
    if (io.interrupt?.aborted) return EXIT_CODES.interrupted;
    const name = file === '-' ? 'stdin' : file;
    try {
      // Stdin is read once, so it is held whole; a file is read a line at a time.
      const whole = file === '-' ? await streamText(io.stdin) : null;
      try {
        for await (const signature of streamedSignatures(whole === null ? fileLines(file) : textLines(whole), name)) sink.addSignature(signature);
      } catch (error) {
        if (!(error instanceof NotAsWritten)) throw error;
        // Not laid out as precis writes a digest (reformatted, say): parsed whole.
        let value: unknown;
        try {
          value = JSON.parse(whole ?? (await readFile(file, 'utf8')));
        } catch (parseError) {
          if (!(parseError instanceof SyntaxError)) throw parseError;
          report(`${name} is not a precis digest: it is not JSON (make one with precis digest --format json).`);
          return EXIT_CODES.inputFailed;
        }
        for (const signature of digestSignaturesOf(value, name)) sink.addSignature(signature);
      }
    } catch (error) {
      if (error instanceof DigestReadError) report(error.message);
      else if ((error as NodeJS.ErrnoException | null)?.code !== undefined) report(fileError(error, name));
      else throw error;
      return EXIT_CODES.inputFailed;
    }
  }
  try {
    for (const piece of sink.finish({ color, width, all: options.all })) await out.write(piece);
  } catch (error) {
    return outputErrorCode(error, report);
  }
  if (options.verbose) report(`${files.length} digests merged, ${resourcesUsed()}.`);
  return EXIT_CODES.ok;
}

/**
 * What the process used, for --verbose: its peak memory (resident, worker threads included) and
 * its processor time over every thread (on a shared machine a steadier measure than the clock).
 */
function resourcesUsed(): string {
  const used = process.resourceUsage();
  return `peak memory ${Math.round(used.maxRSS / 1024)} MB, CPU ${((used.userCPUTime + used.systemCPUTime) / 1e6).toFixed(1)} s`;
}

/** The lines of the file at `path`, read as UTF-8 a piece at a time. */
async function* fileLines(path: string): AsyncGenerator<string> {
  let rest = '';
  for await (const chunk of createReadStream(path, { encoding: 'utf8' })) {
    const lines = (rest + (chunk as string)).split('\n');
    rest = lines.pop()!;
    yield* lines;
  }
  if (rest !== '') yield rest;
}

/** The lines of `text`, one at a time. */
async function* textLines(text: string): AsyncGenerator<string> {
  let start = 0;
  for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
    yield text.slice(start, end);
    start = end + 1;
  }
  if (start < text.length) yield text.slice(start);
}

/** Everything `stream` gives, as UTF-8 text. */
async function streamText(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** Why the file `name` could not be read, as one sentence. */
function fileError(error: unknown, name: string): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return `${name} does not exist.`;
  if (code === 'EACCES' || code === 'EPERM') return `${name} cannot be read (permission denied).`;
  if (code === 'EISDIR') return `${name} is a directory, not a digest.`;
  // A file past the longest string the engine holds (about 512 MB) fails here too.
  return `${name} cannot be read (${code ?? (error as Error)?.message ?? 'unknown error'}).`;
}

/** `work`'s value, or `'interrupted'` as soon as `signal` aborts (the work itself is left to be dropped). */
async function untilInterrupted<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T | 'interrupted'> {
  if (!signal) return work;
  if (signal.aborted) return 'interrupted';
  let onAbort = (): void => {};
  const aborted = new Promise<'interrupted'>((resolve) => {
    onAbort = () => resolve('interrupted');
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([work, aborted]);
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
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
  while (!signal.aborted) {
    // A fresh abort promise per read, its listener removed after: racing one long-lived promise
    // would leave a reaction on it per record, each holding that record, for the whole batch.
    let onAbort = (): void => {};
    const aborted = new Promise<'aborted'>((resolve) => {
      onAbort = () => resolve('aborted');
      signal.addEventListener('abort', onAbort, { once: true });
    });
    let next: IteratorResult<T> | 'aborted';
    try {
      next = await Promise.race([source.next(), aborted]);
    } finally {
      signal.removeEventListener('abort', onAbort);
    }
    if (next === 'aborted' || next.done) break;
    yield next.value;
  }
}

/** An input's size: bytes as read, or UTF-16 units of a record's string (near enough to route it). */
function sizeOf(input: PipelineInput): number {
  return input.content.length;
}

function indent(json: string): string {
  return json.replace(/^/gm, '  ');
}
