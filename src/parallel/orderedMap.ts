/**
 * Maps an async stream through an async function with bounded concurrency, yielding results in
 * input order as soon as each is next in line. At most `window` items are in flight, so memory
 * stays flat however long the stream is; a result that is ready is yielded even while the source
 * is still waiting for its next item (an interactive stdin).
 */

/**
 * `fn` must not reject: return failures as values. `window` ≥ 1.
 */
export async function* orderedMap<T, R>(source: AsyncIterable<T>, window: number, fn: (item: T) => Promise<R>): AsyncGenerator<R> {
  const iterator = source[Symbol.asyncIterator]();
  const inFlight: Array<Promise<R>> = [];
  let reading: Promise<IteratorResult<T>> | null = null;
  let exhausted = false;
  try {
    for (;;) {
      if (!exhausted && !reading && inFlight.length < window) reading = iterator.next();
      if (inFlight.length === 0) {
        if (!reading) return;
        const next = await reading;
        reading = null;
        if (next.done) exhausted = true;
        else inFlight.push(fn(next.value));
        continue;
      }
      const head = inFlight[0]!;
      const winner = reading ? await Promise.race([head.then(() => 'head' as const), reading.then(() => 'read' as const)]) : 'head';
      if (winner === 'head') {
        inFlight.shift();
        yield await head;
      } else {
        const next = await reading!;
        reading = null;
        if (next.done) exhausted = true;
        else inFlight.push(fn(next.value));
      }
    }
  } finally {
    if (!exhausted) await iterator.return?.(undefined);
  }
}
