/**
 * Hostile and broken inputs through the command line: each gives a valid summary or one sentence
 * on stderr, within its time and memory bounds, and never a crash. The cases are in
 * `test/hostile/`, one table per kind of input.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertSpansIndexBody, assertValidOutput, runCliMeasured, tempTree, type MeasuredResult } from './helpers.js';
import { fileCases } from './hostile/files.js';
import { memoryCases } from './hostile/memory.js';
import { safetyCases } from './hostile/safety.js';
import { scaleCases } from './hostile/scale.js';
import { streamCases } from './hostile/streams.js';
import { type HostileCase, MEMORY_BOUND_MB, TIME_BOUND_MS } from './hostile/types.js';
import { warcCases } from './hostile/warc.js';

const cases: HostileCase[] = [...fileCases, ...streamCases, ...memoryCases, ...safetyCases, ...warcCases, ...scaleCases];

function withinBounds(result: MeasuredResult, hostile: HostileCase): void {
  expect(result.signal).toBeNull();
  expect(result.ms).toBeLessThan(hostile.timeMs ?? TIME_BOUND_MS);
  if (result.peakMB !== null) expect(result.peakMB).toBeLessThan(hostile.memoryMB ?? MEMORY_BOUND_MB);
}

describe('hostile inputs', () => {
  it.each(cases)('$name', async (hostile) => {
    const { file, content, args = [], stdin, expect: expected } = hostile;
    const dir = tempTree({ [file]: content() });
    const path = hostile.input ? hostile.input(join(dir, file)) : join(dir, file);
    const timeoutMs = (hostile.timeMs ?? TIME_BOUND_MS) * 2;
    if (expected.kind === 'custom') {
      const result = await runCliMeasured([...args, path], { input: stdin, timeoutMs });
      withinBounds(result, hostile);
      expected.check(result, path);
      return;
    }
    const json = await runCliMeasured(['--json', '--include-body', ...args, path], { input: stdin, timeoutMs });
    withinBounds(json, hostile);
    const text = await runCliMeasured([...args, path], { input: stdin, env: { FORCE_COLOR: '0' }, timeoutMs });
    withinBounds(text, hostile);
    // Nothing from the input may reach a terminal raw.
    expect(text.stdout).not.toMatch(/\u001b[\]P^_[]|\u0007|\u0008/);
    if (expected.kind === 'refused') {
      expect(json.code).toBe(1);
      expect(json.stderr.trim().split('\n')).toHaveLength(1);
      expect(json.stderr.trim()).toMatch(expected.phrase);
      expect(json.stderr).toContain(path);
      expect(text.stdout).toBe('');
      return;
    }
    expect(json.code).toBe(0);
    expect(json.stderr).toBe('');
    const summary = JSON.parse(json.stdout) as Record<string, unknown> & Parameters<typeof assertSpansIndexBody>[0];
    assertValidOutput(summary);
    assertSpansIndexBody(summary);
    if (expected.warning) expect((summary['warnings'] as string[]).join(' ')).toMatch(expected.warning);
    expected.check?.(summary);
    expect(text.code).toBe(0);
  }, TIME_BOUND_MS * 5);
});
