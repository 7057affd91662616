/**
 * What a digest says about its stories, from the signatures alone: each story's key points (its
 * articles' key sentences, each point once), who said what across the batch (each quote once,
 * with every source carrying it), and each story's timeline (publications and stated dates).
 */
import type { EntityType, QuoteKind } from '../summary.js';
import { jaccard, similarGroups, wordSet } from './dedupe.js';
import type { StoredSignature } from './store.js';
import { dayOf } from './signature.js';
import type { DigestEvent, DigestKeySentence, DigestQuote, DigestQuoteSource, DigestSpeaker } from './types.js';

/** Key points per story: a story's gist; a reader wanting more opens its articles. */
export const STORY_KEY_SENTENCES = 5;

/**
 * Two key sentences sharing this share of their words (Jaccard) make one point: a sentence two
 * outlets took from one release, with a word or two changed. Rewrites of a point in the outlet's
 * own words share much less and are kept apart, as the digest cannot tell they say the same.
 */
export const KEY_SENTENCE_OVERLAP = 0.7;

/**
 * Two quotes of one speaker sharing this share of their words are one quote: outlets differ in
 * punctuation (already ignored), a dropped "and" or a spelling; a different remark shares far less.
 */
export const QUOTE_OVERLAP = 0.8;

/** Events in a story's timeline; past it the earliest and the latest halves are kept, the middle dropped. */
export const MAX_TIMELINE_EVENTS = 16;

/** Publications shown per day; further articles of the day are listed with the last one shown. */
export const PUBLISHED_PER_DAY = 3;

/** What the content builders read of a signature. */
export type ContentSignature = Pick<StoredSignature, 'source' | 'title' | 'site' | 'published' | 'keySentences' | 'quotes' | 'dates'>;

/** The batch as the content builders see it: articles (copies joined) and their stories. */
export interface ContentContext {
  signatures: readonly ContentSignature[];
  /** Per article, the indices of the signatures of its copies, the first source first. */
  copies: readonly number[][];
  /** Per article, the signature standing for it. */
  representatives: readonly number[];
  /** Per story, its articles. */
  clusters: readonly number[][];
  articleIds: ReadonlyMap<number, string>;
  storyIds: readonly string[];
}

/** The signature standing for article `unit`. */
function representative(context: ContentContext, unit: number): ContentSignature {
  return context.signatures[context.representatives[unit]!]!;
}

/** A story's key points: its articles' key sentences, near-identical ones joined. */
export function storyKeySentences(context: ContentContext, story: number): DigestKeySentence[] {
  const items: Array<{ text: string; rank: number; unit: number }> = [];
  for (const unit of context.clusters[story]!) {
    for (const sentence of representative(context, unit).keySentences) items.push({ text: sentence.text, rank: sentence.rank, unit });
  }
  const points = similarGroups(items.map((item) => wordSet(item.text)), KEY_SENTENCE_OVERLAP).map((group) => {
    // The version ranked highest is shown; on a tie, the first article's.
    const shown = group.reduce((best, i) => (items[i]!.rank < items[best]!.rank ? i : best), group[0]!);
    const units = [...new Set([items[shown]!.unit, ...group.map((i) => items[i]!.unit)])];
    const sources = units.reduce((sum, unit) => sum + context.copies[unit]!.length, 0);
    return { first: group[0]!, shown, units, sources };
  });
  points.sort((x, y) => y.units.length - x.units.length || y.sources - x.sources || items[x.shown]!.rank - items[y.shown]!.rank || x.first - y.first);
  return points.slice(0, STORY_KEY_SENTENCES).map((point) => ({
    text: items[point.shown]!.text,
    articles: point.units.map((unit) => context.articleIds.get(unit)!),
    rank: items[point.shown]!.rank,
  }));
}

/** The time of an ISO 8601 date for ordering a day's publications; dates without a time sort first. */
function timeOf(iso: string | null): number {
  const time = iso === null ? NaN : Date.parse(iso);
  return Number.isFinite(time) ? time : -Infinity;
}

/** The day `day` (days since 1970) as YYYY-MM-DD. */
function dayText(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** A story's timeline: when each of its articles came out, and the full dates they state, in date order. */
export function storyTimeline(context: ContentContext, story: number): DigestEvent[] {
  const cluster = context.clusters[story]!;
  const id = (unit: number): string => context.articleIds.get(unit)!;
  // Publications, day by day, in order of time within the day (then of the story).
  const byDay = new Map<number, Array<{ unit: number; time: number }>>();
  cluster.forEach((unit) => {
    // An article's date is its first source's, as in its listing.
    const first = context.signatures[context.copies[unit]![0]!]!;
    const day = dayOf(first.published);
    if (day === null) return;
    const list = byDay.get(day) ?? [];
    list.push({ unit, time: timeOf(first.published) });
    byDay.set(day, list);
  });
  const events: Array<DigestEvent & { order: number }> = [];
  for (const [day, list] of byDay) {
    list.sort((x, y) => x.time - y.time);
    const shown = list.slice(0, PUBLISHED_PER_DAY);
    shown.forEach(({ unit }, index) => {
      const last = index === shown.length - 1;
      const articles = last ? [unit, ...list.slice(PUBLISHED_PER_DAY).map((each) => each.unit)] : [unit];
      events.push({ date: dayText(day), kind: 'published', text: representative(context, unit).title, figure: null, articles: articles.map(id), order: events.length });
    });
  }
  // Stated dates: one event a date, from the first article stating it, listing every article that does.
  const mentioned = new Map<string, DigestEvent & { order: number }>();
  for (const unit of cluster) {
    for (const date of representative(context, unit).dates) {
      const known = mentioned.get(date.date);
      if (known) {
        if (!known.articles.includes(id(unit))) known.articles.push(id(unit));
        continue;
      }
      mentioned.set(date.date, { date: date.date, kind: 'mentioned', text: date.sentence, figure: date.text, articles: [id(unit)], order: events.length + mentioned.size });
    }
  }
  events.push(...mentioned.values());
  // By day; on one day, publications before stated dates, then in the order they were made.
  events.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0) || Number(x.kind === 'mentioned') - Number(y.kind === 'mentioned') || x.order - y.order);
  const kept = events.length <= MAX_TIMELINE_EVENTS
    ? events
    : [...events.slice(0, Math.ceil(MAX_TIMELINE_EVENTS / 2)), ...events.slice(events.length - Math.floor(MAX_TIMELINE_EVENTS / 2))];
  return kept.map(({ order: _order, ...event }) => event);
}

/** A merged speaker as the speaker list needs it. */
export interface SpeakerEntity {
  /** Its id in `Digest.entities`. */
  id: string;
  name: string;
  type: EntityType;
  /** Its weight over the batch, to order speakers quoted equally often. */
  weight: number;
}

/**
 * Who said what: the quotes of every article grouped by speaker (`speakerOf(unit, index)` gives
 * the merged speaker of article `unit`'s quote `index`, or null when unattributed), each speaker's
 * near-identical quotes joined with all their sources.
 */
export function whoSaidWhat(context: ContentContext, speakerOf: (unit: number, quote: number) => SpeakerEntity | null): DigestSpeaker[] {
  type Item = { text: string; kind: QuoteKind; unit: number; story: number };
  const bySpeaker = new Map<string | null, { speaker: SpeakerEntity | null; items: Item[] }>();
  const add = (speaker: SpeakerEntity | null, item: Item): void => {
    const key = speaker?.id ?? null;
    const entry = bySpeaker.get(key) ?? { speaker, items: [] };
    entry.items.push(item);
    bySpeaker.set(key, entry);
  };
  context.clusters.forEach((cluster, story) => {
    const attributed: Array<{ speaker: SpeakerEntity; words: Set<string> }> = [];
    const unattributed: Item[] = [];
    for (const unit of cluster) {
      representative(context, unit).quotes.forEach((quote, index) => {
        const speaker = speakerOf(unit, index);
        const item = { text: quote.text, kind: quote.kind, unit, story };
        if (speaker) {
          attributed.push({ speaker, words: wordSet(quote.text) });
          add(speaker, item);
        } else unattributed.push(item);
      });
    }
    // A quote one outlet leaves unattributed is the speaker's when another outlet of the story
    // gives the same words to one speaker: it is shown once, with every source.
    for (const item of unattributed) {
      const words = wordSet(item.text);
      const speakers = new Map(attributed.filter((each) => jaccard(words, each.words) >= QUOTE_OVERLAP).map((each) => [each.speaker.id, each.speaker]));
      add(speakers.size === 1 ? [...speakers.values()][0]! : null, item);
    }
  });
  const speakers = [...bySpeaker.values()].map(({ speaker, items }, order) => {
    const groups = similarGroups(items.map((item) => wordSet(item.text)), QUOTE_OVERLAP);
    const quotes = groups.map((group) => {
      // The fullest version is shown: a site that trimmed a quote still carries it.
      const shown = group.reduce((best, i) => (items[i]!.text.length > items[best]!.text.length ? i : best), group[0]!);
      const units = [...new Set(group.map((i) => items[i]!.unit))];
      const sources: DigestQuoteSource[] = units.flatMap((unit) => {
        const story = context.storyIds[items[group.find((i) => items[i]!.unit === unit)!]!.story]!;
        return context.copies[unit]!.map((i) => {
          const signature = context.signatures[i]!;
          return { story, article: context.articleIds.get(unit)!, site: signature.site, source: signature.source };
        });
      });
      const quote: DigestQuote = { text: items[shown]!.text, kind: group.some((i) => items[i]!.kind === 'full') ? 'full' : 'partial', sources };
      return { quote, articles: units.length, first: group[0]! };
    });
    quotes.sort((x, y) => y.articles - x.articles || y.quote.sources.length - x.quote.sources.length || x.first - y.first);
    const articles = new Set(items.map((item) => item.unit)).size;
    return { speaker, articles, order, quotes: quotes.map((each) => each.quote) };
  });
  // Those quoted by most articles first, then the more salient; unattributed quotes last.
  speakers.sort((x, y) =>
    Number(x.speaker === null) - Number(y.speaker === null) || y.articles - x.articles || (y.speaker?.weight ?? 0) - (x.speaker?.weight ?? 0) || x.order - y.order);
  return speakers.map(({ speaker, quotes }) => ({ entity: speaker?.id ?? null, name: speaker?.name ?? null, quotes }));
}
