/**
 * The one options type of precis, shared by the library (`summarize`) and the CLI (`run`).
 * Every default lives in {@link DEFAULT_OPTIONS} and is documented there, once.
 */

/** How a summary is printed. */
export type OutputFormat = 'text' | 'json' | 'ndjson' | 'markdown';

/** How inputs are read: sniffed, forced to HTML or text, NDJSON records, or web archives (WARC). */
export type InputFormat = 'auto' | 'html' | 'text' | 'ndjson' | 'warc';

/** The parts of a summary that `--only` can keep. */
export const SECTIONS = ['meta', 'stats', 'keySentences', 'keywords', 'quotes', 'entities', 'figures', 'body'] as const;
export type Section = (typeof SECTIONS)[number];

/** True when `only` keeps the body and nothing else (`--only body`). */
export function onlyBody(only: readonly Section[] | null): boolean {
  return only !== null && only.length > 0 && only.every((section) => section === 'body');
}

/** True when `only` keeps a section that needs the English analysis (every section but meta and body). */
export function needsAnalysis(only: readonly Section[] | null): boolean {
  return only === null || only.some((section) => section !== 'meta' && section !== 'body');
}

/** Whether colour is used in text output: decided from the terminal and environment, or forced. */
export type ColorMode = 'auto' | 'always' | 'never';

export interface Options {
  /** Output format. */
  format: OutputFormat;
  /** Input format. */
  inputFormat: InputFormat;
  /** Number of key sentences wanted (an upper bound: short articles give fewer). */
  sentences: number;
  /** Share of the article's sentences to keep as key sentences (0..1); when set, it replaces `sentences`. */
  ratio: number | null;
  /** Put the article text (`body`) into JSON and NDJSON output. */
  includeBody: boolean;
  /** The page's address, for HTML read from stdin (metadata and relative links). */
  url: string | null;
  /** A character encoding label that overrides every other charset source. */
  encoding: string | null;
  /** The articles' language (ISO 639-1), overriding detection: `en` forces English analysis, another code turns it off. */
  language: string | null;
  /**
   * Keep only these sections of the summary in the output; `null` keeps all. Sections left out
   * are not computed when that saves work: with only `meta` and `body`, no text is analyzed (the
   * lists are empty and the counts other than characters zero), which makes precis a fast
   * boilerplate remover.
   */
  only: Section[] | null;
  /** Print nothing on stderr but errors. */
  quiet: boolean;
  /** Print stack traces and stage details on stderr. */
  verbose: boolean;
  /** Colour in text output. */
  color: ColorMode;
  /** Wrap width for text output; `null` means the terminal's width, or 80 when not a terminal. */
  width: number | null;
  /** Text and Markdown: print every quote, entity and figure instead of the first few of each. */
  all: boolean;
  /** Articles summarized at once in a batch (worker threads); `null` means one per CPU core. */
  jobs: number | null;
  /** Largest input accepted, in bytes (a file, stdin, a fetched page or one NDJSON record). */
  maxBytes: number;
  /** Whether URLs among the inputs are fetched; off for untrusted batch inputs. */
  fetch: boolean;
  /** Whether fetching may reach loopback, private and link-local addresses beyond the hosts named on the command line. */
  allowPrivate: boolean;
  /** A folder to write one file per input into (named after the input); `null` prints to stdout. */
  outputDir: string | null;
  /** Seconds one request may take when fetching a URL (each redirect and each retry is a new request). */
  timeout: number;
  /** The User-Agent sent when fetching; `null` means precis's own. */
  userAgent: string | null;
  /** Files listing inputs, one path or URL a line (`-` for stdin), read after the inputs named on the command line. */
  inputFiles: readonly string[];
}

/** The defaults, each documented once. */
export const DEFAULT_OPTIONS: Readonly<Options> = Object.freeze({
  /** Text for a person; scripts ask for json or ndjson. */
  format: 'text',
  /** Sniff each input: NDJSON only when asked, WARC by file name (.warc, .warc.gz), HTML when it looks like markup, else plain text. */
  inputFormat: 'auto',
  /** Five sentences read in under a minute and cover a typical news story's core. */
  sentences: 5,
  /** Off: the fixed count above applies. */
  ratio: null,
  /** Off: the body is long and most scripts want the analysis only. */
  includeBody: false,
  /** None: taken from the page's own metadata when present. */
  url: null,
  /** None: BOM, then UTF-8 when valid, then the declared charset, then windows-1252. */
  encoding: null,
  /** None: detected from each text (the page's declared language only a hint); English is analyzed, other languages are not. */
  language: null,
  /** Everything. */
  only: null,
  quiet: false,
  verbose: false,
  /** Colour only when stdout is a terminal and the environment allows it. */
  color: 'auto',
  width: null,
  /** Off: the first few of each section, and a line saying how many more there are. JSON and NDJSON always carry everything. */
  all: false,
  /** One worker per core: the work is CPU-bound. A single input is always done in-process. */
  jobs: null,
  /** 20 MiB: far above any news article or page, low enough that one input cannot exhaust memory. */
  maxBytes: 20 * 1024 * 1024,
  /** On: `precis https://…` is a main use. */
  fetch: true,
  /** Off: a redirect or a URL from a record must not reach the machine's own network (request forgery). */
  allowPrivate: false,
  /** None: output goes to stdout, one stream for the whole run. */
  outputDir: null,
  /** A news page that has not arrived in 15 s is not coming. */
  timeout: 15,
  /** None: `precis/<version> (command-line news summarizer)`, which names the tool plainly. */
  userAgent: null,
  /** None. */
  inputFiles: Object.freeze([]),
} satisfies Options);

/** Fills the missing fields of `partial` from {@link DEFAULT_OPTIONS}. */
export function resolveOptions(partial: Partial<Options> = {}): Options {
  const options: Options = { ...DEFAULT_OPTIONS, only: DEFAULT_OPTIONS.only };
  for (const [key, value] of Object.entries(partial) as [keyof Options, unknown][]) {
    if (value !== undefined) (options as unknown as Record<string, unknown>)[key] = value;
  }
  return options;
}
