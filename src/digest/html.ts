/**
 * The digest as one self-contained HTML page (`precis digest --format html`): the stories, a map
 * of who appears with whom, the quotes in a table with filters, and a summary of each article the
 * stories link to. Style and script are inline and the page's Content-Security-Policy lets it load
 * nothing else, so it opens the same offline, from a mail attachment or a file share. Every string
 * from the inputs is escaped; addresses become links only when they are http or https.
 */
import { createHash } from 'node:crypto';
import { TYPE_NAMES } from '../render/markdown.js';
import { oneLine } from '../render/sanitize.js';
import { displayUrl } from '../url.js';
import { type MapNode, cutText, entityMap } from './entityMap.js';
import { PAGE_SCRIPT, PAGE_STYLE } from './htmlAssets.js';
import { counted, overview } from './render.js';
import type { Digest, DigestArticle, DigestEntity, DigestEvent, DigestQuote, DigestSpeaker, DigestStory } from './types.js';

/** Characters of a headline shown in the story filter: enough to tell stories apart, short enough for a narrow screen. */
const STORY_OPTION_CHARACTERS = 60;

/** Entity types listed in an article's summary, with their headings; the other types are rarely what a reader looks for. */
const NAMED_TYPES: ReadonlyArray<[DigestEntity['type'], string]> = [['PERSON', 'People'], ['ORG', 'Organizations'], ['PLACE', 'Places']];

/** Characters with a meaning in HTML text or in a quoted attribute value. */
const HTML_SPECIAL = /[&<>"']/g;
const HTML_REFERENCES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * `text` from an input, safe in HTML text and in a double-quoted attribute: on one line, without
 * control characters or bidirectional overrides (as in text output), and with `& < > " '` as
 * character references.
 */
export function escapeHtml(text: string): string {
  return oneLine(text).replace(HTML_SPECIAL, (character) => HTML_REFERENCES[character]!);
}

/** Schemes an article's address may have to become a link: a `javascript:` or `data:` link would run or open something when clicked. */
const LINK_SCHEMES = new Set(['http:', 'https:']);

/** An address as a link when it is http or https (by the URL parser, which is what the browser follows), else as code; without credentials either way. */
function addressHtml(raw: string): string {
  const address = oneLine(displayUrl(raw));
  let href: string | null = null;
  try {
    const url = new URL(address);
    if (LINK_SCHEMES.has(url.protocol)) href = url.href;
  } catch {
    // Not a URL: shown as code.
  }
  return href === null ? `<code>${escapeHtml(address)}</code>` : `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${escapeHtml(address)}</a>`;
}

/** The hash a Content-Security-Policy names an inline style or script by. */
function cspHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

/**
 * What the page may load: its own style and script (by hash), nothing else. No network request,
 * no other script even if one slipped past the escaping, no form sent anywhere.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `style-src ${cspHash(PAGE_STYLE)}`,
  `script-src ${cspHash(PAGE_SCRIPT)}`,
  "img-src data:",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The day of an ISO 8601 date, YYYY-MM-DD, as a `<time>` element; empty when unknown. */
function dayHtml(iso: string | null): string {
  if (iso === null) return '';
  const day = escapeHtml(iso.slice(0, 10));
  return `<time datetime="${day}">${day}</time>`;
}

/** What the page refers to often, looked up once: stories by id, articles with their story, entities and quotes by article. */
interface PageIndex {
  storyNumber: Map<string, number>;
  /** Each story's headline, by id, for tooltips. */
  headlines: Map<string, string>;
  storyOfArticle: Map<string, DigestStory>;
  /** The article's site, else its first source's name. */
  siteOf: Map<string, string>;
  entitiesOf: Map<string, DigestEntity[]>;
  quotesOf: Map<string, Array<{ speaker: DigestSpeaker; quote: DigestQuote }>>;
  quotesInStory: Map<string, number>;
}

/** The list `map` holds under `key`, made empty on first use. */
function listIn<T>(map: Map<string, T[]>, key: string): T[] {
  let list = map.get(key);
  if (list === undefined) map.set(key, (list = []));
  return list;
}

/** The page's look-ups, made in one pass over the digest so that a large batch costs no search per article. */
function pageIndex(digest: Digest): PageIndex {
  const index: PageIndex = { storyNumber: new Map(), headlines: new Map(), storyOfArticle: new Map(), siteOf: new Map(), entitiesOf: new Map(), quotesOf: new Map(), quotesInStory: new Map() };
  digest.stories.forEach((story, number) => {
    index.storyNumber.set(story.id, number + 1);
    index.headlines.set(story.id, headlineOf(story));
    for (const article of story.articles) {
      index.storyOfArticle.set(article.id, story);
      index.siteOf.set(article.id, article.site ?? article.source);
    }
  });
  for (const entity of digest.entities) {
    for (const article of entity.articles) listIn(index.entitiesOf, article).push(entity);
  }
  for (const speaker of digest.speakers) {
    for (const quote of speaker.quotes) {
      for (const article of new Set(quote.sources.map((source) => source.article))) listIn(index.quotesOf, article).push({ speaker, quote });
      for (const story of new Set(quote.sources.map((source) => source.story))) index.quotesInStory.set(story, (index.quotesInStory.get(story) ?? 0) + 1);
    }
  }
  return index;
}

/** Links to the summaries of `articles`, one a site (the first article of each), by site name. */
function siteLinks(articles: readonly string[], index: PageIndex): string {
  const seen = new Map<string, string>();
  for (const id of articles) {
    const site = index.siteOf.get(id) ?? id;
    if (!seen.has(site)) seen.set(site, id);
  }
  return [...seen].map(([site, id]) => `<a href="#${escapeHtml(id)}">${escapeHtml(site)}</a>`).join(', ');
}

/** The first line under a story's headline: "3 articles, 4 sources, 2024-02-05 to 2024-02-07". */
function storyLine(story: DigestStory): string {
  const days = story.firstDay === null ? '' : story.firstDay === story.lastDay ? dayHtml(story.firstDay) : `${dayHtml(story.firstDay)} to ${dayHtml(story.lastDay)}`;
  return `${counted(story.articles.length, 'article', 'articles')}${story.sourceCount > story.articles.length ? `, ${story.sourceCount} sources` : ''}${days ? `, ${days}` : ''}`;
}

/** A story's headline as text, or a placeholder when none of its articles has a title. */
function headlineOf(story: DigestStory): string {
  return story.headline ?? '(no title)';
}

/** An article's title, else the name of the input it came from. */
function titleOf(article: DigestArticle): string {
  return article.title ?? article.source;
}

/** One timeline entry: its day, then the title (a publication, linked to the article) or the sentence stating the date. */
function eventHtml(event: DigestEvent, index: PageIndex): string {
  const first = event.articles[0];
  const what = event.kind === 'published'
    ? `Published: ${first === undefined ? escapeHtml(event.text ?? '(no title)') : `<a href="#${escapeHtml(first)}">${escapeHtml(event.text ?? '(no title)')}</a>`}`
    : escapeHtml(event.text ?? event.figure ?? '');
  return `<li>${dayHtml(event.date)} ${what} <span class="from">(${siteLinks(event.articles, index)})</span></li>`;
}

/** A story: headline, size and days, its articles linked to their summaries, key points, timeline, shared names and a link to its quotes. */
function storyHtml(story: DigestStory, number: number, index: PageIndex): string {
  const id = escapeHtml(story.id);
  const out = [`<article class="story" id="${id}" aria-labelledby="${id}-title">`, `<h3 id="${id}-title">${number}. ${escapeHtml(headlineOf(story))}</h3>`, `<p class="meta">${storyLine(story)}</p>`];
  out.push('<h4>Articles</h4>', '<ul class="articles">');
  for (const article of story.articles) {
    const sites = article.sources.map((source) => escapeHtml(source.site ?? source.name));
    out.push(`<li><a href="#${escapeHtml(article.id)}">${escapeHtml(titleOf(article))}</a> <span class="meta">${[sites.join(', '), dayHtml(article.published)].filter(Boolean).join(' · ')}</span></li>`);
  }
  out.push('</ul>');
  if (story.keySentences.length > 0) {
    out.push('<h4>Key points</h4>', '<ul class="points">');
    for (const point of story.keySentences) out.push(`<li>${escapeHtml(point.text)} <span class="from">— ${siteLinks(point.articles, index)}</span></li>`);
    out.push('</ul>');
  }
  if (story.timeline.length > 0) {
    out.push('<h4>Timeline</h4>', '<ol class="timeline">', ...story.timeline.map((event) => eventHtml(event, index)), '</ol>');
  }
  if (story.sharedEntities.length > 0) {
    out.push(`<p><strong>In several articles:</strong> ${story.sharedEntities.map((entity) => escapeHtml(entity.name)).join(', ')}</p>`);
  }
  const quotes = index.quotesInStory.get(story.id) ?? 0;
  if (quotes > 0) out.push(`<p class="quote-link"><a href="#quotes" data-quote-story="${id}">${counted(quotes, 'quote', 'quotes')} in this story</a></p>`);
  out.push('</article>');
  return out.join('\n');
}

/** Stories as a list of linked story numbers, each with its headline as a tooltip. */
function storyNumbers(stories: readonly string[], index: PageIndex): string {
  return stories.map((story) => {
    const headline = index.headlines.get(story);
    return `<a href="#${escapeHtml(story)}"${headline === undefined ? '' : ` title="${escapeHtml(headline)}"`}>${index.storyNumber.get(story) ?? escapeHtml(story)}</a>`;
  }).join(', ');
}

/** One node of the map: a circle for a person, a square for an organization (told apart without colour), linked to its first story. */
function nodeSvg(node: MapNode, index: PageIndex): string {
  const { entity, x, y, radius, label } = node;
  const person = entity.type === 'PERSON';
  const shape = person
    ? `<circle cx="${x}" cy="${y}" r="${radius}"/>`
    : `<rect x="${round(x - radius)}" y="${round(y - radius)}" width="${round(2 * radius)}" height="${round(2 * radius)}" rx="2"/>`;
  const stories = entity.stories.map((story) => index.storyNumber.get(story) ?? story).join(', ');
  const tooltip = `${oneLine(entity.name)} (${TYPE_NAMES[entity.type]}): ${entity.stories.length === 1 ? 'story' : 'stories'} ${stories}`;
  const target = entity.stories[0] === undefined ? '#map' : `#${entity.stories[0]}`;
  return `<a class="node ${person ? 'person' : 'org'}" href="${escapeHtml(target)}" data-entity="${escapeHtml(entity.id)}"><title>${escapeHtml(tooltip)}</title>${shape}<text x="${label.x}" y="${label.y}" text-anchor="${label.anchor}"${label.crowded ? ' class="crowded"' : ''}>${escapeHtml(label.text)}</text></a>`;
}

/** `value` to a tenth, as the map's coordinates are. */
function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** The people-and-organizations section: the map as inline SVG, its legend, and the same entities as a table. */
function mapHtml(digest: Digest, index: PageIndex): string {
  const map = entityMap(digest);
  const out = ['<section id="map" aria-labelledby="map-heading">', '<h2 id="map-heading">People and organizations</h2>'];
  if (map.nodes.length === 0) {
    out.push('<p>No person or organization is named in two articles or among a story\'s main names.</p>', '</section>');
    return out.join('\n');
  }
  const total = digest.entities.filter((entity) => entity.type === 'PERSON' || entity.type === 'ORG').length;
  const description = `${counted(map.nodes.length, 'person or organization', 'people and organizations')}${total > map.nodes.length ? ` (the ${map.nodes.length} most salient of ${total})` : ''}; a line joins two that appear in the same story.`;
  out.push('<figure>');
  out.push(`<svg class="map" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${map.width} ${map.height}" aria-labelledby="map-title map-description">`);
  out.push('<title id="map-title">Who appears with whom</title>', `<desc id="map-description">${escapeHtml(description)}</desc>`);
  out.push('<g class="edges">');
  for (const edge of map.edges) {
    const a = map.nodes[edge.a]!;
    const b = map.nodes[edge.b]!;
    const stories = edge.stories.map((story) => index.storyNumber.get(story) ?? story).join(', ');
    const tooltip = `${oneLine(a.entity.name)} and ${oneLine(b.entity.name)}: ${edge.stories.length === 1 ? 'story' : 'stories'} ${stories}`;
    // One more unit of width a story shared, up to three: thicker lines for closer ties, without hiding the rest.
    out.push(`<line class="edge" x1="${a.x}" y1="${a.y}" x2="${b.x}" y2="${b.y}" stroke-width="${Math.min(3, edge.stories.length)}"><title>${escapeHtml(tooltip)}</title></line>`);
  }
  out.push('</g>', '<g class="nodes">', ...map.nodes.map((node) => nodeSvg(node, index)), '</g>', '</svg>');
  out.push(`<figcaption class="meta">${escapeHtml(description)} Each name links to its first story.</figcaption>`, '</figure>');
  out.push('<p class="legend"><span><svg width="12" height="12" aria-hidden="true"><circle class="person" cx="6" cy="6" r="5"/></svg>person</span><span><svg width="12" height="12" aria-hidden="true"><rect class="org" x="1" y="1" width="10" height="10" rx="2"/></svg>organization</span></p>');
  out.push('<table class="entities">', '<thead><tr><th scope="col">Name</th><th scope="col">Type</th><th scope="col">Also called</th><th scope="col">Stories</th><th scope="col" class="number">Articles</th></tr></thead>', '<tbody>');
  for (const { entity } of map.nodes) {
    out.push(`<tr><td>${escapeHtml(entity.name)}</td><td>${TYPE_NAMES[entity.type]}</td><td>${entity.aliases.map(escapeHtml).join(', ')}</td><td>${storyNumbers(entity.stories, index)}</td><td class="number">${entity.articles.length}</td></tr>`);
  }
  out.push('</tbody>', '</table>', '</section>');
  return out.join('\n');
}

/** A speaker's name for the table and the filter; quotes no article attributes are "Unattributed". */
function speakerName(speaker: DigestSpeaker): string {
  return speaker.name ?? 'Unattributed';
}

/** The quotes section: every quote once, with its speaker, stories and sources, and the filters the page's script runs. */
function quotesHtml(digest: Digest, index: PageIndex): string {
  const out = ['<section id="quotes" aria-labelledby="quotes-heading">', '<h2 id="quotes-heading">Quotes</h2>'];
  const total = digest.speakers.reduce((sum, speaker) => sum + speaker.quotes.length, 0);
  if (total === 0) {
    out.push('<p>No quotes.</p>', '</section>');
    return out.join('\n');
  }
  // Hidden until the script shows it: without the script the filters would do nothing.
  out.push('<form class="filters" id="quote-filters" role="search" hidden>');
  out.push('<label for="quote-search">Words<input type="search" id="quote-search" autocomplete="off" placeholder="words in the quote, speaker or source"></label>');
  out.push('<label for="quote-speaker">Speaker<select id="quote-speaker"><option value="">Everyone</option>');
  digest.speakers.forEach((speaker, number) => {
    if (speaker.quotes.length > 0) out.push(`<option value="p${number + 1}">${escapeHtml(speakerName(speaker))}</option>`);
  });
  out.push('</select></label>', '<label for="quote-story">Story<select id="quote-story"><option value="">All stories</option>');
  digest.stories.forEach((story, number) => {
    if ((index.quotesInStory.get(story.id) ?? 0) > 0) out.push(`<option value="${escapeHtml(story.id)}">${number + 1}. ${escapeHtml(cutText(oneLine(headlineOf(story)), STORY_OPTION_CHARACTERS))}</option>`);
  });
  out.push('</select></label>', '<button type="reset">Show all</button>', '</form>');
  out.push(`<p class="count" id="quote-count" aria-live="polite">${counted(total, 'quote', 'quotes')}</p>`);
  out.push('<table id="quote-table">', '<thead><tr><th scope="col">Speaker</th><th scope="col">Quote</th><th scope="col">Story</th><th scope="col">Sources</th></tr></thead>', '<tbody>');
  digest.speakers.forEach((speaker, number) => {
    for (const quote of speaker.quotes) {
      const stories = [...new Set(quote.sources.map((source) => source.story))];
      const sources = quote.sources.map((source) => `<a href="#${escapeHtml(source.article)}">${escapeHtml(source.site ?? source.source)}</a>`).join(', ');
      const name = speaker.name === null ? '<em>Unattributed</em>' : escapeHtml(speaker.name);
      out.push(`<tr data-speaker="p${number + 1}" data-stories="${escapeHtml(stories.join(' '))}"><td>${name}</td><td>“${escapeHtml(quote.text)}”</td><td>${storyNumbers(stories, index)}</td><td>${sources}</td></tr>`);
    }
  });
  out.push('</tbody>', '</table>', '</section>');
  return out.join('\n');
}

/**
 * An article's own summary, as far as the digest carries it: title, sites, day and address of
 * each source, its story, the key points and dates of the story that come from it, its quotes and
 * the people, organizations and places it names.
 */
function articleHtml(article: DigestArticle, index: PageIndex): string {
  const id = escapeHtml(article.id);
  const story = index.storyOfArticle.get(article.id);
  const out = [`<article class="article" id="${id}" aria-labelledby="${id}-title">`, `<h3 id="${id}-title">${escapeHtml(titleOf(article))}</h3>`];
  if (story) out.push(`<p class="meta">In story <a href="#${escapeHtml(story.id)}">${index.storyNumber.get(story.id)}. ${escapeHtml(headlineOf(story))}</a></p>`);
  out.push(`<h4>${article.sources.length === 1 ? 'Source' : `${article.sources.length} sources`}</h4>`, '<ul class="sources">');
  for (const source of article.sources) {
    const parts = [escapeHtml(source.site ?? source.name), dayHtml(source.published)];
    parts.push(source.url === null ? `<code>${escapeHtml(source.name)}</code>` : `<span class="address">${addressHtml(source.url)}</span>`);
    out.push(`<li>${parts.filter(Boolean).join(' · ')}</li>`);
  }
  out.push('</ul>');
  const points = story?.keySentences.filter((point) => point.articles.includes(article.id)) ?? [];
  if (points.length > 0) out.push('<h4>Key points</h4>', '<ul class="points">', ...points.map((point) => `<li>${escapeHtml(point.text)}</li>`), '</ul>');
  const quotes = index.quotesOf.get(article.id) ?? [];
  if (quotes.length > 0) {
    out.push('<h4>Quotes</h4>', '<ul class="quotes">');
    for (const { speaker, quote } of quotes) out.push(`<li>${speaker.name === null ? '<em>Unattributed</em>' : escapeHtml(speaker.name)}: “${escapeHtml(quote.text)}”</li>`);
    out.push('</ul>');
  }
  const dates = story?.timeline.filter((event) => event.kind === 'mentioned' && event.articles.includes(article.id)) ?? [];
  if (dates.length > 0) out.push('<h4>Dates</h4>', '<ul class="dates">', ...dates.map((event) => `<li>${dayHtml(event.date)} ${escapeHtml(event.text ?? event.figure ?? '')}</li>`), '</ul>');
  const named = NAMED_TYPES.map(([type, label]) => [label, (index.entitiesOf.get(article.id) ?? []).filter((entity) => entity.type === type)] as const).filter(([, entities]) => entities.length > 0);
  if (named.length > 0) {
    out.push('<h4>Named</h4>', '<ul class="named">');
    for (const [label, entities] of named) out.push(`<li>${label}: ${entities.map((entity) => escapeHtml(entity.name)).join(', ')}</li>`);
    out.push('</ul>');
  }
  out.push('</article>');
  return out.join('\n');
}

/**
 * The digest as one HTML page: the stories (headline, articles, key points, timeline), a map of
 * who appears with whom drawn as inline SVG, the quotes in a table with filters, and each
 * article's own summary, which the stories link to. Self-contained: inline style and script,
 * nothing loaded. The same digest always gives the same bytes.
 */
export function renderDigestHtml(digest: Digest): string {
  const index = pageIndex(digest);
  const out = [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="${escapeHtml(digest.generator)}">`,
    // An empty icon: otherwise a browser asks for /favicon.ico, beside the file.
    '<link rel="icon" href="data:,">',
    `<title>News digest: ${escapeHtml(overview(digest))}</title>`,
    `<style>${PAGE_STYLE}</style>`,
    '</head>',
    '<body>',
    '<header>',
    '<h1>News digest</h1>',
    `<p class="overview">${escapeHtml(overview(digest))}</p>`,
    '<nav aria-label="Sections"><ul><li><a href="#stories">Stories</a></li><li><a href="#map">People and organizations</a></li><li><a href="#quotes">Quotes</a></li><li><a href="#articles">Articles</a></li></ul></nav>',
    '</header>',
    '<main>',
    '<section id="stories" aria-labelledby="stories-heading">',
    '<h2 id="stories-heading">Stories</h2>',
    ...(digest.stories.length === 0 ? ['<p>No stories: the batch had no article.</p>'] : digest.stories.map((story, number) => storyHtml(story, number + 1, index))),
    '</section>',
    mapHtml(digest, index),
    quotesHtml(digest, index),
    '<section id="articles" aria-labelledby="articles-heading">',
    '<h2 id="articles-heading">Articles</h2>',
    ...digest.stories.flatMap((story) => story.articles.map((article) => articleHtml(article, index))),
    '</section>',
    '</main>',
    `<footer>Made by ${escapeHtml(digest.generator)} (digest schema ${escapeHtml(digest.schemaVersion)}) from ${counted(digest.inputs, 'input', 'inputs')}.</footer>`,
    `<script>${PAGE_SCRIPT}</script>`,
    '</body>',
    '</html>',
  ];
  return `${out.join('\n')}\n`;
}
