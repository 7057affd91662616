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
import { DEFAULT_FETCH_LIMITS, type FetchPolicy, displayUrl, fetchPage } from './fetch.js';
import { listDirectory } from './directory.js';
import { idOfHead, linesOf } from './lines.js';
import { WARC_NAME, warcUnits } from './warc.js';

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

const isUrl = (input: string): boolean => /^https?:\/\//i.test(input);

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

function urlUnit(url: string, format: 'auto' | 'html' | 'text', userAgent: string, maxBytes: number, policy: FetchPolicy): InputUnit {
  return {
    name: displayUrl(url),
    id: null,
    line: null,
    async load() {
      const page = await fetchPage(url, userAgent, { ...DEFAULT_FETCH_LIMITS, maxBytes: Math.min(maxBytes, DEFAULT_FETCH_LIMITS.maxBytes) }, policy);
      return { content: page.content, format, kind: 'url', name: displayUrl(url), url: page.url, contentType: page.contentType };
    },
  };
}

/** Turns one NDJSON line into a unit; a bad line becomes a unit whose load fails with `bad-record`. */
export function recordUnit(line: string, lineNumber: number, sourceName: string, maxBytes = Infinity): InputUnit {
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
    else if (typeof text !== 'string' && typeof html !== 'string') problem = 'has neither "text" nor "html"';
  }
  const where = `${sourceName} line ${lineNumber}${id !== null ? ` (id ${id})` : ''}`;
  return {
    name: where,
    id,
    line: lineNumber,
    async load() {
      if (problem) throw new InputError('bad-record', `${where} ${problem}.`);
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

/** A record too large to read: it fails alone, named by its id when its first bytes show one. */
function oversizedRecordUnit(id: string | null, lineNumber: number, sourceName: string, maxBytes: number): InputUnit {
  const where = `${sourceName} line ${lineNumber}${id !== null ? ` (id ${id})` : ''}`;
  return { name: where, id, line: lineNumber, load: () => Promise.reject(tooLarge(where, maxBytes)) };
}

async function* recordsOf(stream: Readable, sourceName: string, maxBytes: number): AsyncGenerator<InputUnit> {
  let lineNumber = 0;
  for await (const line of linesOf(stream, maxBytes)) {
    lineNumber++;
    if (typeof line !== 'string') {
      yield oversizedRecordUnit(idOfHead(line.head), lineNumber, sourceName, maxBytes);
      continue;
    }
    if (line.trim().length === 0) continue;
    yield recordUnit(line, lineNumber, sourceName, maxBytes);
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
  /** Told how many inputs are coming as they are found; `null` for a stream of unknown length. */
  onPlanned?: (count: number | null) => void;
}

/**
 * The units of work named by `inputs` (paths, directories, URLs, `-`), in order. A directory
 * yields its files sorted; in NDJSON mode every line of every input is a unit.
 */
export async function* inputUnits(inputs: string[], options: SourceOptions): AsyncGenerator<InputUnit> {
  const ndjson = options.inputFormat === 'ndjson';
  const warc = options.inputFormat === 'warc';
  const format = options.inputFormat === 'html' || options.inputFormat === 'text' ? options.inputFormat : 'auto';
  const plan = options.onPlanned ?? ((): void => {});
  for (const input of inputs) {
    if (input === '-') {
      plan(ndjson || warc ? null : 1);
      if (ndjson) yield* recordsOf(options.stdin, 'stdin', options.maxBytes);
      else if (warc) yield* warcUnits(options.stdin, 'stdin', options.maxBytes);
      else {
        const stdin = options.stdin;
        yield {
          name: 'stdin',
          id: null,
          line: null,
          load: async () => ({ content: await readAll(stdin, 'stdin', options.maxBytes), format, kind: 'stdin', name: 'stdin' }),
        };
      }
      continue;
    }
    if (isUrl(input)) {
      plan(1);
      if (ndjson) {
        yield failingUnit(input, new InputError('bad-record', `${input}: NDJSON records are read from files or stdin, not URLs.`));
      } else if (!options.fetch) {
        yield failingUnit(displayUrl(input), new InputError('fetch-failed', `${displayUrl(input)} was not fetched: fetching is off (--no-fetch).`));
      } else yield urlUnit(input, format, options.userAgent, options.maxBytes, { allowPrivate: options.allowPrivate, trustFirstHost: true });
      continue;
    }
    let isDirectory = false;
    try {
      isDirectory = (await stat(input)).isDirectory();
    } catch (error) {
      yield failingUnit(input, describeFsError(error, input));
      continue;
    }
    const listing = isDirectory ? await listDirectory(input, ndjson ? NDJSON_EXTENSIONS : DIRECTORY_EXTENSIONS) : { files: [input], unreadable: [] };
    // A folder that cannot be listed fails alone, with its reason; its siblings are still read.
    for (const { path, error } of listing.unreadable) yield failingUnit(path, describeFsError(error, path));
    const files = listing.files;
    if (files.length === 0) {
      if (listing.unreadable.some(({ path }) => path === input)) continue;
      yield failingUnit(input, new InputError('no-inputs', `${input} holds no ${ndjson ? '.ndjson or .jsonl' : '.html, .htm, .txt, .md or .warc'} files.`));
      continue;
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
          yield* warcUnits(stream, file, options.maxBytes);
        } catch (error) {
          yield failingUnit(file, new InputError('unreadable', `${file} is not a readable web archive (${(error as Error).message}).`, { cause: error }));
        }
      } else yield* recordsOf(stream, file, options.maxBytes);
    }
  }
}
