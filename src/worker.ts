/**
 * The script of a batch's worker threads and child processes where the one-file build is
 * missing (see `workerScript` in paths.ts): it serves inputs until it is stopped.
 */
import { serveInputs } from './parallel/serve.js';

await serveInputs();
