/**
 * Headless Chromium for the tests, driven over the DevTools protocol on a pipe
 * (`--remote-debugging-pipe`: commands on the child's fd 3, replies and events on its fd 4, each
 * message JSON ended by a NUL). No port to find or race for and no browser library: the few
 * commands the tests need are plain JSON.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';

/** Debian's `chromium` package (what `.ci/run` installs); `PRECIS_CHROMIUM` names another build. */
export const CHROMIUM = process.env.PRECIS_CHROMIUM ?? '/usr/bin/chromium';

/** Whether the browser tests must run: set by `.ci/run`, so that a missing browser fails CI instead of skipping. */
export const CHROMIUM_REQUIRED = process.env.PRECIS_REQUIRE_CHROMIUM === '1';

/** Whether there is a browser to run. */
export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM);
}

/** Longest wait for one reply or event: a cold Chromium start on a busy CI machine takes a few seconds. */
const COMMAND_TIMEOUT_MS = 30_000;

/** Chromium's last words kept for an error message (its stderr is mostly noise about D-Bus and GPUs). */
const STDERR_KEPT = 4_000;

/** Flags for a quiet, throwaway browser: nothing fetched in the background, no first-run pages. */
const FLAGS = [
  '--headless',
  // The sandbox needs kernel features containers often lack, and refuses to run as root; the page
  // opened is the tests' own output.
  '--no-sandbox',
  '--disable-gpu',
  '--remote-debugging-pipe',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-extensions',
  '--disable-sync',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-default-apps',
  '--mute-audio',
];

/** A protocol message from the browser: a reply (with `id`) or an event (with `method`). */
interface Message {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  result?: Record<string, unknown>;
  error?: { message: string };
  sessionId?: string;
}

/** What a page did that a test checks: console errors, uncaught exceptions and requests. */
export interface PageLog {
  /** Console messages of type error or assert, uncaught exceptions, and browser log entries of level error (CSP violations, failed loads). */
  errors: string[];
  /** Every URL the page requested, the page itself included. */
  requests: string[];
}

/** One tab, attached in a flat session. */
export interface Page {
  readonly log: PageLog;
  /** Sends a command to the page's session and returns its result. */
  send(method: string, params?: Record<string, unknown>): Promise<Record<string, unknown>>;
  /** Opens `url` and waits for its load event. */
  open(url: string): Promise<void>;
  /** The value of the JavaScript expression `expression` in the page (awaited when it is a promise). */
  evaluate<T>(expression: string): Promise<T>;
}

/** A running browser. */
export interface Browser {
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** Starts headless Chromium. The caller must `close()` it. */
export async function launchChromium(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'precis-chromium-'));
  const child: ChildProcess = spawn(CHROMIUM, [...FLAGS, `--user-data-dir=${profile}`, 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString('utf8')).slice(-STDERR_KEPT)));
  const commands = child.stdio[3] as Writable;
  const replies = child.stdio[4] as Readable;
  let exited = false;
  const pending = new Map<number, { resolve: (result: Record<string, unknown>) => void; reject: (error: Error) => void }>();
  const listeners = new Set<(message: Message) => void>();
  const failAll = (error: Error): void => {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  child.on('error', (error) => failAll(error));
  child.on('exit', (code, signal) => {
    exited = true;
    failAll(new Error(`chromium exited (${signal ?? code}) before replying: ${stderr.trim()}`));
  });
  // Writes to a pipe the browser has closed fail when the browser exits; that is reported above.
  commands.on('error', () => {});

  let buffered = '';
  replies.setEncoding('utf8');
  replies.on('data', (chunk: string) => {
    buffered += chunk;
    let end: number;
    while ((end = buffered.indexOf('\0')) >= 0) {
      const message = JSON.parse(buffered.slice(0, end)) as Message;
      buffered = buffered.slice(end + 1);
      if (message.id !== undefined) {
        const waiting = pending.get(message.id);
        pending.delete(message.id);
        if (message.error) waiting?.reject(new Error(`${message.error.message}`));
        else waiting?.resolve(message.result ?? {});
      } else {
        for (const listener of listeners) listener(message);
      }
    }
  });

  let nextId = 1;
  const send = (method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<Record<string, unknown>> =>
    new Promise((resolve, reject) => {
      if (exited) return reject(new Error(`chromium is not running: ${stderr.trim()}`));
      const id = nextId++;
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error(`chromium did not answer ${method} within ${COMMAND_TIMEOUT_MS} ms: ${stderr.trim()}`));
      }, COMMAND_TIMEOUT_MS);
      pending.set(id, {
        resolve: (result) => (clearTimeout(timer), resolve(result)),
        reject: (error) => (clearTimeout(timer), reject(error)),
      });
      commands.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });

  /** Resolves with the first event `method` of `sessionId` arriving from now on. */
  const nextEvent = (method: string, sessionId: string): Promise<Message> =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        listeners.delete(listener);
        reject(new Error(`no ${method} within ${COMMAND_TIMEOUT_MS} ms`));
      }, COMMAND_TIMEOUT_MS);
      const listener = (message: Message): void => {
        if (message.method !== method || message.sessionId !== sessionId) return;
        clearTimeout(timer);
        listeners.delete(listener);
        resolve(message);
      };
      listeners.add(listener);
    });

  // The first command also proves the browser started and speaks the protocol.
  await send('Browser.getVersion');

  return {
    async newPage(): Promise<Page> {
      const { targetId } = await send('Target.createTarget', { url: 'about:blank' });
      const { sessionId } = (await send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
      const log: PageLog = { errors: [], requests: [] };
      listeners.add((message) => {
        if (message.sessionId !== sessionId) return;
        const params = message.params ?? {};
        if (message.method === 'Runtime.consoleAPICalled' && (params.type === 'error' || params.type === 'assert')) {
          const args = (params.args as Array<{ value?: unknown; description?: string }>) ?? [];
          log.errors.push(`console.${String(params.type)}: ${args.map((arg) => String(arg.value ?? arg.description ?? '')).join(' ')}`);
        } else if (message.method === 'Runtime.exceptionThrown') {
          const details = params.exceptionDetails as { text?: string; exception?: { description?: string } };
          log.errors.push(`uncaught: ${details.exception?.description ?? details.text ?? 'exception'}`);
        } else if (message.method === 'Log.entryAdded') {
          const entry = params.entry as { level: string; text: string; source: string };
          if (entry.level === 'error') log.errors.push(`${entry.source}: ${entry.text}`);
        } else if (message.method === 'Network.requestWillBeSent') {
          log.requests.push(String((params.request as { url: string }).url));
        }
      });
      const page: Page = {
        log,
        send: (method, params) => send(method, params, sessionId),
        async open(url) {
          const loaded = nextEvent('Page.loadEventFired', sessionId);
          const { errorText } = await send('Page.navigate', { url }, sessionId);
          if (errorText) throw new Error(`chromium could not open ${url}: ${String(errorText)}`);
          await loaded;
        },
        async evaluate<T>(expression: string): Promise<T> {
          const reply = (await send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true }, sessionId)) as {
            result: { value?: T };
            exceptionDetails?: { exception?: { description?: string }; text?: string };
          };
          if (reply.exceptionDetails) throw new Error(`page script failed: ${reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text}`);
          return reply.result.value as T;
        },
      };
      for (const domain of ['Runtime', 'Log', 'Network', 'Page']) await page.send(`${domain}.enable`);
      return page;
    },

    async close(): Promise<void> {
      if (!exited) {
        const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
        await send('Browser.close').catch(() => {});
        // A browser that does not go within a few seconds is stopped (this process started it).
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await gone;
        clearTimeout(timer);
      }
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
