/**
 * A small pool of worker threads, each running `worker.ts`: wink's model is loaded once per
 * worker, inputs are handed to idle workers, and a worker that dies is replaced (its input fails
 * as an internal error, the batch goes on).
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
  worker: Worker;
  current: Pending | null;
  dead: boolean;
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 0;
  private closed = false;

  constructor(
    private readonly size: number,
    private readonly workerData: { options: Options; render: RenderSettings },
    private readonly script: URL = new URL('../worker.js', import.meta.url),
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  /** Summarizes and renders `input` on the next idle worker. Never rejects. */
  run(input: PipelineInput): Promise<TaskResult> {
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, input, resolve });
      this.dispatch();
    });
  }

  /** Stops every worker; pending inputs are dropped. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private spawn(): Slot {
    const worker = new Worker(this.script, { workerData: this.workerData });
    const slot: Slot = { worker, current: null, dead: false };
    worker.on('message', (message: { id: number; result: TaskResult }) => {
      const job = slot.current;
      slot.current = null;
      if (job && job.id === message.id) job.resolve(message.result);
      this.dispatch();
    });
    const onDeath = (reason: string): void => {
      if (this.closed || slot.dead) return;
      slot.dead = true;
      const job = slot.current;
      slot.current = null;
      job?.resolve({ ok: false, code: 'internal', message: `${job.input.name} could not be summarized: its worker stopped (${reason}).` });
      const index = this.slots.indexOf(slot);
      if (index >= 0) this.slots[index] = this.spawn();
      this.dispatch();
    };
    worker.on('error', (error) => onDeath(error.message));
    worker.on('exit', (code) => onDeath(`exit code ${code}`));
    // Idle workers must not keep the process alive.
    worker.unref();
    return slot;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (slot.current) continue;
      const job = this.queue.shift()!;
      slot.current = job;
      slot.worker.ref();
      slot.worker.postMessage({ id: job.id, input: job.input });
    }
    for (const slot of this.slots) if (!slot.current) slot.worker.unref();
  }
}
