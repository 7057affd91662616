/**
 * Loading the build's CommonJS files (`dist/bundle/*.cjs`: the command line, the HTML parser, the
 * language detector) with the code V8 compiled for them on the build's sample runs, kept beside
 * each file as `<file>.cache`. A one-file run then neither parses them nor compiles the functions
 * a summary calls: about 50 ms of a 250 ms run. Node 20 has no compile cache of its own for
 * modules (`module.enableCompileCache` came in Node 22), hence `vm.Script`.
 *
 * A missing cache, or one that another Node version made (V8 rejects it), only means the file is
 * compiled as usual. No `import()` may be left in these files: a script has no loader for it
 * (scripts/bundle.mjs checks).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';
import { isMainThread } from 'node:worker_threads';

/**
 * The build's own switch (scripts/bundle.mjs sets it on its sample runs): at exit, write V8's
 * code for every function compiled so far, read from the cache or compiled by the run.
 */
const SAVE_SWITCH = 'PRECIS_SAVE_CODE_CACHE';

/** The cache file of a build file. */
export const codeCacheOf = (file: string): string => `${file}.cache`;

/** `require(file)` of a CommonJS file, compiled with its code cache when there is one. */
export function requireCompiled(file: string): unknown {
  const cache = codeCacheOf(file);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cache);
  } catch {
    // No cache: compiled as usual.
  }
  const script = new Script(Module.wrap(readFileSync(file, 'utf8')), { filename: file, cachedData });
  const module = { exports: {} as unknown };
  const init = script.runInThisContext() as (...args: unknown[]) => void;
  init.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  // A worker thread's exit is not the run's: the main thread's code is the one saved.
  if (process.env[SAVE_SWITCH] === '1' && isMainThread) process.once('exit', () => writeFileSync(cache, script.createCachedData()));
  return module.exports;
}
