/**
 * Sparse vectors stored as ids in increasing order with a weight each, in typed arrays: the
 * sentence vectors of key sentences and the rows the digest compares articles by.
 */

/**
 * The dot product of the vectors at `[aFrom, aTo)` of `aIds`/`aWeights` and `[bFrom, bTo)` of
 * `bIds`/`bWeights` (the two may be the same arrays), walking both in id order.
 */
export function sparseDot(aIds: Int32Array, aWeights: Float64Array, aFrom: number, aTo: number, bIds: Int32Array, bWeights: Float64Array, bFrom: number, bTo: number): number {
  let a = aFrom;
  let b = bFrom;
  let dot = 0;
  while (a < aTo && b < bTo) {
    const x = aIds[a]!;
    const y = bIds[b]!;
    if (x === y) dot += aWeights[a++]! * bWeights[b++]!;
    else if (x < y) a++;
    else b++;
  }
  return dot;
}
