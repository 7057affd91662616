import type { Dirent } from 'node:fs';
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listDirectory } from '../src/input/directory.js';
import { runCli, tempTree } from './helpers.js';

const HTML = /\.html$/;
const entry = (name: string, kind: 'file' | 'dir'): Dirent => ({ name, isDirectory: () => kind === 'dir', isFile: () => kind === 'file' }) as Dirent;
const denied = (path: string): Error => Object.assign(new Error(`EACCES: permission denied, scandir '${path}'`), { code: 'EACCES' });

/** A fake tree: folder → entries, or an error for a folder that cannot be listed. */
function fakeRead(tree: Record<string, Dirent[] | 'denied'>) {
  return async (path: string): Promise<Dirent[]> => {
    const entries = tree[path];
    if (entries === undefined || entries === 'denied') throw denied(path);
    return entries;
  };
}

describe('listDirectory', () => {
  it.each([
    {
      name: 'files sorted by path, hidden entries and other extensions left out',
      tree: { root: [entry('b.html', 'file'), entry('.hidden.html', 'file'), entry('notes.pdf', 'file'), entry('sub', 'dir'), entry('a.html', 'file')], 'root/sub': [entry('c.html', 'file')] },
      files: ['root/a.html', 'root/b.html', 'root/sub/c.html'],
      unreadable: [],
    },
    {
      name: 'an unreadable subfolder is reported and its siblings are still read',
      tree: { root: [entry('locked', 'dir'), entry('open', 'dir'), entry('top.html', 'file')], 'root/locked': 'denied' as const, 'root/open': [entry('x.html', 'file')] },
      files: ['root/open/x.html', 'root/top.html'],
      unreadable: ['root/locked'],
    },
    {
      name: 'an unreadable root gives no files and names the root',
      tree: { root: 'denied' as const },
      files: [],
      unreadable: ['root'],
    },
  ])('$name', async ({ tree, files, unreadable }) => {
    const listing = await listDirectory('root', HTML, fakeRead(tree));
    expect(listing.files).toEqual(files.map((file) => join(...file.split('/'))));
    expect(listing.unreadable.map((problem) => problem.path)).toEqual(unreadable);
    for (const problem of listing.unreadable) expect((problem.error as { code: string }).code).toBe('EACCES');
  });

  // Root reads every folder whatever its mode: the fake tree above covers that case.
  it.skipIf(process.getuid?.() === 0)('the command goes on past a folder it may not read, and says why', () => {
    const dir = tempTree({ 'open/a.txt': 'The council met on Monday and approved the budget.', 'locked/b.txt': 'The mayor spoke.' });
    chmodSync(join(dir, 'locked'), 0o000);
    try {
      const result = runCli(['--format', 'ndjson', dir]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`${join(dir, 'locked')} cannot be read (permission denied).`);
      expect(result.stdout.trim().split('\n').map((line) => JSON.parse(line) as { error?: unknown }).filter((record) => !record.error)).toHaveLength(1);
    } finally {
      chmodSync(join(dir, 'locked'), 0o755);
    }
  });
});
