/**
 * How likely two articles report the same event, from their signatures: the people,
 * organizations and places they are about, the words of their titles and key sentences, the
 * figures they give, and how far apart they were published. Each signal is a cosine between
 * vectors weighted by rarity in the batch (a name every article uses tells nothing).
 */
import type { GroupingView } from './store.js';
import { mainPlace, similarityKeys } from './names.js';
import { dayOf } from './signature.js';
import { SparseRows, Vocabulary } from './vectors.js';

/*
 * The four shares below sum to 1. They were set by reasoning, then checked on the dev batch
 * (12 stories; see bench/digest-eval.mjs), where shares of 0.3–0.4 for entities and 0.25–0.3 for
 * figures did alike: too few stories to fit finer.
 */
/** Share of the score from shared entities: who a story is about is the strongest sign of which story it is. */
export const ENTITY_WEIGHT = 0.35;
/** Share of the score from shared title and key-sentence words: what happened, as the writer put it first. */
export const WORD_WEIGHT = 0.2;
/** Share of the score from the body's most used words: what the article is about overall (topic more than event). */
export const TERM_WEIGHT = 0.2;
/**
 * Share of the score from shared distinctive figures ("$250,000", "43-year-old", "30 jets"):
 * two reports of one event repeat its exact facts, two stories on one topic rarely do.
 */
export const FIGURE_WEIGHT = 0.25;

/** A title word counts as this many key-sentence words: a headline is the article's own summary. */
const TITLE_WORD_WEIGHT = 3;

/** Articles published this many days apart or fewer are as likely the same story as same-day ones: follow-ups come within days. */
export const DATE_WINDOW_DAYS = 3;
/** Past the window, the score halves every this many days: an event can be reported again weeks later, but rarely. */
export const DATE_HALF_LIFE_DAYS = 3;

/** A sparse vector of one article, before weighting: key → value. */
export type Vector = Map<string, number>;

/** The three vectors and the day of one article, before weighting by rarity. */
export interface RawFeatures {
  entities: Vector;
  words: Vector;
  terms: Vector;
  figures: Vector;
  day: number | null;
}

/** The comparable features of a batch: each article's weighted, normalized vectors, one row an article. */
export interface Features {
  entities: SparseRows;
  words: SparseRows;
  terms: SparseRows;
  figures: SparseRows;
  /** The numbers of the keys of every row. */
  vocabulary: Vocabulary;
  days: Array<number | null>;
  /** False for an article with no named entity (not analyzed, in another language, or a stub): a title alone is too little to join a story by. */
  comparable: boolean[];
}

function add(vector: Vector, key: string, weight: number): void {
  vector.set(key, (vector.get(key) ?? 0) + weight);
}

/** The raw features of one signature: salience per entity key, counts per word, one per figure. */
export function rawFeatures(signature: GroupingView): RawFeatures {
  const entities: Vector = new Map();
  const place = mainPlace(signature.entities);
  for (const entity of signature.entities) {
    for (const [key, share] of similarityKeys(entity, place)) {
      // One article names a person by several keys; each counts once, at the most salient use.
      entities.set(key, Math.max(entities.get(key) ?? 0, entity.salience * share));
    }
  }
  const words: Vector = new Map();
  for (const word of signature.titleWords) add(words, word, TITLE_WORD_WEIGHT);
  for (const word of signature.words) add(words, word, 1);
  // A word repeated ten times is not ten times the evidence.
  for (const [word, count] of words) words.set(word, Math.sqrt(count));
  const terms: Vector = new Map();
  signature.termWords.forEach((word, i) => terms.set(word, Math.sqrt(signature.termCounts[i]!)));
  const figures: Vector = new Map(signature.figures.map((figure) => [figure, 1]));
  return { entities, words, terms, figures, day: dayOf(signature.published) };
}

/**
 * The batch's features, ready to compare, from each article's raw features in turn (each is
 * dropped once read). Every vector is weighted by rarity and scaled to unit length: the rarity
 * weight ln(1 + N/df) stays above zero when every article shares a key (a batch of one story
 * still groups), and grows slowly, so one rare word cannot outweigh a shared cast.
 */
export function batchFeatures(raw: Iterable<RawFeatures>): Features {
  const vocabulary = new Vocabulary();
  const features: Features = {
    entities: new SparseRows(),
    words: new SparseRows(),
    terms: new SparseRows(),
    figures: new SparseRows(),
    vocabulary,
    days: [],
    comparable: [],
  };
  for (const each of raw) {
    features.entities.add(each.entities, vocabulary);
    features.words.add(each.words, vocabulary);
    features.terms.add(each.terms, vocabulary);
    features.figures.add(each.figures, vocabulary);
    features.days.push(each.day);
    features.comparable.push(each.entities.size > 0);
  }
  for (const rows of [features.entities, features.words, features.terms, features.figures]) rows.weightByRarity(vocabulary.size);
  return features;
}

/** The factor by which dates `a` and `b` lower a score: 1 within the window or when either is unknown. */
export function dateFactor(a: number | null, b: number | null): number {
  if (a === null || b === null) return 1;
  const apart = Math.abs(a - b);
  return apart <= DATE_WINDOW_DAYS ? 1 : 0.5 ** ((apart - DATE_WINDOW_DAYS) / DATE_HALF_LIFE_DAYS);
}

/** How likely articles `i` and `j` report the same event, 0..1. */
export function similarity(features: Features, i: number, j: number): number {
  if (!features.comparable[i] || !features.comparable[j]) return 0;
  const score =
    ENTITY_WEIGHT * features.entities.cosine(i, j) +
    WORD_WEIGHT * features.words.cosine(i, j) +
    TERM_WEIGHT * features.terms.cosine(i, j) +
    FIGURE_WEIGHT * features.figures.cosine(i, j);
  return score * dateFactor(features.days[i]!, features.days[j]!);
}
