/**
 * The script that summarizes inputs away from the main thread: loads the pipeline (and wink's
 * model) once, says it is ready, then summarizes and renders the inputs it is sent, one at a
 * time. It runs as a worker thread of the pool, or as a child process of `IsolatedRunner` for
 * inputs too large to risk inside the process (then its settings come in its first message).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { containLibraryOutput } from './console.js';
import { type Options, needsAnalysis } from './options.js';
import type { PipelineInput } from './pipeline.js';
import type { RenderSettings } from './render/index.js';
import { summarizeAndRender } from './task.js';
import { wink } from './nlp/doc.js';
import { loadColor } from './render/text.js';

interface Settings {
  options: Options;
  render: RenderSettings;
}
type Message = { id: number; input: PipelineInput } | { settings: Settings };

/** How messages come and go: the thread's port, or the child process's IPC channel. */
const channel = parentPort
  ? { send: (message: unknown) => parentPort!.postMessage(message), onMessage: (listener: (message: Message) => void) => parentPort!.on('message', listener) }
  : { send: (message: unknown) => process.send?.(message), onMessage: (listener: (message: Message) => void) => process.on('message', listener) };

const settings: Settings = parentPort
  ? (workerData as Settings)
  : await new Promise<Settings>((resolve) => {
      const first = (message: Message): void => {
        if ('settings' in message) {
          process.off('message', first);
          resolve(message.settings);
        }
      };
      process.on('message', first);
    });

// A worker's console would reach the process's stdout: library output is held to the same rule here.
containLibraryOutput(settings.options.verbose, (line) => process.stderr.write(line));

channel.onMessage((message) => {
  if ('input' in message) channel.send({ id: message.id, result: summarizeAndRender(message.input, settings.options, settings.render) });
});

// Load wink's model (and chalk, for coloured text) now, before saying ready: inputs wait in the
// main thread until then. Metadata and bodies alone (--only meta,body) never need the model.
if (settings.render.color && settings.render.format === 'text') await loadColor();
if (needsAnalysis(settings.options.only)) wink();
channel.send({ ready: true });
