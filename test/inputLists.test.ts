/**
 * Inputs that name URLs precis did not get from the person running it: lists (-i) and NDJSON
 * records with a `url` and no content. Both are fetched, and both must lead to public addresses
 * unless --allow-private (the test server is on 127.0.0.1).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../src/errors.js';
import { recordUnit } from '../src/input/sources.js';
import { FIXTURES, assertValidOutput, runCliAsync, tempTree } from './helpers.js';

const council = join(FIXTURES, 'council-vote.txt');

const STORY = '<!doctype html><html><head><title>Bridge closes for repairs</title></head><body><article>' +
  '<p>The Old Mill bridge will close for eight weeks from Monday while engineers replace its bearings, the county said.</p>' +
  '<p>“We would rather close it now than in an emergency,” said Priya Natarajan, the county engineer. Buses will divert via Station Road.</p>' +
  '</article></body></html>';

let server: Server;
let base: string;
const requested: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    requested.push(request.url ?? '');
    if (request.url?.startsWith('/story')) response.writeHead(200, { 'content-type': 'text/html' }).end(STORY);
    else response.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

type Line = { id: string | null; source: { kind: string; name: string; url?: string | null }; meta?: { title: string | null }; error?: { code: string; message: string } };
const lines = (stdout: string): Line[] => stdout.trimEnd().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Line);

describe('-i, --input-file', () => {
  const list = (): string => `# stories for Monday\n\n${base}/story/1\n  ${council}  \n# done\n${base}/story/2\n`;

  it('reads paths and URLs from a file after the inputs on the command line, skipping blanks and comments', async () => {
    const dir = tempTree({ 'list.txt': list() });
    const result = await runCliAsync(['--format', 'ndjson', '--allow-private', '-i', join(dir, 'list.txt'), council]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const out = lines(result.stdout);
    out.forEach(assertValidOutput);
    expect(out.map((line) => line.source.name)).toEqual([council, `${base}/story/1`, council, `${base}/story/2`]);
    expect(out[1]!.meta!.title).toBe('Bridge closes for repairs');
  });

  it('reads the list from stdin with -i -', async () => {
    const result = await runCliAsync(['--format', 'ndjson', '--allow-private', '-i', '-'], list());
    expect(result.code).toBe(0);
    expect(lines(result.stdout).map((line) => line.source.name)).toEqual([`${base}/story/1`, council, `${base}/story/2`]);
  });

  it('a URL from a list must lead to a public address unless --allow-private; the rest of the list goes on', async () => {
    const result = await runCliAsync(['--format', 'ndjson', '-i', '-'], list());
    expect(result.code).toBe(1);
    const out = lines(result.stdout);
    expect(out.map((line) => line.error?.code ?? 'ok')).toEqual(['fetch-failed', 'ok', 'fetch-failed']);
    expect(result.stderr).toBe([
      `precis: ${base}/story/1 was not fetched: 127.0.0.1 is not a public address (--allow-private allows it).`,
      `precis: ${base}/story/2 was not fetched: 127.0.0.1 is not a public address (--allow-private allows it).`,
      'precis: 2 of 3 inputs failed.',
      '',
    ].join('\n'));
  });

  it('a list that does not exist is one sentence naming it; --json prints an array even for a list of one', async () => {
    const dir = tempTree({ 'one.txt': `${council}\n` });
    const missing = await runCliAsync(['-i', join(dir, 'none.txt')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(`precis: ${join(dir, 'none.txt')} does not exist.\n`);
    const one = await runCliAsync(['--json', '-i', join(dir, 'one.txt')]);
    expect(one.code).toBe(0);
    expect(JSON.parse(one.stdout)).toHaveLength(1);
  });

  it('stdin cannot be both the list and an input', async () => {
    const result = await runCliAsync(['-i', '-', '-'], list());
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('precis: stdin (-) can be read once: as the list of -i - or as an input, not both.\n');
  });
});

describe('NDJSON records with a url and no content', () => {
  const records = (): string => [
    JSON.stringify({ id: 'u1', url: `${base}/story/u1` }),
    JSON.stringify({ id: 't1', text: 'The council met on Tuesday. It approved the budget, the mayor said.' }),
    JSON.stringify({ id: 'h1', html: '<p>Officials in Lyon said the new tram line will open next spring, two years late.</p>', url: `${base}/not-fetched` }),
  ].join('\n') + '\n';

  it('are fetched like URLs from a list, beside records that carry their content', async () => {
    requested.length = 0;
    const result = await runCliAsync(['--input-format', 'ndjson', '--format', 'ndjson', '--allow-private'], records());
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const out = lines(result.stdout);
    out.forEach(assertValidOutput);
    expect(out.map((line) => line.id)).toEqual(['u1', 't1', 'h1']);
    expect(out[0]!.source).toMatchObject({ kind: 'record', name: 'stdin line 1 (id u1)', url: `${base}/story/u1` });
    expect(out[0]!.meta!.title).toBe('Bridge closes for repairs');
    // A record with its html is never fetched, whatever its url.
    expect(requested).toEqual(['/story/u1']);
  });

  it('are refused without --allow-private when the url is not public', async () => {
    const result = await runCliAsync(['--input-format', 'ndjson', '--format', 'ndjson'], records());
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`precis: stdin line 1 (id u1): ${base}/story/u1 was not fetched: 127.0.0.1 is not a public address (--allow-private allows it).\nprecis: 1 of 3 inputs failed.\n`);
    expect(lines(result.stdout).map((line) => line.error?.code ?? 'ok')).toEqual(['fetch-failed', 'ok', 'ok']);
  });

  it('are refused in one sentence with --no-fetch, with an error line echoing the id', async () => {
    requested.length = 0;
    const result = await runCliAsync(['--input-format', 'ndjson', '--format', 'ndjson', '--no-fetch', '--allow-private'], records());
    expect(result.code).toBe(1);
    const message = 'stdin line 1 (id u1) was not fetched: it has a "url" and no "text" or "html", and fetching is off (--no-fetch).';
    expect(result.stderr).toBe(`precis: ${message}\nprecis: 1 of 3 inputs failed.\n`);
    const out = lines(result.stdout);
    expect(out[0]).toMatchObject({ id: 'u1', error: { code: 'fetch-failed', message } });
    expect(out.slice(1).map((line) => line.error?.code ?? 'ok')).toEqual(['ok', 'ok']);
    expect(requested).toEqual([]);
  });

  it('recordUnit without fetching refuses a url-only record, and a record with nothing is still a bad record', async () => {
    const urlOnly = await recordUnit('{"id":"x","url":"https://news.example/a"}', 4, 'feed.ndjson').load().catch((e: unknown) => e);
    expect(urlOnly).toBeInstanceOf(InputError);
    expect((urlOnly as InputError).code).toBe('fetch-failed');
    const empty = await recordUnit('{"id":"y","url":null}', 5, 'feed.ndjson').load().catch((e: unknown) => e);
    expect((empty as InputError).message).toBe('feed.ndjson line 5 (id y) has no "text", "html" or "url".');
  });
});
