/**
 * The entity tagger: a first-order structured perceptron over BIO tags, decoded with Viterbi.
 * Its weights (src/data/entity-model.json) are built by scripts/train-entity-model.mjs from
 * the openly licensed training sets named in src/data/README.md and loaded once per process.
 */
import modelData from '../../data/entity-model.json' with { type: 'json' };

/** The tags, in the order the weights use. B- opens a name, I- continues it. */
export const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type Label = (typeof LABELS)[number];
export const LABEL_COUNT = LABELS.length;

/** A transition that BIO forbids: I-X after anything but B-X or I-X. */
export function allowed(prev: number, next: number): boolean {
  const n = LABELS[next]!;
  if (!n.startsWith('I-')) return true;
  if (prev < 0) return false;
  const p = LABELS[prev]!;
  return p !== 'O' && p.slice(2) === n.slice(2);
}

/** Weights of a trained model: per feature, per label; and label-to-label transitions. */
export interface Weights {
  /** Feature → dense per-label weights. */
  features: Map<string, Float32Array>;
  /** [prev * LABEL_COUNT + next]; prev = LABEL_COUNT is the sequence start. */
  transitions: Float32Array;
}

interface ModelFile {
  labels: string[];
  scale: number;
  transitions: number[];
  /** Feature → [label, weight × scale, label, weight × scale, …]. */
  weights: Record<string, number[]>;
}

let loaded: Weights | null = null;

/** The shipped weights, unpacked on first use. */
export function shippedWeights(): Weights {
  if (loaded) return loaded;
  const file = modelData as unknown as ModelFile;
  if (file.labels.join() !== LABELS.join()) throw new Error('entity model labels do not match the tagger');
  const features = new Map<string, Float32Array>();
  for (const [name, packed] of Object.entries(file.weights)) {
    const row = new Float32Array(LABEL_COUNT);
    for (let k = 0; k + 1 < packed.length; k += 2) row[packed[k]!] = packed[k + 1]! / file.scale;
    features.set(name, row);
  }
  loaded = { features, transitions: Float32Array.from(file.transitions, (v) => v / file.scale) };
  return loaded;
}

/** Per-token label scores: the sum of the feature weights. */
export function emissions(weights: Weights, feats: string[][]): Float32Array[] {
  return feats.map((f) => {
    const scores = new Float32Array(LABEL_COUNT);
    for (const name of f) {
      const row = weights.features.get(name);
      if (!row) continue;
      for (let l = 0; l < LABEL_COUNT; l++) scores[l]! += row[l]!;
    }
    return scores;
  });
}

/** The best label sequence under BIO constraints. */
export function viterbi(scores: Float32Array[], transitions: Float32Array): number[] {
  const n = scores.length;
  if (n === 0) return [];
  const L = LABEL_COUNT;
  const best = new Float64Array(n * L).fill(-Infinity);
  const back = new Int32Array(n * L);
  for (let l = 0; l < L; l++) if (allowed(-1, l)) best[l] = scores[0]![l]! + transitions[L * L + l]!;
  for (let i = 1; i < n; i++) {
    for (let l = 0; l < L; l++) {
      let top = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        if (!allowed(p, l)) continue;
        const v = best[(i - 1) * L + p]! + transitions[p * L + l]!;
        if (v > top) {
          top = v;
          arg = p;
        }
      }
      best[i * L + l] = top + scores[i]![l]!;
      back[i * L + l] = arg;
    }
  }
  let arg = 0;
  for (let l = 1; l < L; l++) if (best[(n - 1) * L + l]! > best[(n - 1) * L + arg]!) arg = l;
  const path = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    path[i] = arg;
    arg = back[i * L + arg]!;
  }
  return path;
}

/** Tags one sequence's tokens with the shipped (or given) weights. */
export function tagSequence(feats: string[][], weights: Weights = shippedWeights()): Label[] {
  return viterbi(emissions(weights, feats), weights.transitions).map((l) => LABELS[l]!);
}
