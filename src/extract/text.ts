/**
 * Plain-text articles. The body is the text itself (BOM removed, CRLF made LF, nothing else),
 * so offsets into it are offsets into what the user gave. The only metadata a text carries is
 * a headline on its first line, when it looks like one.
 */
import type { ArticleMeta } from '../summary.js';

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
