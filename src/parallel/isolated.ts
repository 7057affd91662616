/**
 * A child process for the inputs too large to risk in a worker thread. A worker's heap limit is
 * enforced best-effort: one large allocation past it (a whole page lowercased) aborts the whole
 * process, not just the worker. A child process that runs out of memory dies alone, so such an
 * input fails alone and the batch goes on. Inputs are done one at a time; the child is started
 * when first needed and again after a death.
 */
import { type ChildProcess, fork } from 'node:child_process';
import type { Options } from '../options.js';
import type { PipelineInput } from '../pipeline.js';
import type { RenderSettings } from '../render/index.js';
import type { TaskResult } from '../task.js';
import { workerScript } from '../paths.js';

/**
 * Old-space heap of the child, in MB: room for a page of many tiny blocks at the default
 * --max-bytes, while the process and its child stay under 1 GB together.
 */
export const ISOLATED_HEAP_MB = 512;

/** Inputs larger than this go straight to the child: pages this size fit a worker's heap with room to spare. */
export const WORKER_INPUT_BYTES = 4 * 1024 * 1024;

/** Children that die before they are ready, in a row, after which none is started. */
const MAX_FAILED_STARTS = 3;

/** Why an input came back undone from the child: it ran out of memory. */
export type IsolatedMiss = 'out-of-memory';

interface Job {
  input: PipelineInput;
  resolve: (result: TaskResult | IsolatedMiss) => void;
}

export class IsolatedRunner {
  private child: ChildProcess | null = null;
  private ready = false;
  private current: Job | null = null;
  private readonly queue: Job[] = [];
  private closed = false;
  private failedStarts = 0;

  constructor(
    private readonly settings: { options: Options; render: RenderSettings },
    private readonly heapMb: number = ISOLATED_HEAP_MB,
    private readonly script: URL = workerScript(),
  ) {}

  /** Summarizes and renders `input` in the child; never rejects. */
  run(input: PipelineInput): Promise<TaskResult | IsolatedMiss> {
    return new Promise((resolve) => {
      this.queue.push({ input, resolve });
      this.next();
    });
  }

  /** Stops the child; inputs not done are dropped. */
  close(): void {
    this.closed = true;
    this.child?.kill('SIGKILL');
    this.child = null;
  }

  private start(): ChildProcess {
    const child = fork(this.script, [], {
      execArgv: [`--max-old-space-size=${this.heapMb}`],
      serialization: 'advanced',
      // Its output would mix with ours; its failures are reported through the input it held.
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
    });
    child.send({ settings: this.settings });
    child.on('message', (message: { ready: true } | { id: number; result: TaskResult }) => {
      if ('ready' in message) {
        this.ready = true;
        this.failedStarts = 0;
      }
      else if (this.current) {
        const job = this.current;
        this.current = null;
        job.resolve(message.result);
      }
      this.next();
    });
    child.on('exit', (code, signal) => {
      if (this.child !== child) return;
      if (!this.ready) this.failedStarts++;
      this.child = null;
      this.ready = false;
      const job = this.current;
      this.current = null;
      // V8 aborts (SIGABRT, 134) when the heap is exhausted; the input it held is the one to blame.
      if (job) {
        const outOfMemory = signal === 'SIGABRT' || code === 134;
        job.resolve(outOfMemory ? 'out-of-memory' : { ok: false, code: 'internal', message: `${job.input.name} could not be summarized: its process stopped (${signal ?? `exit code ${code}`}).` });
      }
      if (!this.closed) this.next();
    });
    child.on('error', () => child.kill('SIGKILL'));
    return child;
  }

  private next(): void {
    if (this.closed) return;
    if (!this.current && this.queue.length > 0) {
      // A child that cannot even start (a broken install) is not started again and again.
      if (this.failedStarts >= MAX_FAILED_STARTS) {
        for (const job of this.queue.splice(0)) job.resolve({ ok: false, code: 'internal', message: `${job.input.name} could not be summarized: no process could be started for it.` });
      } else {
        this.child ??= this.start();
        if (this.ready) {
          this.current = this.queue.shift()!;
          this.child.send({ id: 0, input: this.current.input });
        }
      }
    }
    // Work waiting or in hand keeps the process alive; an idle child does not.
    if (this.current || this.queue.length > 0) {
      this.child?.ref();
      this.child?.channel?.ref();
    } else {
      this.child?.unref();
      this.child?.channel?.unref();
    }
  }
}
