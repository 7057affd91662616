/**
 * Plain-text articles. The body is the text itself (BOM removed, CRLF made LF, nothing else),
 * so offsets into it are offsets into what the user gave. The only metadata a text carries is
 * a headline on its first line, when it looks like one.
 */
import type { ArticleMeta, BodyBlock } from '../summary.js';
import { forEachLine, isHardWrapped } from '../language/layout.js';
import { replaceEvery } from '../strings.js';

/** A headline line is at most this long … */
const MAX_HEADLINE_CHARS = 160;
/** … and has at least this many words. */
const MIN_HEADLINE_WORDS = 2;

/** The body of a text input: the contract allows removing a leading BOM and turning CRLF into LF, nothing more. */
export function normalizeTextBody(text: string): string {
  return replaceEvery(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, CRLF, '\n');
}

const CRLF = /\r\n/g;

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

const WHITESPACE = /\s/;
const NON_SPACE = /\S/;

/**
 * Most paragraph blocks made from one text. Long articles hold hundreds; each block is an object,
 * so a 20 MB text of one-word paragraphs would otherwise need half a gigabyte for its blocks. Past
 * the cap, the rest of the text is one last block (the body itself is never cut).
 */
export const MAX_TEXT_BLOCKS = 100_000;

/**
 * The paragraphs of a text body as blocks: the runs of lines between blank lines, or every line
 * when the text has no blank line (unless it is hard-wrapped, then it is one paragraph). With
 * `headline`, the first line (see {@link headlineOf}) is a level-1 heading of its own, unless it
 * is a wrapped line of the first paragraph. `capped` tells that the text had more than
 * `maxBlocks` paragraphs and its rest is one block.
 */
export function textBlocks(body: string, headline: boolean, maxBlocks: number = MAX_TEXT_BLOCKS): { blocks: BodyBlock[]; capped: boolean } {
  const wrapped = isHardWrapped(body);
  const perLine = !/\n[^\S\n]*\n/.test(body) && !wrapped;
  const blocks: BodyBlock[] = [];
  const push = (start: number, end: number): void => {
    const block = paragraph(body, start, end);
    if (block) blocks.push(block);
  };
  let open = -1;
  let openEnd = 0;
  // The start of the last block allowed, which takes the whole rest of the text; `capped` once
  // another paragraph is seen in that rest.
  let rest = -1;
  let restEnded = false;
  let capped = false;
  forEachLine(body, (start, end) => {
    const blank = !NON_SPACE.test(body.slice(start, end));
    if (rest >= 0) {
      if (blank) restEnded = true;
      else if (perLine || restEnded) capped = true;
      return !capped;
    }
    if (blank) {
      if (open >= 0) push(open, openEnd);
      open = -1;
    } else if ((perLine || open < 0) && blocks.length >= maxBlocks - 1) {
      rest = start;
    } else if (perLine) {
      push(start, end);
    } else {
      if (open < 0) open = start;
      openEnd = end;
    }
    return true;
  });
  if (open >= 0) push(open, openEnd);
  if (rest >= 0) push(rest, body.length);

  const first = blocks[0];
  if (headline && first) {
    // The headline line becomes a heading of its own, without a Markdown heading marker.
    const lineEnd = body.indexOf('\n', first.start);
    const split = lineEnd >= 0 && lineEnd < first.end;
    // In hard-wrapped text, the first line of a paragraph is only its first line.
    if (split && wrapped) return { blocks, capped };
    const head = paragraph(body, first.start, split ? lineEnd : first.end)!;
    const marker = /^#{1,2}\s+/.exec(body.slice(head.start, head.end))?.[0].length ?? 0;
    const remainder = split ? paragraph(body, lineEnd, first.end) : null;
    blocks.splice(0, 1, { kind: 'heading', start: head.start + marker, end: head.end, level: 1 }, ...(remainder ? [remainder] : []));
  }
  return { blocks, capped };
}

/** A paragraph block over `[start, end)` of `body` with surrounding whitespace left out; null when blank. */
function paragraph(body: string, start: number, end: number): BodyBlock | null {
  while (start < end && WHITESPACE.test(body[start]!)) start++;
  while (end > start && WHITESPACE.test(body[end - 1]!)) end--;
  return end > start ? { kind: 'paragraph', start, end } : null;
}
