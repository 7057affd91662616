/**
 * Terminal safety for text and Markdown: article text must not move the cursor, set the window
 * title or hide text. Escape sequences and control characters from the input are removed.
 */

/** ANSI escape sequences: CSI, OSC (ended by BEL or ST) and two-byte escapes, plus their C1 forms. */
const ESCAPE_SEQUENCE = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u009b[0-?]*[ -/]*[@-~]|\u009d[^\u0007\u009c]*[\u0007\u009c]?|\u001b[@-_]/g;

/** C0 and C1 control characters other than tab and newline, DEL, and bidirectional overrides. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** `text` without escape sequences and control characters; tabs and newlines are kept. */
export function sanitize(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL, '');
}

/** `text` on one line: sanitized, whitespace runs collapsed. */
export function oneLine(text: string): string {
  return sanitize(text).replace(/\s+/g, ' ').trim();
}
