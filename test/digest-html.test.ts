/**
 * The digest as an HTML page: every story and article on it, text from the inputs escaped, a
 * node on the map for each person and organization shown, nothing loaded from elsewhere, and the
 * same bytes on every run. The page in a browser is test/digest-html.browser.test.ts.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from './helpers.js';
import { summarize } from '../src/index.js';
import { digest } from '../src/digest/index.js';
import { LABEL_CHARACTERS, MAP_ENTITIES, MAP_HEIGHT, MAP_WIDTH, entityMap, labelBox, placeLabels } from '../src/digest/entityMap.js';
import { escapeHtml, renderDigestHtml } from '../src/digest/html.js';
import type { Digest, DigestEntity } from '../src/digest/types.js';

const DIGEST_FIXTURES = join(FIXTURES, 'digest');

/** The digest of fixture batches, each made once for the whole file. */
const digests = new Map<string, Digest>();
function digestOf(...folders: string[]): Digest {
  const key = folders.join('+');
  if (!digests.has(key)) {
    const summaries = folders.flatMap((folder) =>
      readdirSync(join(DIGEST_FIXTURES, folder))
        .sort()
        .map((file) => summarize(readFileSync(join(DIGEST_FIXTURES, folder, file)), { name: `${folder}/${file}` })),
    );
    digests.set(key, digest(summaries));
  }
  return structuredClone(digests.get(key)!);
}

/** `text` as the page writes it. */
const escaped = escapeHtml;

/** The values of attribute `name` in `html`. */
function attributes(html: string, name: string): string[] {
  return [...html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((match) => match[1]!);
}

/** The people and organizations of a digest, most salient first, as the map takes them. */
function cast(result: Digest): DigestEntity[] {
  return result.entities.filter((entity) => entity.type === 'PERSON' || entity.type === 'ORG');
}

const BATCHES = [['bridge'], ['smiths'], ['three-days'], ['wire'], ['bridge', 'smiths', 'three-days', 'wire']];

describe.each(BATCHES)('renderDigestHtml over fixtures/digest/%s', (...folders) => {
  it('shows every story headline, and links each story to the summary of each of its articles', () => {
    const result = digestOf(...folders);
    const html = renderDigestHtml(result);
    expect(result.stories.length).toBeGreaterThan(0);
    result.stories.forEach((story, index) => {
      expect(html).toContain(`<h3 id="${story.id}-title">${index + 1}. ${escaped(story.headline!)}</h3>`);
      for (const article of story.articles) {
        // The story lists it, linked to its own section, which names its title.
        expect(html).toContain(`<li><a href="#${article.id}">${escaped(article.title!)}</a>`);
        expect(html).toContain(`<article class="article" id="${article.id}" aria-labelledby="${article.id}-title">\n<h3 id="${article.id}-title">${escaped(article.title!)}</h3>`);
      }
    });
    // Every in-page link lands on an element of the page.
    const ids = new Set(attributes(html, 'id'));
    for (const href of attributes(html, 'href').filter((href) => href.startsWith('#'))) expect([href, ids.has(href.slice(1))]).toEqual([href, true]);
  });

  it('draws a node for each person and organization shown, and lists them under the map', () => {
    const result = digestOf(...folders);
    const html = renderDigestHtml(result);
    const shown = cast(result).slice(0, MAP_ENTITIES);
    expect(shown.length).toBeGreaterThan(0);
    const svg = html.slice(html.indexOf('<svg class="map"'), html.indexOf('</svg>', html.indexOf('<svg class="map"')));
    expect([...svg.matchAll(/<a class="node (person|org)" href="[^"]*" data-entity="(e\d+)">/g)].map((match) => match[2])).toEqual(shown.map((entity) => entity.id));
    expect(svg.match(/<circle /g)?.length ?? 0).toBe(shown.filter((entity) => entity.type === 'PERSON').length);
    expect(svg.match(/<rect /g)?.length ?? 0).toBe(shown.filter((entity) => entity.type === 'ORG').length);
    for (const entity of shown) expect(html).toContain(`<tr><td>${escaped(entity.name)}</td>`);
  });

  it('puts every quote in the table once, with its speaker and sources', () => {
    const result = digestOf(...folders);
    const html = renderDigestHtml(result);
    const rows = html.match(/<tr data-speaker="p\d+" data-stories="[^"]*">/g) ?? [];
    expect(rows).toHaveLength(result.speakers.reduce((sum, speaker) => sum + speaker.quotes.length, 0));
    for (const speaker of result.speakers) for (const quote of speaker.quotes) expect(html).toContain(`<td>“${escaped(quote.text)}”</td>`);
  });

  it('gives the same bytes on every render, and from the digest read back from its JSON', () => {
    const result = digestOf(...folders);
    const html = renderDigestHtml(result);
    expect(renderDigestHtml(digestOf(...folders))).toBe(html);
    expect(renderDigestHtml(JSON.parse(JSON.stringify(result)) as Digest)).toBe(html);
  });

  it('loads nothing: inline style and script allowed by their hashes, links only to the page itself and to articles', () => {
    const html = renderDigestHtml(digestOf(...folders));
    expect(attributes(html, 'src')).toEqual([]);
    expect(html).not.toMatch(/<link rel="stylesheet"|@import|url\(/);
    for (const href of attributes(html, 'href')) expect(href).toMatch(/^(?:#|data:,$|https?:\/\/)/);
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]!);
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
    expect([styles.length, scripts.length, html.match(/<script/g)?.length]).toEqual([1, 1, 1]);
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)![1]!;
    const hash = (source: string) => `'sha256-${createHash('sha256').update(source).digest('base64')}'`;
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain(`style-src ${hash(styles[0]!)}`);
    expect(policy).toContain(`script-src ${hash(scripts[0]!)}`);
    // No style attribute: the policy would block it.
    expect(attributes(html, 'style')).toEqual([]);
  });
});

describe('escaping what the inputs say', () => {
  const HOSTILE = '<script>alert("owned")</script> & \'quoted\'';

  /** The bridge digest with hostile text in every field the page shows. */
  function hostileDigest(): Digest {
    const result = digestOf('bridge');
    const story = result.stories[0]!;
    story.headline = `Headline ${HOSTILE}`;
    const article = story.articles[0]!;
    article.title = `Title ${HOSTILE}`;
    article.sources[0]!.site = `Site ${HOSTILE}`;
    article.sources[0]!.url = 'https://user:secret@news.example.com/a?b=1&c="x"<y>';
    story.articles[1]!.sources[0]!.url = 'javascript:alert(document.cookie)';
    story.keySentences[0]!.text = `Point ${HOSTILE}`;
    story.timeline[0]!.text = `Event ${HOSTILE}`;
    const speaker = result.speakers[0]!;
    speaker.name = `Speaker ${HOSTILE}`;
    speaker.quotes[0]!.text = `Quote ${HOSTILE}`;
    const entity = result.entities.find((each) => each.type === 'PERSON')!;
    entity.name = `Entity ${HOSTILE}\u202e\u0007`;
    return result;
  }

  it('writes titles, sites, points, quotes and names as text, never as markup', () => {
    const html = renderDigestHtml(hostileDigest());
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).not.toContain('alert("owned")');
    for (const label of ['Headline', 'Title', 'Site', 'Point', 'Event', 'Speaker', 'Quote', 'Entity']) {
      expect([label, html.includes(`${label} &lt;script&gt;alert(&quot;owned&quot;)&lt;/script&gt; &amp; &#39;quoted&#39;`)]).toEqual([label, true]);
    }
    // Bidirectional overrides and control characters are dropped, as in text output.
    expect(html).not.toMatch(/[\u202e\u0007]/);
  });

  it('links an article only to an http or https address, without its credentials', () => {
    const html = renderDigestHtml(hostileDigest());
    expect(html).toContain('<a href="https://news.example.com/a?b=1&amp;c=%22x%22%3Cy%3E" rel="noopener noreferrer">https://news.example.com/a?b=1&amp;c=%22x%22%3Cy%3E</a>');
    expect(html).not.toContain('secret');
    expect(attributes(html, 'href').filter((href) => /^javascript:/i.test(href))).toEqual([]);
    expect(html).toContain('<code>javascript:alert(document.cookie)</code>');
  });

  it.each([
    ['<b>bold</b>', '&lt;b&gt;bold&lt;/b&gt;'],
    ['"double" \'single\'', '&quot;double&quot; &#39;single&#39;'],
    ['AT&T', 'AT&amp;T'],
    ['&amp; stays text', '&amp;amp; stays text'],
    ['two\nlines\tand  spaces', 'two lines and spaces'],
    ['\u001b[31mred\u001b[0m', 'red'],
    ['right\u202eto left', 'rightto left'],
  ])('escapeHtml(%j) is %j', (text, html) => {
    expect(escapeHtml(text)).toBe(html);
  });
});

describe('the people-and-organizations map', () => {
  /** A digest of `count` people over stories of `perStory` each (story i holds entities i·perStory …). */
  function crowd(count: number, perStory: number): Digest {
    const result = digestOf('smiths');
    result.entities = Array.from({ length: count }, (_, i) => ({
      id: `e${i + 1}`,
      name: `Person Number ${i + 1}`,
      type: i % 3 === 0 ? 'ORG' : 'PERSON',
      aliases: [],
      stories: [`s${Math.floor(i / perStory) + 1}`],
      articles: [],
      mentions: 1,
      salience: 1 - i / count,
    }));
    return result;
  }

  it(`draws at most ${MAP_ENTITIES} nodes, the most salient, inside the frame`, () => {
    const map = entityMap(crowd(50, 5));
    expect(map.nodes.map((node) => node.entity.id)).toEqual(Array.from({ length: MAP_ENTITIES }, (_, i) => `e${i + 1}`));
    for (const { x, y, radius } of map.nodes) {
      expect(x - radius).toBeGreaterThanOrEqual(0);
      expect(x + radius).toBeLessThanOrEqual(MAP_WIDTH);
      expect(y - radius).toBeGreaterThanOrEqual(0);
      expect(y + radius).toBeLessThanOrEqual(MAP_HEIGHT);
    }
  });

  it('joins two entities exactly when they share a story, and lays them out the same way every time', () => {
    const map = entityMap(crowd(12, 4));
    expect(map.edges).toHaveLength(3 * 6);
    for (const { a, b, stories } of map.edges) {
      expect(map.nodes[a]!.entity.stories).toEqual(stories);
      expect(map.nodes[b]!.entity.stories).toEqual(stories);
    }
    expect(entityMap(crowd(12, 4))).toEqual(map);
    // Entities of one story sit closer to each other than to the others.
    const distance = (i: number, j: number) => Math.hypot(map.nodes[i]!.x - map.nodes[j]!.x, map.nodes[i]!.y - map.nodes[j]!.y);
    expect(Math.max(distance(0, 1), distance(0, 2), distance(0, 3))).toBeLessThan(Math.min(distance(0, 4), distance(0, 8)));
  });

  it('shows a name only where it has room; the others on demand, covering nothing', () => {
    // Five nodes on one spot: four names fit on its four sides, the fifth has no room left.
    const stacked = crowd(5, 5).entities.map((entity) => ({ entity, x: MAP_WIDTH / 2, y: MAP_HEIGHT / 2, radius: 6 }));
    const labels = placeLabels(stacked, MAP_WIDTH, MAP_HEIGHT);
    expect(labels.map((label) => label.crowded)).toEqual([false, false, false, false, true]);
    expect(new Set(labels.slice(0, 4).map((label) => `${label.anchor} ${label.y}`)).size).toBe(4);
    // On any map, the names shown cover one another little.
    const area = (box: number[]) => (box[2]! - box[0]!) * (box[3]! - box[1]!);
    const shared = (a: number[], b: number[]) => Math.max(0, Math.min(a[2]!, b[2]!) - Math.max(a[0]!, b[0]!)) * Math.max(0, Math.min(a[3]!, b[3]!) - Math.max(a[1]!, b[1]!));
    for (const perStory of [3, 10, MAP_ENTITIES]) {
      const shown = entityMap(crowd(MAP_ENTITIES, perStory)).nodes.filter((node) => !node.label.crowded).map((node) => labelBox(node.label));
      for (let i = 0; i < shown.length; i++) {
        for (let j = i + 1; j < shown.length; j++) expect(shared(shown[i]!, shown[j]!)).toBeLessThanOrEqual(0.1 * Math.min(area(shown[i]!), area(shown[j]!)) + 1);
      }
    }
    const page = crowd(5, 5);
    expect(renderDigestHtml(page)).toContain('.map .node:hover text.crowded');
  });

  it('cuts long names on the map, keeping the full name in the tooltip', () => {
    const result = crowd(2, 2);
    result.entities[0]!.name = 'The Extraordinarily Long Named Regional Transport Authority of the North';
    const map = entityMap(result);
    expect(Array.from(map.nodes[0]!.label.text).length).toBeLessThanOrEqual(LABEL_CHARACTERS);
    expect(map.nodes[0]!.label.text.endsWith('…')).toBe(true);
    expect(renderDigestHtml(result)).toContain(`<title>${result.entities[0]!.name} (organization): story 1</title>`);
  });

  it('draws one node in the middle, and says so when there is nobody to draw', () => {
    const one = entityMap(crowd(1, 1));
    expect([one.nodes[0]!.x, one.nodes[0]!.y]).toEqual([MAP_WIDTH / 2, MAP_HEIGHT / 2]);
    const nobody = crowd(0, 1);
    expect(renderDigestHtml(nobody)).toContain('<p>No person or organization is named');
    expect(renderDigestHtml(nobody)).not.toContain('<svg class="map"');
  });
});

describe('an empty digest', () => {
  it('is still a whole page, saying there is nothing', () => {
    const html = renderDigestHtml({ schemaVersion: '0.2', generator: 'precis/test', inputs: 0, stories: [], entities: [], speakers: [] });
    expect(html).toContain('<p class="overview">0 stories from 0 articles (0 inputs)</p>');
    expect(html).toContain('<p>No stories: the batch had no article.</p>');
    expect(html).toContain('<p>No quotes.</p>');
    expect(html.endsWith('</html>\n')).toBe(true);
  });
});

describe('precis digest --format html', () => {
  it('prints the page on stdout', () => {
    const result = runCli(['digest', '--format', 'html', join(DIGEST_FIXTURES, 'smiths')]);
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(result.stdout).toMatch(/^<!doctype html>\n<html lang="en">\n/);
    expect(result.stdout).toContain('Councillor Mary Smith resigns over harbour contract');
    expect(result.stdout.endsWith('</html>\n')).toBe(true);
  });

  it('is refused for the summary of articles one by one, which has no page', () => {
    const result = runCli(['--format', 'html', join(FIXTURES, 'council-vote.txt')]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe("precis: --format html is a page for a batch: use precis digest --format html.\nprecis: try 'precis --help' for the options.\n");
  });
});
