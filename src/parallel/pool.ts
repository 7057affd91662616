/**
 * A small pool of worker threads, each running `worker.ts`: wink's model is loaded once per
 * worker. Each worker's heap is bounded, so a long batch holds its memory flat. A worker that
 * dies is replaced: when it ran out of its bounded heap, the inputs it held come back as
 * `'out-of-memory'` (the caller may try a pool with a larger heap); when it died otherwise, they
 * fail as internal errors and the batch goes on. Workers that cannot even start are given up
 * after a few tries, and every input then comes back as `'no-worker'`.
 */
import { Worker } from 'node:worker_threads';
import type { Options } from '../options.js';
import type { PipelineInput } from '../pipeline.js';
import type { RenderSettings } from '../render/index.js';
import type { TaskResult } from '../task.js';
import { workerScript } from '../paths.js';

/** Why the pool gave an input back undone: its worker ran out of heap, or no worker could start. */
export type PoolMiss = 'out-of-memory' | 'no-worker';

interface Pending {
  id: number;
  input: PipelineInput;
  resolve: (result: TaskResult | PoolMiss) => void;
}

interface Slot {
  worker: Worker;
  /** Inputs sent to the worker and not answered yet, oldest first. */
  inFlight: Pending[];
  /** The worker has loaded the models and waits for input. */
  ready: boolean;
  dead: boolean;
}

/**
 * Inputs a worker holds at once. With one, a worker idles while its answer travels to the main
 * thread and the next input travels back (the main thread may be waiting for a core); with a
 * few, the next input is already waiting in the worker's queue.
 */
const INPUTS_PER_WORKER = 4;

/**
 * Old-generation heap of a worker, in MB. A worker's live heap is 40–60 MB (the models and one
 * article), and 30 MB more once a text in another language has loaded the language detector;
 * left unbounded, V8 lets a heap grow to several times its live size before collecting it, which
 * over a long batch reads as memory that keeps rising (1.6× from 1,500 records to 15,000). About
 * twice the live heap keeps it flat for the cost of more frequent (and still short) collections
 * (at 96 MB, a batch of pages in several languages spent a quarter of its time collecting); the
 * rare page that needs more is redone in a child process (`IsolatedRunner`).
 */
export const WORKER_HEAP_MB = 128;


/** Workers that die before they are ready, in a row, after which no more are started. */
const MAX_FAILED_STARTS = 3;

export class WorkerPool {
  private slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 0;
  private closed = false;
  private failedStarts = 0;

  /**
   * Workers are started as the work calls for them, up to `size`: a batch of three files on a
   * machine of 64 cores loads the models once or twice, not 64 times.
   */
  constructor(
    private readonly size: number,
    private readonly workerData: { options: Options; render: RenderSettings },
    private readonly heapMb: number = WORKER_HEAP_MB,
    private readonly script: URL = workerScript(),
  ) {}

  /** Workers started and not dead. */
  get workers(): number {
    return this.slots.length;
  }

  /** Workers that have loaded their models and take inputs. */
  get readyWorkers(): number {
    return this.slots.filter((slot) => slot.ready && !slot.dead).length;
  }

  /** Starts every worker now, ahead of the work (see {@link readyWorkers}). */
  start(): void {
    while (!this.closed && this.slots.length < this.size && this.failedStarts < MAX_FAILED_STARTS) this.slots.push(this.spawn());
  }

  /**
   * Summarizes and renders `input` on the next free worker, waiting for one. Never rejects;
   * holds a `PoolMiss` when the input comes back undone (its worker ran out of memory, or no
   * worker could be started).
   */
  run(input: PipelineInput): Promise<TaskResult | PoolMiss> {
    if (this.failedStarts >= MAX_FAILED_STARTS && this.slots.length === 0) return Promise.resolve('no-worker');
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, input, resolve });
      this.dispatch();
    });
  }

  /**
   * Stops every worker; pending inputs are dropped. Not awaited: a worker still loading its
   * models may never report its exit to a terminate() (seen under load as a promise that never
   * settled), and an unreferenced worker does not keep the process alive anyway.
   */
  close(): void {
    this.closed = true;
    for (const slot of this.slots) {
      slot.worker.unref();
      void slot.worker.terminate().catch(() => undefined);
    }
  }

  private spawn(): Slot {
    const worker = new Worker(this.script, {
      workerData: this.workerData,
      resourceLimits: { maxOldGenerationSizeMb: this.heapMb },
    });
    const slot: Slot = { worker, inFlight: [], ready: false, dead: false };
    worker.on('message', (message: { id: number; result: TaskResult } | { ready: true }) => {
      if ('ready' in message) {
        slot.ready = true;
        this.failedStarts = 0;
      } else {
        const index = slot.inFlight.findIndex((job) => job.id === message.id);
        if (index >= 0) slot.inFlight.splice(index, 1)[0]!.resolve(message.result);
      }
      this.dispatch();
    });
    const onDeath = (reason: string, outOfMemory: boolean): void => {
      if (this.closed || slot.dead) return;
      slot.dead = true;
      // A worker does its inputs in the order sent: the oldest one in flight was being done when
      // it died and is the one to blame; the others wait their turn again on another worker.
      const [culprit, ...waiting] = slot.inFlight;
      culprit?.resolve(outOfMemory ? 'out-of-memory' : { ok: false, code: 'internal', message: `${culprit.input.name} could not be summarized: its worker stopped (${reason}).` });
      this.queue.unshift(...waiting);
      slot.inFlight = [];
      // A worker that cannot even start (too little memory for the models, a broken install) is
      // not started again and again: past a few such failures the caller does all the work.
      if (!slot.ready) this.failedStarts++;
      this.slots = this.slots.filter((s) => s !== slot);
      if (this.failedStarts >= MAX_FAILED_STARTS && this.slots.length === 0) for (const job of this.queue.splice(0)) job.resolve('no-worker');
      // dispatch() starts a replacement when there is work for it.
      this.dispatch();
    };
    worker.on('error', (error) => onDeath(error.message, (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY'));
    worker.on('exit', (code) => onDeath(`exit code ${code}`, false));
    // Idle workers must not keep the process alive.
    worker.unref();
    return slot;
  }

  /** Hands queued inputs to the ready workers, fewest in flight first; starts a worker when they are too few. */
  private dispatch(): void {
    const starting = this.slots.filter((slot) => !slot.ready).length;
    const room = this.slots.reduce((free, slot) => free + (slot.ready ? INPUTS_PER_WORKER - slot.inFlight.length : 0), 0);
    // More input waits than the ready workers can take and the starting ones will: one more.
    if (this.slots.length < this.size && this.failedStarts < MAX_FAILED_STARTS && this.queue.length > room + starting * INPUTS_PER_WORKER) {
      this.slots.push(this.spawn());
    }
    for (let round = 0; round < INPUTS_PER_WORKER && this.queue.length > 0; round++) {
      for (const slot of this.slots) {
        if (this.queue.length === 0) break;
        if (!slot.ready || slot.dead || slot.inFlight.length > round) continue;
        const job = this.queue.shift()!;
        slot.inFlight.push(job);
        slot.worker.postMessage({ id: job.id, input: job.input });
      }
    }
    // Inputs in flight, or waiting for a worker (one starting after a death), keep the process alive.
    for (const slot of this.slots) {
      if (slot.inFlight.length > 0 || this.queue.length > 0) slot.worker.ref();
      else slot.worker.unref();
    }
  }
}
