// The one-file builds. The command line: dist/cli.js, every module of precis it reaches and the
// packages they import (commander, chalk, wink-nlp and the parts of its model read on every run), as one CommonJS file, dist/bundle/cli.cjs,
// which bin/precis.js loads with V8's code cache (src/compiled.ts, below). Loading one file instead of about a
// hundred saves the module loader's look-ups, opens and compiles. A batch's worker threads run
// the same file (dist/bundle/worker.cjs starts it). bin/precis.js falls back to dist/cli.js
// without the build; the library (dist/index.js) is not bundled.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'bundle');

/** What every file of the build shares: its modules bundled into one file, for Node 20. */
const ONE_FILE = { bundle: true, platform: 'node', target: 'node20', logLevel: 'warning' };


const cli = await build({
  // The command line, and what a batch's worker threads run (serveInputs): a worker loads this
  // file with its code cache too.
  stdin: {
    contents: "export { main } from './dist/cli.js'; export { serveInputs } from './dist/parallel/serve.js';",
    resolveDir: root,
    sourcefile: 'cli-entry.mjs',
    loader: 'js',
  },
  metafile: true,
  outfile: join(out, 'cli.cjs'),
  ...ONE_FILE,
  format: 'cjs',
  // The language detector is a file of its own (eld.cjs, below). Of wink's model, the parts that
  // src/nlp/model.ts imports are in the file; its core data it reads packed (scripts/pack-model.mjs).
  external: ['eld'],
  // A CommonJS file has no import.meta: the modules that find files from their own address get
  // the bundle's address, which is all they need (src/paths.ts walks up to the package root).
  // import.meta.resolve is read only where the build's eld.cjs is missing, which it never is
  // beside this file; it resolves the way require does.
  define: { 'import.meta.url': '__bundleUrl', 'import.meta.resolve': '__bundleResolve' },
  banner: {
    js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href; const __bundleResolve = (name) => require('node:url').pathToFileURL(require.resolve(name)).href;",
  },
  sourcemap: true,
});

// The command line's file in ASCII: V8 keeps a source with one character beyond ASCII in two
// bytes a character, and Node decodes it on a slow path (3 ms of every run for this file). esbuild
// escapes strings but leaves comments and regular expressions as written; there a \uXXXX escape
// of each UTF-16 unit means the same (a surrogate pair stays a pair). A character escaped with a
// backslash (wink's /[\-\–]/) is an identity escape, the character itself: its backslash goes.
// Source map columns after an escape on the same line are off by its length.
const cliFile = join(out, 'cli.cjs');
const asUnicodeEscape = (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`;
writeFileSync(
  cliFile,
  readFileSync(cliFile, 'utf8').replace(/(\\*)([^\x00-\x7f])/g, (_, backslashes, unit) => backslashes.slice(backslashes.length % 2) + asUnicodeEscape(unit)),
);

// src/compiled.ts runs the file as a script, which has no loader for import(): every import()
// of the sources must have become a require of the bundle's own modules.
const leftOver = Object.values(cli.metafile.outputs).flatMap((output) => output.imports.filter((imported) => imported.kind === 'dynamic-import').map((imported) => imported.path));
if (leftOver.length > 0) throw new Error(`dist/bundle/cli.cjs still imports ${leftOver.join(', ')} with import(), which src/compiled.ts cannot run.`);

// The loader bin/precis.js starts the command line's file with (src/compiled.ts), as a file of its own.
await build({
  entryPoints: [join(root, 'dist', 'compiled.js')],
  outfile: join(out, 'compiled.cjs'),
  ...ONE_FILE,
  format: 'cjs',
});

// What worker threads and child processes start: the command line's file with its code cache.
writeFileSync(
  join(out, 'worker.cjs'),
  "'use strict';\n// Written by scripts/bundle.mjs: a batch's worker runs the command line's one file, with its code cache.\n" +
    "const { join } = require('node:path');\n" +
    "require('./compiled.cjs').requireCompiled(join(__dirname, 'cli.cjs')).serveInputs();\n",
);

// The HTML parser (cheerio's htmlparser2 build) with the element class of its tree, as one
// CommonJS file that src/extract/parse.ts requires on the first HTML page: about 20 ms less
// than cheerio's fifty modules.
await build({
  stdin: {
    contents: "const cheerio = require('cheerio/slim'); module.exports = { load: cheerio.load, Element: require('domhandler').Element };",
    resolveDir: root,
    sourcefile: 'html-parser.cjs',
    loader: 'js',
  },
  outfile: join(out, 'html.cjs'),
  ...ONE_FILE,
  format: 'cjs',
  sourcemap: true,
});

// The language detector (eld, its smallest data set: ES modules only) as one CommonJS file that
// src/language/detect.ts requires for the first article that is not plainly English.
await build({
  stdin: { contents: "export { eld } from 'eld/extrasmall';", resolveDir: root, sourcefile: 'eld.mjs', loader: 'js' },
  outfile: join(out, 'eld.cjs'),
  ...ONE_FILE,
  format: 'cjs',
  sourcemap: true,
});

// V8's code for the build's files (src/compiled.ts), made by running the command line on a short
// text, a short HTML page and a German one: functions are compiled when first called, and each
// run starts from the code the one before saved, so the caches end up holding what a summary of
// any of them runs.
for (const file of ['cli.cjs', 'html.cjs', 'eld.cjs']) rmSync(join(out, `${file}.cache`), { force: true });
for (const sample of ['council-vote.txt', 'harbor-ferry.html', 'pages/meta-no-date.html']) {
  const run = spawnSync(process.execPath, [join(root, 'bin', 'precis.js'), join(root, 'fixtures', sample)], {
    env: { ...process.env, PRECIS_SAVE_CODE_CACHE: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (run.status !== 0) throw new Error(`The sample run on fixtures/${sample} that makes the code cache failed (exit ${run.status}).`);
}
