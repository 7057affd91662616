/**
 * A worker thread of the pool: loads the pipeline (and wink's model) once, then summarizes and
 * renders the inputs it is sent, one at a time.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Options } from './options.js';
import type { PipelineInput } from './pipeline.js';
import type { RenderSettings } from './render/index.js';
import { summarizeAndRender } from './task.js';

const { options, render } = workerData as { options: Options; render: RenderSettings };

parentPort?.on('message', (message: { id: number; input: PipelineInput }) => {
  parentPort?.postMessage({ id: message.id, result: summarizeAndRender(message.input, options, render) });
});
