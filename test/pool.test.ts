import { describe, expect, it } from 'vitest';
// The built pool: its workers run the compiled worker script (npm test builds first).
import { type PoolMiss, WorkerPool } from '../dist/parallel/pool.js';
import { DEFAULT_OPTIONS } from '../src/options.js';
import type { PipelineInput } from '../src/pipeline.js';
import type { TaskResult } from '../src/task.js';

const settings = {
  options: { ...DEFAULT_OPTIONS, format: 'ndjson' as const },
  render: { format: 'ndjson' as const, view: { only: null, includeBody: false }, color: false, width: 80 },
};

const okOf = (result: TaskResult | PoolMiss): boolean => typeof result === 'object' && result.ok;

const story = (name: string, text: string): PipelineInput => ({ content: text, format: 'text', kind: 'string', name });

/** A page whose parsed tree is far larger than a small worker heap. */
const hugePage = `<html><body>${'<div class="story"><p>The council met again, said the clerk. “We will vote,” she said.</p></div>'.repeat(100_000)}</body></html>`;

describe('worker pool', () => {
  it('answers every input, in whatever order the workers finish', async () => {
    const pool = new WorkerPool(2, settings);
    try {
      const texts = ['Mayor Helen Ortiz said the vote was close.', 'The ferry left Port Wexley at noon.', 'Prices rose 4 percent in May.'];
      const results = await Promise.all(texts.map((text, i) => pool.run(story(`story ${i}`, text))));
      for (const [i, result] of results.entries()) {
        expect(okOf(result), `story ${i}`).toBe(true);
        if (typeof result === 'object' && result.ok) expect(JSON.parse(result.output).stats.characters).toBe(texts[i]!.length);
      }
    } finally {
      pool.close();
    }
  });

  it('starts workers only as the work calls for them', async () => {
    const pool = new WorkerPool(8, settings);
    try {
      for (const name of ['one', 'two', 'three']) expect(okOf(await pool.run(story(name, `Helen Ortiz spoke at meeting ${name}.`)))).toBe(true);
      expect(pool.workers).toBe(1);
      // Many inputs at once: more workers, never more than the pool's size.
      const results = await Promise.all(Array.from({ length: 60 }, (_, i) => pool.run(story(`burst ${i}`, `Daniel Brooks voted ${i} times.`))));
      expect(results.every(okOf)).toBe(true);
      expect(pool.workers).toBeGreaterThan(1);
      expect(pool.workers).toBeLessThanOrEqual(8);
    } finally {
      pool.close();
    }
  }, 60_000);

  it('starts every worker at once when asked, and counts the ready ones', async () => {
    const pool = new WorkerPool(2, settings);
    try {
      expect(pool.readyWorkers).toBe(0);
      pool.start();
      expect(pool.workers).toBe(2);
      const deadline = Date.now() + 30_000;
      while (pool.readyWorkers < 2 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(pool.readyWorkers).toBe(2);
      pool.start();
      expect(pool.workers).toBe(2);
    } finally {
      pool.close();
    }
  }, 60_000);

  it('gives an input back as out-of-memory when its worker runs out of its bounded heap, and goes on with a new worker', async () => {
    const pool = new WorkerPool(1, settings, 64);
    try {
      expect(okOf(await pool.run(story('before', 'Helen Ortiz spoke first.')))).toBe(true);
      expect(await pool.run({ content: hugePage, format: 'html', kind: 'string', name: 'huge' })).toBe('out-of-memory');
      expect(okOf(await pool.run(story('after', 'Daniel Brooks spoke next.')))).toBe(true);
    } finally {
      pool.close();
    }
  }, 60_000);

  it('gives every input back when no worker can start', async () => {
    const pool = new WorkerPool(1, settings, 4);
    try {
      expect(await pool.run(story('first', 'Helen Ortiz spoke first.'))).toBe('no-worker');
      expect(await pool.run(story('second', 'Daniel Brooks spoke next.'))).toBe('no-worker');
    } finally {
      pool.close();
    }
  }, 60_000);
});
