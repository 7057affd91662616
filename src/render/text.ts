/**
 * Text output for a person: headline, byline, key points, quotes, entities and figures,
 * wrapped to the terminal. The only module that knows chalk (loaded only when colour is on).
 */
import type { Entity, EntityType, Quote, Summary } from '../summary.js';
import { oneLine, sanitize } from './sanitize.js';
import { type ViewOptions, articleBlocks, articleOnly, leftOutLine, shows } from './sections.js';
import { wrap } from './wrap.js';
import { trimLines } from '../language/layout.js';

export { wrap };

export interface TextRenderOptions extends ViewOptions {
  /** Colour on or off; decided by the caller from the terminal and the environment. */
  color: boolean;
  /** Columns to wrap to. */
  width: number;
}

/** Narrowest and widest wrap widths: below the first nothing reads well, past the second lines get hard to follow. */
const MIN_WIDTH = 40;
const MAX_WIDTH = 100;
/**
 * Without --all: entities listed per type, figures shown, and quotes shown (in all, speaker by
 * speaker). Enough for a screen or two on a typical story; a section cut short ends with a line
 * saying how many were left out.
 */
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

/**
 * The styles of text output: colour when `color` is on (after {@link loadColor}), else none.
 * For other text views (the digest) that colour like the article view.
 */
export function textStyles(color: boolean): TextStyles {
  if (color && !colors) throw new Error('textStyles: call loadColor() before rendering with colour.');
  return color ? colors! : PLAIN;
}

/** Narrowest and widest width text output is wrapped to. */
export function textWidth(columns: number): number {
  return Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, columns));
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
  const width = textWidth(options.width);
  const all = options.all ?? false;
  const out: string[] = [];

  if (shows('meta', options)) {
    const title = summary.meta.title ? oneLine(summary.meta.title) : oneLine(summary.source.name);
    out.push(c.bold(wrap(title, width, '', '')));
    const by = byline(summary);
    if (by) out.push(c.dim(wrap(by, width, '', '')));
    const words = summary.stats.words;
    out.push(c.dim(wrap(`${oneLine(summary.source.name)} · ${words} words · ${summary.stats.readingMinutes} min read`, width, '', '')));
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
    const limit = all ? Infinity : MAX_QUOTES;
    let shown = 0;
    for (const [speaker, quotes] of quotesBySpeaker(summary)) {
      if (shown >= limit) break;
      out.push(wrap(`${speaker === null ? c.dim('Unattributed') : c.cyan(oneLine(speaker))}:`, width, '  ', '    '));
      for (const quote of quotes.slice(0, limit - shown)) out.push(wrap(`“${oneLine(quote.text)}”`, width, '    ', '     '));
      shown += Math.min(quotes.length, limit - shown);
    }
    if (shown < summary.quotes.length) out.push(c.dim(wrap(leftOutLine(summary.quotes.length - shown, 'quote', 'quotes'), width, '  ', '    ')));
  }

  if (shows('entities', options) && summary.entities.length > 0) {
    out.push('', heading(c, 'Entities'));
    const limit = all ? Infinity : MAX_ENTITIES_PER_TYPE;
    let leftOut = 0;
    for (const [type, label] of TYPE_LABELS) {
      const ofType = summary.entities.filter((entity) => entity.type === type);
      if (ofType.length === 0) continue;
      const listed = ofType.slice(0, limit).map(entityLine).join(', ');
      const more = ofType.length > limit ? `, … ${ofType.length - limit} more` : '';
      leftOut += Math.max(0, ofType.length - limit);
      out.push(wrap(`${c.yellow(label + ':')} ${listed}${more}`, width, '  ', '    '));
    }
    if (leftOut > 0) out.push(c.dim(wrap(leftOutLine(leftOut, 'entity', 'entities'), width, '  ', '    ')));
  }

  if (shows('figures', options) && summary.figures.length > 0) {
    out.push('', heading(c, 'Figures'));
    const shown = all ? summary.figures : summary.figures.slice(0, MAX_FIGURES);
    for (const figure of shown) {
      out.push(wrap(`${c.green(oneLine(figure.phrase.text))} ${c.dim(`(${figure.type.toLowerCase()})`)} — ${oneLine(figure.sentence.text)}`, width, '  ', '    '));
    }
    if (shown.length < summary.figures.length) out.push(c.dim(wrap(leftOutLine(summary.figures.length - shown.length, 'figure', 'figures'), width, '  ', '    ')));
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

  for (const warning of summary.warnings) out.push('', c.yellow(wrap(`Note: ${oneLine(warning)}`, width, '', '  ')));
  return out.join('\n');
}
