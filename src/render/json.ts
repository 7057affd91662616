/**
 * JSON and NDJSON output. JSON.stringify escapes C0 controls but leaves DEL, the C1 controls
 * (U+0080–U+009F, where 0x9B is a one-character CSI on some terminals), bidirectional overrides
 * and isolates, and the line and paragraph separators raw; `escapeForTerminal` escapes those
 * too, so JSON printed to a terminal (or `jq`-ed to one) cannot control it or reorder its text.
 */
import type { Summary } from '../summary.js';
import { type FailureView, type ViewOptions, summaryView } from './sections.js';

/**
 * Code points JSON.stringify prints raw that a terminal acts on: DEL and C1 controls, bidi
 * embeddings and overrides (U+202A–U+202E) and isolates (U+2066–U+2069), and U+2028/U+2029, which
 * some readers take for line breaks (an NDJSON line must stay one line).
 */
const TERMINAL_UNSAFE = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * `json` (the output of JSON.stringify) with every {@link TERMINAL_UNSAFE} code point written as a
 * `\uXXXX` escape. These code points can only occur inside string literals of serialized JSON,
 * where the escape denotes the same character: the document parses to the same value.
 */
export function escapeForTerminal(json: string): string {
  return json.replace(TERMINAL_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** One summary as a pretty-printed JSON document. */
export function renderJson(summary: Summary, options: ViewOptions): string {
  return escapeForTerminal(JSON.stringify(summaryView(summary, options), null, 2));
}

/** One summary as one compact NDJSON line (without the newline). */
export function renderNdjsonLine(summary: Summary, options: ViewOptions): string {
  return escapeForTerminal(JSON.stringify(summaryView(summary, options)));
}

/** A failure as JSON: pretty for json, compact for ndjson. */
export function renderFailure(failure: FailureView, pretty: boolean): string {
  return escapeForTerminal(pretty ? JSON.stringify(failure, null, 2) : JSON.stringify(failure));
}
