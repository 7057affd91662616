/**
 * Article metadata from an HTML page. Each field is an ordered cascade with early return that
 * records which source won: JSON-LD → OpenGraph/meta → markup → URL. A field that no source
 * gives reliably stays empty: an empty field is better than a wrong one.
 */
import type { CheerioAPI } from 'cheerio/slim';
import type { ArticleMeta, MetaSources } from '../summary.js';
import { collapseSpaces } from './dom.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** schema.org types whose object describes the article itself. */
const ARTICLE_TYPES = /^(?:\w+:)?(?:Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|SocialMediaPosting|WebPage)$/;

/** Separators between a headline and the site name in `<title>`. */
const TITLE_SEPARATOR = /\s+[|\-–—·•:»]\s+|\s*\|\s*/;

/** Author strings that name an organization or a role, not a person. */
const NON_PERSON_AUTHOR =
  /\b(?:staff|desk|team|editors?|editorial|newsroom|news|press|agency|agencies|wire|service|media|reuters|associated|afp|bbc|cnn|times|post|journal|herald|tribune|gazette|guardian|daily|weekly|online|magazine|network|group|inc|ltd|llc|corp)\b/i;

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asArray(value: Json | undefined): Json[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function typeNames(object: JsonObject): string[] {
  return asArray(object['@type']).filter((t): t is string => typeof t === 'string');
}

/** Every JSON-LD object on the page, flattened out of arrays and `@graph`s. */
function jsonLdObjects($: CheerioAPI): JsonObject[] {
  const objects: JsonObject[] = [];
  $('script[type="application/ld+json"]').each((_, element) => {
    let parsed: Json;
    try {
      parsed = JSON.parse($(element).text()) as Json;
    } catch {
      return;
    }
    const queue: Json[] = [parsed];
    while (queue.length > 0 && objects.length < 200) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item);
      else if (isObject(item)) {
        objects.push(item);
        if (item['@graph']) queue.push(item['@graph']);
      }
    }
  });
  return objects;
}

/** The JSON-LD object describing the article: a news or article type beats a plain WebPage. */
function articleObject(objects: JsonObject[]): JsonObject | null {
  const candidates = objects.filter((o) => typeNames(o).some((t) => ARTICLE_TYPES.test(t)));
  return candidates.find((o) => !typeNames(o).includes('WebPage')) ?? candidates[0] ?? null;
}

function stringOf(value: Json | undefined): string | null {
  if (typeof value === 'string') return collapseSpaces(value) || null;
  if (typeof value === 'number') return String(value);
  if (isObject(value)) return stringOf(value['name'] ?? value['@value'] ?? value['url'] ?? value['@id']);
  if (Array.isArray(value)) return stringOf(value[0]);
  return null;
}

function namesOf(value: Json | undefined): string[] {
  return asArray(value)
    .map((item) => (isObject(item) ? stringOf(item['name']) : stringOf(item)))
    .filter((name): name is string => name !== null);
}

function meta($: CheerioAPI, ...keys: string[]): string | null {
  for (const key of keys) {
    const content = $(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`).first().attr('content');
    const value = content ? collapseSpaces(content) : '';
    if (value) return value;
  }
  return null;
}

function metaAll($: CheerioAPI, key: string): string[] {
  return $(`meta[property="${key}"], meta[name="${key}"]`)
    .map((_, element) => collapseSpaces($(element).attr('content') ?? ''))
    .get()
    .filter((value) => value.length > 0);
}

/** Normalizes a date string to ISO 8601; null when it is not a date. Keeps the page's precision. */
export function normalizeDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = value.trim();
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (dateOnly) return text;
  const compact = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2}):?(\d{2}))?/.exec(text);
  const parsed = Date.parse(compact && !text.includes('-') ? `${compact[1]}-${compact[2]}-${compact[3]}T${compact[4] ?? '00'}:${compact[5] ?? '00'}:00Z` : text);
  if (Number.isNaN(parsed)) return null;
  const year = new Date(parsed).getUTCFullYear();
  if (year < 1900 || year > 2200) return null;
  return new Date(parsed).toISOString().replace('.000Z', 'Z');
}

/** A date written in the URL path (`/2019/11/19/`), as YYYY-MM-DD. */
function dateFromUrl(url: string | null): string | null {
  if (!url) return null;
  const match = /\/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:[/-]|$)/.exec(url);
  if (!match) return null;
  return `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
}

function absoluteUrl(value: string | null | undefined, base: string | null): string | null {
  if (!value) return null;
  try {
    const url = base ? new URL(value, base) : new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function normalizeForCompare(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Removes a " | Site" style suffix or prefix from a page title. */
export function cleanTitle(title: string, siteName: string | null, headline: string | null): string {
  const text = collapseSpaces(title);
  if (headline && normalizeForCompare(text).includes(normalizeForCompare(headline)) && headline.length >= 10) return headline;
  const parts = text.split(TITLE_SEPARATOR).map((part) => part.trim()).filter(Boolean);
  if (parts.length < 2) return text;
  const site = siteName ? normalizeForCompare(siteName) : null;
  const kept = parts.filter((part) => !site || normalizeForCompare(part) !== site);
  if (kept.length < parts.length) return kept.join(' - ');
  // No site name to match: drop a short trailing part only when the rest is clearly the headline.
  const last = parts[parts.length - 1]!;
  const rest = parts.slice(0, -1).join(' - ');
  return last.split(/\s+/).length <= 4 && rest.split(/\s+/).length >= 4 ? rest : text;
}

/** Splits and cleans an author string into people's names; organizations are returned apart. */
export function cleanAuthors(values: string[]): { people: string[]; organizations: string[] } {
  const people: string[] = [];
  const organizations: string[] = [];
  for (const value of values) {
    const text = value
      .replace(/\S+@\S+\.\S+/g, ' ')
      .replace(/https?:\/\/\S+/g, ' ')
      .replace(/^\s*(?:written\s+)?by\s*[:\s]/i, '')
      .replace(/\b(?:updated|published|posted)\b.*$/i, '')
      .replace(/\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}.*$/, '');
    for (const part of text.split(/\s*(?:,|&|\band\b|\bwith\b|;|\|)\s*/i)) {
      const name = collapseSpaces(part).replace(/^by\s+/i, '').replace(/[.,;:]+$/, '');
      if (!name || name.length > 60 || !/\p{L}/u.test(name)) continue;
      if (NON_PERSON_AUTHOR.test(name) || name.split(/\s+/).length > 5) {
        if (!organizations.includes(name)) organizations.push(name);
      } else if (!people.includes(name)) {
        people.push(name);
      }
    }
  }
  return { people, organizations };
}

/** Reads the metadata of the page loaded in `$`; `pageUrl` is where the page came from, if known. */
export function extractMetadata($: CheerioAPI, pageUrl: string | null): ArticleMeta {
  const sources: MetaSources = {};
  const ld = articleObject(jsonLdObjects($));
  const h1 = collapseSpaces($('h1').first().text()) || null;

  const pick = <T>(field: keyof MetaSources, candidates: Array<[string, () => T | null]>): T | null => {
    for (const [source, get] of candidates) {
      const value = get();
      if (value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0)) {
        sources[field] = source;
        return value;
      }
    }
    return null;
  };

  const url = pick('url', [
    ['json-ld', () => absoluteUrl(stringOf(ld?.['url']) ?? stringOf(ld?.['mainEntityOfPage']), pageUrl)],
    ['meta', () => absoluteUrl(meta($, 'og:url'), pageUrl)],
    ['markup', () => absoluteUrl($('link[rel="canonical"]').attr('href'), pageUrl)],
    ['input', () => absoluteUrl(pageUrl, null)],
  ]);

  const siteName = pick('siteName', [
    ['json-ld', () => stringOf(isObject(ld?.['publisher']) ? ld['publisher']['name'] : undefined)],
    ['meta', () => meta($, 'og:site_name', 'application-name', 'twitter:site')?.replace(/^@/, '') ?? null],
  ]);

  const title = pick('title', [
    ['json-ld', () => stringOf(ld?.['headline']) ?? stringOf(ld?.['name'])],
    ['meta', () => meta($, 'og:title', 'twitter:title')],
    ['markup', () => h1 ?? (collapseSpaces($('title').first().text()) || null)],
  ]);

  const authorOrgs: string[] = [];
  const authors =
    pick('authors', [
      ['json-ld', () => keepPeople(namesOf(ld?.['author']), authorOrgs)],
      ['meta', () => keepPeople([...metaAll($, 'author'), ...metaAll($, 'article:author'), ...metaAll($, 'sailthru.author')].filter((a) => !/^https?:/.test(a)), authorOrgs)],
      ['markup', () => keepPeople($('[rel="author"], [itemprop="author"] [itemprop="name"], .byline__name, .author-name').map((_, el) => $(el).text()).get(), authorOrgs)],
    ]) ?? [];

  const published = pick('published', [
    ['json-ld', () => normalizeDate(stringOf(ld?.['datePublished']) ?? stringOf(ld?.['dateCreated']))],
    ['meta', () => normalizeDate(meta($, 'article:published_time', 'og:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'DC.date.issued', 'sailthru.date'))],
    ['markup', () => normalizeDate($('time[datetime]').first().attr('datetime'))],
    ['url', () => dateFromUrl(url ?? pageUrl)],
  ]);

  const modified = pick('modified', [
    ['json-ld', () => normalizeDate(stringOf(ld?.['dateModified']))],
    ['meta', () => normalizeDate(meta($, 'article:modified_time', 'og:updated_time', 'dateModified'))],
  ]);

  const language = pick('language', [
    ['json-ld', () => stringOf(ld?.['inLanguage'])],
    ['markup', () => $('html').attr('lang')?.trim() || null],
    ['meta', () => meta($, 'og:locale', 'content-language', 'language')?.replace('_', '-') ?? null],
  ]);

  const description = pick('description', [
    ['json-ld', () => stringOf(ld?.['description'])],
    ['meta', () => meta($, 'og:description', 'description', 'twitter:description')],
  ]);

  const image = pick('image', [
    ['json-ld', () => absoluteUrl(stringOf(ld?.['image']), url ?? pageUrl)],
    ['meta', () => absoluteUrl(meta($, 'og:image', 'twitter:image'), url ?? pageUrl)],
  ]);

  const tags =
    pick('tags', [
      ['json-ld', () => splitKeywords(asArray(ld?.['keywords']).map((k) => stringOf(k) ?? ''))],
      ['meta', () => splitKeywords([...metaAll($, 'article:tag'), ...metaAll($, 'keywords'), ...metaAll($, 'news_keywords')])],
    ]) ?? [];

  let publisher = siteName;
  if (!publisher && authorOrgs.length > 0) {
    publisher = authorOrgs[0]!;
    sources.siteName = 'author';
  }

  return {
    title: title ? cleanTitle(title, publisher, h1) : null,
    authors,
    published,
    modified,
    siteName: publisher,
    language,
    url,
    description,
    image,
    tags,
    sources,
  };
}

function keepPeople(values: string[], organizations: string[]): string[] | null {
  const { people, organizations: orgs } = cleanAuthors(values);
  for (const org of orgs) if (!organizations.includes(org)) organizations.push(org);
  return people.length > 0 ? people : null;
}

function splitKeywords(values: string[]): string[] | null {
  const tags: string[] = [];
  for (const value of values) {
    for (const part of value.split(/\s*[,;]\s*/)) {
      const tag = collapseSpaces(part);
      if (tag && tag.length <= 60 && !tags.some((t) => t.toLowerCase() === tag.toLowerCase())) tags.push(tag);
    }
  }
  return tags.length > 0 ? tags : null;
}
