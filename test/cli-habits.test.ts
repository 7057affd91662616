import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputStem } from '../src/outputDir.js';
import { FIXTURES, runCli, tempTree } from './helpers.js';

const TEXT = join(FIXTURES, 'council-vote.txt');
const HTML = join(FIXTURES, 'harbor-ferry.html');
const HINT = "precis: try 'precis --help' for the options.";

/** True when `shell` is installed (`.ci/run` installs zsh and fish). */
function has(shell: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${shell}`]).status === 0;
}

describe('format aliases', () => {
  it.each([
    ['--ndjson', (out: string) => JSON.parse(out.trim()).generator],
    ['--markdown', (out: string) => out.split('\n')[0]],
    ['--json', (out: string) => JSON.parse(out).generator],
  ])('%s is short for --format', (flag, pick) => {
    const format = flag.slice(2);
    expect(pick(runCli([flag, TEXT]).stdout)).toBe(pick(runCli(['--format', format, TEXT]).stdout));
  });

  it('an alias that agrees with --format is fine; two formats are a usage error with the hint', () => {
    expect(runCli(['--ndjson', '--format', 'ndjson', TEXT]).code).toBe(0);
    for (const args of [['--json', '--markdown'], ['--ndjson', '--format', 'json']]) {
      const result = runCli([...args, TEXT]);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(`precis: --json, --ndjson, --markdown and --format ask for different output formats: choose one.\n${HINT}\n`);
    }
  });
});

describe('usage errors end with a hint to --help', () => {
  it.each([
    [['--frmat', 'json', TEXT], /unknown option '--frmat'/],
    [['--format', 'yaml', TEXT], /argument 'yaml' is invalid/],
    [['-n', 'five', TEXT], /expected a whole number/],
    [['--language', 'english', TEXT], /two-letter ISO 639-1 code/],
    [['--encoding', 'klingon', TEXT], /not an encoding precis knows/],
    [['completion', 'powershell'], /completion takes one shell: bash, zsh, fish/],
  ])('%j', (args, message) => {
    const result = runCli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trimEnd().split('\n').at(-1)).toBe(HINT);
  });
});

describe('--output-dir', () => {
  it('writes one file per input, named after it, in the format asked for; stdout stays empty', () => {
    const dir = tempTree({ 'in/a/story.html': readFileSync(HTML), 'in/b/story.html': readFileSync(HTML), 'in/notes.txt': readFileSync(TEXT) });
    try {
      const out = join(dir, 'out', 'nested');
      const result = runCli(['--markdown', '-o', out, join(dir, 'in')]);
      expect(result.code).toBe(0);
      expect(result.stdout).toBe('');
      expect(readdirSync(out).sort()).toEqual(['notes.md', 'story-2.md', 'story.md']);
      expect(readFileSync(join(out, 'notes.md'), 'utf8')).toBe(runCli(['--markdown', join(dir, 'in', 'notes.txt')]).stdout);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('JSON files hold one object each (no array); a failed input gets no file, a sentence and exit 1', () => {
    const dir = tempTree({ 'notes.txt': readFileSync(TEXT) });
    try {
      const out = join(dir, 'out');
      const result = runCli(['--json', '--output-dir', out, join(dir, 'notes.txt'), join(dir, 'missing.txt')]);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/missing\.txt does not exist/);
      expect(readdirSync(out)).toEqual(['notes.json']);
      expect(JSON.parse(readFileSync(join(out, 'notes.json'), 'utf8'))).toMatchObject({ source: { name: join(dir, 'notes.txt') } });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('NDJSON records are named by id, stdin as stdin', () => {
    const dir = tempTree({});
    try {
      const records = ['{"id":"a/../b 1","text":"The council met on Monday, its chair said."}', '{"text":"The council met again on Tuesday."}'].join('\n');
      expect(runCli(['--input-format', 'ndjson', '--ndjson', '-o', join(dir, 'r'), '-'], records).code).toBe(0);
      expect(readdirSync(join(dir, 'r')).sort()).toEqual(['a_.._b_1.ndjson', 'line-2.ndjson']);
      expect(runCli(['-o', join(dir, 's'), '-'], 'The council met on Monday, its chair said.').code).toBe(0);
      expect(readdirSync(join(dir, 's'))).toEqual(['stdin.txt']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a folder that cannot be made is an output error (exit 3) in one sentence', () => {
    const result = runCli(['-o', join(TEXT, 'below-a-file'), TEXT]);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/^precis: --output-dir .* could not be written \(it is not a folder\)\.\n/);
  });

  it.each([
    [{ name: 'saved/story.html', id: null, line: null }, 'story'],
    [{ name: 'archive/pages.warc.gz', id: null, line: null }, 'pages'],
    [{ name: 'archive/pages.warc.gz record 4 (https://news.example.com/a/b.html)', id: '<urn:uuid:1f>', line: null }, 'news.example.com_a_b.html'],
    [{ name: 'https://news.example.com/2024/05/tram-line/?utm=x#top', id: null, line: null }, 'news.example.com_2024_05_tram-line'],
    [{ name: 'record x', id: '../../etc/passwd', line: 3 }, 'etc_passwd'],
    [{ name: 'record', id: null, line: 7 }, 'line-7'],
    [{ name: '-', id: null, line: null }, 'stdin'],
    [{ name: '.hidden', id: null, line: null }, 'hidden'],
    [{ name: '...', id: null, line: null }, 'input'],
  ])('file name for %j: %s', (input, stem) => {
    expect(outputStem(input)).toBe(stem);
  });
});

describe('precis completion', () => {
  it('bash: completes options, their values and files', () => {
    const script = runCli(['completion', 'bash']).stdout;
    const complete = (words: string[]): string => {
      const setup = `${script}\nCOMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _precis; echo "\${COMPREPLY[*]}"`;
      return spawnSync('bash', ['-c', setup], { encoding: 'utf8' }).stdout.trim();
    };
    expect(complete(['precis', '--mark'])).toBe('--markdown');
    expect(complete(['precis', '--format', ''])).toBe('text json ndjson markdown html');
    expect(complete(['precis', '-o', FIXTURES + '/pag'])).toBe(FIXTURES + '/pages');
    expect(complete(['precis', 'completion', ''])).toBe('bash zsh fish');
  });

  it('every long option of --help is in each script', () => {
    const help = runCli(['--help']).stdout;
    const longs = [...new Set(help.match(/--[a-z][a-z-]+/g))].filter((flag) => !['--help', '--version'].includes(flag));
    for (const shell of ['bash', 'zsh', 'fish']) {
      const script = runCli(['completion', shell]).stdout;
      for (const flag of longs) expect([shell, flag, script.includes(shell === 'fish' ? `-l ${flag.slice(2)}` : flag)]).toEqual([shell, flag, true]);
    }
  });

  it.skipIf(!has('zsh'))('zsh: the script parses', () => {
    const script = runCli(['completion', 'zsh']).stdout;
    const result = spawnSync('zsh', ['-n'], { input: script, encoding: 'utf8' });
    expect([result.status, result.stderr]).toEqual([0, '']);
    expect(script.startsWith('#compdef precis\n')).toBe(true);
  });

  it.skipIf(!has('fish'))('fish: completes options and their values', () => {
    const script = runCli(['completion', 'fish']).stdout;
    const result = spawnSync('fish', ['-c', `${script}\ncomplete -C 'precis --mark'; complete -C 'precis --format '`], { encoding: 'utf8' });
    expect(result.stdout.split('\n').map((line) => line.split('\t')[0]).filter(Boolean)).toEqual(['--markdown', 'html', 'json', 'markdown', 'ndjson', 'text']);
  });

  it('completion without a shell is a usage error; a file of that name is read as ./completion', () => {
    expect(runCli(['completion']).code).toBe(2);
    const dir = tempTree({ completion: readFileSync(TEXT) });
    try {
      const result = runCli(['./completion'], undefined, {}, { cwd: dir });
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^Riverton council approves/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
