/**
 * Plain-text articles. The body is the text itself (BOM removed, CRLF made LF, nothing else),
 * so offsets into it are offsets into what the user gave. The only metadata a text carries is
 * a headline on its first line, when it looks like one.
 */
import type { ArticleMeta, BodyBlock } from '../summary.js';

/** A headline line is at most this long … */
const MAX_HEADLINE_CHARS = 160;
/** … and has at least this many words. */
const MIN_HEADLINE_WORDS = 2;

/** The body of a text input: the contract allows removing a leading BOM and turning CRLF into LF, nothing more. */
export function normalizeTextBody(text: string): string {
  return (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n/g, '\n');
}

/** An empty metadata record. */
export function emptyMeta(): ArticleMeta {
  return { title: null, authors: [], published: null, modified: null, siteName: null, language: null, url: null, description: null, image: null, tags: [], sources: {} };
}

/**
 * The first line of `body` when it reads as a headline: short, several words, no sentence-final
 * full stop, and followed by more text.
 */
export function headlineOf(body: string): string | null {
  // Found by hand, not by one regex: `^\s*([^\n]+)\n` backtracks quadratically on a long first line.
  const start = body.search(/\S/);
  const end = start < 0 ? -1 : body.indexOf('\n', start);
  if (end < 0 || !/\S/.test(body.slice(end))) return null;
  const line = body.slice(start, end).trim();
  if (!line || line.length > MAX_HEADLINE_CHARS) return null;
  if (line.split(/\s+/).length < MIN_HEADLINE_WORDS) return null;
  if (/[.,;:]$/.test(line) && !/\.\.\.$/.test(line)) return null;
  if (/^[-*•#>]/.test(line) && !/^#{1,2}\s/.test(line)) return null;
  return line.replace(/^#{1,2}\s+/, '');
}

/** Metadata of a text article: its headline, if it has one. */
export function textMetadata(body: string, url: string | null): ArticleMeta {
  const meta = emptyMeta();
  const title = headlineOf(body);
  if (title) {
    meta.title = title;
    meta.sources.title = 'first-line';
  }
  if (url) {
    meta.url = url;
    meta.sources.url = 'input';
  }
  return meta;
}

/** A text without blank lines is hard-wrapped (its line breaks are not paragraph breaks) when it has at least this many lines … */
const HARD_WRAP_MIN_LINES = 6;
/** … and this share of them are of a wrapping width and end mid-sentence. */
const HARD_WRAP_SHARE = 0.5;
const HARD_WRAP_MIN_WIDTH = 40;
const HARD_WRAP_MAX_WIDTH = 100;

const WHITESPACE = /\s/;

function hardWrapped(lines: string[]): boolean {
  const filled = lines.filter((line) => line.trim().length > 0);
  if (filled.length < HARD_WRAP_MIN_LINES) return false;
  let wrapped = 0;
  for (const line of filled) {
    const trimmed = line.trimEnd();
    if (trimmed.length >= HARD_WRAP_MIN_WIDTH && trimmed.length <= HARD_WRAP_MAX_WIDTH && !/[.!?:"”’)]$/.test(trimmed)) wrapped++;
  }
  return wrapped >= filled.length * HARD_WRAP_SHARE;
}

/**
 * The paragraphs of a text body as blocks: the runs of lines between blank lines, or every line
 * when the text has no blank line (unless it is hard-wrapped, then it is one paragraph). With
 * `headline`, the first line (see {@link headlineOf}) is a level-1 heading of its own, unless it
 * is a wrapped line of the first paragraph.
 */
export function textBlocks(body: string, headline: boolean): BodyBlock[] {
  const lines = body.split('\n');
  const wrapped = hardWrapped(lines);
  const perLine = !/\n[^\S\n]*\n/.test(body) && !wrapped;
  const blocks: BodyBlock[] = [];
  const push = (start: number, end: number): void => {
    const block = paragraph(body, start, end);
    if (block) blocks.push(block);
  };
  let offset = 0;
  let open = -1;
  let openEnd = 0;
  for (const line of lines) {
    const end = offset + line.length;
    if (line.trim().length === 0) {
      if (open >= 0) push(open, openEnd);
      open = -1;
    } else if (perLine) {
      push(offset, end);
    } else {
      if (open < 0) open = offset;
      openEnd = end;
    }
    offset = end + 1;
  }
  if (open >= 0) push(open, openEnd);

  const first = blocks[0];
  if (headline && first) {
    // The headline line becomes a heading of its own, without a Markdown heading marker.
    const lineEnd = body.indexOf('\n', first.start);
    const split = lineEnd >= 0 && lineEnd < first.end;
    // In hard-wrapped text, the first line of a paragraph is only its first line.
    if (split && wrapped) return blocks;
    const head = paragraph(body, first.start, split ? lineEnd : first.end)!;
    const marker = /^#{1,2}\s+/.exec(body.slice(head.start, head.end))?.[0].length ?? 0;
    const rest = split ? paragraph(body, lineEnd, first.end) : null;
    blocks.splice(0, 1, { kind: 'heading', start: head.start + marker, end: head.end, level: 1 }, ...(rest ? [rest] : []));
  }
  return blocks;
}

/** A paragraph block over `[start, end)` of `body` with surrounding whitespace left out; null when blank. */
function paragraph(body: string, start: number, end: number): BodyBlock | null {
  while (start < end && WHITESPACE.test(body[start]!)) start++;
  while (end > start && WHITESPACE.test(body[end - 1]!)) end--;
  return end > start ? { kind: 'paragraph', start, end } : null;
}
