/**
 * Where precis's own files are: the package's root folder, found from this module upwards, so
 * that the same code finds package.json and the data files from `src/` (tests), `dist/` (the
 * compiled modules) and `dist/bundle/` (the one-file build the command line starts from).
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The folders between a module of precis and the package root, at most (src/analyze/entities). */
const MAX_DEPTH = 4;

function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth <= MAX_DEPTH; depth++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'src', 'data'))) return dir;
    dir = dirname(dir);
  }
  throw new Error(`precis cannot find its package folder above ${fileURLToPath(import.meta.url)}.`);
}

/** The package's root folder (holding package.json). */
export const PACKAGE_ROOT: string = packageRoot();

/** A file of the package, by its path from the root (`src/data/entity-model.bin`). */
export function packageFile(path: string): string {
  return join(PACKAGE_ROOT, path);
}

/**
 * The script worker threads and child processes run: the one-file build when the build made it
 * (a worker then starts without the module loader's hundred look-ups), else the compiled module.
 */
export function workerScript(): URL {
  const bundled = packageFile('dist/bundle/worker.cjs');
  return pathToFileURL(existsSync(bundled) ? bundled : packageFile('dist/worker.js'));
}
