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

const { options, render, done, slot } = workerData as { options: Options; render: RenderSettings; done: Int32Array; slot: number };

parentPort?.on('message', (message: { id: number; input: PipelineInput }) => {
  const result = summarizeAndRender(message.input, options, render);
  // Counted before the answer is posted: the main thread reads the count to know this worker has
  // room, even while the answer waits in its event queue.
  Atomics.add(done, slot, 1);
  parentPort?.postMessage({ id: message.id, result });
});

// Load wink's model (and chalk, for coloured text) now, not with the first input: the main
// thread keeps working until then.
if (render.color && render.format === 'text') await loadColor();
wink();
parentPort?.postMessage({ ready: true });
