/**
 * Article metadata from an HTML page. Each field is an ordered cascade that records which source
 * won: JSON-LD → OpenGraph/meta → markup → URL. Every candidate is validated before it is
 * accepted, and a field that no source gives reliably stays empty: an empty field is better than a
 * wrong one (no date is ever "now", no organization is ever an author).
 *
 * The page is read in one walk over the DOM (meta tags, JSON-LD scripts, links, the first `<h1>`,
 * `<time>` elements and byline markup), not with one selector scan per key.
 */
import type { CheerioAPI } from 'cheerio/slim';
import type { ArticleMeta, MetaSources } from '../summary.js';
import { hintWords } from './boilerplate.js';
import { type AnyNode, type Element, collapseSpaces, hasChildren, isTag, isText, textOf } from './dom.js';
import { comparisonKey } from '../strings.js';
import { dateFromUrl, normalizeDate } from './dates.js';
import { NEWS_AGENCIES } from '../language/organizations.js';
import { createRequire } from 'node:module';
import { Cls, isListed } from '../analyze/entities/lexicon.js';

export { dateFromUrl, normalizeDate };

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** schema.org types whose object describes the article itself. */
const ARTICLE_TYPES = /^(?:\w+:)?(?:Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|AskPublicDiscussionForum|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|SocialMediaPosting|DiscussionForumPosting|VideoObject|WebPage|ItemPage)$/;
/** schema.org types that are organizations (an author of this type is a publisher, not a person). */
const ORGANIZATION_TYPES = /^(?:\w+:)?(?:Organization|NewsMediaOrganization|Corporation|GovernmentOrganization|EducationalOrganization|NGO|Brand|LocalBusiness)$/;

/** How many JSON-LD objects are read at most (pages with huge graphs). */
const MAX_JSON_LD_OBJECTS = 200;
/** A byline element longer than this is a bio or a paragraph, not a byline. */
const MAX_BYLINE_CHARS = 120;
/** A person's name has at most this many words … */
const MAX_NAME_WORDS = 5;
/** … and this many characters. */
const MAX_NAME_CHARS = 60;
/** Tags longer than this are sentences, not tags. */
const MAX_TAG_CHARS = 60;

/** Words that make an author string an organization or a desk. */
const ORGANIZATION_WORD =
  /\b(?:news|newsroom|press|agency|agencies|wire|service|media|reuters|associated|afp|ap|upi|bbc|cnn|times|post|journal|herald|tribune|gazette|guardian|daily|weekly|online|magazine|network|group|inc|ltd|llc|corp|company|publishing|publications?|foundation|institute|university|council|ministry|department|bureau|office|desk|editorial|redação|redacción|rédaction|redaktion|redazione)\b/i;
/** Author strings that are roles or placeholders, neither a person nor a publisher. */
const ROLE_WORD =
  /^(?:staff|staff writers?|staff reporters?|reporters?|writers?|editors?|editor at large|contributors?|contributing writers?|correspondents?|columnists?|photographers?|producers?|analysts?|admin|administrator|guest|guest author|anonymous|unknown|user|webmaster|team|the editors|editorial (?:staff|team|board)|news desk|web desk)$/i;
/** Lower-case particles that may sit inside a person's name. */
const NAME_PARTICLE = /^(?:de|da|das|do|dos|di|del|della|der|den|van|von|zu|du|la|le|bin|binti|ibn|al|el|y|e|ter|ten|st\.?)$/;

// ------------------------------------------------------------------------------------------------
// One walk over the page.

interface PageFacts {
  /** Meta tags by lower-cased name/property/itemprop, in page order. */
  meta: Map<string, string[]>;
  jsonLd: string[];
  canonical: string | null;
  imageSrc: string | null;
  lang: string | null;
  title: string | null;
  h1: string | null;
  /** `<time datetime>` values, with whether the element says it is the publication or modification date. */
  times: Array<{ value: string; role: 'published' | 'modified' | null }>;
  /** Text of byline-like elements (`rel=author`, `itemprop=author`, class `byline`/`author`). */
  bylines: string[];
  /** Text of elements whose class or id says they hold a date (`date`, `published`, `timestamp`), in page order. */
  dateTexts: string[];
}

/** Class and id words of elements that show a date. */
const DATE_HINT = /(?:^|\s)(?:date|dates|dateline|published|publish\s?date|pub\s?date|post\s?date|entry\s?date|article\s?date|timestamp|time\s?stamp|posted\s?on)(?:$|\s)/;
const DATE_PREFILTER = /date|publish|timestamp|posted/i;
/** A date element's text is short ("Date 19.01.2020", "Published November 19, 2019 10:41 a.m. ET"). */
const MAX_DATE_TEXT_CHARS = 80;

function isDateElement(element: Element): boolean {
  const cls = element.attribs['class'];
  const id = element.attribs['id'];
  if (!(cls !== undefined && DATE_PREFILTER.test(cls)) && !(id !== undefined && DATE_PREFILTER.test(id))) return false;
  return DATE_HINT.test(hintWords(`${cls ?? ''} ${id ?? ''}`));
}

const BYLINE_HINT = /(?:^|\s)(?:byline\w*|author|authors|author\s?name|by\s?line|article\s?author|post\s?author|entry\s?author|writer|dateline\s?author)(?:$|\s)/;
const BYLINE_EXCLUDE = /(?:^|\s)(?:bio|biography|avatar|image|img|photo|description|about|more|social|follow|twitter|email|title|job|role)(?:$|\s)/;

function collectFacts(root: AnyNode): PageFacts {
  const facts: PageFacts = { meta: new Map(), jsonLd: [], canonical: null, imageSrc: null, lang: null, title: null, h1: null, times: [], bylines: [], dateTexts: [] };
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isTag(node)) {
      // The document root (and CDATA sections) hold elements too.
      if (hasChildren(node)) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
      continue;
    }
    const { name, attribs } = node;
    let descend = true;
    switch (name) {
      case 'html':
        if (attribs['lang'] || attribs['xml:lang']) facts.lang = attribs['lang'] || attribs['xml:lang'] || null;
        break;
      case 'meta': {
        const key = (attribs['property'] ?? attribs['name'] ?? attribs['itemprop'] ?? attribs['http-equiv'] ?? '').trim().toLowerCase();
        const content = attribs['content'] ?? attribs['datetime'];
        if (key && content !== undefined) {
          // Pages escape their meta content twice over now and then ("Caf&amp;eacute;").
          const value = collapseSpaces(decodeEntities(content));
          if (value) {
            const list = facts.meta.get(key);
            if (list) list.push(value);
            else facts.meta.set(key, [value]);
          }
        }
        descend = false;
        break;
      }
      case 'script':
        if ((attribs['type'] ?? '').toLowerCase().includes('ld+json')) facts.jsonLd.push(textOfScript(node));
        descend = false;
        break;
      case 'link': {
        const rel = (attribs['rel'] ?? '').toLowerCase().split(/\s+/);
        if (rel.includes('canonical') && !facts.canonical) facts.canonical = attribs['href'] ?? null;
        if (rel.includes('image_src') && !facts.imageSrc) facts.imageSrc = attribs['href'] ?? null;
        descend = false;
        break;
      }
      case 'title':
        // Its text is read directly: <title> is raw text, which the content walkers skip. An <svg>'s title names a picture.
        if (facts.title === null && !(node.parent && isTag(node.parent) && node.parent.name === 'svg')) {
          facts.title = collapseSpaces(node.children.map((child) => (isText(child) ? child.data : '')).join('')) || null;
        }
        descend = false;
        break;
      case 'h1':
        if (facts.h1 === null) facts.h1 = collapseSpaces(textOf(node)) || null;
        break;
      case 'time': {
        // Without a datetime attribute, the element's text is its date.
        const value = attribs['datetime'] ?? collapseSpaces(textOf(node));
        if (value) {
          const itemprop = (attribs['itemprop'] ?? '').toLowerCase();
          const role = itemprop === 'datepublished' || attribs['pubdate'] !== undefined ? 'published' : itemprop === 'datemodified' ? 'modified' : null;
          facts.times.push({ value, role });
        }
        break;
      }
      case 'style': case 'noscript': case 'template': case 'svg':
        descend = false;
        break;
      default:
        break;
    }
    if (name !== 'time' && isDateElement(node)) {
      const text = collapseSpaces(textOf(node));
      if (text && text.length <= MAX_DATE_TEXT_CHARS) facts.dateTexts.push(text);
    }
    if (name !== 'meta' && name !== 'link' && isBylineElement(node)) {
      const text = collapseSpaces(textOf(node));
      if (text && text.length <= MAX_BYLINE_CHARS) facts.bylines.push(text);
      descend = false;
    }
    if (descend) {
      const children = node.children;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  return facts;
}

function textOfScript(element: Element): string {
  return element.children.map((child) => ('data' in child ? String(child.data) : '')).join('');
}

const BYLINE_PREFILTER = /author|byline|by-line|writer/i;

function isBylineElement(element: Element): boolean {
  const { attribs } = element;
  if ((attribs['rel'] ?? '').split(/\s+/).includes('author')) return true;
  if ((attribs['itemprop'] ?? '') === 'author') return true;
  const cls = attribs['class'];
  const id = attribs['id'];
  // Cheap test first: most elements name neither an author nor a byline.
  if (!(cls !== undefined && BYLINE_PREFILTER.test(cls)) && !(id !== undefined && BYLINE_PREFILTER.test(id))) return false;
  const hints = hintWords(`${cls ?? ''} ${id ?? ''}`);
  return BYLINE_HINT.test(hints) && !BYLINE_EXCLUDE.test(hints);
}

// ------------------------------------------------------------------------------------------------
// JSON-LD.

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

/** Parses one JSON-LD script; tolerates HTML comments, CDATA wrappers and raw control characters. */
function parseJsonLd(text: string): Json | undefined {
  const cleaned = text.replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '').replace(/(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/, '').trim();
  if (!cleaned) return undefined;
  try {
    return JSON.parse(cleaned) as Json;
  } catch {
    try {
      // eslint-disable-next-line no-control-regex
      return JSON.parse(cleaned.replace(/[\u0000-\u001f]+/g, ' ')) as Json;
    } catch {
      return undefined;
    }
  }
}

/** Every JSON-LD object on the page, flattened out of arrays and `@graph`s. */
function jsonLdObjects(scripts: string[]): JsonObject[] {
  const objects: JsonObject[] = [];
  for (const script of scripts) {
    const queue: Json[] = [];
    const parsed = parseJsonLd(script);
    if (parsed !== undefined) queue.push(parsed);
    while (queue.length > 0 && objects.length < MAX_JSON_LD_OBJECTS) {
      const item = queue.shift()!;
      if (Array.isArray(item)) queue.push(...item);
      else if (isObject(item)) {
        objects.push(item);
        if (item['@graph'] !== undefined) queue.push(item['@graph']);
      }
    }
  }
  return objects;
}

/** The JSON-LD object describing the article: a news or article type beats a plain WebPage. */
function articleObject(objects: JsonObject[]): JsonObject | null {
  const candidates = objects.filter((o) => typeNames(o).some((t) => ARTICLE_TYPES.test(t)));
  const specific = candidates.find((o) => !typeNames(o).some((t) => /WebPage|ItemPage|VideoObject/.test(t)));
  return specific ?? candidates[0] ?? null;
}

function stringOf(value: Json | undefined): string | null {
  if (typeof value === 'string') return collapseSpaces(decodeEntities(value)) || null;
  if (typeof value === 'number') return String(value);
  if (isObject(value)) return stringOf(value['name'] ?? value['@value'] ?? value['url'] ?? value['@id']);
  if (Array.isArray(value)) return stringOf(value[0]);
  return null;
}

function urlOf(value: Json | undefined): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (isObject(value)) return urlOf(value['url'] ?? value['@id'] ?? value['contentUrl']);
  if (Array.isArray(value)) return urlOf(value[0]);
  return null;
}

/** JSON-LD strings sometimes carry HTML entities (`&amp;`, `&#8217;`). */
function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  // Every HTML5 named reference (&eacute;, &rsquo;), numeric ones, and those escaped twice over
  // (&amp;eacute; in an attribute decodes once in the parser, once here); only with a semicolon.
  // Required, not imported: the parser has loaded this very module that way, tables and all.
  decodeStrict ??= (createRequire(import.meta.url)('entities/decode') as { decodeHTMLStrict: (text: string) => string }).decodeHTMLStrict;
  return decodeStrict(text);
}

let decodeStrict: ((text: string) => string) | null = null;

// ------------------------------------------------------------------------------------------------
// Field normalizers. Each returns null for a value it cannot vouch for.

function absoluteUrl(value: string | null | undefined, base: string | null, keepFragment = false): string | null {
  if (!value) return null;
  try {
    const url = base ? new URL(value.trim(), base) : new URL(value.trim());
    // JSON-LD ids carry "#article" / "#webpage" fragments; an article's address has none.
    if (!keepFragment) url.hash = '';
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** A BCP 47 language tag (`en`, `en-GB`, `pt-BR`), from `en_US`, `EN`, `en-us` and the like. */
export function normalizeLanguage(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = value.trim().replace(/_/g, '-');
  if (!/^[a-z]{2,3}(?:-[a-z\d]{2,8})*$/i.test(text)) return null;
  const [primary, ...rest] = text.split('-');
  return [primary!.toLowerCase(), ...rest.map((part) => (part.length === 2 ? part.toUpperCase() : part.length === 4 ? part[0]!.toUpperCase() + part.slice(1).toLowerCase() : part.toLowerCase()))].join('-');
}


/** Separators between a headline and the site name in a page title. */
const TITLE_SEPARATOR = /(?<!\s)(?:\s+[|\-–—·•:»~/]\s+|\s*[|»·•]\s*)/;

/**
 * Removes a " | Site" style suffix (or "Site | " prefix) from a page title: the site name when it
 * is known; else what follows the page's own headline (`<h1>`); else a last part naming the host.
 * A title with no recognizable site part is returned whole.
 */
export function cleanTitle(title: string, siteName: string | null, headline: string | null, host: string | null = null): string {
  const text = collapseSpaces(title);
  // "Site: Headline" (a colon is too common inside headlines to split on otherwise).
  if (siteName) {
    const colon = text.indexOf(': ');
    if (colon > 0 && comparisonKey(text.slice(0, colon)) === comparisonKey(siteName)) return text.slice(colon + 2).trim();
  }
  const parts = text.split(TITLE_SEPARATOR).map((part) => part.trim()).filter(Boolean);
  if (parts.length < 2) return text;
  const site = siteName ? comparisonKey(siteName) : null;
  if (site) {
    const first = comparisonKey(parts[0]!);
    const last = comparisonKey(parts[parts.length - 1]!);
    if (last === site || (last.length > 2 && site.includes(last)) || (site.length > 2 && last.includes(site) && last.length <= site.length + 4)) return joinTitle(text, parts.slice(0, -1));
    if (first === site || (first.length > 2 && site.includes(first))) return joinTitle(text, parts.slice(1));
  }
  // The page's own headline followed by something else: "Headline | Section | Site".
  if (headline) {
    const wanted = comparisonKey(headline);
    let joined = '';
    for (let i = 0; i < parts.length - 1 && joined.length < wanted.length; i++) {
      joined += comparisonKey(parts[i]!);
      if (joined === wanted) return joinTitle(text, parts.slice(0, i + 1));
    }
  }
  // No site name: drop a last part that names the host ("… - NJ.com", "… | Example News" on example.com).
  const last = comparisonKey(parts[parts.length - 1]!);
  const hostName = host ? hostKeyOf(host) : null;
  if (hostName && last.length > 1 && (last.includes(hostName) || hostName.includes(last))) return joinTitle(text, parts.slice(0, -1));
  return text;
}

/** Joins kept title parts with the separators they had in the original. */
function joinTitle(original: string, kept: string[]): string {
  if (kept.length === 0) return original;
  const start = original.indexOf(kept[0]!);
  const lastPart = kept[kept.length - 1]!;
  const end = original.lastIndexOf(lastPart) + lastPart.length;
  return start >= 0 && end > start ? original.slice(start, end) : kept.join(' - ');
}

/** True when `name` reads as a person's name: a few capitalized words, no digits, no organization words. */
export function isPersonName(name: string): boolean {
  if (name.length > MAX_NAME_CHARS || /[\d@/\\:]/.test(name) || ORGANIZATION_WORD.test(name) || ROLE_WORD.test(name) || DOMAIN.test(name)) return false;
  const words = name.split(/\s+/);
  if (/^(?:the|a|an)$/i.test(words[0]!)) return false;
  if (words.length > MAX_NAME_WORDS) return false;
  let capitalized = 0;
  for (const word of words) {
    if (/^\p{Lu}/u.test(word) || /^\p{Lo}/u.test(word)) capitalized++;
    else if (!NAME_PARTICLE.test(word) && !/^\p{Ll}'\p{Lu}/u.test(word)) return false;
  }
  return capitalized > 0;
}

/**
 * Splits author strings into people's names; organizations and desks are returned apart, roles and
 * placeholders ("Staff", "Admin") are dropped. Cleans "By", e-mail addresses, links, dates, handles.
 */
export function cleanAuthors(values: string[]): { people: string[]; organizations: string[] } {
  const people: string[] = [];
  const organizations: string[] = [];
  const seen = new Set<string>();
  for (const value of values) {
    const text = decodeEntities(value)
      .replace(/(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+/g, ' ')
      .replace(/https?:\/\/\S+/g, ' ')
      .replace(/\(\s*@?\w*\s*\)|\[\s*\]/g, ' ')
      .replace(/(?:^|\s)@\w+/g, ' ')
      .replace(/^\s*(?:(?:written|reported|posted|story|words|text|photos?)\s+)?(?:by|por|par|von|di|de)\b\s*:?\s*/i, '')
      // A label before the name: "Author Ben Knight", "Text: Ben Knight", "Autorin: …".
      .replace(/^\s*(?:authors?|writers?|reporters?|text|words|story|autor(?:in)?|auteur|autore)\s*[:|]?\s+(?=\p{Lu})/iu, '')
      .replace(/\b(?:updated|published|posted|last modified|modified)\b[\s\S]*$/i, '')
      .replace(/\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b,?\s+(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[\s\S]*$/i, '')
      .replace(/\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b[\s\S]*$/, '')
      .replace(/\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2},?\s+\d{4}[\s\S]*$/i, '');
    for (const part of text.split(/(?<!\s)\s*(?:,|&|;|\||\/|•|·|\s-\s|\s–\s|\s—\s|(?<=\p{L}{2})\.\s+(?=\p{Lu})|(?<=\s)(?:and|und|et|y|e|with)(?=\s))\s*/iu)) {
      const name = collapseSpaces(part).replace(/^(?:by|por|par|von)\s+/i, '').replace(/^[\s"'“”‘’(]+|(?<![\s"'“”‘’).,;:])[\s"'“”‘’).,;:]+$/g, '');
      if (!name || !/\p{L}/u.test(name)) continue;
      const key = name.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      if (/^\p{Lu}{2,5}$/u.test(name)) organizations.push(name); // AP, AFP, PTI: agencies
      else if (isPersonName(name) && !isPlaceName(name)) people.push(name);
      else if ((ORGANIZATION_WORD.test(name) || DOMAIN.test(name)) && name.length <= MAX_NAME_CHARS && !ROLE_WORD.test(name)) organizations.push(name);
    }
  }
  // "Jane Doe, Futurism": next to full names, a one-word author is the outlet they wrote for.
  // Next to full names, a lone one-word "author" is usually the outlet or a handle: not a person we can vouch for.
  const kept = people.some((name) => name.includes(' ')) ? people.filter((name) => name.includes(' ')) : people;
  return { people: kept.map(titleCaseShouting), organizations };
}

/**
 * A country or region, or a one-word city that is not also a given name: a dateline ("Hamburg,
 * Germany") read as a byline, never an author. "Austin" or "Lincoln" alone may be a person.
 */
function isPlaceName(name: string): boolean {
  if (isListed(name, Cls.Country | Cls.Region)) return true;
  return !name.includes(' ') && isListed(name, Cls.City) && !isListed(name, Cls.First);
}

/** "MEG KINNARD" → "Meg Kinnard": bylines in capitals are styling, not spelling. */
function titleCaseShouting(name: string): string {
  if (name !== name.toUpperCase() || !/\p{Lu}{2}/u.test(name)) return name;
  return name.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** A web address used as a name: "Cleveland.com". */
const DOMAIN = /\p{L}\.(?:com|net|org|co|info|news|io|tv|fm|[a-z]{2})(?:\.[a-z]{2})?$/iu;

/** Splits keyword strings into tags, dropping duplicates and sentences. */
function splitKeywords(values: string[]): string[] | null {
  const tags: string[] = [];
  for (const value of values) {
    for (const part of decodeEntities(value).split(/(?<!\s)\s*[,;]\s*/)) {
      const tag = collapseSpaces(part);
      // CMS-internal tags ("@river", "_no-apple-news", "&quot") start with a symbol.
      if (tag && /^[\p{L}\p{N}]/u.test(tag) && tag.length <= MAX_TAG_CHARS && !tags.some((t) => t.toLowerCase() === tag.toLowerCase())) tags.push(tag);
    }
  }
  return tags.length > 0 ? tags : null;
}

/** Titles that name the site or a section, never an article. */
const GENERIC_TITLE = /^(?:home|homepage|news|index|untitled|article|blog|page not found|404)$/i;

function plausibleTitle(value: string | null): string | null {
  return value && value.length >= 3 && !GENERIC_TITLE.test(value) ? value : null;
}

// ------------------------------------------------------------------------------------------------

/**
 * How much metadata to read: all of it, or what the body's extraction needs (the title, and the
 * declared language), for output of the body alone (`--only body`): the authors, dates,
 * description, image and tags are then left empty, which is a fifth of a page's extraction time.
 */
export type MetadataScope = 'all' | 'title';

/**
 * Reads the metadata of the page loaded in `$`; `pageUrl` is where the page came from, if known.
 * With `scope` `title`, the title is the same as with `all`.
 */
export function extractMetadata($: CheerioAPI, pageUrl: string | null, scope: MetadataScope = 'all'): ArticleMeta {
  const root = $.root().get(0);
  const facts = root ? collectFacts(root) : collectFacts({ type: 'root', children: [] } as unknown as AnyNode);
  const sources: MetaSources = {};
  const objects = jsonLdObjects(facts.jsonLd);
  const ld = articleObject(objects);
  const meta = (...keys: string[]): string | null => {
    for (const key of keys) {
      const value = facts.meta.get(key)?.[0];
      if (value) return value;
    }
    return null;
  };
  const metaAll = (...keys: string[]): string[] => keys.flatMap((key) => facts.meta.get(key) ?? []);

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
    ['json-ld', () => absoluteUrl(urlOf(ld?.['url']) ?? urlOf(ld?.['mainEntityOfPage']), pageUrl)],
    ['meta', () => absoluteUrl(meta('og:url', 'twitter:url'), pageUrl)],
    ['markup', () => absoluteUrl(facts.canonical, pageUrl)],
    ['input', () => absoluteUrl(pageUrl, null, true)],
  ]);

  // The publisher as the page names it; an organization named as author stands in when it is missing.
  const publisherName = [
    stringOf(isObject(ld?.['publisher']) ? ld['publisher']['name'] : ld?.['publisher']),
    stringOf(objects.find((o) => typeNames(o).some((t) => /^(?:WebSite)$/.test(t)))?.['name']),
  ].find((v) => v) ?? null;
  const metaSiteName = [meta('og:site_name'), meta('application-name'), meta('al:ios:app_name'), meta('publisher'), meta('dc.publisher')]
    .find((v) => v && !/^https?:|^www\./i.test(v))?.replace(/^@/, '') ?? null;
  const host = hostOf(url ?? pageUrl);
  // A news agency named as publisher is the story's source when the page names its own site
  // otherwise (a paper carrying wire copy, in og:site_name or its title); alone, it is the site.
  const titleSite = facts.title ? siteInTitle(facts.title, host) : null;
  const ownPublisher = publisherName && isNewsAgency(publisherName) && (metaSiteName ?? titleSite) !== null ? null : publisherName;
  const knownSite = ownPublisher ?? metaSiteName;

  const authorOrganizations: string[] = [];
  const people = (values: string[]): string[] | null => {
    const { people: names, organizations } = cleanAuthors(values.map((value) => withoutSiteName(value, knownSite)));
    for (const organization of organizations) if (!authorOrganizations.includes(organization)) authorOrganizations.push(organization);
    // An "author" that is the site itself ("AppleInsider" on appleinsider.com) is the publisher.
    const persons = names.filter((name) => !namesSite(name, knownSite, host));
    return persons.length > 0 ? persons : null;
  };
  // Read when asked for: the site name falls back on the authors' organizations, and only then
  // does a title-only read need them.
  let authorsRead: string[] | null = null;
  const readAuthors = (): string[] => (authorsRead ??= pick('authors', [
      ['json-ld', () => people(jsonLdAuthors(ld?.['author'] ?? ld?.['creator'], authorOrganizations))],
      ['meta', () => people(metaAll('author', 'article:author', 'sailthru.author', 'parsely-author', 'dc.creator', 'dcterms.creator', 'byl', 'cxenseparse:author').filter((a) => !/^https?:|^www\./i.test(a)))],
      // Byline markup is noisy: the first byline that names someone is the article's (later ones
      // belong to teasers), and only full names count from it (not datelines or "Guest").
      ['markup', () => {
        for (const byline of facts.bylines) {
          const names = people([byline])?.filter((name) => name.includes(' '));
          if (names && names.length > 0) return names;
        }
        return null;
      }],
    ]) ?? []);
  // Read here in a whole read, so that the sources keep their order.
  if (scope === 'all') readAuthors();

  const siteName = pick('siteName', [
    ['json-ld', () => siteNameOf(ownPublisher)],
    ['meta', () => siteNameOf(metaSiteName)],
    ['title', () => titleSite],
    ['author', () => (readAuthors(), authorOrganizations.find((name) => !isNewsAgency(name)) ?? null)],
    ['url', () => host?.replace(/^www\./, '') ?? null],
  ]);

  const rawTitle = pick('title', [
    ['json-ld', () => plausibleTitle(stringOf(ld?.['headline']) ?? stringOf(ld?.['name']))],
    ['meta', () => plausibleTitle(meta('og:title', 'twitter:title', 'dc.title', 'headline'))],
    ['markup', () => plausibleTitle(facts.h1) ?? plausibleTitle(facts.title)],
  ]);

  const published = scope === 'title' ? null : pick('published', [
    ['json-ld', () => normalizeDate(stringOf(ld?.['datePublished'])) ?? normalizeDate(stringOf(ld?.['dateCreated'])) ?? normalizeDate(stringOf(ld?.['uploadDate']))],
    ['meta', () => firstDate(metaAll('article:published_time', 'og:published_time', 'article:published', 'datepublished', 'pubdate', 'publishdate', 'publish-date', 'publication_date', 'sailthru.date', 'parsely-pub-date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'date', 'created'))],
    // A visible date: a <time> that says it is the publication date, the one day all <time>s
    // name, a date in the byline ("By Ben Knight, November 19, 2019"), or the one day all
    // date-classed elements show ("Date 19.01.2020"); a related story's date disagrees and voids it.
    ['markup', () =>
      firstDate(facts.times.filter((t) => t.role === 'published').map((t) => t.value)) ??
      soleDate(facts.times.map((t) => t.value)) ??
      firstDate(facts.bylines) ??
      soleDate(facts.dateTexts)],
    ['url', () => dateFromUrl(url ?? pageUrl) ?? dateFromUrl(pageUrl)],
  ]);

  const modified = scope === 'title' ? null : pick('modified', [
    ['json-ld', () => normalizeDate(stringOf(ld?.['dateModified']))],
    ['meta', () => firstDate(metaAll('article:modified_time', 'og:updated_time', 'article:modified', 'datemodified', 'last-modified', 'dcterms.modified', 'lastmod'))],
    ['markup', () => firstDate(facts.times.filter((t) => t.role === 'modified').map((t) => t.value))],
  ]);

  const language = pick('language', [
    ['json-ld', () => normalizeLanguage(stringOf(ld?.['inLanguage']))],
    ['meta', () => normalizeLanguage(meta('og:locale', 'content-language', 'language', 'dc.language'))],
    ['markup', () => normalizeLanguage(facts.lang)],
  ]);

  const title = rawTitle ? cleanTitle(rawTitle, siteName, facts.h1, host) : null;
  if (scope === 'title') {
    return { title, authors: [], published: null, modified: null, siteName, language, url, description: null, image: null, tags: [], sources };
  }

  const description = pick('description', [
    ['json-ld', () => stringOf(ld?.['description'])],
    ['meta', () => meta('og:description', 'description', 'twitter:description', 'dc.description')],
  ]);

  const image = pick('image', [
    ['json-ld', () => absoluteUrl(urlOf(ld?.['image']) ?? urlOf(ld?.['thumbnailUrl']), url ?? pageUrl)],
    ['meta', () => absoluteUrl(meta('og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src', 'thumbnail'), url ?? pageUrl)],
    ['markup', () => absoluteUrl(facts.imageSrc, url ?? pageUrl)],
  ]);

  const tags =
    pick('tags', [
      ['json-ld', () => splitKeywords(asArray(ld?.['keywords']).map((k) => stringOf(k) ?? ''))],
      ['meta', () => splitKeywords(metaAll('article:tag', 'news_keywords', 'keywords', 'parsely-tags', 'sailthru.tags'))],
    ]) ?? [];

  return {
    title,
    authors: readAuthors(),
    published,
    modified,
    siteName,
    language,
    url,
    description,
    image,
    tags,
    sources,
  };
}

const NEWS_AGENCY_KEYS = new Set(NEWS_AGENCIES.map(comparisonKey));

function isNewsAgency(name: string): boolean {
  return NEWS_AGENCY_KEYS.has(comparisonKey(name));
}

/** A site name without its tagline or a second spelling: "The Jerusalem Post | JPost.com" → "The Jerusalem Post". */
function siteNameOf(name: string | null): string | null {
  if (!name) return null;
  const parts = name.split(TITLE_SEPARATOR).map((part) => part.trim()).filter(Boolean);
  if (parts.length < 2) return name;
  return parts.find((part) => !DOMAIN.test(part)) ?? parts[0]!;
}

/** The last part of a page title when it names the page's host: "Ferry fares rise - Bayside Courier" on baysidecourier.com. */
function siteInTitle(title: string, host: string | null): string | null {
  const parts = collapseSpaces(title).split(TITLE_SEPARATOR).map((part) => part.trim()).filter(Boolean);
  if (parts.length < 2 || !host) return null;
  const last = parts[parts.length - 1]!;
  const key = comparisonKey(last);
  const hostKey = hostKeyOf(host);
  return hostKey.length > 2 && (key === hostKey || key.replace(/^the/, '') === hostKey || (key.length > 2 && hostKey.includes(key))) ? siteNameOf(last) : null;
}

/** Removes the site's own name from a byline: "Kevin McCoy USA TODAY" → "Kevin McCoy". */
function withoutSiteName(value: string, site: string | null): string {
  if (!site || site.length < 3) return value;
  const [suffix, prefix] = sitePatterns(site);
  return value.replace(suffix, '').replace(prefix, '');
}

/** Sites whose patterns are kept: a page asks for the same few sites' several times, a batch site after site. */
const SITE_PATTERNS_KEPT = 256;
const sitePatternCache = new Map<string, [RegExp, RegExp]>();

/** Patterns of `site` as a title's suffix ("… | Site") and prefix ("Site: …"). */
function sitePatterns(site: string): [RegExp, RegExp] {
  let patterns = sitePatternCache.get(site);
  if (!patterns) {
    const escaped = site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    patterns = [new RegExp(`(?:^|[\\s,|–—-]+)${escaped}\\s*$`, 'i'), new RegExp(`^\\s*${escaped}(?:[\\s,|:–—-]+)`, 'i')];
    if (sitePatternCache.size >= SITE_PATTERNS_KEPT) sitePatternCache.clear();
    sitePatternCache.set(site, patterns);
  }
  return patterns;
}

/** True when a name is the site's name or its host name. */
function namesSite(name: string, site: string | null, host: string | null): boolean {
  const key = comparisonKey(name);
  if (site && key === comparisonKey(site)) return true;
  if (!host) return false;
  const hostKey = hostKeyOf(host);
  return hostKey.length > 2 && key === hostKey;
}

/** A host's name as a comparison key, without `www.` and its top-level domain: `www.nj.com` → `nj`. */
function hostKeyOf(host: string): string {
  return comparisonKey(host.replace(/^www\./, '').replace(/\.[a-z]{2,3}(?:\.[a-z]{2})?$/i, ''));
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

/**
 * The date of `<time>` elements that do not say what they date: trusted only when every one of
 * them is the same day (a page listing other stories' times says nothing about this one).
 */
function soleDate(values: string[]): string | null {
  const dates = values.map(normalizeDate).filter((d): d is string => d !== null);
  if (dates.length === 0) return null;
  const day = dates[0]!.slice(0, 10);
  return dates.every((d) => d.slice(0, 10) === day) ? dates[0]! : null;
}

function firstDate(values: string[]): string | null {
  for (const value of values) {
    const date = normalizeDate(value);
    if (date) return date;
  }
  return null;
}

/** Names of JSON-LD authors that are people; organizations are added to `organizations`. */
function jsonLdAuthors(value: Json | undefined, organizations: string[]): string[] {
  const names: string[] = [];
  for (const item of asArray(value)) {
    if (isObject(item)) {
      const name = stringOf(item['name']);
      if (!name) continue;
      if (typeNames(item).some((t) => ORGANIZATION_TYPES.test(t))) {
        if (!organizations.includes(name)) organizations.push(name);
      } else {
        names.push(name);
      }
    } else {
      const name = stringOf(item);
      if (name && !/^https?:/i.test(name)) names.push(name);
    }
  }
  return names;
}
