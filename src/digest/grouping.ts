/**
 * Grouping: copies of one text become one article, and articles become stories by average-link
 * clustering over their pairwise similarities. Average link, not connected components: a chain
 * of articles each like the next (a court case, then the judge, then another case of the judge)
 * must not pull unrelated stories into one.
 */
import { type ArticleSignature, FINGERPRINT_SIZE, resemblance } from './signature.js';
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

/** Disjoint sets over 0..n-1. */
export class UnionFind {
  private readonly parent: Int32Array;

  constructor(n: number) {
    this.parent = Int32Array.from({ length: n }, (_, i) => i);
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
    for (let i = 0; i < this.parent.length; i++) {
      const root = this.find(i);
      const group = byRoot.get(root);
      if (group) group.push(i);
      else byRoot.set(root, [i]);
    }
    return [...byRoot.values()];
  }
}

/** Groups of indices of `signatures` that are copies of one text; every index is in one group. */
export function copyGroups(signatures: readonly ArticleSignature[], minimum = NEAR_DUPLICATE_RESEMBLANCE): number[][] {
  const sets = new UnionFind(signatures.length);
  const buckets = new Map<string, number[]>();
  signatures.forEach((signature, index) => {
    if (signature.fingerprint.length !== FINGERPRINT_SIZE) return;
    for (let band = 0; band < FINGERPRINT_SIZE / BAND_ROWS; band++) {
      const key = `${band}:${signature.fingerprint.slice(band * BAND_ROWS, (band + 1) * BAND_ROWS).join(',')}`;
      const bucket = buckets.get(key);
      if (!bucket) {
        buckets.set(key, [index]);
        continue;
      }
      for (const other of bucket) {
        if (sets.find(other) !== sets.find(index) && resemblance(signatures[other]!.fingerprint, signature.fingerprint) >= minimum) sets.union(other, index);
      }
      if (bucket.length < MAX_POSTINGS) bucket.push(index);
    }
  });
  return sets.groups();
}

/** A similarity between two articles. */
export interface Link {
  a: number;
  b: number;
  score: number;
}

/**
 * Every pair of articles that shares an entity key or a word not too common in the batch, with
 * its similarity, when above zero. Pairs sharing nothing rare have a similarity near zero anyway.
 */
export function scoredPairs(features: Features): Link[] {
  const n = features.entities.length;
  const postings = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    for (const key of [...features.entities[i]!.keys(), ...features.words[i]!.keys()]) {
      const list = postings.get(key);
      if (list) list.push(i);
      else postings.set(key, [i]);
    }
  }
  const seen = new Set<number>();
  const links: Link[] = [];
  for (const list of postings.values()) {
    if (list.length < 2 || list.length > MAX_POSTINGS) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const a = list[x]!;
        const b = list[y]!;
        const pair = a * n + b;
        if (seen.has(pair)) continue;
        seen.add(pair);
        const score = similarity(features, a, b);
        if (score > 0) links.push({ a, b, score });
      }
    }
  }
  return links;
}

/** A binary heap of links, the highest score on top. */
class LinkHeap {
  private readonly items: Array<Link & { versionA: number; versionB: number }> = [];

  get size(): number {
    return this.items.length;
  }

  push(item: Link & { versionA: number; versionB: number }): void {
    const items = this.items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const up = (i - 1) >> 1;
      if (items[up]!.score >= items[i]!.score) break;
      [items[up], items[i]] = [items[i]!, items[up]!];
      i = up;
    }
  }

  pop(): (Link & { versionA: number; versionB: number }) | undefined {
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
        if (left < items.length && items[left]!.score > items[best]!.score) best = left;
        if (right < items.length && items[right]!.score > items[best]!.score) best = right;
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
export function averageLink(n: number, links: readonly Link[], threshold: number): number[][] {
  const members = Array.from({ length: n }, (_, i) => [i]);
  const version = new Int32Array(n);
  const alive = new Uint8Array(n).fill(1);
  // Sum of similarities between two live clusters, by cluster: neighbor → sum.
  const sums = Array.from({ length: n }, () => new Map<number, number>());
  const heap = new LinkHeap();
  for (const { a, b, score } of links) {
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
    members[keep]!.push(...members[gone]!);
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
