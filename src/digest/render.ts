/**
 * A digest printed: JSON for programs, text for a terminal, Markdown for notes and wikis. Every
 * string from the inputs goes through the same terminal-safety and escaping rules as a
 * summary's output.
 */
import { TYPE_NAMES, escapeBlockText, escapeMarkdown, urlMarkdown } from '../render/markdown.js';
import { oneLine } from '../render/sanitize.js';
import { leftOutLine } from '../render/sections.js';
import { type TextStyles, textStyles, textWidth } from '../render/text.js';
import { wrap } from '../render/wrap.js';
import { digestJson } from './json.js';
import type { Digest, DigestEntity, DigestEvent, DigestQuote, DigestStory } from './types.js';

/** Shared entities named per story in text output; the JSON has them all. */
const TEXT_SHARED_ENTITIES = 6;

/** Quotes shown per story in text and Markdown without `--all`: the main voices fit on a screen. */
const STORY_QUOTES = 6;

/** Entities listed after the stories, without `--all`: the batch's main cast, most salient first. */
const LISTED_ENTITIES = 15;

/** Entity names listed per type under a Markdown story: its cast, not every passing name. */
const STORY_CAST = 8;

/** How the option is written in a left-out line of Markdown: as code, so no renderer makes its dashes typographic. */
const ALL_FLAG = '`--all`';

/** How a digest is printed as text or Markdown. */
export interface DigestRenderOptions {
  /** Text only: colour on or off (colour needs `loadColor()` first). */
  color?: boolean;
  /** Text only: columns to wrap to. */
  width?: number;
  /** Every quote and entity, not the first few. */
  all?: boolean;
}

/** Wrap width when none is given: a terminal's usual 80 columns. */
const DEFAULT_WIDTH = 80;

/** The digest as one JSON document, without a final newline: see `json.ts`. */
export function renderDigestJson(digest: Digest): string {
  return digestJson(digest).slice(0, -1);
}

/** `count` with its noun: "1 article", "3 articles". */
export function counted(count: number, singular: string, plural: string): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** The first line of a digest: how many stories of how many articles and inputs. */
export function overview(digest: Digest): string {
  const articles = digest.stories.reduce((sum, story) => sum + story.articles.length, 0);
  return `${counted(digest.stories.length, 'story', 'stories')} from ${counted(articles, 'article', 'articles')} (${counted(digest.inputs, 'input', 'inputs')})`;
}

/** A story's size and days: "3 articles, 4 sources, 2024-02-05 to 2024-02-07". */
function storyLine(story: DigestStory): string {
  const days = story.firstDay === null ? '' : story.firstDay === story.lastDay ? story.firstDay : `${story.firstDay} to ${story.lastDay}`;
  return `${counted(story.articles.length, 'article', 'articles')}${story.sourceCount > story.articles.length ? `, ${story.sourceCount} sources` : ''}${days ? `, ${days}` : ''}`;
}

/** The site (else the source's name) each article id of the digest was first read from. */
function articleSites(digest: Digest): Map<string, string> {
  const sites = new Map<string, string>();
  for (const story of digest.stories) for (const article of story.articles) sites.set(article.id, article.site ?? article.source);
  return sites;
}

/** The distinct sites of a list of article ids, in order. */
function sitesOf(ids: readonly string[], sites: ReadonlyMap<string, string>): string[] {
  return [...new Set(ids.map((id) => sites.get(id) ?? id))];
}

/** A story's quotes, speaker by speaker in the digest's order, each with the sites of this story carrying it: at most `limit`, and how many were left out. */
function storyQuotes(digest: Digest, story: DigestStory, limit: number): { groups: QuoteGroup[]; leftOut: number } {
  const groups: QuoteGroup[] = [];
  let shown = 0;
  let total = 0;
  for (const speaker of digest.speakers) {
    const quotes = speaker.quotes
      .map((quote) => ({ quote, sources: quote.sources.filter((source) => source.story === story.id) }))
      .filter(({ sources }) => sources.length > 0)
      .map(({ quote, sources }) => ({ quote, sites: [...new Set(sources.map((source) => source.site ?? source.source))] }));
    total += quotes.length;
    if (quotes.length === 0 || shown >= limit) continue;
    const kept = quotes.slice(0, limit - shown);
    shown += kept.length;
    groups.push({ speaker: speaker.name, quotes: kept });
  }
  return { groups, leftOut: total - shown };
}

/** One speaker's quotes in a story, each with the sites that carry it. */
interface QuoteGroup {
  speaker: string | null;
  quotes: Array<{ quote: DigestQuote; sites: string[] }>;
}

/** The sites of a timeline entry, for showing where it comes from. */
function eventSites(event: DigestEvent, sites: ReadonlyMap<string, string>): string {
  const names = sitesOf(event.articles, sites);
  return names.join(', ');
}

/** One entity as a line of the batch's cast: name, type, stories and other names. */
function entityText(entity: DigestEntity, storyNumbers: ReadonlyMap<string, number>): string {
  const stories = entity.stories.map((id) => storyNumbers.get(id) ?? id).join(', ');
  const also = entity.aliases.length > 0 ? `; also ${entity.aliases.map(oneLine).join(', ')}` : '';
  return `${oneLine(entity.name)} (${TYPE_NAMES[entity.type]}): ${entity.stories.length === 1 ? 'story' : 'stories'} ${stories}, ${counted(entity.articles.length, 'article', 'articles')}${also}`;
}

/**
 * The digest as text for reading: each story's headline, articles, key points, quotes by
 * speaker with the sites carrying them, timeline and shared entities; then the batch's people
 * and organizations. Wrapped to `width` columns.
 */
export function renderDigestText(digest: Digest, options: DigestRenderOptions = {}): string {
  const c: TextStyles = textStyles(options.color ?? false);
  const width = textWidth(options.width ?? DEFAULT_WIDTH);
  const all = options.all ?? false;
  const sites = articleSites(digest);
  const lines: string[] = [overview(digest)];
  digest.stories.forEach((story, index) => {
    lines.push('');
    lines.push(c.bold(wrap(`${index + 1}. ${oneLine(story.headline ?? '(no title)')}`, width, '', '   ')));
    lines.push(c.dim(wrap(storyLine(story), width, '   ', '   ')));
    for (const article of story.articles) {
      const from = article.sources.map((source) => oneLine(source.site ?? source.name)).join(', ');
      lines.push(wrap(`- ${oneLine(article.title ?? article.source)} (${from}${article.published ? `, ${article.published.slice(0, 10)}` : ''})`, width, '   ', '     '));
    }
    if (story.keySentences.length > 0) {
      lines.push(`   ${c.heading('Key points')}`);
      for (const point of story.keySentences) {
        const carried = point.articles.length > 1 ? ` ${c.dim(`(${sitesOf(point.articles, sites).map(oneLine).join(', ')})`)}` : '';
        lines.push(wrap(`${oneLine(point.text)}${carried}`, width, '   • ', '     '));
      }
    }
    const quoted = storyQuotes(digest, story, all ? Infinity : STORY_QUOTES);
    if (quoted.groups.length > 0) {
      lines.push(`   ${c.heading('Who said what')}`);
      for (const { speaker, quotes } of quoted.groups) {
        lines.push(wrap(`${speaker === null ? c.dim('Unattributed') : c.cyan(oneLine(speaker))}:`, width, '     ', '       '));
        for (const { quote, sites: from } of quotes) {
          lines.push(wrap(`“${oneLine(quote.text)}” ${c.dim(`— ${from.map(oneLine).join(', ')}`)}`, width, '       ', '        '));
        }
      }
      if (quoted.leftOut > 0) lines.push(c.dim(wrap(leftOutLine(quoted.leftOut, 'quote', 'quotes'), width, '     ', '       ')));
    }
    if (story.timeline.length > 0) {
      lines.push(`   ${c.heading('Timeline')}`);
      for (const event of story.timeline) {
        const what = event.kind === 'published' ? `${oneLine(event.text ?? '(no title)')} ${c.dim(`(${oneLine(eventSites(event, sites))})`)}` : `${oneLine(event.text ?? event.figure ?? '')} ${c.dim(`(${oneLine(eventSites(event, sites))})`)}`;
        lines.push(wrap(`${c.green(event.date)} ${event.kind === 'published' ? 'Published: ' : ''}${what}`, width, '     ', '                '));
      }
    }
    if (story.sharedEntities.length > 0) {
      const names = story.sharedEntities.slice(0, TEXT_SHARED_ENTITIES).map((entity) => oneLine(entity.name));
      const more = story.sharedEntities.length - names.length;
      lines.push(wrap(`${c.yellow('In several articles:')} ${names.join(', ')}${more > 0 ? ` and ${more} more` : ''}`, width, '   ', '     '));
    }
  });
  const cast = digest.entities.filter((entity) => entity.type === 'PERSON' || entity.type === 'ORG');
  if (cast.length > 0) {
    const storyNumbers = new Map(digest.stories.map((story, index) => [story.id, index + 1]));
    const shown = all ? cast : cast.slice(0, LISTED_ENTITIES);
    lines.push('', c.heading('People and organizations'));
    for (const entity of shown) lines.push(wrap(entityText(entity, storyNumbers), width, '  ', '    '));
    if (shown.length < cast.length) lines.push(c.dim(wrap(leftOutLine(cast.length - shown.length, 'entity', 'entities'), width, '  ', '    ')));
  }
  return `${lines.join('\n')}\n`;
}

/** Entity types listed under a Markdown story, with their headings. */
const CAST_TYPES: ReadonlyArray<[DigestEntity['type'], string]> = [['PERSON', 'People'], ['ORG', 'Organizations'], ['PLACE', 'Places']];

/** A list of site names for Markdown, in italics. */
function sitesMarkdown(names: readonly string[]): string {
  return `*${names.map(escapeMarkdown).join(', ')}*`;
}

/**
 * The digest as a Markdown document: a section per story (its articles, key points, who said
 * what with the sites carrying each quote, timeline, and its people and organizations), then a
 * table of the people and organizations across the batch.
 */
export function renderDigestMarkdown(digest: Digest, options: DigestRenderOptions = {}): string {
  const all = options.all ?? false;
  const sites = articleSites(digest);
  const out: string[] = ['# News digest', '', overview(digest), ''];
  digest.stories.forEach((story, index) => {
    out.push(`## ${index + 1}. ${escapeMarkdown(story.headline ?? '(no title)')}`, '', `*${escapeMarkdown(storyLine(story))}*`, '');
    out.push('### Articles', '');
    for (const article of story.articles) {
      const parts = [`**${escapeMarkdown(article.title ?? article.source)}**`];
      parts.push(article.sources.map((source) => escapeMarkdown(source.site ?? source.name)).join(', '));
      if (article.published) parts.push(escapeMarkdown(article.published.slice(0, 10)));
      if (article.url) parts.push(urlMarkdown(article.url));
      out.push(`- ${parts.join(' · ')}`);
    }
    out.push('');
    if (story.keySentences.length > 0) {
      out.push('### Key points', '');
      for (const point of story.keySentences) out.push(`- ${escapeBlockText(point.text)} — ${sitesMarkdown(sitesOf(point.articles, sites))}`);
      out.push('');
    }
    const quoted = storyQuotes(digest, story, all ? Infinity : STORY_QUOTES);
    if (quoted.groups.length > 0) {
      out.push('### Who said what', '');
      for (const { speaker, quotes } of quoted.groups) {
        out.push(speaker === null ? '*Unattributed*' : `**${escapeMarkdown(speaker)}**`, '');
        for (const { quote, sites: from } of quotes) out.push(`- “${escapeMarkdown(quote.text)}” — ${sitesMarkdown(from)}`);
        out.push('');
      }
      if (quoted.leftOut > 0) out.push(`*${leftOutLine(quoted.leftOut, 'quote', 'quotes', ALL_FLAG)}*`, '');
    }
    if (story.timeline.length > 0) {
      out.push('### Timeline', '');
      for (const event of story.timeline) {
        const what = event.kind === 'published' ? `published: **${escapeMarkdown(event.text ?? '(no title)')}**` : escapeMarkdown(event.text ?? event.figure ?? '');
        out.push(`- **${event.date}** — ${what} — ${sitesMarkdown(sitesOf(event.articles, sites))}`);
      }
      out.push('');
    }
    const cast = CAST_TYPES.map(([type, label]) => [label, story.entities.filter((entity) => entity.type === type).slice(0, STORY_CAST)] as const).filter(([, entities]) => entities.length > 0);
    if (cast.length > 0) {
      out.push('### People and organizations', '');
      for (const [label, entities] of cast) out.push(`- ${label}: ${entities.map((entity) => escapeMarkdown(entity.name)).join(', ')}`);
      out.push('');
    }
  });
  const cast = digest.entities.filter((entity) => entity.type === 'PERSON' || entity.type === 'ORG');
  if (cast.length > 0) {
    const storyNumbers = new Map(digest.stories.map((story, index) => [story.id, index + 1]));
    const shown = all ? cast : cast.slice(0, LISTED_ENTITIES);
    out.push('## People and organizations', '', '| Name | Type | Also called | Stories | Articles | Salience |', '|---|---|---|---|---:|---:|');
    for (const entity of shown) {
      const stories = entity.stories.map((id) => storyNumbers.get(id) ?? id).join(', ');
      out.push(`| ${escapeMarkdown(entity.name)} | ${TYPE_NAMES[entity.type]} | ${entity.aliases.map(escapeMarkdown).join(', ')} | ${stories} | ${entity.articles.length} | ${entity.salience} |`);
    }
    out.push('');
    // A paragraph of its own: a line right under the table would be read as one more row.
    if (shown.length < cast.length) out.push(`*${leftOutLine(cast.length - shown.length, 'entity', 'entities', ALL_FLAG)}*`, '');
  }
  while (out[out.length - 1] === '') out.pop();
  return `${out.join('\n')}\n`;
}
