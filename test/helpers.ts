/** Shared helpers for tests that run the built command. */
import { spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import schema from '../schema/summary.schema.json' with { type: 'json' };
import digestSchema from '../schema/digest.schema.json' with { type: 'json' };

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const BIN = join(ROOT, 'bin', 'precis.js');
export const FIXTURES = join(ROOT, 'fixtures');

if (!existsSync(join(ROOT, 'dist', 'cli.js'))) {
  throw new Error('dist/ is missing: run `npm run build` (npm test does it) before the CLI tests.');
}

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Environment without colour-forcing or proxy variables, so each test sets exactly what it needs. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  const proxies = ['HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY'].flatMap((name) => [name, name.toLowerCase()]);
  for (const key of ['NO_COLOR', 'FORCE_COLOR', 'TERM', 'COLORTERM', ...proxies]) delete env[key];
  return { ...env, ...extra };
}

/** Runs `precis args…` to completion with `input` on stdin. */
export function runCli(args: string[], input?: string | Buffer, env: Record<string, string> = {}, options: SpawnSyncOptions = {}): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    input: input ?? '',
    env: cleanEnv(env),
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 256 * 1024 * 1024,
    ...options,
  });
  return { code: result.status, signal: result.signal, stdout: String(result.stdout), stderr: String(result.stderr) };
}

/** A fresh temporary directory holding `files` (relative path → content). */
export function tempTree(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'precis-test-'));
  for (const [path, content] of Object.entries(files)) {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return root;
}

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(schema);

/** Throws with the schema errors when `value` is not a valid precis output. */
export function assertValidOutput(value: unknown): void {
  if (!validate(value)) throw new Error(`output does not match schema/summary.schema.json: ${ajv.errorsText(validate.errors)}`);
}

/** Checks that every span in a summary slices `body` to its text. */
export function assertSpansIndexBody(summary: {
  body: string;
  entities?: Array<{ mentions: Array<{ start: number; end: number; text: string }> }>;
  quotes?: Array<{ start: number; end: number; text: string; speakerMention: { start: number; end: number; text: string } | null }>;
  keySentences?: Array<{ start: number; end: number; text: string }>;
  figures?: Array<{ start: number; end: number; text: string; sentence: { start: number; end: number; text: string } }>;
}): void {
  const spans = [
    ...(summary.entities ?? []).flatMap((e) => e.mentions),
    ...(summary.quotes ?? []).flatMap((q) => (q.speakerMention ? [q, q.speakerMention] : [q])),
    ...(summary.keySentences ?? []),
    ...(summary.figures ?? []).flatMap((f) => [f, f.sentence]),
  ];
  for (const span of spans) {
    if (!(span.start >= 0 && span.start <= span.end && span.end <= summary.body.length)) throw new Error(`span out of body: ${JSON.stringify(span)}`);
    if (summary.body.slice(span.start, span.end) !== span.text) throw new Error(`span text differs from body: ${JSON.stringify(span)}`);
  }
}

/** Runs `precis args…` without blocking this process (needed when the test also serves HTTP). */
export function runCliAsync(args: string[], input = '', env: Record<string, string> = {}): Promise<CliResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: cleanEnv(env) });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => resolvePromise({ code, signal, stdout, stderr }));
    child.stdin.end(input);
  });
}

/** A finished run with what it cost: wall time and the child's peak resident memory. */
export interface MeasuredResult extends CliResult {
  ms: number;
  /** Peak resident memory in MB of the run and the processes it started, as read while it ran; `null` where /proc is missing. */
  peakMB: number | null;
}

/** How often the child's high-water mark is read; a 1 GB peak takes far longer than this to build. */
const MEMORY_POLL_MS = 20;

/** A field of /proc/PID/status in MB, or null. */
function statusMB(pid: number, field: 'VmHWM' | 'VmRSS'): number | null {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** The child processes of `pid`, from every thread's children list. */
function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) => readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number));
  } catch {
    return [];
  }
}

/**
 * The memory a run holds now: its own high-water mark, or the resident sets of it and every
 * process it started (a child that summarizes a large input), whichever is larger.
 */
function treeMB(pid: number): number | null {
  const own = statusMB(pid, 'VmHWM');
  if (own === null) return null;
  let total = statusMB(pid, 'VmRSS') ?? 0;
  const pending = childrenOf(pid);
  for (let child = pending.pop(); child !== undefined; child = pending.pop()) {
    total += statusMB(child, 'VmRSS') ?? 0;
    pending.push(...childrenOf(child));
  }
  return Math.max(own, total);
}

/**
 * Runs `precis args…` and measures it: memory is read from /proc while it runs (its own
 * high-water mark only rises, so the last reading is its peak up to the last few milliseconds;
 * the processes it starts are added up at each reading).
 * The child is killed after `timeoutMs`.
 */
export function runCliMeasured(args: string[], options: { input?: string | Buffer; env?: Record<string, string>; timeoutMs?: number } = {}): Promise<MeasuredResult> {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: cleanEnv(options.env ?? {}) });
    let peakMB: number | null = null;
    const poll = setInterval(() => {
      const reading = child.pid === undefined ? null : treeMB(child.pid);
      if (reading !== null) peakMB = Math.max(peakMB ?? 0, reading);
    }, MEMORY_POLL_MS);
    const killer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearInterval(poll);
      clearTimeout(killer);
      resolvePromise({ code, signal, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8'), ms: performance.now() - started, peakMB });
    });
    child.stdin.on('error', () => {}).end(options.input ?? '');
  });
}

const validateDigest = ajv.compile(digestSchema);

/** Throws with the schema errors when `value` is not a valid digest (`precis digest --format json`). */
export function assertValidDigest(value: unknown): void {
  if (!validateDigest(value)) throw new Error(`digest does not match schema/digest.schema.json: ${ajv.errorsText(validateDigest.errors)}`);
}
