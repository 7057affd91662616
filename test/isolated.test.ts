import { describe, expect, it } from 'vitest';
// The built runner: its child runs the compiled worker script (npm test builds first).
import { IsolatedRunner } from '../dist/parallel/isolated.js';
import { DEFAULT_OPTIONS } from '../src/options.js';
import type { PipelineInput } from '../src/pipeline.js';

const settings = {
  options: { ...DEFAULT_OPTIONS, format: 'ndjson' as const },
  render: { format: 'ndjson' as const, view: { only: null, includeBody: false }, color: false, width: 80 },
};

const story = (name: string, text: string): PipelineInput => ({ content: text, format: 'text', kind: 'string', name });

/** A page whose parsed tree is far larger than a small heap (100,000 blocks, under the element cap). */
const hugePage = `<html><body>${'<div class="story"><p>The council met again, said the clerk. “We will vote,” she said.</p></div>'.repeat(100_000)}</body></html>`;

describe('isolated runner (a child process for large inputs)', () => {
  it('summarizes inputs one after another in one child', async () => {
    const runner = new IsolatedRunner(settings);
    try {
      const results = await Promise.all(['Mayor Helen Ortiz said the vote was close.', 'The ferry left Port Wexley at noon.'].map((text, i) => runner.run(story(`story ${i}`, text))));
      expect(results.map((result) => typeof result === 'object' && result.ok)).toEqual([true, true]);
    } finally {
      runner.close();
    }
  }, 60_000);

  it('an input that exhausts the child’s heap fails alone; the next one gets a new child', async () => {
    const runner = new IsolatedRunner(settings, 128);
    try {
      const [huge, after] = await Promise.all([
        runner.run({ content: hugePage, format: 'html', kind: 'string', name: 'huge' }),
        runner.run(story('after', 'Daniel Brooks spoke next.')),
      ]);
      expect(huge).toBe('out-of-memory');
      expect(typeof after === 'object' && after.ok).toBe(true);
    } finally {
      runner.close();
    }
  }, 60_000);
});
