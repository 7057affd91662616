/**
 * A budget of bytes shared by the inputs of a batch that are loaded but not yet summarized. The
 * window of inputs in flight is counted in inputs (enough to keep every worker busy); this bounds
 * it in bytes too, so a folder of inputs near `--max-bytes` is not read all at once.
 */

/** Bytes held by one input: a reservation made before it is read, resized once its size is known. */
export interface Reservation {
  /** Sets the bytes held (the input's real size, smaller than what was reserved). */
  resize(bytes: number): void;
  /** Gives the bytes back; later calls do nothing. */
  release(): void;
}

export class ByteBudget {
  private used = 0;
  private readonly waiting: Array<{ bytes: number; grant: (reservation: Reservation) => void }> = [];

  /** `limit`: bytes that may be held at once; one reservation is granted whatever its size when nothing else is held. */
  constructor(private readonly limit: number) {}

  /** Waits until `bytes` fit in the budget, in the order asked (an earlier input is never starved by later ones). */
  reserve(bytes: number): Promise<Reservation> {
    return new Promise((grant) => {
      this.waiting.push({ bytes, grant });
      this.grantWaiting();
    });
  }

  private grantWaiting(): void {
    while (this.waiting.length > 0) {
      const next = this.waiting[0]!;
      if (this.used > 0 && this.used + next.bytes > this.limit) return;
      this.waiting.shift();
      next.grant(this.hold(next.bytes));
    }
  }

  private hold(bytes: number): Reservation {
    let held = bytes;
    let released = false;
    this.used += held;
    return {
      resize: (size) => {
        if (released) return;
        this.used += size - held;
        held = size;
        this.grantWaiting();
      },
      release: () => {
        if (released) return;
        released = true;
        this.used -= held;
        this.grantWaiting();
      },
    };
  }
}
