/**
 * Sparse vectors of a whole batch, one row an article, in three flat arrays: where each row
 * starts, its keys' numbers in increasing order, and their weights. A batch of 20,000 articles
 * holds them in a few typed arrays instead of 80,000 maps, and two rows compare by walking both in
 * order, with no hashing.
 */
import { sparseDot } from '../sparse.js';

/** Entries room is made for at first; the arrays double as rows come. */
const INITIAL_ENTRIES = 4096;

/** Numbers for keys (entity keys, words, figures), given in the order keys are first met. */
export class Vocabulary {
  private readonly numbers = new Map<string, number>();
  private readonly keys: string[] = [];

  /** The number of `key`, given now if it has none. */
  number(key: string): number {
    const known = this.numbers.get(key);
    if (known !== undefined) return known;
    this.numbers.set(key, this.keys.length);
    this.keys.push(key);
    return this.keys.length - 1;
  }

  /** The key numbered `number`. */
  key(number: number): string {
    return this.keys[number]!;
  }

  /** The number of `key`, or undefined when no row has it. */
  find(key: string): number | undefined {
    return this.numbers.get(key);
  }

  get size(): number {
    return this.keys.length;
  }
}

/** Rows of sparse vectors, added one at a time, then weighted once by {@link SparseRows.weightByRarity}. */
export class SparseRows {
  private starts: number[] = [0];
  private ids = new Int32Array(INITIAL_ENTRIES);
  private weights = new Float64Array(INITIAL_ENTRIES);
  private used = 0;
  private sorted = false;

  /** Rows added. */
  get rows(): number {
    return this.starts.length - 1;
  }

  /** Adds a row: `row`'s keys, numbered by `vocabulary`, with their values, in the map's order. */
  add(row: ReadonlyMap<string, number>, vocabulary: Vocabulary): void {
    if (this.used + row.size > this.ids.length) {
      const size = Math.max(this.ids.length * 2, this.used + row.size);
      const ids = new Int32Array(size);
      ids.set(this.ids.subarray(0, this.used));
      const weights = new Float64Array(size);
      weights.set(this.weights.subarray(0, this.used));
      this.ids = ids;
      this.weights = weights;
    }
    for (const [key, value] of row) {
      this.ids[this.used] = vocabulary.number(key);
      this.weights[this.used++] = value;
    }
    this.starts.push(this.used);
  }

  /**
   * Weights every value by the rarity of its key over the rows, ln(1 + rows/df), and scales each
   * row to unit length (in the order its keys were added), then puts each row's keys in
   * increasing order for {@link SparseRows.cosine}. Done once, after the last row.
   */
  weightByRarity(vocabularySize: number): void {
    const df = new Int32Array(vocabularySize);
    for (let at = 0; at < this.used; at++) df[this.ids[at]!]!++;
    const n = this.rows;
    for (let i = 0; i < n; i++) {
      const start = this.starts[i]!;
      const end = this.starts[i + 1]!;
      let norm = 0;
      for (let at = start; at < end; at++) {
        const weight = this.weights[at]! * Math.log(1 + n / df[this.ids[at]!]!);
        this.weights[at] = weight;
        norm += weight * weight;
      }
      norm = Math.sqrt(norm);
      if (norm > 0) for (let at = start; at < end; at++) this.weights[at] = this.weights[at]! / norm;
      this.sortRow(start, end);
    }
    this.sorted = true;
  }

  /** The keys' numbers of row `i`, in increasing order once weighted. */
  keys(i: number): Int32Array {
    return this.ids.subarray(this.starts[i]!, this.starts[i + 1]!);
  }

  /** True when row `i` has the key numbered `id` (rows must be weighted). */
  has(i: number, id: number): boolean {
    let low = this.starts[i]!;
    let high = this.starts[i + 1]! - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const at = this.ids[middle]!;
      if (at === id) return true;
      if (at < id) low = middle + 1;
      else high = middle - 1;
    }
    return false;
  }

  /** The dot product of rows `i` and `j`: their cosine, once weighted (both are unit length). */
  cosine(i: number, j: number): number {
    if (!this.sorted) throw new Error('SparseRows.cosine before weightByRarity');
    return sparseDot(this.ids, this.weights, this.starts[i]!, this.starts[i + 1]!, this.ids, this.weights, this.starts[j]!, this.starts[j + 1]!);
  }

  /** Sorts entries start..end-1 by key, keeping each weight with its key. */
  private sortRow(start: number, end: number): void {
    if (end - start < 2) return;
    const order = Array.from({ length: end - start }, (_, k) => start + k).sort((x, y) => this.ids[x]! - this.ids[y]!);
    const ids = order.map((at) => this.ids[at]!);
    const weights = order.map((at) => this.weights[at]!);
    this.ids.set(ids, start);
    this.weights.set(weights, start);
  }
}
