/**
 * Text output for a person: headline, byline, key points, quotes, entities and figures,
 * wrapped to the terminal. The only module that knows chalk (loaded only when colour is on).
 */
import type { Entity, EntityType, Quote, Summary } from '../summary.js';
import { oneLine, sanitize } from './sanitize.js';
import { type ViewOptions, articleBlocks, articleOnly, shows } from './sections.js';
import { trimLines } from '../language/layout.js';
import { replaceEvery } from '../strings.js';

export interface TextRenderOptions extends ViewOptions {
  /** Colour on or off; decided by the caller from the terminal and the environment. */
  color: boolean;
  /** Columns to wrap to. */
  width: number;
}

/** Narrowest and widest wrap widths: below the first nothing reads well, past the second lines get hard to follow. */
const MIN_WIDTH = 40;
const MAX_WIDTH = 100;
/** Entities listed per type, and figures and quotes shown. */
const MAX_ENTITIES_PER_TYPE = 8;
const MAX_FIGURES = 8;
const MAX_QUOTES = 8;

const TYPE_LABELS: ReadonlyArray<[EntityType, string]> = [
  ['PERSON', 'People'],
  ['ORG', 'Organizations'],
  ['PLACE', 'Places'],
  ['NORP', 'Groups'],
  ['EVENT', 'Events'],
  ['WORK', 'Works'],
  ['PRODUCT', 'Products'],
  ['LAW', 'Laws'],
  ['MISC', 'Other'],
];

/**
 * Decides whether text output is coloured: `NO_COLOR` (any non-empty value) and `TERM=dumb`
 * turn it off, `FORCE_COLOR` (other than 0) turns it on, otherwise it follows the terminal.
 */
export function colorEnabled(mode: 'auto' | 'always' | 'never', isTTY: boolean, env: NodeJS.ProcessEnv): boolean {
  if (mode !== 'auto') return mode === 'always';
  if (env['NO_COLOR']) return false;
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (env['TERM'] === 'dumb') return false;
  return isTTY;
}

/** Word-wraps `text` to `width` columns, every line after the first indented by `indent`. */
export function wrap(text: string, width: number, firstIndent: string, indent: string): string {
  // Words are visited one by one and each line is cut from the text as one slice, so a body of
  // millions of words costs time and memory in proportion to its length (no array of words, no
  // line built word by word).
  const spaced = text.includes('  ') ? replaceEvery(text, SPACE_RUN, ' ') : text;
  const lines: string[] = [];
  let prefix = firstIndent;
  let lineStart = -1;
  let lineEnd = 0;
  let lineWidth = 0;
  for (const match of spaced.matchAll(WORD)) {
    const wordWidth = codePoints(match[0]);
    if (lineStart >= 0 && lineWidth + 1 + wordWidth > width) {
      lines.push(prefix + spaced.slice(lineStart, lineEnd));
      prefix = indent;
      lineStart = -1;
    }
    if (lineStart < 0) {
      lineStart = match.index;
      lineWidth = codePoints(prefix) + wordWidth;
    } else {
      lineWidth += 1 + wordWidth;
    }
    lineEnd = match.index + match[0].length;
  }
  lines.push(lineStart < 0 ? prefix : prefix + spaced.slice(lineStart, lineEnd));
  return lines.join('\n');
}

const SPACE_RUN = / {2,}/g;
const WORD = /[^ ]+/g;

/** The number of code points in `text` (a surrogate pair counts once). */
function codePoints(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) count--;
  }
  return count;
}

/** The styles text output uses. */
export interface TextStyles {
  bold(text: string): string;
  dim(text: string): string;
  heading(text: string): string;
  cyan(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
}

const same = (text: string): string => text;
/** No colour: every style leaves the text as it is. */
const PLAIN: TextStyles = { bold: same, dim: same, heading: same, cyan: same, yellow: same, green: same };
let colors: TextStyles | null = null;

/**
 * Loads chalk for coloured output. chalk costs about 20 ms to load, which output without colour
 * (pipes, files, NO_COLOR) never needs, so it is loaded only on demand: call this once before
 * `renderText` with `color: true`.
 */
export async function loadColor(): Promise<void> {
  if (colors) return;
  const { Chalk } = await import('chalk');
  const chalk = new Chalk({ level: 1 });
  colors = {
    bold: (text) => chalk.bold(text),
    dim: (text) => chalk.dim(text),
    heading: (text) => chalk.bold.underline(text),
    cyan: (text) => chalk.cyan(text),
    yellow: (text) => chalk.yellow(text),
    green: (text) => chalk.green(text),
  };
}

function heading(c: TextStyles, text: string): string {
  return c.heading(text);
}

function byline(summary: Summary): string {
  const parts: string[] = [];
  if (summary.meta.authors.length > 0) parts.push(`By ${summary.meta.authors.map(oneLine).join(', ')}`);
  if (summary.meta.published) parts.push(oneLine(summary.meta.published.slice(0, 10)));
  if (summary.meta.siteName) parts.push(oneLine(summary.meta.siteName));
  return parts.join(' · ');
}

/** Quotes grouped by speaker, speakers in order of their first quote, unattributed quotes last. */
function quotesBySpeaker(summary: Summary): Array<[string | null, Quote[]]> {
  const groups = new Map<string | null, Quote[]>();
  for (const quote of summary.quotes) {
    // Appended in place: a copy of the group per quote made a page of quotes quadratic.
    const group = groups.get(quote.speaker);
    if (group) group.push(quote);
    else groups.set(quote.speaker, [quote]);
  }
  const unattributed = groups.get(null);
  groups.delete(null);
  const ordered: Array<[string | null, Quote[]]> = [...groups];
  if (unattributed) ordered.push([null, unattributed]);
  return ordered;
}

function entityLine(entity: Entity): string {
  return `${oneLine(entity.name)} (${entity.count})`;
}

/**
 * The article alone (`--only body`): its blocks unwrapped, one blank line between them, control
 * characters removed; preformatted blocks keep their lines. Nothing else, not even notes.
 */
export function renderArticleText(summary: Pick<Summary, 'body' | 'blocks'>): string {
  const out: string[] = [];
  for (const block of articleBlocks(summary)) {
    const text = block.kind === 'pre'
      ? trimLines(sanitize(block.text))
      : oneLine(block.text);
    if (text) out.push(text);
  }
  return out.join('\n\n');
}

/** One summary as terminal text. */
export function renderText(summary: Summary, options: TextRenderOptions): string {
  if (articleOnly(options)) return renderArticleText(summary);
  if (options.color && !colors) throw new Error('renderText: call loadColor() before rendering with colour.');
  const c = options.color ? colors! : PLAIN;
  const width = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, options.width));
  const out: string[] = [];

  if (shows('meta', options)) {
    const title = summary.meta.title ? oneLine(summary.meta.title) : oneLine(summary.source.name);
    out.push(c.bold(wrap(title, width, '', '')));
    const by = byline(summary);
    if (by) out.push(c.dim(wrap(by, width, '', '')));
    const words = summary.stats.words;
    out.push(c.dim(`${oneLine(summary.source.name)} · ${words} words · ${summary.stats.readingMinutes} min read`));
  }

  if (shows('keySentences', options) && summary.keySentences.length > 0) {
    out.push('', heading(c, 'Key points'));
    for (const sentence of summary.keySentences) out.push(wrap(oneLine(sentence.text), width, '  • ', '    '));
  }

  if (shows('keywords', options) && summary.keywords.length > 0) {
    out.push('', wrap(`${c.bold('Keywords:')} ${summary.keywords.map((keyword) => oneLine(keyword.text)).join(', ')}`, width, '', '  '));
  }

  if (shows('quotes', options) && summary.quotes.length > 0) {
    out.push('', heading(c, 'Quotes'));
    let shown = 0;
    for (const [speaker, quotes] of quotesBySpeaker(summary)) {
      if (shown >= MAX_QUOTES) break;
      out.push(`  ${speaker === null ? c.dim('Unattributed') : c.cyan(oneLine(speaker))}:`);
      for (const quote of quotes.slice(0, MAX_QUOTES - shown)) out.push(wrap(`“${oneLine(quote.text)}”`, width, '    ', '     '));
      shown += quotes.length;
    }
    if (summary.quotes.length > MAX_QUOTES) out.push(c.dim(`  … and ${summary.quotes.length - MAX_QUOTES} more`));
  }

  if (shows('entities', options) && summary.entities.length > 0) {
    out.push('', heading(c, 'Entities'));
    for (const [type, label] of TYPE_LABELS) {
      const ofType = summary.entities.filter((entity) => entity.type === type);
      if (ofType.length === 0) continue;
      const listed = ofType.slice(0, MAX_ENTITIES_PER_TYPE).map(entityLine).join(', ');
      const more = ofType.length > MAX_ENTITIES_PER_TYPE ? `, … ${ofType.length - MAX_ENTITIES_PER_TYPE} more` : '';
      out.push(wrap(`${c.yellow(label + ':')} ${listed}${more}`, width, '  ', '    '));
    }
  }

  if (shows('figures', options) && summary.figures.length > 0) {
    out.push('', heading(c, 'Figures'));
    for (const figure of summary.figures.slice(0, MAX_FIGURES)) {
      out.push(wrap(`${c.green(oneLine(figure.phrase.text))} ${c.dim(`(${figure.type.toLowerCase()})`)} — ${oneLine(figure.sentence.text)}`, width, '  ', '    '));
    }
  }

  if (shows('body', options) && summary.body) {
    out.push('', heading(c, 'Article'));
    // The blocks, not the body split at blank lines: their number is bounded (MAX_TEXT_BLOCKS, MAX_ELEMENTS).
    for (const block of articleBlocks(summary)) {
      const text = oneLine(block.text);
      if (text) out.push(wrap(text, width, '', ''), '');
    }
    if (out[out.length - 1] === '') out.pop();
  }

  for (const warning of summary.warnings) out.push('', c.yellow(`Note: ${oneLine(warning)}`));
  return out.join('\n');
}
