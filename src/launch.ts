/**
 * How `bin/precis.js` starts the command line: from the one-file build (`dist/bundle/cli.cjs`)
 * with V8's code cache for it (see compiled.ts), else, without the build, from the compiled
 * modules (`dist/cli.js`).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { requireCompiled } from './compiled.js';

/** The command line's entry point, as both builds export it. */
type Main = (argv: string[]) => Promise<number>;

const BUNDLE = fileURLToPath(new URL('./bundle/cli.cjs', import.meta.url));

/** Runs the command line on `argv` and returns its exit code. */
export async function startCli(argv: string[]): Promise<number> {
  const { main } = existsSync(BUNDLE) ? (requireCompiled(BUNDLE) as { main: Main }) : ((await import('./cli.js')) as { main: Main });
  return main(argv);
}
