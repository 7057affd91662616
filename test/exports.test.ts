import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SCHEMA_VERSION } from '../src/summary.js';
import { VERSION } from '../src/version.js';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, assertSpansIndexBody, assertValidOutput } from './helpers.js';

describe('the public face', () => {
  it('exports exactly these names from the package entry point', async () => {
    const api = await import(join(ROOT, 'dist', 'index.js'));
    expect(Object.keys(api).sort()).toEqual([
      'DEFAULT_OPTIONS', 'DIGEST_SCHEMA_VERSION', 'EXIT_CODES', 'InputError', 'SCHEMA_VERSION', 'SECTIONS', 'SIGNATURE_VERSION', 'UsageError', 'articleSignature', 'digest',
      'digestSignatures', 'loadColor', 'renderDigestHtml', 'renderDigestJson', 'renderDigestMarkdown', 'renderDigestText', 'renderJson', 'renderMarkdown', 'renderNdjsonLine',
      'renderText', 'resolveOptions', 'run', 'summarize',
    ]);
  });

  it('prints a digest from the package entry point in each of its formats', async () => {
    const api = await import(join(ROOT, 'dist', 'index.js'));
    const summaries = ['Mayor Helen Ortiz said the ferry would run all winter.', 'The ferry will run all winter, Mayor Helen Ortiz said on Monday.'].map((text, i) => api.summarize(text, { name: `story-${i}` }));
    const made = api.digest(summaries);
    expect(api.renderDigestHtml(made)).toMatch(/^<!doctype html>/);
    expect(JSON.parse(api.renderDigestJson(made)).schemaVersion).toBe(made.schemaVersion);
    expect(api.renderDigestText(made, { color: false })).toContain('Helen Ortiz');
    expect(api.renderDigestMarkdown(made)).toContain('Helen Ortiz');
  });

  it('package.json points the entry point, types and bin at what the build makes', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(pkg['type']).toBe('module');
    expect(pkg['bin']).toEqual({ precis: 'bin/precis.js' });
    expect(pkg['exports']).toMatchObject({ '.': { types: './dist/index.d.ts', import: './dist/index.js', require: './dist/index.js' }, './schema': './schema/summary.schema.json', './schema/digest': './schema/digest.schema.json' });
    expect((pkg['engines'] as Record<string, string>)['node']).toBe('>=20.19');
  });

  it("require('precis') works from a CommonJS file", () => {
    const dir = mkdtempSync(join(tmpdir(), 'precis-cjs-'));
    try {
      mkdirSync(join(dir, 'node_modules'));
      symlinkSync(ROOT, join(dir, 'node_modules', 'precis'), 'dir');
      writeFileSync(join(dir, 'check.cjs'), "const p = require('precis'); const s = p.summarize('The council met on Monday, its chair said.'); process.stdout.write(JSON.stringify([typeof p.run, s.generator, p.SCHEMA_VERSION]));");
      const result = spawnSync(process.execPath, [join(dir, 'check.cjs')], { encoding: 'utf8' });
      expect(result.stderr).toBe('');
      expect(JSON.parse(result.stdout)).toEqual(['function', `precis/${VERSION}`, SCHEMA_VERSION]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the JSON schema', () => {
  const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'summary.schema.json'), 'utf8')) as {
    $defs: Record<string, { properties: Record<string, unknown>; required: string[] }>;
  };

  it('pins the top-level fields of a summary', () => {
    expect(Object.keys(schema.$defs['summary']!.properties)).toEqual([
      'schemaVersion', 'generator', 'id', 'source', 'meta', 'extraction', 'stats', 'keySentences', 'quotes', 'quotedTerms', 'entities', 'figures', 'keywords', 'warnings', 'blocks', 'body',
    ]);
  });

  it.each(['council-vote.txt', 'lab-grant.txt', 'harbor-ferry.html', 'bakery-centenary-1252.html'])('a summary of %s validates and its spans index its body', async (name) => {
    const { summarize, SCHEMA_VERSION } = await import(join(ROOT, 'dist', 'index.js'));
    const summary = summarize(readFileSync(join(FIXTURES, name)), { name });
    expect(summary.schemaVersion).toBe(SCHEMA_VERSION);
    assertValidOutput(JSON.parse(JSON.stringify(summary)));
    assertSpansIndexBody(summary);
  });

  it('rejects a summary with a field it does not know', async () => {
    const { summarize } = await import(join(ROOT, 'dist', 'index.js'));
    const summary = { ...summarize('The council met on Monday and approved the budget.'), surprise: true };
    expect(() => assertValidOutput(summary)).toThrow(/surprise|additional/);
  });
});
