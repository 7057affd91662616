/**
 * Where inputs come from: files, directories, stdin, URLs and NDJSON records. This is the only
 * module that knows where bytes come from; it turns command-line inputs into a stream of
 * `InputUnit`s, each of which loads into one `PipelineInput`.
 */
import { createReadStream } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import type { Readable } from 'node:stream';
import { InputError } from '../errors.js';
import type { InputFormat } from '../options.js';
import type { PipelineInput } from '../pipeline.js';
import { DEFAULT_FETCH_LIMITS, displayUrl, fetchPage } from './fetch.js';
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

/** The lines of a stream, as they arrive. */
/**
 * The lines of a stream (without their `\n` or `\r\n`), as they arrive. Read from the stream's
 * own async iterator rather than readline's, whose iterator could be left waiting forever at the
 * end of a pipe under load (seen as an unsettled promise and exit code 13).
 */
export async function* linesOf(stream: Readable): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  // The pieces of the line not yet ended: joined once, when its newline comes, so a very long
  // line costs linear time.
  let pieces: string[] = [];
  const finish = (tail: string): string => {
    const line = pieces.length > 0 ? pieces.join('') + tail : tail;
    pieces = [];
    return line.endsWith('\r') ? line.slice(0, -1) : line;
  };
  for await (const chunk of stream) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer);
    let from = 0;
    for (let newline = text.indexOf('\n'); newline >= 0; newline = text.indexOf('\n', from)) {
      yield finish(text.slice(from, newline));
      from = newline + 1;
    }
    if (from < text.length) pieces.push(text.slice(from));
  }
  const rest = decoder.end();
  if (rest) pieces.push(rest);
  if (pieces.length > 0) yield finish('');
}

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

/** The readable files under `directory`, recursively, sorted by path. */
async function listDirectory(directory: string, pattern: RegExp): Promise<string[]> {
  const found: string[] = [];
  const pending = [directory];
  while (pending.length > 0) {
    const current = pending.pop()!;
    const entries = await readdir(current, { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(current, entry.name);
      if (entry.isDirectory()) pending.push(path);
      else if (entry.isFile() && pattern.test(entry.name)) found.push(path);
    }
  }
  return found.sort();
}

function fileUnit(path: string, format: 'auto' | 'html' | 'text', maxBytes: number): InputUnit {
  return {
    name: path,
    id: null,
    line: null,
    async load() {
      let content: Buffer;
      try {
        const info = await stat(path);
        if (info.isDirectory()) throw new InputError('unreadable', `${path} is a directory.`);
        if (info.size > maxBytes) throw tooLarge(path, maxBytes);
        content = await readFile(path);
      } catch (error) {
        throw error instanceof InputError ? error : describeFsError(error, path);
      }
      return { content, format, kind: 'file', name: path };
    },
  };
}

function urlUnit(url: string, format: 'auto' | 'html' | 'text', userAgent: string, maxBytes: number): InputUnit {
  return {
    name: displayUrl(url),
    id: null,
    line: null,
    async load() {
      const page = await fetchPage(url, userAgent, { ...DEFAULT_FETCH_LIMITS, maxBytes: Math.min(maxBytes, DEFAULT_FETCH_LIMITS.maxBytes) });
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
    const where = `${sourceName} line ${lineNumber}`;
    return { name: where, id: null, line: lineNumber, load: () => Promise.reject(tooLarge(where, maxBytes)) };
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

async function* recordsOf(stream: Readable, sourceName: string, maxBytes: number): AsyncGenerator<InputUnit> {
  let lineNumber = 0;
  for await (const line of linesOf(stream)) {
    lineNumber++;
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
      } else yield urlUnit(input, format, options.userAgent, options.maxBytes);
      continue;
    }
    let isDirectory = false;
    try {
      isDirectory = (await stat(input)).isDirectory();
    } catch (error) {
      yield failingUnit(input, describeFsError(error, input));
      continue;
    }
    const files = isDirectory ? await listDirectory(input, ndjson ? NDJSON_EXTENSIONS : DIRECTORY_EXTENSIONS).catch(() => null) : [input];
    if (files === null) {
      yield failingUnit(input, new InputError('unreadable', `${input} cannot be read.`));
      continue;
    }
    if (files.length === 0) {
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
