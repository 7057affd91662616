#!/usr/bin/env node
// The one-file build starts faster (scripts/bundle.mjs); the compiled modules are the fallback.
const { main } = await import('../dist/bundle/cli.js').catch((error) => {
  if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/bundle/cli.js')) return import('../dist/cli.js');
  throw error;
});

process.exitCode = await main(process.argv.slice(2));
