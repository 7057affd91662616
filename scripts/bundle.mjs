// The one-file build the command line starts from: dist/cli.js and every module of precis it
// reaches, in dist/bundle/cli.js. Loading one file instead of about a hundred saves the module
// loader's look-ups, opens and compiles: about 40 ms of each run (npm run bench shows the
// start-up rows). Dependencies stay separate packages, loaded as before, but for the HTML parser. bin/precis.js uses the
// bundle when it is there and dist/cli.js otherwise; the library (dist/index.js) is not bundled.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
await build({
  // The command line, and the script its worker threads and child processes run.
  entryPoints: { cli: join(root, 'dist', 'cli.js'), worker: join(root, 'dist', 'worker.js') },
  outdir: join(root, 'dist', 'bundle'),
  bundle: true,
  // The analysis is a chunk of its own, loaded where cli.js imports run.js: --help and
  // --version read only the command line's code.
  splitting: true,
  chunkNames: 'chunk-[hash]',
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});

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
  outfile: join(root, 'dist', 'bundle', 'html.cjs'),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
});
