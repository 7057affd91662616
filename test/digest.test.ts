/**
 * The digest: copies of one text are one article, stories group by event, entities merge across
 * articles by full name, and a surname alone never joins two different people. Fixture batches
 * in fixtures/digest/ are short news-style articles written for these tests.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, assertValidDigest, runCli } from './helpers.js';
import { EXIT_CODES } from '../src/errors.js';
import { summarize } from '../src/index.js';
import { digest, digestSignatures } from '../src/digest/index.js';
import { type EntityInstance, mergeEntities } from '../src/digest/entities.js';
import { LINK_FLOOR_SHARE, LINK_THRESHOLD, averageLink, copyGroups, type Link, scoredPairs } from '../src/digest/grouping.js';
import {
  MAX_SIGNATURE_DATES, MAX_SIGNATURE_ENTITIES, MAX_SIGNATURE_QUOTES, MAX_SIGNATURE_SENTENCES, MAX_SIGNATURE_TERMS, SIGNATURE_VERSION, articleSignature, decodeFingerprint, fingerprint,
  resemblance,
} from '../src/digest/signature.js';
import { SURNAME_SHARE, nameKeys, similarityKeys } from '../src/digest/names.js';
import { DATE_HALF_LIFE_DAYS, DATE_WINDOW_DAYS, batchFeatures, dateFactor, similarity } from '../src/digest/similarity.js';
import { nameWords, personWords } from '../src/digest/text.js';
import { fullDate } from '../src/digest/dates.js';
import { similarGroups, wordSet } from '../src/digest/dedupe.js';
import { MAX_TIMELINE_EVENTS, STORY_KEY_SENTENCES, storyTimeline } from '../src/digest/content.js';
import { renderDigestJson, renderDigestMarkdown, renderDigestText } from '../src/digest/render.js';
import { DIGEST_SCHEMA_VERSION, type Digest } from '../src/digest/types.js';
import type { EntityType } from '../src/summary.js';

const DIGEST_FIXTURES = join(FIXTURES, 'digest');

/** The summaries of the pages of one fixture batch, in file order. */
function batch(...folders: string[]) {
  return folders.flatMap((folder) =>
    readdirSync(join(DIGEST_FIXTURES, folder))
      .sort()
      .map((file) => summarize(readFileSync(join(DIGEST_FIXTURES, folder, file)), { name: `${folder}/${file}` })),
  );
}

/** The story holding the source named `name`. */
function storyOf(result: Digest, name: string) {
  return result.stories.find((story) => story.articles.some((article) => article.sources.some((source) => source.name === name)))!;
}

describe('digest over fixture batches', () => {
  it('makes a wire story carried by three sites one article with three sources', () => {
    const result = digest(batch('wire'));
    const story = storyOf(result, 'wire/coastal-times.html');
    expect(story.articles).toHaveLength(1);
    expect(story.articles[0]!.sources.map((source) => source.site).sort()).toEqual(['Coastal Times', 'Harbour Daily', 'Northern Post']);
    expect(story.sourceCount).toBe(3);
    // The unrelated budget story of the same site and day stays apart.
    expect(storyOf(result, 'wire/budget.html').id).not.toBe(story.id);
    expect(result.inputs).toBe(4);
  });

  it('never merges John Smith and Mary Smith, nor their stories', () => {
    const result = digest(batch('smiths', 'wire'));
    expect(storyOf(result, 'smiths/bakery-award.html').id).not.toBe(storyOf(result, 'smiths/council-resigns.html').id);
    const smiths = result.entities.filter((entity) => entity.type === 'PERSON' && /smith/i.test([entity.name, ...entity.aliases].join(' ')));
    expect(smiths.map((entity) => entity.name).sort()).toEqual(['John Smith', 'Mary Smith']);
    for (const entity of smiths) expect(entity.stories).toHaveLength(1);
  });

  it('groups a story told over three days, and keeps another story of those days apart', () => {
    const result = digest(batch('three-days'));
    const story = storyOf(result, 'three-days/day1-warning.html');
    expect(story.articles.map((article) => article.source).sort()).toEqual(['three-days/day1-warning.html', 'three-days/day2-flooding.html', 'three-days/day3-cleanup.html']);
    expect([story.firstDay, story.lastDay]).toEqual(['2024-02-05', '2024-02-07']);
    expect(storyOf(result, 'three-days/festival.html').id).not.toBe(story.id);
    // The people and places of the flood are shared, merged across the three articles.
    const parry = story.sharedEntities.find((entity) => entity.name === 'Helen Parry');
    expect(parry?.articles).toHaveLength(3);
    expect(story.headline).toBeTypeOf('string');
  });

  it('gives the same digest from signatures that crossed threads as JSON', () => {
    const summaries = batch('three-days', 'wire');
    const fromSignatures = digestSignatures(summaries.map((summary) => JSON.parse(JSON.stringify(articleSignature(summary)))));
    expect(fromSignatures).toEqual(digest(summaries));
  });

  it('keeps a signature small however long the article', () => {
    const paragraphs = Array.from({ length: 2000 }, (_, i) => `<p>Inspectors checked pier ${i + 1} of the harbour on Tuesday and found ${i % 7} cracks, the port authority said.</p>`);
    const summary = summarize(`<html><head><title>Harbour piers inspected</title></head><body><article><h1>Harbour piers inspected</h1>${paragraphs.join('')}</article></body></html>`);
    expect(summary.body.length).toBeGreaterThan(150_000);
    expect(JSON.stringify(articleSignature(summary)).length).toBeLessThan(16_000);
  });
});

/** An entity instance for the merging rules. */
function instance(article: number, story: number, name: string, type: EntityType = 'PERSON', aliases: string[] = []): EntityInstance {
  return { article, story, entity: { name, type, aliases, count: 1, salience: 0.5 } };
}

/** The merged entities' names, each with its sorted articles. */
function merged(instances: EntityInstance[]): string[] {
  return mergeEntities(instances).map((entity) => `${entity.name}:${entity.articles.join(',')}`).sort();
}

describe('what a digest says about its stories', () => {
  it('gives a story each point once, however many copies or outlets carry it, with the articles making it', () => {
    const result = digest(batch('bridge', 'wire'));
    const bridge = storyOf(result, 'bridge/courier-closed.html');
    expect(bridge.articles).toHaveLength(3);
    expect(bridge.keySentences.length).toBeLessThanOrEqual(STORY_KEY_SENTENCES);
    // Two outlets lead with one sentence, one of them without "the council said": one point, two articles.
    const closed = bridge.keySentences.filter((point) => point.text.startsWith('Tanford County Council closed the Kelby Bridge'));
    expect(closed).toHaveLength(1);
    const sourcesOf = (ids: string[]) => ids.map((id) => bridge.articles.find((article) => article.id === id)!.source).sort();
    expect(sourcesOf(closed[0]!.articles)).toEqual(['bridge/courier-closed.html', 'bridge/mercury-diversion.html']);
    // Points most articles make come first.
    expect(bridge.keySentences[0]!.articles).toHaveLength(2);
    // The wire story's three copies are one article: each of its points once.
    const wire = storyOf(result, 'wire/coastal-times.html');
    const texts = wire.keySentences.map((point) => point.text);
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts.filter((text) => text.includes('exhausted') || text.includes('Rescue crews on Tuesday'))).toHaveLength(1);
    for (const point of wire.keySentences) expect(point.articles).toEqual([wire.articles[0]!.id]);
  });

  it('shows a quote the wire carries on three sites once, with its three sources', () => {
    const result = digest(batch('wire'));
    const halvorsen = result.speakers.find((speaker) => speaker.name === 'Ingrid Halvorsen')!;
    expect(halvorsen.entity).toBe(result.entities.find((entity) => entity.name === 'Ingrid Halvorsen')!.id);
    expect(halvorsen.quotes).toHaveLength(1);
    expect(halvorsen.quotes[0]!.text).toBe('They were exhausted but every one of them is alive');
    expect(halvorsen.quotes[0]!.sources.map((source) => source.site).sort()).toEqual(['Coastal Times', 'Harbour Daily', 'Northern Post']);
  });

  it('joins one quote printed with different punctuation by two outlets, and merges its speaker across articles', () => {
    const result = digest(batch('bridge'));
    const parrys = result.speakers.filter((speaker) => /parry/i.test(speaker.name ?? ''));
    // "Helen Parry" in two articles and "Parry" alone in the follow-up are one speaker.
    expect(parrys.map((speaker) => speaker.name)).toEqual(['Helen Parry']);
    const quotes = parrys[0]!.quotes;
    const reopen = quotes.filter((quote) => quote.text.startsWith('We will not reopen the bridge'));
    expect(reopen).toHaveLength(1);
    expect(reopen[0]!.sources.map((source) => source.site).sort()).toEqual(['Marden Mercury', 'Tanford Courier']);
    const followUp = quotes.find((quote) => quote.text.startsWith('Nobody wants this bridge'))!;
    expect(followUp.sources.map((source) => source.source)).toEqual(['bridge/courier-meeting.html']);
    const entity = result.entities.find((each) => each.id === parrys[0]!.entity)!;
    expect(entity.name).toBe('Helen Parry');
    expect(entity.aliases).toContain('Parry');
    expect(entity.articles).toHaveLength(3);
  });

  it('merges a speaker named only by surname in one article with the full name of another', () => {
    const signature = (source: string, published: string, speaker: string, text: string) => ({
      ...articleSignature(summarize(`${speaker} spoke.`)),
      source,
      published,
      entities: [{ name: speaker, type: 'PERSON' as const, aliases: [], count: 1, salience: 0.9 }],
      titleWords: ['harbour', 'dredg'],
      words: ['harbour', 'dredg', 'contract'],
      terms: [['harbour', 3], ['dredg', 2]] as Array<[string, number]>,
      quotes: [{ text, kind: 'full' as const, speaker, speakerEntity: 0 }],
      fingerprint: '',
    });
    const result = digestSignatures([
      signature('one', '2024-05-06', 'Helen Parry', 'The dredging will start in June.'),
      signature('two', '2024-05-07', 'Parry', 'The dredging will start in June!'),
    ]);
    expect(result.stories).toHaveLength(1);
    expect(result.speakers).toHaveLength(1);
    expect(result.speakers[0]!.name).toBe('Helen Parry');
    expect(result.speakers[0]!.quotes).toHaveLength(1);
    expect(result.speakers[0]!.quotes[0]!.sources.map((source) => source.source)).toEqual(['one', 'two']);
  });

  it("gives a quote one outlet leaves unattributed to the one speaker another outlet of the story names for it", () => {
    const signature = (source: string, speaker: string | null, quotes: string[]) => ({
      ...articleSignature(summarize('Helen Parry spoke.')),
      source,
      published: '2024-05-06',
      entities: [{ name: 'Helen Parry', type: 'PERSON' as const, aliases: [], count: 1, salience: 0.9 }],
      titleWords: ['harbour', 'dredg'],
      words: ['harbour', 'dredg', 'contract'],
      terms: [['harbour', 3], ['dredg', 2]] as Array<[string, number]>,
      quotes: quotes.map((text) => ({ text, kind: 'full' as const, speaker, speakerEntity: speaker ? 0 : null })),
      fingerprint: '',
    });
    const result = digestSignatures([
      signature('one', 'Helen Parry', ['The dredging will start in June.']),
      signature('two', null, ['The dredging will start in June!', 'Nobody has signed the contract yet.']),
    ]);
    expect(result.stories).toHaveLength(1);
    const parry = result.speakers.find((speaker) => speaker.name === 'Helen Parry')!;
    expect(parry.quotes).toHaveLength(1);
    expect(parry.quotes[0]!.sources.map((source) => source.source)).toEqual(['one', 'two']);
    // A quote no outlet attributes stays unattributed.
    const nobody = result.speakers.find((speaker) => speaker.name === null)!;
    expect(nobody.quotes.map((quote) => quote.text)).toEqual(['Nobody has signed the contract yet.']);
  });

  it('puts a story\'s publications and the full dates its articles state in date order', () => {
    const result = digest(batch('bridge'));
    const timeline = result.stories[0]!.timeline;
    expect(timeline.map((event) => `${event.date} ${event.kind}`)).toEqual([
      '1968-06-03 mentioned', '2024-04-08 published', '2024-04-08 published', '2024-04-09 published', '2024-04-10 mentioned', '2024-04-15 mentioned',
    ]);
    const ids = new Map(result.stories[0]!.articles.map((article) => [article.id, article.source]));
    // A date two outlets write differently ("3 June 1968", "June 3, 1968") is one entry of both.
    expect(timeline[0]!.articles.map((id) => ids.get(id)).sort()).toEqual(['bridge/courier-closed.html', 'bridge/mercury-diversion.html']);
    expect(timeline[0]!.figure).toBe('3 June 1968');
    // On one day, publications in order of time; each with its title.
    expect(timeline.slice(1, 3).map((event) => event.text)).toEqual(['Kelby Bridge closed after inspectors find cracks in piers', 'Drivers face 19-mile diversion as cracked Kelby Bridge shuts']);
    expect(timeline[5]!.text).toBe('A full survey of the piers will start on 15 April 2024, the council said.');
    // The flood's three days, in order, though the batch reads them in another.
    const flood = storyOf(digest(batch('three-days')), 'three-days/day1-warning.html');
    expect(flood.timeline.filter((event) => event.kind === 'published').map((event) => event.date)).toEqual(['2024-02-05', '2024-02-06', '2024-02-07']);
  });

  it('keeps a timeline bounded however many articles a story has', () => {
    const base = articleSignature(summarize('<html><head><title>Harbour dredging contract row</title></head><body><p>The harbour dredging contract row went on, the council said on Monday.</p></body></html>'));
    // 60 articles of one story over 20 days, three a day.
    const signatures = Array.from({ length: 60 }, (_, i) => ({ ...base, source: `s${i}`, published: `2024-05-${String(1 + (i % 20)).padStart(2, '0')}T0${i % 10}:00:00Z` }));
    const units = signatures.map((_, i) => i);
    const timeline = storyTimeline({ signatures, copies: units.map((i) => [i]), representatives: units, clusters: [units], articleIds: new Map(units.map((i) => [i, `a${i + 1}`])), storyIds: ['s1'] }, 0);
    expect(timeline).toHaveLength(MAX_TIMELINE_EVENTS);
    // The earliest and the latest days are kept, in order.
    expect(timeline[0]!.date).toBe('2024-05-01');
    expect(timeline[timeline.length - 1]!.date).toBe('2024-05-20');
    expect(timeline.map((event) => event.date)).toEqual([...timeline.map((event) => event.date)].sort());
  });

  it('lists a few publications a day, the last with the day\'s other articles', () => {
    const base = articleSignature(summarize('<html><head><title>Harbour dredging contract row</title></head><body><p>The harbour dredging contract row went on, the council said on Monday.</p></body></html>'));
    const signatures = Array.from({ length: 5 }, (_, i) => ({ ...base, source: `s${i}`, published: `2024-05-01T0${5 - i}:00:00Z` }));
    const units = signatures.map((_, i) => i);
    const timeline = storyTimeline({ signatures, copies: units.map((i) => [i]), representatives: units, clusters: [units], articleIds: new Map(units.map((i) => [i, `a${i + 1}`])), storyIds: ['s1'] }, 0);
    expect(timeline.map((event) => event.articles)).toEqual([['a5'], ['a4'], ['a3', 'a2', 'a1']]);
  });

  it('reads a full date, and only a full date, from a DATE figure', () => {
    expect(fullDate('14 March 2024')).toBe('2024-03-14');
    expect(fullDate('March 14, 2024')).toBe('2024-03-14');
    expect(fullDate('Tuesday, April 9th, 2024')).toBe('2024-04-09');
    expect(fullDate('the 3rd of Sept. 1968')).toBe('1968-09-03');
    expect(fullDate('2024-02-29')).toBe('2024-02-29');
    for (const text of ['14 March', 'Tuesday', '2016', 'March 2024', '2023-02-29', '31 April 2024', '32 May 2024']) expect(fullDate(text)).toBeNull();
  });

  it('joins word sets by overlap the same way as comparing every pair', () => {
    const texts = ['the council closed the bridge on monday', 'The council closed the bridge on Monday!', 'the council shut the bridge', 'nothing alike here at all', 'the council closed the old bridge on monday'];
    const sets = texts.map(wordSet);
    expect(similarGroups(sets, 0.8)).toEqual([[0, 1, 4], [2], [3]]);
    expect(similarGroups(sets, 1)).toEqual([[0, 1], [2], [3], [4]]);
  });

  it('prints a story\'s key points, quotes with their sources and timeline as text and Markdown', () => {
    const result = digest(batch('bridge'));
    const text = renderDigestText(result, { width: 80 });
    expect(text).toContain('Who said what');
    expect(text).toMatch(/“We will not reopen the bridge[^”]*” — Tanford Courier, Marden\s+Mercury/);
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    const markdown = renderDigestMarkdown(result);
    expect(markdown).toContain('### Timeline\n\n- **1968-06-03** — ');
  });
});

describe('merging entities across articles', () => {
  it('joins full names that differ by a middle initial or a suffix', () => {
    expect(merged([instance(0, 0, 'Patrick W. Carlineo Jr.'), instance(1, 0, 'Patrick Carlineo')])).toEqual(['Patrick W. Carlineo Jr.:0,1']);
  });

  it('joins a surname alone to the one full name of its story', () => {
    expect(merged([instance(0, 0, 'Ilhan Omar'), instance(1, 0, 'Omar')])).toEqual(['Ilhan Omar:0,1']);
  });

  it('joins a surname alone to the one full name of the batch when its story has none', () => {
    expect(merged([instance(0, 0, 'Ilhan Omar'), instance(1, 1, 'Omar')])).toEqual(['Ilhan Omar:0,1']);
  });

  it('never joins two people who share a surname, nor a surname alone that could be either', () => {
    expect(merged([instance(0, 0, 'John Smith'), instance(1, 1, 'Mary Smith'), instance(2, 2, 'Smith')])).toEqual(['John Smith:0', 'Mary Smith:1', 'Smith:2']);
    // In a story with both, "Smith" stays apart; in John's story, it is John.
    expect(merged([instance(0, 0, 'John Smith'), instance(1, 0, 'Mary Smith'), instance(2, 0, 'Smith'), instance(3, 1, 'John Smith'), instance(4, 1, 'Smith')])).toEqual([
      'John Smith:0,3,4', 'Mary Smith:1', 'Smith:2',
    ]);
  });

  it('prefers the story over the batch for a surname', () => {
    // Mary Smith is the only Smith of story 1, though the batch has two.
    expect(merged([instance(0, 0, 'John Smith'), instance(1, 1, 'Mary Smith'), instance(2, 1, 'Smith')])).toEqual(['John Smith:0', 'Mary Smith:1,2']);
  });

  it('joins an acronym to the one organization it abbreviates, and an organization named with or without "The" and "Inc."', () => {
    expect(merged([instance(0, 0, 'European Space Agency', 'ORG'), instance(1, 0, 'ESA', 'ORG')])).toEqual(['European Space Agency:0,1']);
    expect(merged([instance(0, 0, 'The Acme Corporation', 'ORG'), instance(1, 3, 'Acme Corp.', 'ORG')])).toEqual(['The Acme Corporation:0,1']);
  });

  it("joins a university or hospital named without its place to the one named with it, where the article is about that place", () => {
    const place = (article: number, name: string, salience: number): EntityInstance => ({ article, story: article, entity: { name, type: 'PLACE', aliases: [], count: 3, salience } });
    expect(merged([instance(0, 0, 'Kellford Polytechnic University', 'ORG'), place(1, 'Kellford', 0.9), instance(1, 1, 'Polytechnic University', 'ORG')])).toEqual(['Kellford Polytechnic University:0,1', 'Kellford:1']);
    // Not where the article is about another place, not for a name of one word, not for a party.
    expect(merged([instance(0, 0, 'Kellford Polytechnic University', 'ORG'), place(1, 'Ashby', 0.9), instance(1, 1, 'Polytechnic University', 'ORG')])).toHaveLength(3);
    expect(merged([instance(0, 0, 'Kellford University', 'ORG'), place(1, 'Kellford', 0.9), instance(1, 1, 'University', 'ORG')])).toHaveLength(3);
    expect(merged([instance(0, 0, 'Kellford Democratic Party', 'ORG'), place(1, 'Kellford', 0.9), instance(1, 1, 'Democratic Party', 'ORG')])).toHaveLength(3);
  });

  it('does not join a person to a place of the same one-word name in another story', () => {
    expect(mergeEntities([instance(0, 0, 'Jordan', 'PERSON'), instance(1, 1, 'Jordan', 'PLACE')])).toHaveLength(2);
  });

  it('spells names alike however initials are spaced', () => {
    expect(nameWords('W. M. Keck Observatory')).toEqual(nameWords('W.M. Keck Observatory'));
    expect(personWords('Rep. Ilhan Omar')).toEqual(['ilhan', 'omar']);
  });
});

describe('grouping rules', () => {
  it('keeps the links at or above the floor (half the threshold by default), each pair once', () => {
    const article = (entities: string[], words: string[]) => ({
      entities: new Map(entities.map((key) => [key, 1])), words: new Map(words.map((key) => [key, 1])), terms: new Map(), figures: new Map(), day: null,
    });
    const features = batchFeatures([
      article(['o:harbour board', 'p:ana|ruiz'], ['ferry', 'winter', 'vote']),
      article(['o:harbour board', 'p:ana|ruiz'], ['ferry', 'winter', 'fare']),
      article(['o:harbour board'], ['budget', 'school', 'road']),
      article(['o:rail union'], ['strike', 'pay', 'vote']),
    ]);
    const all = scoredPairs(features, 0);
    const kept = scoredPairs(features);
    const pairs = (list: ReturnType<typeof scoredPairs>) => Array.from({ length: list.length }, (_, i) => `${list.a[i]}-${list.b[i]}`);
    expect(new Set(pairs(all)).size).toBe(all.length);
    expect(pairs(all)).toEqual(expect.arrayContaining(['0-1', '0-2', '1-2', '0-3']));
    for (let i = 0; i < kept.length; i++) expect(kept.score[i]).toBeGreaterThanOrEqual(LINK_THRESHOLD * LINK_FLOOR_SHARE);
    expect(pairs(kept)).toContain('0-1');
    expect(kept.length).toBeLessThan(all.length);
    expect(similarity(features, 0, 3)).toBeLessThan(LINK_THRESHOLD * LINK_FLOOR_SHARE);
  });

  it('does not chain a line of articles each like only the next into one story', () => {
    const links: Link[] = [
      { a: 0, b: 1, score: 0.6 },
      { a: 1, b: 2, score: 0.6 },
      { a: 2, b: 3, score: 0.6 },
      { a: 3, b: 4, score: 0.6 },
    ];
    const clusters = averageLink(5, links, 0.3);
    expect(clusters.length).toBeGreaterThan(1);
    expect(Math.max(...clusters.map((cluster) => cluster.length))).toBeLessThan(5);
  });

  it('groups articles that are all alike', () => {
    const links: Link[] = [
      { a: 0, b: 1, score: 0.5 },
      { a: 0, b: 2, score: 0.4 },
      { a: 1, b: 2, score: 0.45 },
      { a: 3, b: 4, score: 0.1 },
    ];
    expect(averageLink(5, links, 0.3)).toEqual([[0, 1, 2], [3], [4]]);
  });

  it('lowers the score of articles published far apart, not of those within a few days', () => {
    expect(dateFactor(100, 100 + DATE_WINDOW_DAYS)).toBe(1);
    expect(dateFactor(100, 100 + DATE_WINDOW_DAYS + DATE_HALF_LIFE_DAYS)).toBeCloseTo(0.5);
    expect(dateFactor(null, 100)).toBe(1);
  });

  it('takes texts differing in a sentence for copies, and rewrites for different texts', () => {
    const text = 'Rescue crews on Tuesday pulled fourteen fishermen from the freezing waters after their trawler struck rocks in a storm, the coast guard said. The captain who led the rescue said the crew had spent almost three hours clinging to a life raft before a helicopter reached them. The trawler sank within an hour of hitting the rocks, and two of the men were taken to hospital.';
    const copy = `${text} Read more about the storm on our weather page.`;
    const rewrite = 'A coast guard helicopter saved fourteen men on Tuesday when their fishing boat hit rocks and went down in a storm; two are in hospital, officials said, after hours on a raft.';
    expect(resemblance(fingerprint(text), fingerprint(copy))).toBeGreaterThan(0.6);
    expect(resemblance(fingerprint(text), fingerprint(rewrite))).toBeLessThan(0.1);
    // Through the signature: its fingerprint as JSON carries it, read back.
    const fingerprintOf = (body: string) => decodeFingerprint(articleSignature(summarize(body)).fingerprint);
    expect(copyGroups([fingerprintOf(text), fingerprintOf(rewrite), fingerprintOf(copy)])).toEqual([[0, 2], [1]]);
  });

  it("keeps a story's dated sentences for its timeline, not an embedded post's credit line", () => {
    const text = [
      'The Kelby Bridge will reopen on June 3, 2024, the county said on Monday.',
      'Night buses at last!',
      '— Jo Rand (@jorand) March 5, 2024',
      'The repairs began on 12 January 2024 and cost $4 million.',
    ].join('\n\n');
    expect(articleSignature(summarize(text)).dates.map((each) => each.date)).toEqual(['2024-06-03', '2024-01-12']);
  });

  it('estimates the share of shared shingles within a few hundredths, for short texts too', () => {
    // Texts of distinct made-up words: the exact share of 5-word shingles is known.
    const words = (from: number, count: number): string[] => Array.from({ length: count }, (_, i) => `w${from + i}`);
    const jaccard = (a: string[], b: string[]): number => {
      const shingles = (w: string[]) => new Set(w.slice(0, w.length - 4).map((_, i) => w.slice(i, i + 5).join(' ')));
      const x = shingles(a);
      const y = shingles(b);
      const shared = [...x].filter((each) => y.has(each)).length;
      return shared / (x.size + y.size - shared);
    };
    const cases: Array<[string[], string[]]> = [
      [words(0, 2000), words(0, 2000)],
      [words(0, 2000), words(1000, 2000)],
      [words(0, 2000), words(1500, 2000)],
      [words(0, 2000), words(5000, 2000)],
      // Fewer shingles than the fingerprint has values: its empty places borrow their neighbours'.
      [words(0, 40), words(0, 40)],
      [words(0, 40), words(20, 40)],
      [words(0, 40), words(100, 40)],
    ];
    for (const [a, b] of cases) {
      expect(Math.abs(resemblance(fingerprint(a.join(' ')), fingerprint(b.join(' '))) - jaccard(a, b))).toBeLessThan(0.15);
    }
    expect(resemblance(fingerprint(words(0, 40).join(' ')), fingerprint(words(100, 40).join(' ')))).toBe(0);
  });
});

describe('precis digest', () => {
  it('prints one digest as JSON: stories with their articles, sources and shared entities, and the merged entities', () => {
    const result = runCli(['digest', '--format', 'json', join(DIGEST_FIXTURES, 'three-days'), join(DIGEST_FIXTURES, 'wire')]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout) as Digest;
    expect(Object.keys(output)).toEqual(['schemaVersion', 'generator', 'inputs', 'stories', 'entities', 'speakers', 'signatures']);
    expect(output.inputs).toBe(8);
    const flood = output.stories.find((story) => story.articles.length === 3)!;
    expect(Object.keys(flood.articles[0]!)).toEqual(['id', 'title', 'site', 'published', 'url', 'source', 'sources']);
    expect(flood.sharedEntities.map((entity) => entity.name)).toContain('Helen Parry');
    const wire = output.stories.find((story) => story.sourceCount === 3 && story.articles.length === 1);
    expect(wire?.articles[0]!.sources.map((source) => source.site).sort()).toEqual(['Coastal Times', 'Harbour Daily', 'Northern Post']);
    const parry = output.entities.find((entity) => entity.name === 'Helen Parry')!;
    expect(parry.stories).toEqual([flood.id]);
    expect(parry.articles).toHaveLength(3);
    expect(Object.keys(flood)).toEqual(['id', 'headline', 'firstDay', 'lastDay', 'sourceCount', 'articles', 'entities', 'sharedEntities', 'keySentences', 'timeline']);
    expect(flood.keySentences[0]).toEqual({ text: expect.any(String), articles: [expect.stringMatching(/^a\d+$/)], rank: 1 });
    expect(output.speakers.find((speaker) => speaker.name === 'Helen Parry')?.quotes).toHaveLength(2);
  });

  it('prints Markdown: a section per story with its articles, key points, quotes by speaker with their sources and timeline, then the people and organizations', () => {
    const result = runCli(['digest', '--format', 'markdown', join(DIGEST_FIXTURES, 'bridge'), join(DIGEST_FIXTURES, 'wire')]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const markdown = result.stdout;
    expect(markdown).toMatch(/^# News digest\n\n3 stories from 5 articles \(7 inputs\)\n/);
    expect(markdown).toContain('## 1. ');
    const bridge = markdown.slice(markdown.indexOf('## 1. '), markdown.indexOf('## 2. '));
    expect(bridge.match(/^### .*/gm)).toEqual(['### Articles', '### Key points', '### Who said what', '### Timeline', '### People and organizations']);
    expect(bridge).toContain('- **Drivers face 19-mile diversion as cracked Kelby Bridge shuts** · Marden Mercury · 2024-04-08');
    expect(bridge).toContain('**Helen Parry**\n\n- “We will not reopen the bridge until we are certain it is safe — whatever that costs” — *Tanford Courier, Marden Mercury*');
    expect(bridge).toMatch(/- \*\*1968-06-03\*\* — The bridge, which opened on 3 June 1968, [^\n]* — \*Tanford Courier, Marden Mercury\*\n- \*\*2024-04-08\*\* — published: \*\*Kelby Bridge closed/);
    // The wire's quote once, with its three sites.
    expect(markdown).toContain('- “They were exhausted but every one of them is alive” — *Coastal Times, Harbour Daily, Northern Post*');
    expect(markdown).toMatch(/## People and organizations\n\n\| Name \| Type \| Also called \| Stories \| Articles \| Salience \|\n[^\n]*\n(?:\|[^\n]*\n)*\| Helen Parry \| person \| Parry \| 1 \| 3 \|/);
  });

  it('prints a readable list by default', () => {
    const result = runCli(['digest', join(DIGEST_FIXTURES, 'smiths')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^2 stories from 2 articles \(2 inputs\)\n/);
    expect(result.stdout).toContain('Councillor Mary Smith resigns over harbour contract');
  });

  it('refuses formats and options it does not print, in one sentence', () => {
    const ndjson = runCli(['digest', '--format', 'ndjson', join(DIGEST_FIXTURES, 'smiths')]);
    expect(ndjson.code).toBe(2);
    expect(ndjson.stderr).toMatch(/^precis: digest prints text, markdown, json or html, not ndjson\.\n/);
    const folder = runCli(['digest', '-o', 'out', join(DIGEST_FIXTURES, 'smiths')]);
    expect(folder.code).toBe(2);
    expect(folder.stdout).toBe('');
  });
});

describe('the digest JSON and its schema', () => {
  const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'digest.schema.json'), 'utf8')) as {
    $id: string;
    $defs: Record<string, { properties: Record<string, { maxItems?: number }> }>;
  };

  it.each(['bridge', 'smiths', 'three-days', 'wire', '.'])('the digest of fixtures/digest/%s validates against schema/digest.schema.json', (folder) => {
    const result = runCli(['digest', '--format', 'json', join(DIGEST_FIXTURES, folder)]);
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout) as Digest;
    assertValidDigest(output);
    expect(output.schemaVersion).toBe(DIGEST_SCHEMA_VERSION);
    expect(output.signatures!.version).toBe(SIGNATURE_VERSION);
    expect(output.signatures!.articles).toHaveLength(output.inputs);
  });

  it('names its version in its $id, and the library gives the same value as the command line', () => {
    expect(schema.$id).toBe(`urn:precis:schema:digest:${DIGEST_SCHEMA_VERSION}`);
    const value = JSON.parse(JSON.stringify(digest(batch('smiths'))));
    assertValidDigest(value);
    const printed = JSON.parse(runCli(['digest', '--format', 'json', join(DIGEST_FIXTURES, 'smiths')]).stdout) as Digest;
    // The same articles, named as the command line names them.
    expect(printed.stories.map((story) => story.headline)).toEqual(value.stories.map((story: { headline: string }) => story.headline));
    expect(Object.keys(printed.signatures!.articles[0]!)).toEqual(Object.keys(value.signatures.articles[0]));
  });

  it('rejects a digest with a field it does not know, and holds a signature to the caps articleSignature keeps', () => {
    const value = JSON.parse(JSON.stringify(digest(batch('smiths'))));
    expect(() => assertValidDigest({ ...value, surprise: true })).toThrow(/additional/);
    const caps = schema.$defs['signature']!.properties;
    expect([caps['entities']!.maxItems, caps['terms']!.maxItems, caps['keySentences']!.maxItems, caps['quotes']!.maxItems, caps['dates']!.maxItems]).toEqual([
      MAX_SIGNATURE_ENTITIES, MAX_SIGNATURE_TERMS, MAX_SIGNATURE_SENTENCES, MAX_SIGNATURE_QUOTES, MAX_SIGNATURE_DATES,
    ]);
  });

  it('writes each signature on one line, and reads as the same value as one pretty document would', () => {
    const value = digest(batch('wire'));
    const text = renderDigestJson(value);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
    const lines = text.split('\n');
    const first = lines.findIndex((line) => line.startsWith('      {"source":'));
    expect(lines.filter((line) => line.startsWith('      {"source":'))).toHaveLength(4);
    expect(lines[first - 1]).toBe('    "articles": [');
  });
});

describe('precis digest --merge', () => {
  const file = (name: string) => join(DIGEST_FIXTURES, name);
  // A story of three articles split over two shards, and the wire story on both sides.
  const shardOne = [file('bridge/courier-closed.html'), file('wire/coastal-times.html'), file('smiths/bakery-award.html')];
  const shardTwo = [file('bridge/courier-meeting.html'), file('bridge/mercury-diversion.html'), file('wire/harbour-daily.html'), file('smiths/council-resigns.html')];

  /** The JSON digest of `inputs`, written to a file of its own; returns the file. */
  const digestFile = (dir: string, name: string, inputs: string[]): string => {
    const result = runCli(['digest', '--format', 'json', ...inputs]);
    expect(result.code).toBe(0);
    const path = join(dir, name);
    writeFileSync(path, result.stdout);
    return path;
  };

  it('merges digests made apart into the digest of all their articles, a story split between them one story', () => {
    const dir = mkdtempSync(join(tmpdir(), 'precis-merge-'));
    try {
      const one = digestFile(dir, 'digest-1.json', shardOne);
      const two = digestFile(dir, 'digest-2.json', shardTwo);
      const whole = runCli(['digest', '--format', 'json', ...shardOne, ...shardTwo]);
      const merged = runCli(['digest', '--merge', '--format', 'json', one, two]);
      expect(merged.stderr).toBe('');
      expect(merged.code).toBe(0);
      // Nothing in a digest depends on when or where it was made: the whole document is the same.
      expect(JSON.parse(merged.stdout)).toEqual(JSON.parse(whole.stdout));
      const output = JSON.parse(merged.stdout) as Digest;
      assertValidDigest(output);
      const bridge = storyOf(output, file('bridge/courier-closed.html'));
      expect(bridge.articles.map((article) => article.source).sort()).toEqual([file('bridge/courier-closed.html'), file('bridge/courier-meeting.html'), file('bridge/mercury-diversion.html')]);
      // The wire copy of each shard is one article with both sources.
      const wire = storyOf(output, file('wire/coastal-times.html'));
      expect(wire.articles).toHaveLength(1);
      expect(wire.articles[0]!.sources).toHaveLength(2);
      // A merged digest merges again, and prints in any format.
      const again = runCli(['digest', '--merge', '--format', 'markdown', one, two]);
      expect(again.stdout).toBe(runCli(['digest', '--format', 'markdown', ...shardOne, ...shardTwo]).stdout);
      const mergedFile = join(dir, 'merged.json');
      writeFileSync(mergedFile, merged.stdout);
      expect(JSON.parse(runCli(['digest', '--merge', '--format', 'json', mergedFile]).stdout)).toEqual(output);
      // A digest laid out otherwise (reformatted by another tool, on one line) or read from stdin merges alike.
      const reformatted = join(dir, 'reformatted.json');
      writeFileSync(reformatted, JSON.stringify(JSON.parse(readFileSync(two, 'utf8')), null, 4));
      const oneLine = join(dir, 'one-line.json');
      writeFileSync(oneLine, JSON.stringify(JSON.parse(readFileSync(one, 'utf8'))));
      expect(JSON.parse(runCli(['digest', '--merge', '--format', 'json', oneLine, reformatted]).stdout)).toEqual(output);
      expect(JSON.parse(runCli(['digest', '--merge', '--format', 'json', '-', two], readFileSync(one)).stdout)).toEqual(output);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a file that is not a precis digest of this version, in one sentence naming it, and prints nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'precis-merge-'));
    try {
      const good = digestFile(dir, 'good.json', [file('smiths/bakery-award.html')]);
      const value = JSON.parse(readFileSync(good, 'utf8')) as Digest;
      const pair = readFileSync(digestFile(dir, 'pair.json', [file('smiths/bakery-award.html'), file('smiths/council-resigns.html')]), 'utf8');
      const write = (name: string, content: string) => {
        writeFileSync(join(dir, name), content);
        return join(dir, name);
      };
      const cases: Array<[string, RegExp]> = [
        [write('notes.txt', 'Not JSON at all.\n'), /notes\.txt is not a precis digest: it is not JSON/],
        [write('summary.json', runCli(['--format', 'json', file('smiths/bakery-award.html')]).stdout), /summary\.json is not a precis digest/],
        [write('old.json', JSON.stringify({ ...value, schemaVersion: '0.2' })), /old\.json is a precis digest of schema version 0\.2, and --merge reads version 1\.x/],
        [write('later.json', JSON.stringify({ ...value, signatures: { ...value.signatures, version: SIGNATURE_VERSION + 1 } })), new RegExp(`later\\.json holds article signatures of version ${SIGNATURE_VERSION + 1}`)],
        [write('edited.json', JSON.stringify({ ...value, signatures: { ...value.signatures, articles: [{ ...value.signatures!.articles[0], words: 'harbour' }] } })), /edited\.json has a malformed article signature: signatures\.articles\[0\]\.words/],
        [join(dir, 'missing.json'), /missing\.json does not exist\./],
        // Cut short, as by a copy that stopped: the signatures break off in the second.
        [write('cut.json', pair.slice(0, pair.lastIndexOf('"fingerprint"'))), /cut\.json has a malformed article signature section: signature 2 is not one line of JSON\./],
        [write('cut-early.json', pair.slice(0, pair.indexOf('"fingerprint"'))), /cut-early\.json is not a precis digest: it is not JSON/],
      ];
      for (const [path, message] of cases) {
        const result = runCli(['digest', '--merge', good, path]);
        expect(result.code).toBe(EXIT_CODES.inputFailed);
        expect(result.stdout).toBe('');
        expect(result.stderr).toMatch(message);
        expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
      }
      const none = runCli(['digest', '--merge']);
      expect(none.code).toBe(EXIT_CODES.usage);
      expect(none.stderr).toMatch(/^precis: --merge needs the digests to merge/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('keys that compare articles by the names they share', () => {
  const org = (name: string): SignatureEntityForKeys => ({ name, type: 'ORG', aliases: [], count: 1, salience: 0.5 });
  type SignatureEntityForKeys = Parameters<typeof similarityKeys>[0];
  it.each([
    ['Hong Kong Polytechnic University', 't:polytechnic university'],
    ['Polytechnic University', 't:polytechnic university'],
    ['Texas Democratic Party', 't:democratic party'],
  ])('%s shares the key of its last two words, at half weight', (name, tail) => {
    expect(similarityKeys(org(name))).toContainEqual([tail, SURNAME_SHARE]);
  });
  it('a name with a joining word, or of one word, has no such key', () => {
    for (const name of ['University of Michigan', 'Reuters']) expect(similarityKeys(org(name)).some(([key]) => key.startsWith('t:'))).toBe(false);
  });
  it('the key joins no entities: a state party and the national one stay apart', () => {
    expect(nameKeys(org('Texas Democratic Party')).strong).not.toContain('n:democratic party');
  });
});
