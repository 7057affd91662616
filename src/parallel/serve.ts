/**
 * What a worker of a batch runs, away from the main thread: loads the pipeline's models once,
 * says it is ready, then summarizes and renders the inputs it is sent, one at a time. It runs in
 * a worker thread of the pool, or in a child process of `IsolatedRunner` for inputs too large to
 * risk inside the process (then its settings come in its first message).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { containLibraryOutput } from '../console.js';
import { type Options, needsAnalysis } from '../options.js';
import type { PipelineInput } from '../pipeline.js';
import type { RenderSettings } from '../render/index.js';
import { summarizeAndRender } from '../task.js';
import { wink } from '../nlp/doc.js';
import { loadColor } from '../render/text.js';

interface Settings {
  options: Options;
  render: RenderSettings;
}
type Message = { id: number; input: PipelineInput } | { settings: Settings };

/** Serves the inputs of this worker thread's pool, or of this child process's parent. */
export async function serveInputs(): Promise<void> {
  const port = parentPort;
  // How messages come and go: the thread's port, or the child process's IPC channel.
  const channel = port
    ? { send: (message: unknown) => port.postMessage(message), onMessage: (listener: (message: Message) => void) => port.on('message', listener) }
    : { send: (message: unknown) => process.send?.(message), onMessage: (listener: (message: Message) => void) => process.on('message', listener) };

  const settings: Settings = port
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
}
