/**
 * Politeness toward the sites precis fetches from: at most a few requests in flight to any one
 * host, however many inputs a batch loads at once, and none at all to a host that asked precis
 * to wait (Retry-After) until that time has passed. One instance serves the whole process (see
 * `fetch.ts`): inputs are loaded on the main thread only (workers are handed bytes, never URLs),
 * so a limit kept here holds for every fetch precis makes.
 */
import { setTimeout as sleep } from 'node:timers/promises';

/** Frees a slot; calling it again does nothing. */
export type Release = () => void;

export class HostSlots {
  /** Requests in flight per host; a host without any is not kept. */
  private readonly busy = new Map<string, number>();
  /** Who waits for a slot of each host, first come first served. */
  private readonly queues = new Map<string, Array<() => void>>();
  /** When each host that asked precis to wait may be asked again (ms since the epoch). */
  private readonly pausedUntil = new Map<string, number>();

  constructor(
    /** Requests in flight to one host at most. */
    readonly perHost: number,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Waits for a free slot of `host`, then for the end of any pause it asked for, and returns the
   * function that frees the slot. The slot is held while the pause is waited out, so nothing else
   * reaches a host that asked for quiet.
   */
  async acquire(host: string): Promise<Release> {
    const inFlight = this.busy.get(host) ?? 0;
    if (inFlight < this.perHost) this.busy.set(host, inFlight + 1);
    else await new Promise<void>((resolve) => this.queue(host).push(resolve));
    let released = false;
    const release: Release = () => {
      if (released) return;
      released = true;
      this.handOver(host);
    };
    for (let until = this.pausedUntil.get(host) ?? 0; until > this.now(); until = this.pausedUntil.get(host) ?? 0) {
      await sleep(until - this.now());
    }
    this.pausedUntil.delete(host);
    return release;
  }

  /** Keeps every request to `host` back until `until` (ms since the epoch); a later pause wins. */
  pause(host: string, until: number): void {
    if (until > (this.pausedUntil.get(host) ?? 0)) this.pausedUntil.set(host, until);
  }

  /** Requests to `host` in flight now. */
  inFlight(host: string): number {
    return this.busy.get(host) ?? 0;
  }

  private queue(host: string): Array<() => void> {
    let queue = this.queues.get(host);
    if (!queue) this.queues.set(host, (queue = []));
    return queue;
  }

  /** A freed slot goes straight to the next in line (the count stays), or is given back. */
  private handOver(host: string): void {
    const queue = this.queues.get(host);
    const next = queue?.shift();
    if (queue && queue.length === 0) this.queues.delete(host);
    if (next) return next();
    const left = (this.busy.get(host) ?? 1) - 1;
    if (left > 0) this.busy.set(host, left);
    else this.busy.delete(host);
  }
}
