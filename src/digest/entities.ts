/**
 * Entities across articles: the same person, organization or place in several articles becomes
 * one entity. Full names and whole organization names join directly ("Patrick W. Carlineo Jr."
 * and "Patrick Carlineo" are one man); a surname or acronym alone joins a fuller name only when
 * its story, or else the whole batch, has exactly one it can stand for. So "Smith" in a story
 * about John Smith is John Smith, but John Smith and Mary Smith never become one.
 */
import type { EntityType } from '../summary.js';
import { UnionFind } from './grouping.js';
import { mainPlace, nameKeys } from './names.js';
import type { SignatureEntity } from './signature.js';
import { comparisonKey } from '../strings.js';
import { nameWords, personWords } from './text.js';

/** One entity of one article, placed in its story. */
export interface EntityInstance {
  /** The article (after copies are joined) it comes from. */
  article: number;
  story: number;
  entity: SignatureEntity;
}

/** Entities merged across articles. */
export interface MergedEntity {
  name: string;
  type: EntityType;
  /** Other names it goes by in the batch. */
  aliases: string[];
  /** The articles that name it, in increasing order. */
  articles: number[];
  /** The stories it appears in, in increasing order. */
  stories: number[];
  /** Mentions by name over the batch. */
  mentions: number;
  /** Sum over its articles of its salience there (not yet scaled to the batch). */
  weight: number;
  /** The indices of the instances merged into it, in increasing order. */
  members: number[];
}

/** Aliases kept per merged entity: spellings past a dozen are noise in the output. */
const MAX_ALIASES = 12;

/** The roots of the clusters offering `key` (a surname or initials), per story and over the batch. */
function offersIndex(instances: readonly EntityInstance[], keys: ReturnType<typeof nameKeys>[], sets: UnionFind): {
  byStory: Map<string, Set<number>>;
  byBatch: Map<string, Set<number>>;
} {
  const byStory = new Map<string, Set<number>>();
  const byBatch = new Map<string, Set<number>>();
  const put = (map: Map<string, Set<number>>, key: string, root: number): void => {
    const set = map.get(key);
    if (set) set.add(root);
    else map.set(key, new Set([root]));
  };
  instances.forEach((instance, i) => {
    for (const offer of keys[i]!.offers) {
      const root = sets.find(i);
      put(byStory, `${instance.story}\u0000${offer}`, root);
      put(byBatch, offer, root);
    }
  });
  return { byStory, byBatch };
}

/** Merges `instances` into entities across the batch. */
export function mergeEntities(instances: readonly EntityInstance[]): MergedEntity[] {
  const sets = new UnionFind(instances.length);
  const byArticle = new Map<number, SignatureEntity[]>();
  for (const instance of instances) {
    const list = byArticle.get(instance.article);
    if (list) list.push(instance.entity);
    else byArticle.set(instance.article, [instance.entity]);
  }
  const places = new Map([...byArticle].map(([article, entities]) => [article, mainPlace(entities)]));
  const keys = instances.map((instance) => nameKeys(instance.entity, places.get(instance.article) ?? null));
  // 1. Strong keys join directly: a person's type must match, as a surname of a person and a
  //    one-word place ("Jordan") are different things; a name of two words or more joins across types
  //    (one article tags "Stadia" a product, another an organization).
  const firstWith = new Map<string, number>();
  instances.forEach((instance, i) => {
    // Within one story a one-word name is one thing whatever each article tagged it ("WeWork" a
    // person in one, an organization in the next): the story already says they are about the same.
    const words = nameWords(instance.entity.name);
    if (words.length === 1) {
      const scoped = `w:${instance.story}:${words[0]}`;
      const first = firstWith.get(scoped);
      if (first === undefined) firstWith.set(scoped, i);
      else sets.union(first, i);
    }
    for (const key of keys[i]!.strong) {
      const scoped = key.startsWith('n:') ? key : `${instance.entity.type === 'PERSON' ? 'P' : 'X'}${key}`;
      const first = firstWith.get(scoped);
      if (first === undefined) firstWith.set(scoped, i);
      else sets.union(first, i);
    }
  });
  // 2. Weak keys (a surname, an acronym) join the one cluster that offers them in the story, or
  //    else in the batch; if none or several do, those of one story join each other only.
  const { byStory, byBatch } = offersIndex(instances, keys, sets);
  const bareInStory = new Map<string, number>();
  instances.forEach((instance, i) => {
    const weak = keys[i]!.weak;
    if (!weak) return;
    const inStory = byStory.get(`${instance.story}\u0000${weak}`);
    const candidates = inStory && inStory.size > 0 ? inStory : byBatch.get(weak);
    const roots = candidates ? new Set([...candidates].map((root) => sets.find(root))) : new Set<number>();
    if (roots.size === 1) {
      sets.union([...roots][0]!, i);
      return;
    }
    const storyKey = `${instance.story}\u0000${weak}`;
    const first = bareInStory.get(storyKey);
    if (first === undefined) bareInStory.set(storyKey, i);
    else sets.union(first, i);
  });
  return sets.groups().map((group) => ({ ...merged(group.map((i) => instances[i]!)), members: group }));
}

/** One merged entity from its instances. */
function merged(group: readonly EntityInstance[]): Omit<MergedEntity, 'members'> {
  // The name: a name of several words before one of a single word, then the name most articles
  // use, then the longest (the fullest form: "Patrick W. Carlineo Jr.").
  const uses = new Map<string, { name: string; articles: Set<number>; words: number }>();
  const typeWeight = new Map<EntityType, number>();
  const perArticle = new Map<number, number>();
  let mentions = 0;
  for (const { article, entity } of group) {
    const key = comparisonKey(entity.name);
    const use = uses.get(key) ?? { name: entity.name, articles: new Set<number>(), words: personWords(entity.name).length };
    use.articles.add(article);
    uses.set(key, use);
    typeWeight.set(entity.type, (typeWeight.get(entity.type) ?? 0) + entity.salience + 1e-6);
    perArticle.set(article, Math.max(perArticle.get(article) ?? 0, entity.salience));
    mentions += entity.count;
  }
  const best = [...uses.values()].sort((x, y) => Number(y.words > 1) - Number(x.words > 1) || y.articles.size - x.articles.size || y.name.length - x.name.length)[0]!;
  const type = [...typeWeight.entries()].sort((x, y) => y[1] - x[1])[0]![0];
  const aliasKeys = new Set([comparisonKey(best.name)]);
  const aliases: string[] = [];
  for (const { entity } of group) {
    for (const alias of [entity.name, ...entity.aliases]) {
      const key = comparisonKey(alias);
      if (key === '' || aliasKeys.has(key) || aliases.length >= MAX_ALIASES) continue;
      aliasKeys.add(key);
      aliases.push(alias);
    }
  }
  return {
    name: best.name,
    type,
    aliases,
    articles: [...perArticle.keys()].sort((x, y) => x - y),
    stories: [...new Set(group.map((instance) => instance.story))].sort((x, y) => x - y),
    mentions,
    weight: [...perArticle.values()].reduce((sum, value) => sum + value, 0),
  };
}
