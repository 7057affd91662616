import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { codeCacheOf, requireCompiled } from '../src/compiled.js';

const folder = mkdtempSync(join(tmpdir(), 'precis-compiled-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** A CommonJS file like the build's: it requires a built-in module and exports a function. */
function buildFile(name: string): string {
  const file = join(folder, name);
  writeFileSync(file, "const { basename } = require('node:path');\nexports.greet = (who) => `hello ${basename(who)} from ${basename(__filename)}`;\n");
  return file;
}

describe('loading the build files with their code cache', () => {
  it('loads a file without a cache, with require, __filename and exports as CommonJS gives them', () => {
    const file = buildFile('plain.cjs');
    expect(existsSync(codeCacheOf(file))).toBe(false);
    expect((requireCompiled(file) as { greet(who: string): string }).greet('/a/b')).toBe('hello b from plain.cjs');
  });

  it('loads a file whose cache V8 rejects (another Node, or damage) by compiling it as usual', () => {
    const file = buildFile('damaged.cjs');
    writeFileSync(codeCacheOf(file), Buffer.from('not a code cache'));
    expect((requireCompiled(file) as { greet(who: string): string }).greet('x')).toBe('hello x from damaged.cjs');
  });

  it('with the build switch, writes a cache at exit that V8 accepts for the same file', () => {
    const file = buildFile('saved.cjs');
    const loader = join(process.cwd(), 'dist', 'compiled.js');
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', `const { requireCompiled } = await import(${JSON.stringify(loader)}); requireCompiled(${JSON.stringify(file)}).greet('y');`], {
      env: { ...process.env, PRECIS_SAVE_CODE_CACHE: '1' },
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    const cachedData = readFileSync(codeCacheOf(file));
    const script = new Script(Module.wrap(readFileSync(file, 'utf8')), { filename: file, cachedData });
    expect(script.cachedDataRejected).toBe(false);
  });
});

describe("the build's own files", () => {
  it.each(['cli.cjs', 'html.cjs', 'eld.cjs'])('dist/bundle/%s has a code cache this Node accepts', (name) => {
    const file = join(process.cwd(), 'dist', 'bundle', name);
    const script = new Script(Module.wrap(readFileSync(file, 'utf8')), { filename: file, cachedData: readFileSync(codeCacheOf(file)) });
    expect(script.cachedDataRejected).toBe(false);
  });

  it('the command line file is ASCII, which V8 keeps one byte a character', () => {
    expect(/[^\x00-\x7f]/.test(readFileSync(join(process.cwd(), 'dist', 'bundle', 'cli.cjs'), 'utf8'))).toBe(false);
  });
});
