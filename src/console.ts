/**
 * What libraries print on their own (console calls, process warnings) never reaches stdout,
 * which carries data only, and never interrupts a run's messages: it is shown on stderr, marked
 * as a library's, only with --verbose. Called once per thread or process that runs the pipeline.
 */
import { format } from 'node:util';
import { terminalText } from './render/sanitize.js';

const CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir'] as const;

/** Routes library output to `write` (one line, already prefixed) with `verbose`, and drops it otherwise. */
export function containLibraryOutput(verbose: boolean, write: (line: string) => void): void {
  const show = (text: string): void => {
    if (verbose) write(`precis: (library) ${terminalText(text).trimEnd()}\n`);
  };
  for (const method of CONSOLE_METHODS) console[method] = (...args: unknown[]): void => show(format(...args));
  // Node prints process warnings through a 'warning' listener of its own.
  process.removeAllListeners('warning');
  process.on('warning', (warning) => show(`${warning.name}: ${warning.message}`));
}
