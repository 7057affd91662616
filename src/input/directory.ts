/**
 * Listing a directory of inputs: every matching file under it, recursively, in path order. A
 * subdirectory that cannot be listed is reported with its error and the walk goes on, so one
 * unreadable folder does not hide its siblings.
 */
import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

export interface DirectoryListing {
  /** Matching regular files, sorted by path. Hidden entries (a leading dot) are left out. */
  files: string[];
  /** Directories (the root included) whose listing failed, with the error, sorted by path. */
  unreadable: Array<{ path: string; error: unknown }>;
}

/** Reads one directory's entries; `readdir` except in tests, which cannot make a folder unreadable to root. */
export type ReadDirectory = (path: string) => Promise<Dirent[]>;

const readEntries: ReadDirectory = (path) => readdir(path, { withFileTypes: true });

/** The files under `directory` whose names match `pattern`, and the folders that could not be read. */
export async function listDirectory(directory: string, pattern: RegExp, read: ReadDirectory = readEntries): Promise<DirectoryListing> {
  const files: string[] = [];
  const unreadable: DirectoryListing['unreadable'] = [];
  const pending = [directory];
  while (pending.length > 0) {
    const current = pending.pop()!;
    let entries: Dirent[];
    try {
      entries = await read(current);
    } catch (error) {
      unreadable.push({ path: current, error });
      continue;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(current, entry.name);
      if (entry.isDirectory()) pending.push(path);
      else if (entry.isFile() && pattern.test(entry.name)) files.push(path);
    }
  }
  const byPath = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return { files: files.sort(byPath), unreadable: unreadable.sort((a, b) => byPath(a.path, b.path)) };
}
