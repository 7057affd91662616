/**
 * Grouping: copies of one text become one article, and articles become stories by average-link
 * clustering over their pairwise similarities. Average link, not connected components: a chain
 * of articles each like the next (a court case, then the judge, then another case of the judge)
 * must not pull unrelated stories into one.
 */
import { FINGERPRINT_SIZE } from './signature.js';
import { mix32 } from './text.js';
import { type Features, similarity } from './similarity.js';

/**
 * Two texts whose shingles resemble this much are copies of one text (a wire story on several
 * sites, a page saved twice): sites trim and add a paragraph, rewrites share far less.
 */
export const NEAR_DUPLICATE_RESEMBLANCE = 0.5;

/**
 * A story's articles are at least this similar on average. On the dev batch, 0.24–0.28 gave the
 * same grouping; the middle is taken. Lower joins articles on one topic (a city's protests, a
 * company's troubles) that report different events.
 */
export const LINK_THRESHOLD = 0.26;

/**
 * Fingerprint values per LSH band: texts agreeing on all values of one band are compared. With 4
 * values a band, a pair resembling 0.5 shares some band with probability over 0.98 (32 bands).
 */
const BAND_ROWS = 4;

/**
 * A key shared by more articles than this is not used to find pairs to compare (it is still
 * used to score them): "Trump" in a day of US news would make every pair a candidate.
 */
const MAX_POSTINGS = 200;

/** Disjoint sets over 0..n-1; `add()` makes one more. */
export class UnionFind {
  private parent: Int32Array;
  private count: number;

  constructor(n = 0) {
    this.parent = Int32Array.from({ length: Math.max(n, 1) }, (_, i) => i);
    this.count = n;
  }

  /** The number of elements. */
  get size(): number {
    return this.count;
  }

  /** A new element in a set of its own; returns its index. */
  add(): number {
    if (this.count === this.parent.length) {
      // Doubling keeps adding one at a time linear overall.
      const grown = new Int32Array(this.parent.length * 2);
      grown.set(this.parent);
      this.parent = grown;
    }
    this.parent[this.count] = this.count;
    return this.count++;
  }

  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root]!;
    // Path compression: later finds are near constant time.
    while (this.parent[i] !== root) {
      const next = this.parent[i]!;
      this.parent[i] = root;
      i = next;
    }
    return root;
  }

  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    // The smaller index stays the root, so groups keep the order of the batch.
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }

  /** The sets with more than zero members, each in increasing order, ordered by their first member. */
  groups(): number[][] {
    const byRoot = new Map<number, number[]>();
    for (let i = 0; i < this.count; i++) {
      const root = this.find(i);
      const group = byRoot.get(root);
      if (group) group.push(i);
      else byRoot.set(root, [i]);
    }
    return [...byRoot.values()];
  }
}

/** Fingerprints per array of {@link CopyFinder}'s: half a megabyte each, none copied as the batch grows. */
const FINGERPRINTS_PER_CHUNK = 1024;

/** The bucket of one LSH band of a fingerprint: the band's number and its values hashed, as one number. */
function bandKey(values: Uint32Array, band: number): number {
  let hash = 0x811c9dc5;
  for (let row = band * BAND_ROWS; row < (band + 1) * BAND_ROWS; row++) hash = mix32(hash ^ values[row]!);
  // Two bands of different values rarely share a 32-bit hash, and a shared one only costs a
  // comparison: copies are confirmed on the whole fingerprints.
  return band * 2 ** 32 + hash;
}

/**
 * Copies of one text, found as articles come: each new fingerprint is compared with the earlier
 * ones that agree with it on a whole LSH band. Kept per article: its fingerprint, in one array
 * for the whole batch, and per band a bucket entry (a number; a list only where two articles
 * share the band).
 */
export class CopyFinder {
  private readonly sets = new UnionFind();
  /** The fingerprints, {@link FINGERPRINTS_PER_CHUNK} articles a chunk (zeros for an article without). */
  private readonly chunks: Uint32Array[] = [];
  /** 1 for an article with a fingerprint, per chunk like them. */
  private readonly present: Uint8Array[] = [];
  private readonly buckets = new Map<number, number | number[]>();

  /** `minimum`: the resemblance from which two texts are copies of one. */
  constructor(private readonly minimum = NEAR_DUPLICATE_RESEMBLANCE) {}

  /** The next article's fingerprint (null when it has none: it is then nobody's copy). */
  add(fingerprint: Uint32Array | null): void {
    const index = this.sets.add();
    if (index % FINGERPRINTS_PER_CHUNK === 0) {
      this.chunks.push(new Uint32Array(FINGERPRINTS_PER_CHUNK * FINGERPRINT_SIZE));
      this.present.push(new Uint8Array(FINGERPRINTS_PER_CHUNK));
    }
    if (fingerprint === null || fingerprint.length !== FINGERPRINT_SIZE) return;
    this.present[this.present.length - 1]![index % FINGERPRINTS_PER_CHUNK] = 1;
    this.chunks[this.chunks.length - 1]!.set(fingerprint, (index % FINGERPRINTS_PER_CHUNK) * FINGERPRINT_SIZE);
    for (let band = 0; band < FINGERPRINT_SIZE / BAND_ROWS; band++) {
      const key = bandKey(fingerprint, band);
      const bucket = this.buckets.get(key);
      if (bucket === undefined) {
        this.buckets.set(key, index);
        continue;
      }
      for (const other of typeof bucket === 'number' ? [bucket] : bucket) {
        if (this.sets.find(other) !== this.sets.find(index) && this.resemblance(other, fingerprint) >= this.minimum) this.sets.union(other, index);
      }
      if (typeof bucket === 'number') this.buckets.set(key, [bucket, index]);
      else if (bucket.length < MAX_POSTINGS) bucket.push(index);
    }
  }

  /** Article `index`'s fingerprint (a view into the batch's), or null when it has none. */
  fingerprint(index: number): Uint32Array | null {
    const chunk = Math.floor(index / FINGERPRINTS_PER_CHUNK);
    const at = (index % FINGERPRINTS_PER_CHUNK) * FINGERPRINT_SIZE;
    return this.present[chunk]![index % FINGERPRINTS_PER_CHUNK] ? this.chunks[chunk]!.subarray(at, at + FINGERPRINT_SIZE) : null;
  }

  /** Groups of indices (in the order added) that are copies of one text; every index is in one group. */
  groups(): number[][] {
    return this.sets.groups();
  }

  /** The resemblance of article `other`'s fingerprint to `values` (as `resemblance` of signature.ts), read in place. */
  private resemblance(other: number, values: Uint32Array): number {
    const chunk = this.chunks[Math.floor(other / FINGERPRINTS_PER_CHUNK)]!;
    const at = (other % FINGERPRINTS_PER_CHUNK) * FINGERPRINT_SIZE;
    let same = 0;
    for (let k = 0; k < FINGERPRINT_SIZE; k++) if (chunk[at + k] === values[k]) same++;
    return same / FINGERPRINT_SIZE;
  }
}

/** Groups of indices of `fingerprints` that are copies of one text; every index is in one group. */
export function copyGroups(fingerprints: ReadonlyArray<Uint32Array | null>, minimum = NEAR_DUPLICATE_RESEMBLANCE): number[][] {
  const finder = new CopyFinder(minimum);
  for (const each of fingerprints) finder.add(each);
  return finder.groups();
}

/** A similarity between two articles. */
export interface Link {
  a: number;
  b: number;
  score: number;
}

/** Links kept in typed arrays: twenty bytes a link, where an object and its boxed score take about three times that. */
export class LinkList {
  a = new Int32Array(1024);
  b = new Int32Array(1024);
  score = new Float64Array(1024);
  length = 0;

  /** Adds the link of articles `a` and `b` with its score. */
  push(a: number, b: number, score: number): void {
    if (this.length === this.a.length) {
      const grow = <T extends Int32Array | Float64Array>(array: T): T => {
        const grown = new (array.constructor as new (n: number) => T)(array.length * 2);
        grown.set(array);
        return grown;
      };
      this.a = grow(this.a);
      this.b = grow(this.b);
      this.score = grow(this.score);
    }
    this.a[this.length] = a;
    this.b[this.length] = b;
    this.score[this.length++] = score;
  }

  /** `links` as a list. */
  static of(links: readonly Link[]): LinkList {
    const list = new LinkList();
    for (const { a, b, score } of links) list.push(a, b, score);
    return list;
  }
}

/**
 * The share of the link threshold below which a pair's similarity is not kept. Among distinct
 * articles most pairs share some words and score a little (2,556 news texts: 1.8 million pairs
 * above zero, 7,300 above 0.13, 534 above 0.26); kept, they took 2 s and most of the digest's
 * memory in the clustering, and changed no story there or on the dev batch. A dropped link only
 * lowers a mean: the clustering can only join less.
 */
export const LINK_FLOOR_SHARE = 0.5;

/**
 * Every pair of articles that shares an entity key or a word not too common in the batch, with
 * its similarity, when at least `floor`. Pairs sharing nothing rare have a similarity near zero
 * anyway. Each article's partners are found from its own keys, marked in one array as they are
 * met, so no set of the pairs already seen grows with the batch.
 */
export function scoredPairs(features: Features, floor = LINK_THRESHOLD * LINK_FLOOR_SHARE): LinkList {
  const n = features.entities.rows;
  // Per key, the articles having it (as an entity key or a word), in increasing order: counted, then filled.
  const keysOf = (i: number): Int32Array[] => [features.entities.keys(i), features.words.keys(i)];
  const starts = new Int32Array(features.vocabulary.size + 1);
  for (let i = 0; i < n; i++) for (const keys of keysOf(i)) for (const key of keys) starts[key + 1]!++;
  for (let key = 0; key < features.vocabulary.size; key++) starts[key + 1]! += starts[key]!;
  const postings = new Int32Array(starts[features.vocabulary.size]!);
  const filled = starts.slice(0, -1);
  for (let i = 0; i < n; i++) for (const keys of keysOf(i)) for (const key of keys) postings[filled[key]!++] = i;
  // met[b] === a: article b was already scored as a partner of a.
  const met = new Int32Array(n).fill(-1);
  const links = new LinkList();
  for (let a = 0; a < n; a++) {
    for (const keys of keysOf(a)) {
      for (const key of keys) {
        const first = starts[key]!;
        const end = starts[key + 1]!;
        if (end - first < 2 || end - first > MAX_POSTINGS) continue;
        // Partners after a only: each pair once.
        for (let at = end - 1; at >= first && postings[at]! > a; at--) {
          const b = postings[at]!;
          if (met[b] === a) continue;
          met[b] = a;
          const score = similarity(features, a, b);
          if (score > 0 && score >= floor) links.push(a, b, score);
        }
      }
    }
  }
  return links;
}

/** A link of the clustering's heap, with the versions its two clusters had when it was made. */
interface HeapLink extends Link {
  versionA: number;
  versionB: number;
}

/**
 * True when `x` comes off the heap before `y`: the higher score, and between equal scores the
 * pair of lower indices, so the clusters do not depend on the order links were found in.
 */
function before(x: HeapLink, y: HeapLink): boolean {
  if (x.score !== y.score) return x.score > y.score;
  const [xLow, xHigh] = x.a < x.b ? [x.a, x.b] : [x.b, x.a];
  const [yLow, yHigh] = y.a < y.b ? [y.a, y.b] : [y.b, y.a];
  return xLow !== yLow ? xLow < yLow : xHigh < yHigh;
}

/** A binary heap of links, the highest score on top. */
class LinkHeap {
  private readonly items: HeapLink[] = [];

  get size(): number {
    return this.items.length;
  }

  push(item: HeapLink): void {
    const items = this.items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const up = (i - 1) >> 1;
      if (!before(items[i]!, items[up]!)) break;
      [items[up], items[i]] = [items[i]!, items[up]!];
      i = up;
    }
  }

  pop(): HeapLink | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let best = i;
        if (left < items.length && before(items[left]!, items[best]!)) best = left;
        if (right < items.length && before(items[right]!, items[best]!)) best = right;
        if (best === i) break;
        [items[best], items[i]] = [items[i]!, items[best]!];
        i = best;
      }
    }
    return top;
  }
}

/**
 * Average-link clustering of `n` items over the sparse `links` (a missing pair counts as 0):
 * the two clusters whose mean pairwise similarity is highest are merged, while that mean is at
 * least `threshold`. Returns the clusters, each in increasing order, ordered by first member.
 */
export function averageLink(n: number, links: LinkList | readonly Link[], threshold: number): number[][] {
  const list = links instanceof LinkList ? links : LinkList.of(links);
  const members = Array.from({ length: n }, (_, i) => [i]);
  const version = new Int32Array(n);
  const alive = new Uint8Array(n).fill(1);
  // Sum of similarities between two live clusters, by cluster: neighbor → sum.
  const sums = Array.from({ length: n }, () => new Map<number, number>());
  const heap = new LinkHeap();
  for (let i = 0; i < list.length; i++) {
    const a = list.a[i]!;
    const b = list.b[i]!;
    const score = list.score[i]!;
    sums[a]!.set(b, (sums[a]!.get(b) ?? 0) + score);
    sums[b]!.set(a, (sums[b]!.get(a) ?? 0) + score);
  }
  for (let a = 0; a < n; a++) for (const [b, sum] of sums[a]!) if (a < b && sum >= threshold) heap.push({ a, b, score: sum, versionA: 0, versionB: 0 });
  while (heap.size > 0) {
    const top = heap.pop()!;
    if (top.score < threshold) break;
    const { a, b } = top;
    // An entry made before either cluster last changed is stale: its pair was pushed again since.
    if (!alive[a] || !alive[b] || version[a] !== top.versionA || version[b] !== top.versionB) continue;
    // Merge b into a (the lower index keeps the cluster).
    const [keep, gone] = a < b ? [a, b] : [b, a];
    alive[gone] = 0;
    // A loop, not push(...): a story of a hundred thousand articles would overflow the call's arguments.
    for (const member of members[gone]!) members[keep]!.push(member);
    members[gone] = [];
    version[keep]!++;
    for (const [other, sum] of sums[gone]!) {
      if (other === keep) continue;
      sums[keep]!.set(other, (sums[keep]!.get(other) ?? 0) + sum);
      const otherSums = sums[other]!;
      otherSums.set(keep, (otherSums.get(keep) ?? 0) + sum);
      otherSums.delete(gone);
    }
    sums[keep]!.delete(gone);
    sums[gone]!.clear();
    for (const [other, sum] of sums[keep]!) {
      const mean = sum / (members[keep]!.length * members[other]!.length);
      if (mean >= threshold) heap.push({ a: keep, b: other, score: mean, versionA: version[keep]!, versionB: version[other]! });
    }
  }
  return members.filter((group, i) => alive[i] && group.length > 0).map((group) => group.sort((x, y) => x - y));
}
