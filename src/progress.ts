/**
 * A progress line on stderr for batches: articles done, rate, failures and, when the number of
 * inputs is known, the time left. Drawn only on a terminal; it never touches stdout.
 */
import type { Writable } from 'node:stream';
import { terminalText } from './render/sanitize.js';

/** Redraw at most this often: often enough to look alive, rarely enough to cost nothing. */
const REDRAW_MS = 250;

export interface Progress {
  /** One more input finished. */
  tick(failed: boolean): void;
  /** More inputs are known to be coming (files found in a directory); `null`: a stream of unknown length. */
  plan(count: number | null): void;
  /** Prints a message line without garbling the progress line; what it holds from the input is made terminal-safe. */
  message(line: string): void;
  /** Removes the progress line. */
  done(): void;
}

function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}

/** A progress line that draws itself on `stream`, or one that only passes messages through. */
export function progressLine(stream: Writable, enabled: boolean, now: () => number = () => performance.now()): Progress {
  const started = now();
  let done = 0;
  let failed = 0;
  let planned = 0;
  let unknownTotal = false;
  let lastDraw = -Infinity;
  let shown = false;

  const text = (): string => {
    const seconds = (now() - started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const known = !unknownTotal && planned > done;
    const parts = [`${done.toLocaleString('en-US')}${known ? ` of ${planned.toLocaleString('en-US')}` : ''} done`, `${rate.toFixed(1)}/s`];
    if (failed > 0) parts.push(`${failed} failed`);
    if (known && rate > 0) parts.push(`ETA ${clock((planned - done) / rate)}`);
    return `precis: ${parts.join(' · ')}`;
  };
  const draw = (force: boolean): void => {
    if (!enabled) return;
    const t = now();
    if (!force && t - lastDraw < REDRAW_MS) return;
    lastDraw = t;
    stream.write(`\r\u001b[K${text()}`);
    shown = true;
  };
  const clear = (): void => {
    if (shown) stream.write('\r\u001b[K');
    shown = false;
  };

  return {
    tick(isFailure) {
      done++;
      if (isFailure) failed++;
      draw(false);
    },
    plan(count) {
      if (count === null) unknownTotal = true;
      else planned += count;
    },
    message(line) {
      clear();
      stream.write(`${terminalText(line)}\n`);
      draw(true);
    },
    done() {
      clear();
    },
  };
}
