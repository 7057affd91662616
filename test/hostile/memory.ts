/** Inputs within the limits whose parsed form is huge: memory stays bounded and each fails alone. */
import { expect } from 'vitest';
import { type HostileCase, sentence } from './types.js';

const block = '<div class="story"><p>The council met again, said the clerk. “We will vote,” she said.</p></div>';

export const memoryCases: HostileCase[] = [
  {
    name: 'a page of 2.8 million empty elements (20 MB)',
    file: 'tiny-tags.html',
    content: () => `<html><body>${'<i></i>'.repeat(2_800_000)}</body></html>`,
    memoryMB: 600,
    expect: { kind: 'summary', warning: /more than 200000 elements; only the first 200000 were read/ },
  },
  {
    name: 'a 10 MB page of 100,000 blocks in a batch is summarized away from the workers, and the batch goes on',
    file: 'blocks.ndjson',
    content: () =>
      [
        JSON.stringify({ id: 'before', text: sentence }),
        JSON.stringify({ id: 'blocks', html: `<html><body>${block.repeat(100_000)}</body></html>` }),
        JSON.stringify({ id: 'after', text: sentence }),
      ].join('\n'),
    args: ['--input-format', 'ndjson', '--format', 'ndjson'],
    expect: {
      kind: 'custom',
      check: (result) => {
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        const records = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as { id: string; stats: { paragraphs: number } });
        expect(records.map((r) => r.id)).toEqual(['before', 'blocks', 'after']);
        expect(records[1]!.stats.paragraphs).toBeGreaterThan(1000);
      },
    },
  },
];
