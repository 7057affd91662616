import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT_CODES } from '../src/errors.js';
import { BIN, FIXTURES, ROOT, cleanEnv, runCli } from './helpers.js';

const article = join(FIXTURES, 'council-vote.txt');

describe('exit codes', () => {
  it('are the documented table', () => {
    expect(EXIT_CODES).toEqual({ ok: 0, inputFailed: 1, usage: 2, outputFailed: 3, interrupted: 130 });
  });

  it('the README lists exactly these codes', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Exit codes'), readme.indexOf('\n## ', readme.indexOf('## Exit codes') + 1));
    const codes = [...section.matchAll(/^\| (\d+) \|/gm)].map((m) => Number(m[1]));
    expect(codes).toEqual(Object.values(EXIT_CODES).sort((a, b) => a - b));
  });

  // [scenario, arguments, stdin, expected exit code]
  const scenarios: Array<[string, string[], string | undefined, number]> = [
    ['one good file', [article], undefined, EXIT_CODES.ok],
    ['text on stdin', ['--json'], 'The port reopened on Friday after a nine-day strike, officials said.', EXIT_CODES.ok],
    ['a missing file', ['missing-article.txt'], undefined, EXIT_CODES.inputFailed],
    ['a good and a missing file', [article, 'missing-article.txt'], undefined, EXIT_CODES.inputFailed],
    ['empty stdin', [], '', EXIT_CODES.inputFailed],
    ['a bad NDJSON record', ['--input-format', 'ndjson'], '{"id": "x"}\n', EXIT_CODES.inputFailed],
    ['an unknown option', ['--frobnicate', article], undefined, EXIT_CODES.usage],
    ['a bad format', ['--format', 'xml', article], undefined, EXIT_CODES.usage],
    ['a bad sentence count', ['-n', 'three', article], undefined, EXIT_CODES.usage],
    ['a bad ratio', ['--ratio', '1.5', article], undefined, EXIT_CODES.usage],
    ['an unknown section', ['--only', 'entities,gossip', article], undefined, EXIT_CODES.usage],
    ['an unknown encoding', ['--encoding', 'klingon-8', article], undefined, EXIT_CODES.usage],
    ['digest --merge of a file that is not a digest', ['digest', '--merge', article], undefined, EXIT_CODES.inputFailed],
    ['digest --merge of a missing file', ['digest', '--merge', 'missing-digest.json'], undefined, EXIT_CODES.inputFailed],
    ['digest --merge of no file', ['digest', '--merge'], undefined, EXIT_CODES.usage],
  ];

  it.each(scenarios.map(([name, args, stdin, code]) => ({ name, args, stdin, code })))('$name → exit $code', ({ args, stdin, code: expected }) => {
    const result = runCli(args, stdin);
    expect(result.code).toBe(expected);
    if (expected === EXIT_CODES.usage) {
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^precis: /);
    }
  });

  it.each([
    { name: 'a full disk', redirect: '> /dev/full', message: 'precis: the output could not be written (no space left on device).' },
  ])('$name → exit 3 with one sentence', ({ redirect, message }) => {
    const result = spawnSync('bash', ['-c', `node "${BIN}" "${article}" ${redirect}`], { encoding: 'utf8', env: cleanEnv() });
    expect(result.status).toBe(EXIT_CODES.outputFailed);
    expect(result.stderr).toBe(`${message}\n`);
  });

  // Help, the version and completion scripts are printed like data: a reader that stops early is
  // no error, a full disk is said in one sentence (not a stack).
  it.each([
    { name: '--help', args: '--help' },
    { name: 'digest --help', args: 'digest --help' },
    { name: 'a completion script', args: 'completion bash' },
  ])('$name: a reader that stops after one line → exit 0, nothing on stderr; a full disk → exit 3', ({ args }) => {
    const piped = spawnSync('bash', ['-c', `node "${BIN}" ${args} | head -1 > /dev/null; echo "status=\${PIPESTATUS[0]}"`], { encoding: 'utf8', env: cleanEnv() });
    expect(piped.stdout).toBe('status=0\n');
    expect(piped.stderr).toBe('');
    const full = spawnSync('bash', ['-c', `node "${BIN}" ${args} > /dev/full`], { encoding: 'utf8', env: cleanEnv() });
    expect(full.status).toBe(EXIT_CODES.outputFailed);
    expect(full.stderr).toBe('precis: the output could not be written (no space left on device).\n');
  });

  it('a redirection to /dev/null is not a failure', () => {
    const result = spawnSync('bash', ['-c', `node "${BIN}" "${article}" > /dev/null`], { encoding: 'utf8', env: cleanEnv() });
    expect(result.status).toBe(EXIT_CODES.ok);
    expect(result.stderr).toBe('');
  });
});
