/**
 * `digest()`: a batch of summaries as stories. Each summary is first reduced to a signature (no
 * body kept); copies of one text become one article with several sources; articles are grouped
 * into stories by similarity; entities are merged across articles; the stories get a headline,
 * their shared entities, key points and timeline; quotes are gathered by speaker.
 */
import type { Summary } from '../summary.js';
import { GENERATOR } from '../summary.js';
import { type ContentContext, type SpeakerEntity, storyKeySentences, storyTimeline, whoSaidWhat } from './content.js';
import { type EntityInstance, type MergedEntity, mergeEntities } from './entities.js';
import { LINK_FLOOR_SHARE, LINK_THRESHOLD, NEAR_DUPLICATE_RESEMBLANCE, averageLink, scoredPairs } from './grouping.js';
import { type ArticleSignature, SIGNATURE_VERSION, articleSignature, dayOf } from './signature.js';
import { SignatureStore, type StoredSignature } from './store.js';
import { type Features, batchFeatures, rawFeatures, similarity } from './similarity.js';
import {
  DIGEST_SCHEMA_VERSION, type Digest, type DigestArticle, type DigestEntity, type DigestEntityRef, type DigestOptions, type DigestSource, type DigestStory,
} from './types.js';

/** Entities listed per story besides the shared ones: the cast a reader needs, not every passing name. */
const STORY_ENTITIES = 8;

/**
 * Groups `summaries` by the event they report. Each summary must carry its body (as
 * `summarize` returns it) for copies of one text to be recognized.
 *
 * @example
 * const day = files.map((file) => summarize(readFileSync(file), { name: file }));
 * for (const story of digest(day).stories) console.log(story.headline, story.articles.length);
 */
export function digest(summaries: readonly Summary[], options: DigestOptions = {}): Digest {
  return digestSignatures(summaries.map(articleSignature), options);
}

/**
 * {@link digest} over signatures made by {@link articleSignature}: a long batch can keep only
 * these (a few kilobytes an article) while its summaries are made and dropped. The digest's
 * `signatures` are these, in order.
 */
export function digestSignatures(signatures: readonly ArticleSignature[], options: DigestOptions = {}): Digest {
  const store = new SignatureStore(options.nearDuplicate ?? NEAR_DUPLICATE_RESEMBLANCE);
  for (const signature of signatures) store.add(signature);
  return { ...digestStore(store, options), signatures: { version: SIGNATURE_VERSION, articles: [...store.all()] } };
}

/**
 * The digest of the signatures in `store`, without its `signatures` section (the caller writes
 * them from the store, one at a time). Copies were found as the store filled, with its own
 * `nearDuplicate`; `options.threshold` sets the grouping.
 */
export function digestStore(store: SignatureStore, options: DigestOptions = {}): Digest {
  const threshold = options.threshold ?? LINK_THRESHOLD;
  const signatures = store.signatures;
  // 1. Copies of one text: one article, its sources in batch order.
  const copies = store.copyGroups();
  // The copy with the most to compare stands for the article.
  const representatives = copies.map((group) => group.reduce((best, i) => (store.richness(i) > store.richness(best) ? i : best), group[0]!));
  // 2. Stories: average-link clustering of the articles.
  // Each article's raw features are made and read one at a time: only the weighted rows stay.
  const features = batchFeatures((function* () {
    for (const i of representatives) yield rawFeatures(store.groupingView(i));
  })());
  const clusters = averageLink(representatives.length, scoredPairs(features, threshold * LINK_FLOOR_SHARE), threshold);
  // Largest stories first (by sources, then articles), then in batch order.
  const sourceCount = (cluster: number[]): number => cluster.reduce((sum, unit) => sum + copies[unit]!.length, 0);
  clusters.sort((x, y) => sourceCount(y) - sourceCount(x) || y.length - x.length || x[0]! - y[0]!);
  const storyOf = new Int32Array(representatives.length);
  clusters.forEach((cluster, story) => cluster.forEach((unit) => (storyOf[unit] = story)));
  // 3. Entities across articles, each article's entities once (from the copy standing for it).
  const instances: EntityInstance[] = [];
  const entityInstances = representatives.map((i, unit) => store.entities(i).map((entity) => instances.push({ article: unit, story: storyOf[unit]!, entity }) - 1));
  // A speaker the article names but not among its entities kept is merged like one, so that
  // "Parry" quoted here can join "Helen Parry" quoted there.
  const quoteInstances = representatives.map((i, unit) =>
    signatures[i]!.quotes.map((quote) => {
      if (quote.speakerEntity !== null) return entityInstances[unit]![quote.speakerEntity] ?? null;
      if (quote.speaker === null) return null;
      return instances.push({ article: unit, story: storyOf[unit]!, entity: { name: quote.speaker, type: 'PERSON', aliases: [], count: 0, salience: 0 } }) - 1;
    }));
  const merged = mergeEntities(instances);
  const mergedOf = new Int32Array(instances.length);
  merged.forEach((entity, index) => entity.members.forEach((member) => (mergedOf[member] = index)));
  const speakerOf = quoteInstances.map((quotes) => quotes.map((instance) => (instance === null ? null : mergedOf[instance]!)));
  return assemble({ store, copies, representatives, clusters, storyOf, features, merged, speakerOf });
}

function sourceOf(signature: StoredSignature): DigestSource {
  return { name: signature.source, recordId: signature.id, title: signature.title, site: signature.site, published: signature.published, url: signature.url };
}

/** The day `iso` falls on, as YYYY-MM-DD. */
function dayText(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/**
 * How much the title's words count, next to an article's summed similarity, in choosing the
 * headline: enough to decide between two articles (whose similarities are equal) in favour of
 * the title the other uses the words of, too little to outvote a third article.
 */
const HEADLINE_WORD_SHARE = 0.1;

/** The index in `cluster` of its most central article: the highest summed similarity to the others, the first on a tie. */
function centralUnit(cluster: readonly number[], features: Features, store: SignatureStore, representatives: readonly number[]): number {
  let best = cluster[0]!;
  let bestScore = -1;
  for (const unit of cluster) {
    let score = 0;
    const title = new Set(store.titleWords(representatives[unit]!));
    for (const other of cluster) {
      if (other === unit) continue;
      score += similarity(features, unit, other);
      // A title whose words the other articles also use says what they all report.
      let used = 0;
      for (const word of title) {
        const id = features.vocabulary.find(word);
        if (id !== undefined && (features.words.has(other, id) || features.terms.has(other, id))) used++;
      }
      score += (HEADLINE_WORD_SHARE * used) / Math.max(1, title.size);
    }
    if (score > bestScore + 1e-12) {
      best = unit;
      bestScore = score;
    }
  }
  return best;
}

/** The batch once grouped, for {@link assemble}. */
interface Grouped {
  store: SignatureStore;
  copies: readonly number[][];
  representatives: readonly number[];
  clusters: readonly number[][];
  /** Per article, its story. */
  storyOf: Int32Array;
  features: Features;
  merged: readonly MergedEntity[];
  speakerOf: ReadonlyArray<ReadonlyArray<number | null>>;
}

function assemble({ store, copies, representatives, clusters, storyOf, features, merged, speakerOf }: Grouped): Digest {
  const signatures = store.signatures;
  // Articles are numbered in story order, so "a1" is the first article of the first story.
  const articleIds = new Map<number, string>();
  let next = 1;
  for (const cluster of clusters) for (const unit of cluster) articleIds.set(unit, `a${next++}`);
  const storyIds = clusters.map((_, i) => `s${i + 1}`);
  const context: ContentContext = { signatures, copies, representatives, clusters, articleIds, storyIds };
  // A loop, not Math.max(...): a batch of many thousand entities would overflow the call's arguments.
  const top = merged.reduce((most, entity) => Math.max(most, entity.weight), 1e-9);
  // Kept: entities of two or more articles, and each story's most salient.
  const ranked = merged.map((entity, index) => ({ entity, index })).sort((x, y) => y.entity.weight - x.entity.weight || x.index - y.index);
  const storyCast = clusters.map(() => [] as number[]);
  // Per story, every entity in it, most salient first: each story reads its own, not the batch's.
  const storyEntities = clusters.map(() => [] as number[]);
  for (const { entity, index } of ranked) {
    for (const story of entity.stories) {
      if (storyCast[story]!.length < STORY_ENTITIES) storyCast[story]!.push(index);
      storyEntities[story]!.push(index);
    }
  }
  // A speaker is kept too, so that every attributed quote points at an entity.
  const speakers = speakerOf.flat().filter((index): index is number => index !== null);
  const kept = new Set<number>([...ranked.filter(({ entity }) => entity.articles.length >= 2).map(({ index }) => index), ...storyCast.flat(), ...speakers]);
  const entityIds = new Map<number, string>();
  const entities: DigestEntity[] = [];
  for (const { entity, index } of ranked) {
    if (!kept.has(index)) continue;
    const id = `e${entities.length + 1}`;
    entityIds.set(index, id);
    entities.push({
      id,
      name: entity.name,
      type: entity.type,
      aliases: entity.aliases,
      stories: entity.stories.map((story) => storyIds[story]!),
      articles: entity.articles.map((unit) => articleIds.get(unit)!),
      mentions: entity.mentions,
      salience: Math.round((entity.weight / top) * 1000) / 1000,
    });
  }
  const refsOf = (story: number, indexes: readonly number[]): DigestEntityRef[] =>
    indexes.map((index) => {
      const entity = merged[index]!;
      const inStory = entity.articles.filter((unit) => storyOf[unit] === story);
      return { id: entityIds.get(index)!, name: entity.name, type: entity.type, articles: inStory.map((unit) => articleIds.get(unit)!) };
    });
  const stories: DigestStory[] = clusters.map((cluster, story) => {
    const articles: DigestArticle[] = cluster.map((unit) => {
      const sources = copies[unit]!.map((i) => sourceOf(signatures[i]!));
      const first = sources[0]!;
      return { id: articleIds.get(unit)!, title: first.title, site: first.site, published: first.published, url: first.url, source: first.name, sources };
    });
    const days = cluster.flatMap((unit) => copies[unit]!.map((i) => dayOf(signatures[i]!.published))).filter((day): day is number => day !== null);
    const shared = storyEntities[story]!.filter((index) => merged[index]!.articles.filter((unit) => storyOf[unit] === story).length >= 2);
    return {
      id: storyIds[story]!,
      headline: signatures[representatives[centralUnit(cluster, features, store, representatives)]!]!.title,
      firstDay: days.length > 0 ? dayText(days.reduce((first, day) => Math.min(first, day))) : null,
      lastDay: days.length > 0 ? dayText(days.reduce((last, day) => Math.max(last, day))) : null,
      sourceCount: cluster.reduce((sum, unit) => sum + copies[unit]!.length, 0),
      articles,
      entities: refsOf(story, storyCast[story]!),
      sharedEntities: refsOf(story, shared),
      keySentences: storyKeySentences(context, story),
      timeline: storyTimeline(context, story),
    };
  });
  const speakerEntity = (index: number): SpeakerEntity => ({ id: entityIds.get(index)!, name: merged[index]!.name, type: merged[index]!.type, weight: merged[index]!.weight });
  const quoted = whoSaidWhat(context, (unit, quote) => {
    const index = speakerOf[unit]![quote];
    return index === null || index === undefined ? null : speakerEntity(index);
  });
  return { schemaVersion: DIGEST_SCHEMA_VERSION, generator: GENERATOR, inputs: signatures.length, stories, entities, speakers: quoted };
}

export { SIGNATURE_VERSION, articleSignature } from './signature.js';
export { SignatureStore } from './store.js';
export type { ArticleSignature, SignatureDate, SignatureEntity, SignatureQuote, SignatureSentence } from './signature.js';
export type * from './types.js';
export { DIGEST_SCHEMA_VERSION } from './types.js';
