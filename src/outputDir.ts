/**
 * `--output-dir DIR`: one file per input instead of one stream on stdout. A file is named after
 * its input (`story.html` → `story.txt`; a URL by its host and path; an NDJSON record by its id),
 * made safe for any file system, and numbered when two inputs would share a name.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { OutputFormat } from './options.js';

/** File extension of each output format. */
const EXTENSIONS: Readonly<Record<OutputFormat, string>> = { text: '.txt', markdown: '.md', json: '.json', ndjson: '.ndjson' };

/** Longest file name made from an input's name, before the extension (file systems allow 255 bytes). */
const MAX_STEM_CHARS = 120;

/** Characters kept in file names: anything else (separators, `:`, `?`, spaces, controls) becomes `_`. */
const UNSAFE = /[^\p{L}\p{N}._-]+/gu;

/** What an input is called, as `run` knows it. */
export interface OutputName {
  /** The name in messages: a path, `-`, a URL, `record <id>`, a WARC record's name. */
  name: string;
  /** An NDJSON record's id. */
  id: string | null;
  /** An NDJSON record's line. */
  line: number | null;
}

/** The stem of the file for `input`, before numbering and extension. */
export function outputStem(input: OutputName): string {
  let stem: string;
  // A web archive's record by the address it holds; its record id is a UUID nobody reads.
  const archived = / record \d+ \((https?:\/\/.+)\)$/i.exec(input.name)?.[1];
  if (archived) stem = webStem(archived);
  else if (input.id !== null) stem = input.id;
  else if (input.line !== null) stem = `line-${input.line}`;
  else if (input.name === '-') stem = 'stdin';
  else if (/^https?:\/\//i.test(input.name)) stem = webStem(input.name);
  else stem = basename(input.name.replace(/\.gz$/i, ''), extname(input.name.replace(/\.gz$/i, '')));
  // No hidden files, no `..`: a name never leaves the folder or hides in it.
  const cut = stem.replace(UNSAFE, '_').replace(/^[._-]+/, '').slice(0, MAX_STEM_CHARS);
  const safe = withoutTrailing(cut, '._-');
  return safe === '' ? 'input' : safe;
}

/**
 * `text` without the characters of `set` at its end. By hand: a pattern such as `/[._-]+$/`
 * tries again from every character of a long run that is not at the end.
 */
function withoutTrailing(text: string, set: string): string {
  let end = text.length;
  while (end > 0 && set.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** A URL as a file name: host and path, without scheme, query and fragment. */
function webStem(url: string): string {
  const address = url.replace(/^https?:\/\//i, '');
  const query = address.search(/[?#]/);
  return withoutTrailing(query < 0 ? address : address.slice(0, query), '/');
}

/** Writes one file per input into a folder, numbering names already taken in this run. */
export class OutputDir {
  private readonly taken = new Set<string>();
  private made = false;

  constructor(private readonly dir: string, private readonly format: OutputFormat) {}

  /** Writes `content` for `input` and returns the path written. */
  async write(input: OutputName, content: string): Promise<string> {
    if (!this.made) {
      await mkdir(this.dir, { recursive: true });
      this.made = true;
    }
    const stem = outputStem(input);
    const extension = EXTENSIONS[this.format];
    let file = `${stem}${extension}`;
    for (let n = 2; this.taken.has(file.toLowerCase()); n++) file = `${stem}-${n}${extension}`;
    // Compared without case: on macOS and Windows `Story.txt` and `story.txt` are one file.
    this.taken.add(file.toLowerCase());
    const path = join(this.dir, file);
    await writeFile(path, content);
    return path;
  }
}
