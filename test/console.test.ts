import { afterEach, describe, expect, it } from 'vitest';
import { containLibraryOutput } from '../src/console.js';

const saved = { ...console };
const savedWarningListeners = process.listeners('warning');

afterEach(() => {
  Object.assign(console, saved);
  process.removeAllListeners('warning');
  for (const listener of savedWarningListeners) process.on('warning', listener);
});

/** What a library's console call and a process warning become, with or without --verbose. */
async function libraryOutput(verbose: boolean): Promise<string[]> {
  const lines: string[] = [];
  containLibraryOutput(verbose, (line) => lines.push(line));
  console.log('Content-Length Too Small: %d bytes', 10);
  console.warn('careful \u001b]0;title\u0007now');
  process.emitWarning('an old API', 'DeprecationWarning');
  // Warnings are emitted on the next tick.
  await new Promise((resolve) => setImmediate(resolve));
  return lines;
}

describe('library output', () => {
  it.each([
    { verbose: false, lines: [] },
    {
      verbose: true,
      lines: ['precis: (library) Content-Length Too Small: 10 bytes\n', 'precis: (library) careful now\n', 'precis: (library) DeprecationWarning: an old API\n'],
    },
  ])('verbose $verbose', async ({ verbose, lines }) => {
    expect(await libraryOutput(verbose)).toEqual(lines);
  });
});
