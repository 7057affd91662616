/**
 * Terminal safety: nothing from an input may move the cursor, clear the screen, set the window
 * title or reorder what is shown. Text and Markdown output pass every string from the input through
 * `sanitize`; every message on stderr passes through `terminalText` (file names, record ids and
 * URLs in messages come from the input too).
 */
import { redactUrls } from '../url.js';
import { replaceEvery } from '../strings.js';

/** ANSI escape sequences: CSI, OSC (ended by BEL or ST) and two-byte escapes, plus their C1 forms. */
export const ESCAPE_SEQUENCE = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u009b[0-?]*[ -/]*[@-~]|\u009d[^\u0007\u009c]*[\u0007\u009c]?|\u001b[@-_]/g;

/** C0 and C1 control characters other than tab and newline, DEL, and bidirectional overrides and isolates. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** `text` without escape sequences and control characters; tabs and newlines are kept. */
export function sanitize(text: string): string {
  return replaceEvery(replaceEvery(text, ESCAPE_SEQUENCE, ''), CONTROL, '');
}

/** `text` on one line: sanitized, whitespace runs collapsed. */
export function oneLine(text: string): string {
  return replaceEvery(sanitize(text), UNEVEN_SPACE, ' ').trim();
}

/** Whitespace that is not already one plain space: runs of two or more, and single tabs, newlines and the like. */
const UNEVEN_SPACE = /\s{2,}|[^\S ]/g;

/**
 * `text` as it may be written to stderr: sanitized, and without the credentials of any URL in it.
 * Newlines are kept (a stack trace has several lines); see {@link messageLine} for one-line messages.
 */
export function terminalText(text: string): string {
  return redactUrls(sanitize(text));
}

/**
 * A one-sentence message for stderr: {@link terminalText} on one line, so a newline in a file name
 * or record id cannot split the message or forge a second one.
 */
export function messageLine(text: string): string {
  return terminalText(text).replace(/[\t\n]+/g, ' ');
}
