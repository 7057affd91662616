import { describe, expect, it } from 'vitest';
import { ByteBudget } from '../src/parallel/budget.js';

/** Lets every pending promise callback run. */
const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('ByteBudget', () => {
  it('grants what fits at once and makes the rest wait until bytes are given back', async () => {
    const budget = new ByteBudget(100);
    const granted: string[] = [];
    const a = budget.reserve(60).then((r) => (granted.push('a'), r));
    const b = budget.reserve(60).then((r) => (granted.push('b'), r));
    await settle();
    expect(granted).toEqual(['a']);
    (await a).release();
    await settle();
    expect(granted).toEqual(['a', 'b']);
    (await b).release();
  });

  it('lets waiting reservations in when one is resized to its real size', async () => {
    const budget = new ByteBudget(100);
    const first = await budget.reserve(100);
    let second = false;
    void budget.reserve(50).then(() => (second = true));
    await settle();
    expect(second).toBe(false);
    first.resize(10);
    await settle();
    expect(second).toBe(true);
  });

  it('grants one reservation larger than the whole budget when nothing else is held', async () => {
    const budget = new ByteBudget(10);
    const big = await budget.reserve(1000);
    let small = false;
    void budget.reserve(1).then(() => (small = true));
    await settle();
    expect(small).toBe(false);
    big.release();
    await settle();
    expect(small).toBe(true);
  });

  it('grants in the order asked: a small later request does not pass a large earlier one', async () => {
    const budget = new ByteBudget(100);
    const held = await budget.reserve(50);
    const order: string[] = [];
    void budget.reserve(80).then(() => order.push('large'));
    void budget.reserve(10).then(() => order.push('small'));
    await settle();
    expect(order).toEqual([]);
    held.release();
    await settle();
    expect(order).toEqual(['large', 'small']);
  });

  it('ignores a second release', async () => {
    const budget = new ByteBudget(100);
    const a = await budget.reserve(100);
    a.release();
    a.release();
    const b = await budget.reserve(100);
    let c = false;
    void budget.reserve(1).then(() => (c = true));
    await settle();
    expect(c).toBe(false);
    b.release();
  });
});
