import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { progressLine } from '../src/progress.js';

function sink(): { stream: Writable; text: () => string } {
  let out = '';
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      out += String(chunk);
      callback();
    },
  });
  return { stream, text: () => out };
}

describe('progress line', () => {
  it('shows done, rate, failures and ETA when the total is known, then clears itself', () => {
    const { stream, text } = sink();
    let now = 0;
    const progress = progressLine(stream, true, () => now);
    progress.plan(10);
    now = 1000;
    progress.tick(false);
    now = 2000;
    progress.tick(true);
    expect(text()).toContain('precis: 2 of 10 done · 1.0/s · 1 failed · ETA 0:08');
    progress.done();
    expect(text().endsWith('\r\u001b[K')).toBe(true);
  });

  it('gives no ETA for a stream of unknown length', () => {
    const { stream, text } = sink();
    let now = 0;
    const progress = progressLine(stream, true, () => now);
    progress.plan(3);
    progress.plan(null);
    now = 500;
    progress.tick(false);
    expect(text()).toContain('precis: 1 done · 2.0/s');
    expect(text()).not.toContain('ETA');
  });

  it('prints messages on their own line, and nothing else when disabled', () => {
    const { stream, text } = sink();
    const progress = progressLine(stream, false);
    progress.plan(5);
    progress.tick(false);
    progress.message('precis: a.txt does not exist.');
    progress.done();
    expect(text()).toBe('precis: a.txt does not exist.\n');
  });
});
