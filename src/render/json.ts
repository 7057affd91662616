/**
 * JSON and NDJSON output. Strings are escaped by JSON.stringify, which also escapes control
 * characters, so nothing from an article can reach a terminal raw through these formats.
 */
import type { Summary } from '../summary.js';
import { type FailureView, type ViewOptions, summaryView } from './sections.js';

/** One summary as a pretty-printed JSON document. */
export function renderJson(summary: Summary, options: ViewOptions): string {
  return JSON.stringify(summaryView(summary, options), null, 2);
}

/** One summary as one compact NDJSON line (without the newline). */
export function renderNdjsonLine(summary: Summary, options: ViewOptions): string {
  return toLine(summaryView(summary, options));
}

/** A failure as JSON: pretty for json, compact for ndjson. */
export function renderFailure(failure: FailureView, pretty: boolean): string {
  return pretty ? JSON.stringify(failure, null, 2) : toLine(failure);
}

/** Compact JSON that is safe as one line: U+2028 and U+2029 escaped too. */
function toLine(value: unknown): string {
  return JSON.stringify(value).replace(/[\u2028\u2029]/g, (c) => (c === '\u2028' ? '\\u2028' : '\\u2029'));
}
