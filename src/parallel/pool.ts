/**
 * A small pool of worker threads, each running `worker.ts`: wink's model is loaded once per
 * worker, and a worker that dies is replaced (its inputs fail as internal errors, the batch goes
 * on). The caller offers each input with `tryRun`; an input no ready worker has room for is the
 * caller's to do itself, so the main thread works too, and works alone while workers start.
 */
import { Worker } from 'node:worker_threads';
import type { Options } from '../options.js';
import type { PipelineInput } from '../pipeline.js';
import type { RenderSettings } from '../render/index.js';
import type { TaskResult } from '../task.js';

interface Pending {
  id: number;
  input: PipelineInput;
  resolve: (result: TaskResult) => void;
}

interface Slot {
  /** This worker's cell in `done`. */
  index: number;
  /** Inputs sent to this worker so far. */
  sent: number;
  worker: Worker;
  /** Inputs sent to the worker and not answered yet, oldest first. */
  inFlight: Pending[];
  /** The worker has loaded the models and waits for input. */
  ready: boolean;
  dead: boolean;
}

/**
 * Inputs a worker holds at once. With one, a worker idles while its answer travels to the main
 * thread and the next input travels back (the main thread may be waiting for a core); with two,
 * the next input is already waiting in the worker's queue.
 */
const INPUTS_PER_WORKER = 4;

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  /**
   * Inputs each worker has finished, counted by the worker itself. Answers reach this thread as
   * events, which wait while it is busy summarizing; the count tells at once that a worker is free.
   */
  private readonly done: Int32Array;
  private nextId = 0;
  private closed = false;

  constructor(
    size: number,
    private readonly workerData: { options: Options; render: RenderSettings },
    private readonly script: URL = new URL('../worker.js', import.meta.url),
  ) {
    this.done = new Int32Array(new SharedArrayBuffer(4 * size));
    for (let i = 0; i < size; i++) this.slots.push(this.spawn(i));
  }

  /** Inputs a worker holds that it has not finished. */
  private busy(slot: Slot): number {
    return slot.sent - Atomics.load(this.done, slot.index);
  }

  /** Summarizes and renders `input` on a ready worker with room for it, or returns null. Never rejects. */
  tryRun(input: PipelineInput): Promise<TaskResult> | null {
    const slot = this.slots.filter((s) => s.ready && !s.dead && this.busy(s) < INPUTS_PER_WORKER).sort((a, b) => this.busy(a) - this.busy(b))[0];
    if (!slot) return null;
    return new Promise((resolve) => this.send(slot, { id: this.nextId++, input, resolve }));
  }

  /** Summarizes and renders `input` on the next free worker, waiting for one. Never rejects. */
  run(input: PipelineInput): Promise<TaskResult> {
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

  private spawn(index: number): Slot {
    Atomics.store(this.done, index, 0);
    const worker = new Worker(this.script, { workerData: { ...this.workerData, done: this.done, slot: index } });
    const slot: Slot = { index, sent: 0, worker, inFlight: [], ready: false, dead: false };
    worker.on('message', (message: { id: number; result: TaskResult } | { ready: true }) => {
      if ('ready' in message) {
        slot.ready = true;
        this.dispatch();
        return;
      }
      const index = slot.inFlight.findIndex((job) => job.id === message.id);
      if (index >= 0) slot.inFlight.splice(index, 1)[0]!.resolve(message.result);
      this.dispatch();
    });
    const onDeath = (reason: string): void => {
      if (this.closed || slot.dead) return;
      slot.dead = true;
      for (const job of slot.inFlight) {
        job.resolve({ ok: false, code: 'internal', message: `${job.input.name} could not be summarized: its worker stopped (${reason}).` });
      }
      slot.inFlight = [];
      const index = this.slots.indexOf(slot);
      if (index >= 0) this.slots[index] = this.spawn(slot.index);
      this.dispatch();
    };
    worker.on('error', (error) => onDeath(error.message));
    worker.on('exit', (code) => onDeath(`exit code ${code}`));
    // Idle workers must not keep the process alive.
    worker.unref();
    return slot;
  }

  private send(slot: Slot, job: Pending): void {
    slot.inFlight.push(job);
    slot.sent++;
    slot.worker.ref();
    slot.worker.postMessage({ id: job.id, input: job.input });
  }

  /** Hands queued inputs to the ready workers with the fewest in flight. */
  private dispatch(): void {
    for (let round = 0; round < INPUTS_PER_WORKER && this.queue.length > 0; round++) {
      for (const slot of this.slots) {
        if (this.queue.length === 0) break;
        if (!slot.ready || slot.dead || this.busy(slot) > round) continue;
        this.send(slot, this.queue.shift()!);
      }
    }
    for (const slot of this.slots) if (slot.inFlight.length === 0) slot.worker.unref();
  }
}
