#!/usr/bin/env node
// CommonJS (bin/package.json says so): Node starts a CommonJS file without setting up its ES module
// loader, a few milliseconds of every run. The command line runs from the one-file build with
// V8's code cache for it (src/compiled.ts, scripts/bundle.mjs), or else from the compiled modules.
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const bundle = join(__dirname, '..', 'dist', 'bundle');
const cli = existsSync(join(bundle, 'cli.cjs'))
  ? Promise.resolve(require(join(bundle, 'compiled.cjs')).requireCompiled(join(bundle, 'cli.cjs')))
  : import('../dist/cli.js');
cli.then(({ main }) => main(process.argv.slice(2))).then((code) => {
  process.exitCode = code;
});
