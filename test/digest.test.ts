/**
 * The digest: copies of one text are one article, stories group by event, entities merge across
 * articles by full name, and a surname alone never joins two different people. Fixture batches
 * in fixtures/digest/ are short news-style articles written for these tests.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from './helpers.js';
import { summarize } from '../src/index.js';
import { digest, digestSignatures } from '../src/digest/index.js';
import { type EntityInstance, mergeEntities } from '../src/digest/entities.js';
import { averageLink, copyGroups, type Link } from '../src/digest/grouping.js';
import { articleSignature, fingerprint, resemblance } from '../src/digest/signature.js';
import { DATE_HALF_LIFE_DAYS, DATE_WINDOW_DAYS, dateFactor } from '../src/digest/similarity.js';
import { nameWords, personWords } from '../src/digest/text.js';
import type { Digest } from '../src/digest/types.js';
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

  it('does not join a person to a place of the same one-word name in another story', () => {
    expect(mergeEntities([instance(0, 0, 'Jordan', 'PERSON'), instance(1, 1, 'Jordan', 'PLACE')])).toHaveLength(2);
  });

  it('spells names alike however initials are spaced', () => {
    expect(nameWords('W. M. Keck Observatory')).toEqual(nameWords('W.M. Keck Observatory'));
    expect(personWords('Rep. Ilhan Omar')).toEqual(['ilhan', 'omar']);
  });
});

describe('grouping rules', () => {
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
    const signature = (body: string) => ({ ...articleSignature(summarize(body)), source: body.slice(0, 10) });
    expect(copyGroups([signature(text), signature(rewrite), signature(copy)])).toEqual([[0, 2], [1]]);
  });
});

describe('precis digest', () => {
  it('prints one digest as JSON: stories with their articles, sources and shared entities, and the merged entities', () => {
    const result = runCli(['digest', '--format', 'json', join(DIGEST_FIXTURES, 'three-days'), join(DIGEST_FIXTURES, 'wire')]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout) as Digest;
    expect(Object.keys(output)).toEqual(['schemaVersion', 'generator', 'inputs', 'stories', 'entities']);
    expect(output.inputs).toBe(8);
    const flood = output.stories.find((story) => story.articles.length === 3)!;
    expect(Object.keys(flood.articles[0]!)).toEqual(['id', 'title', 'site', 'published', 'url', 'source', 'sources']);
    expect(flood.sharedEntities.map((entity) => entity.name)).toContain('Helen Parry');
    const wire = output.stories.find((story) => story.sourceCount === 3 && story.articles.length === 1);
    expect(wire?.articles[0]!.sources.map((source) => source.site).sort()).toEqual(['Coastal Times', 'Harbour Daily', 'Northern Post']);
    const parry = output.entities.find((entity) => entity.name === 'Helen Parry')!;
    expect(parry.stories).toEqual([flood.id]);
    expect(parry.articles).toHaveLength(3);
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
    expect(ndjson.stderr).toMatch(/^precis: digest prints text or json, not ndjson\.\n/);
    const folder = runCli(['digest', '-o', 'out', join(DIGEST_FIXTURES, 'smiths')]);
    expect(folder.code).toBe(2);
    expect(folder.stdout).toBe('');
  });
});
