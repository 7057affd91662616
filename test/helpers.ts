/** Shared helpers for tests that run the built command. */
import { spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import schema from '../schema/summary.schema.json' with { type: 'json' };

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

/** Environment without colour-forcing variables, so each test sets exactly what it needs. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['NO_COLOR', 'FORCE_COLOR', 'TERM', 'COLORTERM']) delete env[key];
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
