/**
 * How `bin/precis.js` starts the command line: from the one-file build (`dist/bundle/cli.cjs`)
 * with the code V8 compiled for it on an earlier run (`dist/bundle/cli.cache`, made by
 * `scripts/bundle.mjs`), so that a one-file run neither parses the build nor compiles the
 * functions a summary calls: about 50 ms of a 250 ms run. Node 20 has no compile cache of its
 * own for modules (`module.enableCompileCache` came in Node 22), hence `vm.Script`.
 *
 * Without the build, the compiled modules (`dist/cli.js`) are imported as they are; without the
 * cache, or with one another Node version made (V8 rejects it), the build is compiled as usual.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

/** The command line's entry point, as both builds export it. */
type Main = (argv: string[]) => Promise<number>;

const BUNDLE = fileURLToPath(new URL('./bundle/cli.cjs', import.meta.url));
const CODE_CACHE = fileURLToPath(new URL('./bundle/cli.cache', import.meta.url));

/**
 * Runs the command line on `argv` and returns its exit code. With `saveCodeCache` (the build
 * does this on sample articles), V8's code for every function compiled so far, read from the
 * cache or compiled by this run, is written to the cache file afterwards.
 */
export async function startCli(argv: string[], saveCodeCache = false): Promise<number> {
  if (!existsSync(BUNDLE)) return ((await import('./cli.js')) as { main: Main }).main(argv);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(CODE_CACHE);
  } catch {
    // No cache: compiled as usual.
  }
  const script = new Script(Module.wrap(readFileSync(BUNDLE, 'utf8')), {
    filename: BUNDLE,
    // No import() is left in the build (scripts/bundle.mjs checks): a script has no loader for it.
    cachedData,
  });
  const module = { exports: {} as { main: Main } };
  const init = script.runInThisContext() as (...args: unknown[]) => void;
  init.call(module.exports, module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE));
  const code = await module.exports.main(argv);
  if (saveCodeCache) writeFileSync(CODE_CACHE, script.createCachedData());
  return code;
}
