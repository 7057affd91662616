#!/usr/bin/env node
// Starts from the one-file build with its compiled code when the build made them (src/launch.ts).
const { startCli } = await import('../dist/launch.js');

process.exitCode = await startCli(process.argv.slice(2));
