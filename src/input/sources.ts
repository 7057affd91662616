/**
 * Where inputs come from: files, directories, stdin, URLs and NDJSON records. This is the only
 * module that knows where bytes come from; it turns command-line inputs into a stream of
 * `InputUnit`s, each of which loads into one `PipelineInput`.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { InputError } from '../errors.js';
import type { InputFormat } from '../options.js';
import type { PipelineInput } from '../pipeline.js';
import { DEFAULT_FETCH_LIMITS, type FetchLimits, displayUrl, fetchPage } from './fetch.js';
import { listDirectory } from './directory.js';
import { type OversizedLine, idOfHead, linesOf } from './lines.js';

/** One unit of work: a file, stdin, a URL or one NDJSON line. */
export interface InputUnit {
  /** How the input is named in messages: a path, `-`, a URL or `record <id>`. */
  name: string;
  /** The NDJSON record's id and line number, for error lines. */
  id: string | null;
  line: number | null;
  /** Reads the input. Throws `InputError` when it cannot. */
  load(): Promise<PipelineInput>;
}

/** File extensions read from directories. */
const DIRECTORY_EXTENSIONS = /\.(?:html?|xhtml|txt|text|md|warc|warc\.gz)$/i;
/** File extensions read from directories in NDJSON mode. */
const NDJSON_EXTENSIONS = /\.(?:ndjson|jsonl)$/i;

/** File names read as web archives (their reader, warc.ts, loads when one is read: it brings zlib). */
export const WARC_NAME = /\.warc(?:\.gz)?$/i;

/**
 * Longest line of an input list (-i) read: a path or a URL is far shorter (servers refuse
 * addresses past 8 KB), so a longer line is no entry, and skipping it keeps memory bounded.
 */
const MAX_LIST_LINE_BYTES = 64 * 1024;

const isUrl = (input: string): boolean => /^https?:\/\//i.test(input);

/** How URLs are fetched in this run. */
export interface UrlFetching {
  /** Whether URLs are fetched at all (off with --no-fetch). */
  enabled: boolean;
  userAgent: string;
  limits: FetchLimits;
  /** --allow-private: any URL may lead to a non-public address. */
  allowPrivate: boolean;
}

/** No fetching: a record that has only a `url` is refused. */
const NO_FETCHING: Readonly<UrlFetching> = Object.freeze({ enabled: false, userAgent: '', limits: DEFAULT_FETCH_LIMITS, allowPrivate: false });

function tooLarge(name: string, maxBytes: number): InputError {
  return new InputError('too-large', `${name} is larger than the ${maxBytes}-byte limit (see --max-bytes).`);
}

async function readAll(stream: Readable, name: string, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > maxBytes) throw tooLarge(name, maxBytes);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function describeFsError(error: unknown, name: string): InputError {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return new InputError('not-found', `${name} does not exist.`, { cause: error });
  if (code === 'EACCES' || code === 'EPERM') return new InputError('unreadable', `${name} cannot be read (permission denied).`, { cause: error });
  if (code === 'EISDIR') return new InputError('unreadable', `${name} is a directory.`, { cause: error });
  return new InputError('unreadable', `${name} cannot be read (${code ?? 'unknown error'}).`, { cause: error });
}

function fileUnit(path: string, format: 'auto' | 'html' | 'text', maxBytes: number): InputUnit {
  return {
    name: path,
    id: null,
    line: null,
    async load() {
      let content: Uint8Array;
      try {
        const info = await stat(path);
        if (info.isDirectory()) throw new InputError('unreadable', `${path} is a directory.`);
        if (info.size > maxBytes) throw tooLarge(path, maxBytes);
        // Read with the cap whatever stat said: a pipe or a device (`<(…)`, /dev/zero) reports
        // size 0, and a file may grow between stat and read. One byte past the cap is enough to
        // know it is too large.
        content = await readAll(createReadStream(path, { end: maxBytes }), path, maxBytes);
      } catch (error) {
        throw error instanceof InputError ? error : describeFsError(error, path);
      }
      return { content, format, kind: 'file', name: path };
    },
  };
}

/**
 * A URL to fetch. `trusted` when the person running precis typed it on the command line: its
 * host may then be non-public; a URL read from a list may not (unless --allow-private).
 */
function urlUnit(url: string, format: 'auto' | 'html' | 'text', fetching: UrlFetching, trusted: boolean): InputUnit {
  return {
    name: displayUrl(url),
    id: null,
    line: null,
    async load() {
      const page = await fetchPage(url, fetching.userAgent, fetching.limits, { allowPrivate: fetching.allowPrivate, trustFirstHost: trusted });
      return { content: page.content, format, kind: 'url', name: displayUrl(url), url: page.url, contentType: page.contentType };
    },
  };
}

/**
 * Turns one NDJSON line into a unit; a bad line becomes a unit whose load fails with `bad-record`.
 * A record with a `url` and neither `text` nor `html` is fetched as `fetching` says.
 */
export function recordUnit(line: string, lineNumber: number, sourceName: string, maxBytes = Infinity, fetching: Readonly<UrlFetching> = NO_FETCHING): InputUnit {
  let parsed: unknown;
  let problem: string | null = null;
  // A line's length in UTF-16 units is at most its size in UTF-8 bytes … and at least a third of it.
  if (line.length > maxBytes || (line.length * 3 > maxBytes && Buffer.byteLength(line) > maxBytes)) {
    return oversizedRecordUnit(null, lineNumber, sourceName, maxBytes);
  }
  try {
    parsed = JSON.parse(line);
  } catch {
    problem = 'is not valid JSON';
  }
  const record = !problem && typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
  if (!problem && !record) problem = 'is not a JSON object';
  const rawId = record?.['id'];
  const id = typeof rawId === 'string' ? rawId : typeof rawId === 'number' ? String(rawId) : null;
  const text = record?.['text'];
  const html = record?.['html'];
  const url = record?.['url'];
  if (!problem) {
    if (rawId !== undefined && rawId !== null && id === null) problem = 'has an id that is not a string';
    else if (text !== undefined && typeof text !== 'string') problem = 'has a "text" that is not a string';
    else if (html !== undefined && typeof html !== 'string') problem = 'has an "html" that is not a string';
    else if (url !== undefined && url !== null && typeof url !== 'string') problem = 'has a "url" that is not a string';
    else if (typeof text !== 'string' && typeof html !== 'string' && typeof url !== 'string') problem = 'has no "text", "html" or "url"';
  }
  const where = `${sourceName} line ${lineNumber}${id !== null ? ` (id ${id})` : ''}`;
  return {
    name: where,
    id,
    line: lineNumber,
    async load() {
      if (problem) throw new InputError('bad-record', `${where} ${problem}.`);
      if (typeof text !== 'string' && typeof html !== 'string') return fetchedRecord(url as string, where, id, fetching);
      const isText = typeof text === 'string';
      return {
        content: (isText ? text : html) as string,
        // A record's "text" is text: never sniffed as HTML.
        format: isText ? 'text' : 'html',
        kind: 'record',
        name: where,
        id,
        url: typeof url === 'string' ? url : null,
      };
    },
  };
}

/**
 * The page a record's `url` names, for a record without content. The URL came with the data, not
 * from the person running precis: it is fetched like a URL from a list (a public address only,
 * unless --allow-private), and a failure names the record.
 */
async function fetchedRecord(url: string, where: string, id: string | null, fetching: Readonly<UrlFetching>): Promise<PipelineInput> {
  if (!fetching.enabled) throw new InputError('fetch-failed', `${where} was not fetched: it has a "url" and no "text" or "html", and fetching is off (--no-fetch).`);
  try {
    const page = await fetchPage(url, fetching.userAgent, fetching.limits, { allowPrivate: fetching.allowPrivate, trustFirstHost: false });
    return { content: page.content, format: 'auto', kind: 'record', name: where, id, url: page.url, contentType: page.contentType };
  } catch (error) {
    if (error instanceof InputError) throw new InputError(error.code, `${where}: ${error.message}`, { cause: error });
    throw error;
  }
}

/** A record too large to read: it fails alone, named by its id when its first bytes show one. */
function oversizedRecordUnit(id: string | null, lineNumber: number, sourceName: string, maxBytes: number): InputUnit {
  const where = `${sourceName} line ${lineNumber}${id !== null ? ` (id ${id})` : ''}`;
  return { name: where, id, line: lineNumber, load: () => Promise.reject(tooLarge(where, maxBytes)) };
}

async function* recordsOf(stream: Readable, sourceName: string, maxBytes: number, fetching: Readonly<UrlFetching>): AsyncGenerator<InputUnit> {
  let lineNumber = 0;
  for await (const line of linesOf(stream, maxBytes)) {
    lineNumber++;
    if (typeof line !== 'string') {
      yield oversizedRecordUnit(idOfHead(line.head), lineNumber, sourceName, maxBytes);
      continue;
    }
    if (line.trim().length === 0) continue;
    yield recordUnit(line, lineNumber, sourceName, maxBytes, fetching);
  }
}

function failingUnit(name: string, error: InputError): InputUnit {
  return { name, id: null, line: null, load: () => Promise.reject(error) };
}

export interface SourceOptions {
  inputFormat: InputFormat;
  stdin: Readable;
  /** Sent with every fetch: names precis and its version. */
  userAgent: string;
  maxBytes: number;
  /** Whether URLs are fetched. */
  fetch: boolean;
  /** Whether fetches may reach non-public addresses beyond the hosts named on the command line. */
  allowPrivate: boolean;
  /** Milliseconds one request may take (--timeout); {@link DEFAULT_FETCH_LIMITS} when absent. */
  timeoutMs?: number;
  /** Lists of inputs (-i), one path or URL a line, `-` for stdin: read after `inputs`. */
  inputFiles?: readonly string[];
  /** Told how many inputs are coming as they are found; `null` for a stream of unknown length. */
  onPlanned?: (count: number | null) => void;
}

/**
 * The units of work named by `inputs` (paths, directories, URLs, `-`), in order, then those the
 * lists in `options.inputFiles` name. A directory yields its files sorted; in NDJSON mode every
 * line of every input is a unit.
 */
export async function* inputUnits(inputs: string[], options: SourceOptions): AsyncGenerator<InputUnit> {
  const ndjson = options.inputFormat === 'ndjson';
  const warc = options.inputFormat === 'warc';
  const format = options.inputFormat === 'html' || options.inputFormat === 'text' ? options.inputFormat : 'auto';
  const plan = options.onPlanned ?? ((): void => {});
  const fetching: UrlFetching = {
    enabled: options.fetch,
    userAgent: options.userAgent,
    limits: { ...DEFAULT_FETCH_LIMITS, timeoutMs: options.timeoutMs ?? DEFAULT_FETCH_LIMITS.timeoutMs, maxBytes: Math.min(options.maxBytes, DEFAULT_FETCH_LIMITS.maxBytes) },
    allowPrivate: options.allowPrivate,
  };

  /** The units of one input; `trusted` when it was named on the command line rather than read from a list. */
  async function* unitsOf(input: string, trusted: boolean): AsyncGenerator<InputUnit> {
    if (input === '-') {
      plan(ndjson || warc ? null : 1);
      if (ndjson) yield* recordsOf(options.stdin, 'stdin', options.maxBytes, fetching);
      else if (warc) yield* (await import('./warc.js')).warcUnits(options.stdin, 'stdin', options.maxBytes);
      else {
        const stdin = options.stdin;
        yield {
          name: 'stdin',
          id: null,
          line: null,
          load: async () => ({ content: await readAll(stdin, 'stdin', options.maxBytes), format, kind: 'stdin', name: 'stdin' }),
        };
      }
      return;
    }
    if (isUrl(input)) {
      plan(1);
      if (ndjson) {
        yield failingUnit(input, new InputError('bad-record', `${input}: NDJSON records are read from files or stdin, not URLs.`));
      } else if (!options.fetch) {
        yield failingUnit(displayUrl(input), new InputError('fetch-failed', `${displayUrl(input)} was not fetched: fetching is off (--no-fetch).`));
      } else yield urlUnit(input, format, fetching, trusted);
      return;
    }
    let isDirectory = false;
    try {
      isDirectory = (await stat(input)).isDirectory();
    } catch (error) {
      yield failingUnit(input, describeFsError(error, input));
      return;
    }
    const listing = isDirectory ? await listDirectory(input, ndjson ? NDJSON_EXTENSIONS : DIRECTORY_EXTENSIONS) : { files: [input], unreadable: [] };
    // A folder that cannot be listed fails alone, with its reason; its siblings are still read.
    for (const { path, error } of listing.unreadable) yield failingUnit(path, describeFsError(error, path));
    const files = listing.files;
    if (files.length === 0) {
      if (listing.unreadable.some(({ path }) => path === input)) return;
      yield failingUnit(input, new InputError('no-inputs', `${input} holds no ${ndjson ? '.ndjson or .jsonl' : '.html, .htm, .txt, .md or .warc'} files.`));
      return;
    }
    const streams = ndjson || warc || files.some((file) => WARC_NAME.test(file));
    plan(streams ? null : files.length);
    for (const file of files) {
      const archive = warc || (!ndjson && WARC_NAME.test(file));
      if (!ndjson && !archive) {
        yield fileUnit(file, format, options.maxBytes);
        continue;
      }
      let stream: Readable;
      try {
        stream = createReadStream(file);
        await new Promise<void>((resolve, reject) => stream.once('open', () => resolve()).once('error', reject));
      } catch (error) {
        yield failingUnit(file, describeFsError(error, file));
        continue;
      }
      if (archive) {
        try {
          yield* (await import('./warc.js')).warcUnits(stream, file, options.maxBytes);
        } catch (error) {
          yield failingUnit(file, new InputError('unreadable', `${file} is not a readable web archive (${(error as Error).message}).`, { cause: error }));
        }
      } else yield* recordsOf(stream, file, options.maxBytes, fetching);
    }
  }

  /**
   * The units of the inputs a list names, one path or URL a line, as it streams; blank lines and
   * lines starting with `#` are skipped. Paths are read from the working directory, as typed. A
   * URL from a list came with the data, not from the person running precis: it must lead to a
   * public address (unless --allow-private), like a URL in a record.
   */
  async function* listedUnits(list: string): AsyncGenerator<InputUnit> {
    const listName = list === '-' ? 'stdin' : list;
    // Read as it streams: how many inputs it names is known only at its end.
    plan(null);
    let stream: Readable = options.stdin;
    if (list !== '-') {
      try {
        if ((await stat(list)).isDirectory()) throw Object.assign(new Error(`${list} is a directory`), { code: 'EISDIR' });
        stream = createReadStream(list);
        await new Promise<void>((resolve, reject) => stream.once('open', () => resolve()).once('error', reject));
      } catch (error) {
        yield failingUnit(list, describeFsError(error, list));
        return;
      }
    }
    const lines = linesOf(stream, MAX_LIST_LINE_BYTES);
    for (let lineNumber = 1; ; lineNumber++) {
      let next: IteratorResult<string | OversizedLine>;
      try {
        next = await lines.next();
      } catch (error) {
        // The list broke off (a read error): what was read of it stands.
        yield failingUnit(listName, describeFsError(error, listName));
        return;
      }
      if (next.done) return;
      const where = `${listName} line ${lineNumber}`;
      if (typeof next.value !== 'string') {
        yield failingUnit(where, new InputError('unreadable', `${where} is longer than ${MAX_LIST_LINE_BYTES} bytes, too long for a path or URL.`));
        continue;
      }
      const entry = next.value.trim();
      if (entry === '' || entry.startsWith('#')) continue;
      if (entry === '-') yield failingUnit(where, new InputError('unreadable', `${where} names stdin (-), which only the command line can name.`));
      else yield* unitsOf(entry, false);
    }
  }

  for (const input of inputs) yield* unitsOf(input, true);
  for (const list of options.inputFiles ?? []) yield* listedUnits(list);
}
