/**
 * A worker thread of the pool: loads the pipeline (and wink's model) once, says it is ready,
 * then summarizes and renders the inputs it is sent, one at a time.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Options } from './options.js';
import type { PipelineInput } from './pipeline.js';
import type { RenderSettings } from './render/index.js';
import { summarizeAndRender } from './task.js';
import { wink } from './nlp/doc.js';
import { loadColor } from './render/text.js';

const { options, render } = workerData as { options: Options; render: RenderSettings };

parentPort?.on('message', (message: { id: number; input: PipelineInput }) => {
  parentPort?.postMessage({ id: message.id, result: summarizeAndRender(message.input, options, render) });
});

// Load wink's model (and chalk, for coloured text) now, before saying ready: inputs wait in the
// main thread until then.
if (render.color && render.format === 'text') await loadColor();
wink();
parentPort?.postMessage({ ready: true });
