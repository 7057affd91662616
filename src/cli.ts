/**
 * The command line: commander parses flags into `Options`, then `run()` does the work.
 * Nothing else lives here; the NLP stack is imported only after parsing, so `--help` and
 * `--version` start fast.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { containLibraryOutput } from './console.js';
import { EXIT_CODES, writeFailureText } from './errors.js';
import { VERSION } from './version.js';
import { DEFAULT_OPTIONS, type Options, SECTIONS, type Section, resolveOptions } from './options.js';
import { messageLine, terminalText } from './render/sanitize.js';
import { type CompletableOption, SHELLS, type Shell, completionScript } from './completion.js';
import type { DigestSink } from './run.js';
import type { ArticleSignature } from './digest/signature.js';

const EXAMPLES = `Examples:
  precis story.html                          summary of a saved page, for reading
  cat story.txt | precis --json | jq .quotes  the quotes of a text, for a script
  precis --format ndjson archive/ > out.ndjson   one JSON line per article in a folder
  precis --input-format ndjson < records.ndjson  records {"id","text"|"html","url"} in, one line out each
  precis --format markdown -n 3 https://example.com/news/story   three key points as Markdown
  precis --markdown -o notes/ saved/          one Markdown file per page of a folder
  precis completion bash > ~/.local/share/bash-completion/completions/precis   completion for your shell (bash, zsh, fish)
`;

const EXIT_TABLE = `
Exit codes: 0 all inputs summarized, 1 at least one input failed, 2 usage error, 3 output could not be written, 130 interrupted.
Colour: off when stdout is not a terminal, with NO_COLOR, TERM=dumb or --no-color; FORCE_COLOR forces it.`;

/**
 * The values of --format. `html` is a page for a whole batch, so only `precis digest` prints it;
 * `ndjson` is one line per article, so only plain `precis` does. One list for both, so that
 * --help and the completion scripts name every format.
 */
const FORMATS = ['text', 'json', 'ndjson', 'markdown', 'html'] as const;
type Format = (typeof FORMATS)[number];

/** Printed after every usage error. */
const HELP_HINT = "precis: try 'precis --help' for the options.";

function positiveInteger(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number, 0 or more.');
  return Number(value);
}

function atLeastOne(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError('expected a whole number, 1 or more.');
  return Number(value);
}

/** Node's timers hold at most 2^31 − 1 ms (about 24.8 days); a longer time would fire at once. */
const MAX_TIMEOUT_SECONDS = Math.floor((2 ** 31 - 1) / 1000);

function seconds(value: string): number {
  const number = Number(value);
  if (!/^(?:\d+(?:\.\d*)?|\.\d+)$/.test(value) || !(number > 0 && number <= MAX_TIMEOUT_SECONDS)) throw new InvalidArgumentError('expected a number of seconds above 0, e.g. 30 or 0.5.');
  return number;
}

function headerText(value: string): string {
  // A header value is one line of visible text: a newline would start a header of its own.
  if (value.trim() === '' || /[\u0000-\u001f\u007f]/.test(value)) throw new InvalidArgumentError('expected one line of text, without control characters.');
  return value;
}

/** Collects a repeatable option's values in order. */
function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

function share(value: string): number {
  const number = Number(value);
  if (!/^(?:\d+(?:\.\d*)?|\.\d+)$/.test(value) || !(number > 0 && number <= 1)) throw new InvalidArgumentError('expected a number above 0 and at most 1, e.g. 0.2.');
  return number;
}

function sections(value: string): Section[] {
  const names = value.split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = names.filter((name) => !(SECTIONS as readonly string[]).includes(name));
  if (names.length === 0 || unknown.length > 0) {
    throw new InvalidArgumentError(`expected a comma list of ${SECTIONS.join(', ')}${unknown.length ? ` (not ${unknown.join(', ')})` : ''}.`);
  }
  return names as Section[];
}

function buildProgram(digest: boolean, printed: string[]): Command {
  const program = new Command('precis')
    .description(digest
      ? 'Digest a batch of news articles: group them into stories, join copies of one text, and merge the people, organizations and places across them (formats text, markdown, json and html).'
      : 'Summarize news articles: clean text and metadata, named entities, attributed quotes, figures and key sentences.')
    .usage(digest ? 'digest [options] [inputs...]' : '[options] [inputs...]')
    .argument('[inputs...]', 'files, directories, URLs or - for stdin (default: stdin when it is not a terminal)')
    .addOption(new Option('-f, --format <format>', 'output format (html: digest only, one self-contained page)').choices(FORMATS).default(DEFAULT_OPTIONS.format))
    .option('--json', 'short for --format json')
    .option('--ndjson', 'short for --format ndjson')
    .option('--markdown', 'short for --format markdown')
    .option('-o, --output-dir <dir>', 'write one file per input into this folder, named after the input, instead of stdout')
    .option('-n, --sentences <n>', 'number of key sentences', positiveInteger, DEFAULT_OPTIONS.sentences)
    .option('--ratio <share>', 'key sentences as a share of the article\'s sentences (replaces -n)', share)
    .addOption(new Option('--input-format <format>', 'how to read inputs').choices(['auto', 'html', 'text', 'ndjson', 'warc']).default(DEFAULT_OPTIONS.inputFormat))
    .option('-i, --input-file <file>', 'read inputs from a list, one path or URL a line, - for stdin, # for comments (repeatable; its URLs must be public, like those in records)', collect)
    .option('--include-body', 'put the article text in JSON and NDJSON output')
    .option('--url <url>', 'the page\'s address, for HTML read from stdin')
    .option('--encoding <label>', 'decode inputs with this charset, whatever they declare')
    .option('--language <code>', 'the articles\' language (ISO 639-1), not detected: en forces English analysis')
    .option('--only <sections>', `print only these sections: ${SECTIONS.join(',')}`, sections)
    .option('--width <columns>', 'wrap text output to this width', positiveInteger)
    .option('--all', 'text and Markdown: every quote, entity and figure (default: the first few, and how many more)')
    .option('-j, --jobs <n>', 'articles summarized in parallel in a batch (default: one per CPU core)', atLeastOne)
    .option('--max-bytes <n>', `largest input accepted, in bytes (default: ${DEFAULT_OPTIONS.maxBytes})`, atLeastOne)
    .option('--no-fetch', 'do not fetch URLs named among the inputs (for untrusted batch inputs)')
    .option('--allow-private', 'let fetching reach loopback, private and link-local addresses (by default only a host named on the command line may be one)')
    .option('--timeout <seconds>', `seconds one request may take when fetching (default: ${DEFAULT_OPTIONS.timeout})`, seconds)
    .option('--user-agent <string>', 'the User-Agent sent when fetching (default: precis and its version)', headerText)
    .option('--color', 'colour text output even when not on a terminal')
    .option('--no-color', 'no colour in text output')
    .option('-q, --quiet', 'print nothing on stderr but errors')
    .option('-v, --verbose', 'print details and stack traces on stderr')
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'print this help')
    .addHelpText('beforeAll', EXAMPLES)
    .addHelpText('afterAll', EXIT_TABLE)
    .showSuggestionAfterError(true)
    .showHelpAfterError(HELP_HINT)
    .exitOverride()
    .configureOutput({
      // Kept for printInfo, which handles a reader that went away (`precis --help | head -1`).
      writeOut: (text) => printed.push(text),
      writeErr: (text) => process.stderr.write(text),
      outputError: (text, write) => write(`precis: ${terminalText(text.replace(/^error: /, ''))}`),
    });
  if (digest) program.option('--merge', 'the inputs are JSON digests (made by precis digest --format json, on other machines say): print the digest of all their articles');
  return program;
}

interface ParsedFlags {
  format: Format;
  json?: boolean;
  ndjson?: boolean;
  markdown?: boolean;
  outputDir?: string;
  sentences: number;
  ratio?: number;
  inputFormat: Options['inputFormat'];
  inputFile?: string[];
  includeBody?: boolean;
  url?: string;
  encoding?: string;
  language?: string;
  only?: Section[];
  width?: number;
  all?: boolean;
  jobs?: number;
  maxBytes?: number;
  fetch: boolean;
  allowPrivate?: boolean;
  timeout?: number;
  userAgent?: string;
  color?: boolean;
  quiet?: boolean;
  verbose?: boolean;
  merge?: boolean;
}

/** The output format the flags ask for; null when they ask for two (`--json --markdown`). */
function formatOf(flags: ParsedFlags): Format | null {
  const asked = new Set<Format>();
  if (flags.json) asked.add('json');
  if (flags.ndjson) asked.add('ndjson');
  if (flags.markdown) asked.add('markdown');
  // -f given alongside a short form must agree with it; the default gives way.
  if (asked.size > 0 && flags.format !== DEFAULT_OPTIONS.format) asked.add(flags.format);
  if (asked.size > 1) return null;
  return asked.size === 1 ? [...asked][0]! : flags.format;
}

/** A usage error of ours (not commander's): one sentence, then the hint. Returns the exit code. */
function usageError(text: string): number {
  process.stderr.write(`precis: ${messageLine(text)}\n${HELP_HINT}\n`);
  return EXIT_CODES.usage;
}

/**
 * Prints help, the version or a completion script on stdout. A reader that went away early
 * (`precis --help | head -1`) is no error; a failing output is said on stderr, as for data.
 */
function printInfo(text: string): Promise<number> {
  return new Promise((resolve) => {
    let settled = false;
    // The write's callback and the stream's 'error' event both report one failure.
    const failed = (error: NodeJS.ErrnoException): void => {
      if (settled) return;
      settled = true;
      if (error.code === 'EPIPE') return resolve(EXIT_CODES.ok);
      process.stderr.write(`precis: ${writeFailureText(error)}\n`);
      resolve(EXIT_CODES.outputFailed);
    };
    process.stdout.once('error', failed);
    process.stdout.write(text, (error) => {
      if (error) return failed(error);
      process.stdout.off('error', failed);
      resolve(EXIT_CODES.ok);
    });
  });
}

/** The options of `program`, for completion scripts. */
function completableOptions(program: Command): CompletableOption[] {
  return program.options
    .filter((option) => option.long && !option.negate)
    .map((option) => ({ long: option.long!, short: option.short ?? null, description: option.description, takesValue: option.required || option.optional, choices: option.argChoices ?? null }))
    .concat(program.options.filter((option) => option.negate).map((option) => ({ long: option.long!, short: null, description: option.description, takesValue: false, choices: null })));
}

/** `flags` as options; `format` is the format of each input's own output (a digest prints its own, see {@link digestSink}). */
function toOptions(flags: ParsedFlags, argv: string[], format: Options['format']): Options {
  const colorFlag = argv.includes('--no-color') ? 'never' : argv.includes('--color') ? 'always' : 'auto';
  return resolveOptions({
    format,
    inputFormat: flags.inputFormat,
    inputFiles: flags.inputFile ?? [],
    sentences: flags.sentences,
    ratio: flags.ratio ?? null,
    includeBody: Boolean(flags.includeBody),
    url: flags.url ?? null,
    encoding: flags.encoding ?? null,
    language: flags.language?.toLowerCase() ?? null,
    only: flags.only ?? null,
    width: flags.width ?? null,
    all: Boolean(flags.all),
    jobs: flags.jobs ?? null,
    maxBytes: flags.maxBytes ?? DEFAULT_OPTIONS.maxBytes,
    fetch: flags.fetch,
    allowPrivate: Boolean(flags.allowPrivate),
    outputDir: flags.outputDir ?? null,
    timeout: flags.timeout ?? DEFAULT_OPTIONS.timeout,
    userAgent: flags.userAgent ?? null,
    color: colorFlag,
    quiet: Boolean(flags.quiet),
    verbose: Boolean(flags.verbose),
  });
}

/** Runs the command line `argv` (without node and script) and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  // `precis digest …`: the same inputs and options, one digest of them all. Like `completion`, a
  // word no option takes, so an input of that name needs `./digest`.
  const digest = argv[0] === 'digest';
  if (digest) argv = argv.slice(1);
  const printed: string[] = [];
  const program = buildProgram(digest, printed);
  // `precis completion <shell>`: a word no option takes, so an input of that name needs `./completion`.
  if (!digest && argv[0] === 'completion') {
    const shell = argv[1];
    if (argv.length !== 2 || !(SHELLS as readonly string[]).includes(shell!)) return usageError(`completion takes one shell: ${SHELLS.join(', ')}.`);
    return printInfo(completionScript(shell as Shell, completableOptions(program)));
  }
  try {
    program.parse(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return printInfo(printed.join(''));
      return EXIT_CODES.usage;
    }
    throw error;
  }
  const flags = program.opts<ParsedFlags>();
  const format = formatOf(flags);
  if (format === null) return usageError('--json, --ndjson, --markdown and --format ask for different output formats: choose one.');
  if (digest && format === 'ndjson') return usageError('digest prints text, markdown, json or html, not ndjson.');
  if (!digest && format === 'html') return usageError('--format html is a page for a batch: use precis digest --format html.');
  // A digest's inputs go to it as signatures whatever the format: html stands in as json, which
  // loads no colour.
  const options = toOptions(flags, argv, format === 'html' ? 'json' : format);
  if (digest && options.outputDir !== null) return usageError('digest prints one digest on stdout: --output-dir does not apply.');
  if (options.encoding) {
    const { normalizeEncodingLabel } = await import('./input/decode.js');
    if (!normalizeEncodingLabel(options.encoding)) return usageError(`--encoding "${options.encoding}" is not an encoding precis knows.`);
  }
  if (options.language !== null && !/^[a-z]{2}$/.test(options.language)) {
    return usageError(`--language "${options.language}" is not a two-letter ISO 639-1 code (such as en, de, fr).`);
  }
  const inputs = program.args;
  // (A digest in ndjson was refused above.)
  if (digest && flags.merge && format !== 'ndjson') return mergeDigests(inputs, options, format);
  if (options.inputFiles.includes('-') && (inputs.includes('-') || options.inputFiles.indexOf('-') !== options.inputFiles.lastIndexOf('-'))) {
    process.stderr.write('precis: stdin (-) can be read once: as the list of -i - or as an input, not both.\n');
    return EXIT_CODES.usage;
  }
  if (inputs.length === 0 && options.inputFiles.length === 0 && process.stdin.isTTY) {
    program.outputHelp({ error: true });
    process.stderr.write('\nprecis: no input given: name files, directories or URLs, or pipe an article into stdin.\n');
    return EXIT_CODES.usage;
  }

  containLibraryOutput(options.verbose, (line) => process.stderr.write(line));
  const interrupt = new AbortController();
  const onInterrupt = (): void => {
    if (interrupt.signal.aborted) process.exit(EXIT_CODES.interrupted);
    interrupt.abort();
  };
  process.on('SIGINT', onInterrupt);
  // While this thread is busy with a summary the handler could not run until it ends: SIGINT is
  // left to its default meanwhile, which ends the process at once (shells report 130). Nothing is
  // being written then, and what was written went out in whole lines.
  const runBlocking = <T>(work: () => T): T => {
    process.off('SIGINT', onInterrupt);
    try {
      return work();
    } finally {
      process.on('SIGINT', onInterrupt);
    }
  };
  const { runBatch } = await import('./run.js');
  const sink = digest && format !== 'ndjson' ? await digestSink(format) : null;
  try {
    const code = await runBatch(inputs, options, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env, interrupt: interrupt.signal, runBlocking }, sink);
    // Fetches and workers still winding down must not hold an interrupted run open.
    if (code === EXIT_CODES.interrupted) process.stdout.write('', () => process.exit(code));
    return code;
  } catch (error) {
    process.stderr.write(`precis: ${messageLine((error as Error)?.message ?? String(error))}\n`);
    if (options.verbose && error instanceof Error && error.stack) process.stderr.write(`${terminalText(error.stack)}\n`);
    return EXIT_CODES.inputFailed;
  } finally {
    process.off('SIGINT', onInterrupt);
  }
}

/** `precis digest --merge FILE…`: the digest of the articles of several digests. Returns the exit code. */
async function mergeDigests(files: string[], options: Options, format: Exclude<Format, 'ndjson'>): Promise<number> {
  if (files.length === 0) return usageError('--merge needs the digests to merge: name their files (made with precis digest --format json).');
  if (options.inputFiles.length > 0) return usageError('--merge reads the digests named on the command line, not lists (-i).');
  if (files.filter((file) => file === '-').length > 1) return usageError('stdin (-) can be read once.');
  const { runMerge } = await import('./run.js');
  try {
    return await runMerge(files, options, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env }, await digestSink(format));
  } catch (error) {
    process.stderr.write(`precis: ${messageLine((error as Error)?.message ?? String(error))}\n`);
    if (options.verbose && error instanceof Error && error.stack) process.stderr.write(`${terminalText(error.stack)}\n`);
    return EXIT_CODES.inputFailed;
  }
}

/** Collects the signatures of a digest run, compact, and renders the digest at the end. */
async function digestSink(format: Exclude<Format, 'ndjson'>): Promise<DigestSink> {
  const { SignatureStore, digestStore } = await import('./digest/index.js');
  const { digestJsonPieces } = await import('./digest/json.js');
  const { renderDigestMarkdown, renderDigestText } = await import('./digest/render.js');
  // The page's renderer is loaded for the page only.
  const html = format === 'html' ? await import('./digest/html.js') : null;
  const store = new SignatureStore();
  return {
    add: (json) => store.add(JSON.parse(json) as ArticleSignature),
    addSignature: (signature) => store.add(signature),
    finish: (settings) => {
      const result = digestStore(store);
      // The signatures are written from the store one at a time, never all as plain objects at once.
      if (format === 'json') return digestJsonPieces(result, store.all());
      if (html !== null) return [html.renderDigestHtml(result)];
      return [format === 'markdown' ? renderDigestMarkdown(result, { all: settings.all }) : renderDigestText(result, settings)];
    },
  };
}
