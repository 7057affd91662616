import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../src/errors.js';
import { isNonPublicAddress } from '../src/input/addresses.js';
import { type FetchLimits, displayUrl, fetchPage } from '../src/input/fetch.js';
import { runCliAsync } from './helpers.js';

const STORY = '<!doctype html><html><head><title>Tram line opens</title></head><body><article>' +
  '<p>The city’s first tram line opened on Sunday, carrying 12,000 passengers on its first day, the transit authority said.</p>' +
  '<p>“We waited eleven years for this,” said Ines Moreau, who rode the first tram at dawn. The line runs 9 kilometres from the station to the university.</p>' +
  '</article></body></html>';

let server: Server;
let base: string;
let lastUserAgent = '';

beforeAll(async () => {
  server = createServer((request, response) => {
    lastUserAgent = request.headers['user-agent'] ?? '';
    const path = request.url ?? '/';
    const redirect = /^\/redirect\/(\d+)$/.exec(path);
    if (redirect) {
      const left = Number(redirect[1]);
      response.writeHead(302, { location: left > 0 ? `/redirect/${left - 1}` : '/story' }).end();
    } else if (path === '/story') {
      response.writeHead(200, { 'content-type': 'text/html' }).end(STORY);
    } else if (path === '/slow') {
      setTimeout(() => response.writeHead(200, { 'content-type': 'text/html' }).end(STORY), 1500);
    } else if (path === '/big') {
      response.writeHead(200, { 'content-type': 'text/html', 'content-length': '50000' }).end('x'.repeat(50000));
    } else if (path === '/big-chunked') {
      response.writeHead(200, { 'content-type': 'text/html' });
      for (let i = 0; i < 50; i++) response.write('y'.repeat(1000));
      response.end();
    } else if (path === '/image') {
      response.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    } else if (path === '/wrong-charset') {
      // UTF-8 bytes under a header that claims ISO-8859-1: valid UTF-8 wins.
      response.writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' }).end(Buffer.from(STORY, 'utf8'));
    } else if (path === '/legacy') {
      // windows-1252 bytes declared in the header only.
      const bytes = Buffer.from(STORY.replace(/’/g, "'").replace(/[“”]/g, '"').replace('Ines', 'Inès'), 'latin1');
      response.writeHead(200, { 'content-type': 'text/html; charset=windows-1252' }).end(bytes);
    } else if (path === '/to-localhost') {
      // Another host name for this machine: not the host named on the command line.
      response.writeHead(302, { location: `http://localhost:${(server.address() as AddressInfo).port}/story` }).end();
    } else if (path === '/to-metadata') {
      response.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
    } else if (path === '/to-mapped') {
      response.writeHead(302, { location: `http://[::ffff:7f00:1]:${(server.address() as AddressInfo).port}/story` }).end();
    } else if (path === '/ftp-redirect') {
      response.writeHead(301, { location: 'ftp://example.org/story' }).end();
    } else {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const limits: FetchLimits = { timeoutMs: 500, maxBytes: 10_000, maxRedirects: 3 };

describe('fetchPage', () => {
  it('follows redirects and reports the final address', async () => {
    const page = await fetchPage(`${base}/redirect/2`, 'precis-test', limits);
    expect(page.url).toBe(`${base}/story`);
    expect(Buffer.from(page.content).toString('utf8')).toBe(STORY);
    expect(lastUserAgent).toBe('precis-test');
  });

  it.each([
    ['too many redirects', '/redirect/3', 'fetch-failed', 'redirected more than 3 times'],
    ['a slow server', '/slow', 'fetch-failed', 'did not answer within 0.5 s'],
    ['a declared size over the cap', '/big', 'too-large', 'larger than the 10000-byte limit'],
    ['a streamed size over the cap', '/big-chunked', 'too-large', 'larger than the 10000-byte limit'],
    ['a non-HTML response', '/image', 'fetch-failed', 'is not a web page or text (it is image/png)'],
    ['an HTTP error', '/missing', 'fetch-failed', 'answered HTTP 404'],
    ['a redirect to another scheme', '/ftp-redirect', 'fetch-failed', 'only http and https'],
  ])('refuses %s in one sentence', async (_, path, code, phrase) => {
    const error = await fetchPage(`${base}${path}`, 'precis-test', limits).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe(code);
    expect((error as InputError).message).toContain(phrase);
    expect((error as InputError).message.startsWith(`${base}${path}`)).toBe(true);
  });

  it('keeps credentials out of messages', () => {
    expect(displayUrl('https://user:secret@example.org/a?b=1')).toBe('https://example.org/a?b=1');
  });
});

describe('request forgery', () => {
  const refusal = (hostname: string, resolved: string | null): string =>
    `${resolved === null ? `${hostname} is` : `${hostname} resolves to ${resolved}, which is`} not a public address (--allow-private allows it)`;

  it.each([
    { name: 'a redirect to another name of this machine', path: '/to-localhost', phrase: /was not fetched: localhost resolves to (127\.0\.0\.1|::1), which is not a public address/ },
    { name: 'a redirect to the cloud metadata address', path: '/to-metadata', phrase: new RegExp(`was not fetched: ${refusal('169.254.169.254', null).replace(/[.()-]/g, '\\$&')}`) },
    { name: 'a redirect to loopback written as IPv4 inside IPv6', path: '/to-mapped', phrase: /was not fetched: ::ffff:7f00:1 is not a public address/ },
  ])('refuses $name', async ({ path, phrase }) => {
    const error = await fetchPage(`${base}${path}`, 'precis-test', limits).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe('fetch-failed');
    expect((error as InputError).message).toMatch(phrase);
  });

  it('follows the same redirect with allowPrivate', async () => {
    const page = await fetchPage(`${base}/to-localhost`, 'precis-test', limits, { allowPrivate: true, trustFirstHost: true });
    expect(Buffer.from(page.content).toString('utf8')).toBe(STORY);
  });

  it('refuses a private first address that precis did not get from the command line (a record, a list)', async () => {
    const error = await fetchPage(`${base}/story`, 'precis-test', limits, { allowPrivate: false, trustFirstHost: false }).catch((e: unknown) => e);
    expect((error as InputError).message).toBe(`${base}/story was not fetched: ${refusal('127.0.0.1', null)}.`);
  });

  it.each([
    ['127.0.0.1', true], ['10.1.2.3', true], ['172.31.255.255', true], ['172.32.0.1', false], ['192.168.0.10', true],
    ['169.254.169.254', true], ['100.64.0.1', true], ['0.0.0.0', true], ['224.0.0.1', true], ['255.255.255.255', true],
    ['8.8.8.8', false], ['93.184.216.34', false], ['::1', true], ['[::1]', true], ['fe80::1', true], ['fd12:3456::1', true],
    ['::ffff:127.0.0.1', true], ['::ffff:7f00:1', true], ['64:ff9b::a00:1', true], ['::ffff:8.8.8.8', false], ['2606:4700::1111', false],
    ['example.org', false],
  ])('%s is non-public: %s', (address, expected) => {
    expect(isNonPublicAddress(address)).toBe(expected);
  });

  it('the command line refuses a redirect to a private address unless --allow-private', async () => {
    const refused = await runCliAsync([`${base}/to-metadata`]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(`precis: ${base}/to-metadata was not fetched: ${refusal('169.254.169.254', null)}.\n`);
    const allowed = await runCliAsync(['--json', '--allow-private', `${base}/to-localhost`]);
    expect(allowed.code).toBe(0);
  });
});

describe('URLs on the command line', () => {
  it('summarizes a fetched page with the final URL as its address', async () => {
    const result = await runCliAsync(['--json', '--include-body', `${base}/redirect/1`]);
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout) as { meta: { url: string }; source: { kind: string }; body: string };
    expect(summary.source.kind).toBe('url');
    expect(summary.meta.url).toBe(`${base}/story`);
    expect(summary.body).toContain('“We waited eleven years for this,” said Ines Moreau');
  });

  it.each([
    ['/wrong-charset', 'utf-8', 'utf-8', 'said Ines Moreau'],
    ['/legacy', 'windows-1252', 'http', 'said Inès Moreau'],
  ])('decodes %s as %s (from %s)', async (path, encoding, source, phrase) => {
    const result = await runCliAsync(['--json', '--include-body', `${base}${path}`]);
    const summary = JSON.parse(result.stdout) as { source: { encoding: string; encodingSource: string }; body: string };
    expect(summary.source).toMatchObject({ encoding, encodingSource: source });
    expect(summary.body).toContain(phrase);
  });

  it('a failed fetch is one sentence on stderr and exit 1', async () => {
    const result = await runCliAsync([`${base}/missing`]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`precis: ${base}/missing answered HTTP 404 Not Found.\n`);
  });
});
