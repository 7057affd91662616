/**
 * Near-identical short texts (a key sentence two outlets both lead with, a quote one site prints
 * with a dash and another with a comma): groups of texts whose word sets overlap enough.
 *
 * Pairs are found by prefix filtering, so a story of thousands of sentences is not compared pair
 * by pair: each set's words are put in one order (rarest first), and two sets with a Jaccard
 * overlap of at least t must share a word among the first |x| − ⌈t·|x|⌉ + 1 of each. Only sets
 * sharing such a word are compared, and the result is the same as comparing every pair.
 */
import { UnionFind } from './grouping.js';
import { allWords } from './text.js';

/** Slack for floating point in ⌈t·|x|⌉: 0.7 × 10 must count as 7, not 7.000000000000001. */
const EPSILON = 1e-9;

/** The distinct words of `text`, folded: punctuation, case and accents do not tell two copies of a sentence apart. */
export function wordSet(text: string): Set<string> {
  return new Set(allWords(text));
}

/** |a ∩ b| / |a ∪ b|; 0 for two empty sets. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const word of small) if (large.has(word)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * Groups of indices of `sets` joined wherever two overlap (Jaccard) by at least `threshold`
 * (0 < threshold ≤ 1), each group in increasing order, groups ordered by their first member.
 * Joining is transitive. An empty set joins nothing.
 */
export function similarGroups(sets: ReadonlyArray<ReadonlySet<string>>, threshold: number): number[][] {
  const groups = new UnionFind(sets.length);
  // How many sets hold each word: rare words first keeps the lists of candidates short.
  const frequency = new Map<string, number>();
  for (const set of sets) for (const word of set) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  const byWord = new Map<string, number[]>();
  sets.forEach((set, index) => {
    if (set.size === 0) return;
    const ordered = [...set].sort((x, y) => frequency.get(x)! - frequency.get(y)! || (x < y ? -1 : x > y ? 1 : 0));
    const prefix = ordered.slice(0, set.size - Math.ceil(threshold * set.size - EPSILON) + 1);
    const compared = new Set<number>();
    for (const word of prefix) {
      const earlier = byWord.get(word);
      if (earlier) {
        for (const other of earlier) {
          if (compared.has(other)) continue;
          compared.add(other);
          if (jaccard(set, sets[other]!) >= threshold - EPSILON) groups.union(other, index);
        }
        earlier.push(index);
      } else {
        byWord.set(word, [index]);
      }
    }
  });
  return groups.groups();
}
