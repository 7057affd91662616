#!/usr/bin/env node
// Starts from the one-file build with its compiled code when the build made them (src/launch.ts).
// PRECIS_SAVE_CODE_CACHE=1 is the build's own switch (scripts/bundle.mjs): it writes that code.
const { startCli } = await import('../dist/launch.js');

process.exitCode = await startCli(process.argv.slice(2), process.env.PRECIS_SAVE_CODE_CACHE === '1');
