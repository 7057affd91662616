/**
 * Polite fetching, end to end through the built command: a proxy from the environment, at most
 * two requests at once per host, --timeout, --user-agent, and 429/503 asked again after their
 * Retry-After. The servers listen on 127.0.0.1, which a URL typed on the command line may reach.
 */
import { createServer, get, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { retryAfterMs } from '../src/input/fetch.js';
import { HostSlots } from '../src/input/hostSlots.js';
import { ProxySettingError, proxySettings } from '../src/input/proxy.js';
import { runCliAsync } from './helpers.js';

const STORY = '<!doctype html><html><head><title>Library reopens</title></head><body><article>' +
  '<p>The central library reopened on Saturday after an 18-month renovation that cost $6 million, the city said.</p>' +
  '<p>“It is brighter and it is ours again,” said Amara Okafor, who chairs the library board. About 3,000 people came on the first day.</p>' +
  '</article></body></html>';

/** Requests seen, per path, and the most that were in flight at once on the held paths. */
const hits = new Map<string, number>();
let heldNow = 0;
let heldPeak = 0;
let lastUserAgent = '';
let server: Server;
let base: string;
/** Requests that came through the proxy, as the absolute URLs it was asked for. */
let proxied: string[] = [];
let proxy: Server;
let proxyBase: string;

const page = (response: ServerResponse): void => void response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(STORY);

function serve(request: IncomingMessage, response: ServerResponse): void {
  const path = request.url ?? '/';
  const seen = (hits.get(path) ?? 0) + 1;
  hits.set(path, seen);
  lastUserAgent = request.headers['user-agent'] ?? '';
  if (path.startsWith('/held/')) {
    // Held a while, so that requests precis would send together overlap here.
    heldPeak = Math.max(heldPeak, ++heldNow);
    setTimeout(() => {
      heldNow--;
      page(response);
    }, 200);
  } else if (path === '/story' || path === '/ua') {
    page(response);
  } else if (path === '/never') {
    // Never answers: the connection is closed when the tests end.
  } else if (path.startsWith('/busy-once/')) {
    if (seen === 1) response.writeHead(429, { 'retry-after': '1', 'content-type': 'text/plain' }).end('slow down');
    else page(response);
  } else if (path === '/busy-long') {
    response.writeHead(429, { 'retry-after': '120', 'content-type': 'text/plain' }).end('come back later');
  } else if (path === '/unavailable') {
    response.writeHead(503, { 'retry-after': '0', 'content-type': 'text/plain' }).end('down');
  } else {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
  }
}

/** A forward proxy for plain http: it takes `GET http://host/path` and fetches it. */
function forward(request: IncomingMessage, response: ServerResponse): void {
  proxied.push(request.url ?? '');
  const upstream = get(request.url ?? '', { headers: request.headers }, (answer) => {
    response.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(response);
  });
  upstream.on('error', () => response.writeHead(502).end());
}

const listen = async (handler: (request: IncomingMessage, response: ServerResponse) => void): Promise<[Server, string]> => {
  const created = createServer(handler);
  await new Promise<void>((resolve) => created.listen(0, '127.0.0.1', resolve));
  return [created, `http://127.0.0.1:${(created.address() as AddressInfo).port}`];
};

const close = (closing: Server): Promise<void> => {
  closing.closeAllConnections();
  return new Promise((resolve) => closing.close(() => resolve()));
};

beforeAll(async () => {
  [server, base] = await listen(serve);
  [proxy, proxyBase] = await listen(forward);
});

afterAll(async () => {
  await close(server);
  await close(proxy);
});

const ndjsonLines = (stdout: string): Array<Record<string, unknown>> => stdout.trimEnd().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);

describe('requests per host', () => {
  it('sends at most 2 requests at once to one host with --jobs 4 and 8 URLs', async () => {
    heldNow = 0;
    heldPeak = 0;
    const urls = Array.from({ length: 8 }, (_, i) => `${base}/held/${i + 1}`);
    const result = await runCliAsync(['--format', 'ndjson', '--jobs', '4', ...urls]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(ndjsonLines(result.stdout).map((line) => (line['source'] as { url: string }).url)).toEqual(urls);
    expect(heldPeak).toBeGreaterThanOrEqual(1);
    expect(heldPeak).toBeLessThanOrEqual(2);
  }, 60_000);

  it('HostSlots lets 2 in per host, the rest in turn, and other hosts meanwhile', async () => {
    const slots = new HostSlots(2);
    const first = await slots.acquire('a.example');
    const second = await slots.acquire('a.example');
    let thirdIn = false;
    const third = slots.acquire('a.example').then((release) => {
      thirdIn = true;
      return release;
    });
    const other = await slots.acquire('b.example');
    await Promise.resolve();
    expect(thirdIn).toBe(false);
    expect(slots.inFlight('a.example')).toBe(2);
    first();
    first(); // a second call frees nothing more
    (await third)();
    second();
    other();
    expect(thirdIn).toBe(true);
    expect(slots.inFlight('a.example')).toBe(0);
    expect(slots.inFlight('b.example')).toBe(0);
  });
});

describe('--timeout and --user-agent', () => {
  it('--timeout gives up on a server that never answers, in one sentence, exit 1', async () => {
    const result = await runCliAsync(['--timeout', '0.5', `${base}/never`]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`precis: ${base}/never did not answer within 0.5 s (see --timeout).\n`);
  }, 30_000);

  it.each(['0', '-1', 'soon', '1e3'])('--timeout %s is a usage error', async (value) => {
    const result = await runCliAsync(['--timeout', value, `${base}/story`]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--timeout');
  });

  it('--user-agent is what the server sees; precis names itself by default', async () => {
    const agent = 'NewsDesk-Archiver/2.1 (+mailto:desk@example.org)';
    expect((await runCliAsync(['--json', '--user-agent', agent, `${base}/ua`])).code).toBe(0);
    expect(lastUserAgent).toBe(agent);
    expect((await runCliAsync(['--json', `${base}/ua`])).code).toBe(0);
    expect(lastUserAgent).toMatch(/^precis\/\d+\.\d+\.\d+ \(command-line news summarizer\)$/);
  });

  it('a --user-agent with a line break is a usage error', async () => {
    const result = await runCliAsync(['--user-agent', 'bot\r\nX-Injected: 1', `${base}/ua`]);
    expect(result.code).toBe(2);
  });
});

describe('429 and 503', () => {
  it('a 429 with Retry-After: 1 is asked again, and the page is summarized', async () => {
    const result = await runCliAsync(['--json', `${base}/busy-once/a`]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as { meta: { title: string } }).meta.title).toBe('Library reopens');
    expect(hits.get('/busy-once/a')).toBe(2);
  }, 30_000);

  it('a Retry-After longer than precis waits fails the input at once, saying so', async () => {
    const result = await runCliAsync(['--json', `${base}/busy-long`]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`precis: ${base}/busy-long answered HTTP 429 Too Many Requests and asked to be retried in 120 s, longer than the 30 s precis waits.\n`);
    expect(hits.get('/busy-long')).toBe(1);
  }, 30_000);

  it('a 503 that lasts is asked twice more, then fails', async () => {
    const result = await runCliAsync([`${base}/unavailable`]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`precis: ${base}/unavailable answered HTTP 503 Service Unavailable, and again on each of 2 retries.\n`);
    expect(hits.get('/unavailable')).toBe(3);
  }, 30_000);

  it.each([
    ['seconds', '7', 7000],
    ['zero', '0', 0],
    ['an HTTP date', 'Wed, 21 Oct 2015 07:28:10 GMT', 10_000],
    ['an obsolete RFC 850 date', 'Wednesday, 21-Oct-15 07:28:10 GMT', 10_000],
    ['an asctime date (GMT, though it does not say so)', 'Wed Oct 21 07:28:10 2015', 10_000],
    ['a date already past', 'Wed, 21 Oct 2015 07:27:00 GMT', 0],
    ['nothing', null, null],
    ['a negative number', '-5', null],
    ['a fraction', '1.5', null],
    ['words', 'later please', null],
  ])('Retry-After as %s', (_, value, expected) => {
    expect(retryAfterMs(value, Date.parse('2015-10-21T07:28:00Z'))).toBe(expected);
  });
});

describe('proxies', () => {
  it.each(['HTTP_PROXY', 'http_proxy'])('%s sends the request through the proxy', async (variable) => {
    proxied = [];
    const result = await runCliAsync(['--json', `${base}/story`], '', { [variable]: proxyBase });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(proxied).toEqual([`${base}/story`]);
    expect((JSON.parse(result.stdout) as { meta: { title: string } }).meta.title).toBe('Library reopens');
  });

  it('NO_PROXY lets a host be reached directly', async () => {
    proxied = [];
    hits.delete('/story');
    const result = await runCliAsync(['--json', `${base}/story`], '', { HTTP_PROXY: proxyBase, NO_PROXY: 'localhost,127.0.0.1' });
    expect(result.code).toBe(0);
    expect(proxied).toEqual([]);
    expect(hits.get('/story')).toBe(1);
  });

  it('through a proxy, a URL from a record written as a private address is still refused', async () => {
    proxied = [];
    const record = JSON.stringify({ id: 'p1', url: `${base}/story` });
    const result = await runCliAsync(['--input-format', 'ndjson', '--format', 'ndjson'], `${record}\n`, { HTTP_PROXY: proxyBase });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`precis: stdin line 1 (id p1): ${base}/story was not fetched: 127.0.0.1 is not a public address (--allow-private allows it).\n`);
    expect(proxied).toEqual([]);
  });

  it('a proxy variable that names no proxy fails the fetch in one sentence', async () => {
    const result = await runCliAsync([`${base}/story`], '', { HTTP_PROXY: 'socks5://user:secret@127.0.0.1:1080' });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`precis: ${base}/story was not fetched: HTTP_PROXY names a socks5: proxy; precis speaks to http and https proxies only.\n`);
  });

  it('proxySettings: lowercase wins, a scheme-less host is http, https falls back to the http proxy', () => {
    expect(proxySettings({ http_proxy: 'cache.example:3128', HTTP_PROXY: 'http://other.example:80', NO_PROXY: '.internal.example' })).toEqual({
      httpProxy: 'http://cache.example:3128',
      httpsProxy: 'http://cache.example:3128',
      noProxy: '.internal.example',
    });
    expect(proxySettings({ HTTPS_PROXY: 'https://secure.example:8443', http_proxy: '' })).toEqual({ httpProxy: undefined, httpsProxy: 'https://secure.example:8443', noProxy: '' });
    expect(() => proxySettings({ https_proxy: 'http://[::1' })).toThrow(ProxySettingError);
  });
});
