/**
 * 32-bit hashing shared by the tagger's features and the word tables. The build scripts
 * (scripts/*entity*) import the compiled copy, so shipped tables and run-time lookups agree.
 * Nothing is ever built as a string to be hashed: strings are hashed once (FNV-1a over UTF-16
 * code units) and hashes are combined as integers (MurmurHash3's mixing steps).
 */

export const FNV_PRIME = 0x01000193;
/** Two independent seeds: phrase tables check a second hash to make false hits negligible. */
export const SEED_A = 0x811c9dc5 | 0;
export const SEED_B = 0x2f6b1d37;

/** FNV-1a of `s.slice(from, to)`, not finished (combine with {@link mix}, end with {@link finish}). */
export function hashString(s: string, seed: number = SEED_A, from = 0, to = s.length): number {
  let h = seed;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h | 0;
}

/** Folds the 32-bit value `v` into the running hash `h` (MurmurHash3's block step). */
export function mix(h: number, v: number): number {
  let k = Math.imul(v, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** MurmurHash3's final avalanche: every input bit moves every output bit. */
export function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/** The finished hash of a whole string, as a feature part. */
export function stringHash(s: string): number {
  return finish(hashString(s));
}

/** Strings numbered in the order first seen, each with its feature hash: the tagger's shape and tag ids. */
export class HashedIds {
  private readonly ids = new Map<string, number>();
  /** Per id, the string. */
  readonly names: string[] = [];
  /** Per id, {@link stringHash} of the string. */
  readonly hashes: number[] = [];

  /** The id of `name`, numbering it when new. */
  idOf(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(name, id);
      this.names.push(name);
      this.hashes.push(stringHash(name));
    }
    return id;
  }

  get size(): number {
    return this.names.length;
  }

  /** Forgets every string: ids are handed out from 0 again. */
  clear(): void {
    this.ids.clear();
    this.names.length = 0;
    this.hashes.length = 0;
  }
}
