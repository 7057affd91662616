/**
 * Fetching a page for `precis https://…`: http and https only, a plain User-Agent, a time limit,
 * a size cap and a bounded number of redirects. The final URL becomes the page's address.
 * Fetching is polite: through the proxy the environment names, a few requests at once per host,
 * and a server that answers 429 or 503 is asked again after the wait it gives (within bounds).
 */
import { createRequire } from 'node:module';
import { InputError } from '../errors.js';
import { DEFAULT_OPTIONS } from '../options.js';
import { displayUrl } from '../url.js';
import type { HostSlots } from './hostSlots.js';
import type { ProxySettings } from './proxy.js';

/** The URL as shown in messages, without credentials (defined in `url.ts`, which the renderers share). */
export { displayUrl };

export interface FetchLimits {
  /** Milliseconds one request may take, from being sent to the last byte of its body (each redirect and each retry is a new request). */
  timeoutMs: number;
  /** Largest body accepted, in bytes. */
  maxBytes: number;
  /** Redirects followed before giving up. */
  maxRedirects: number;
}

/** Limits for pages fetched from the command line. */
export const DEFAULT_FETCH_LIMITS: Readonly<FetchLimits> = Object.freeze({
  /** --timeout's default (a news page that has not arrived in 15 s is not coming). */
  timeoutMs: DEFAULT_OPTIONS.timeout * 1000,
  /** The largest news pages (live blogs with inline scripts) stay under a few MB. */
  maxBytes: 10 * 1024 * 1024,
  /** Enough for http→https→canonical→consent hops; more is a loop. */
  maxRedirects: 5,
});

/**
 * Requests in flight to one host at most, whatever --jobs is: what a person's browser does with
 * a couple of tabs open, so a batch of one site's pages never reaches it as a burst.
 */
export const MAX_REQUESTS_PER_HOST = 2;

/** Times a request answered with 429 or 503 is sent again: a busy server gets two more chances, a broken one costs little. */
export const MAX_RETRIES = 2;

/**
 * The longest Retry-After precis waits for. A server that asks for more is unavailable for now:
 * the input fails at once (saying so) rather than keep a batch waiting.
 */
export const MAX_RETRY_WAIT_MS = 30_000;

/** The wait before asking again when a 429 or 503 gives no Retry-After precis can read. */
export const DEFAULT_RETRY_WAIT_MS = 2_000;

/** Status codes that mean "not now": too many requests, service unavailable. */
const RETRY_STATUSES = new Set([429, 503]);

/**
 * Every request of the process takes a slot here first (inputs are loaded on the main thread
 * only, so this one instance sees them all). Made with the first fetch.
 */
let hostSlots: HostSlots | undefined;

/** Where a fetch may go (see `addresses.ts`). */
export interface FetchPolicy {
  /** Non-public addresses may be reached from any URL (--allow-private). */
  allowPrivate: boolean;
  /**
   * The first URL was named by the person running precis (a command-line argument): its host may
   * be non-public, and so may redirects within that host. False for URLs read from lists and records.
   */
  trustFirstHost: boolean;
}

/** A URL typed on the command line, without --allow-private. */
export const COMMAND_LINE_POLICY: Readonly<FetchPolicy> = Object.freeze({ allowPrivate: false, trustFirstHost: true });

export interface FetchedPage {
  content: Uint8Array;
  /** The address after redirects. */
  url: string;
  contentType: string | null;
}

/** Content types precis can summarize; a missing header is given the benefit of the doubt. */
const READABLE_TYPES = /^(?:text\/(?:html|plain|markdown)|application\/(?:xhtml\+xml|xml))\b/i;

function isWebUrl(url: URL): boolean {
  return url.protocol === 'http:' || url.protocol === 'https:';
}


/** A URL's host name as a resolver or an address check takes it (IPv6 literals without brackets). */
const hostnameOf = (url: URL): string => url.hostname.replace(/^\[|\]$/g, '');

/**
 * How long a server asks precis to wait, from a Retry-After header (seconds, or an HTTP date,
 * read as GMT as HTTP dates are); null when there is none or it cannot be read. A date in the
 * past means no wait.
 */
export function retryAfterMs(value: string | null, now: number = Date.now()): number | null {
  const text = value?.trim() ?? '';
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // Only something that looks like a date is given to Date.parse, which reads a bare number as a year.
  if (!/[a-z]{3}/i.test(text)) return null;
  const date = Date.parse(/(?:GMT|UTC|Z|[+-]\d\d:?\d\d)$/i.test(text) ? text : `${text} GMT`);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/** What one request came to: the page, a redirect to follow, or a "not now" to wait out. */
type Outcome = { page: FetchedPage } | { redirect: URL } | { retry: { status: string; waitMs: number | null } };

/**
 * Fetches `address` within `limits`, reaching only the addresses `policy` allows; throws
 * `InputError` (code `fetch-failed` or `too-large`) in one sentence. Goes through the proxy
 * that `HTTP_PROXY`/`HTTPS_PROXY` name unless `NO_PROXY` exempts the host, sends at most
 * {@link MAX_REQUESTS_PER_HOST} requests to a host at once (process-wide), and asks again after
 * a 429 or 503 as its Retry-After says, {@link MAX_RETRIES} times and {@link MAX_RETRY_WAIT_MS}
 * at most.
 */
export async function fetchPage(address: string, userAgent: string, limits: FetchLimits = DEFAULT_FETCH_LIMITS, policy: FetchPolicy = COMMAND_LINE_POLICY): Promise<FetchedPage> {
  const name = displayUrl(address);
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new InputError('fetch-failed', `${name} is not a valid URL.`);
  }
  const fail = (reason: string, code: 'fetch-failed' | 'too-large' = 'fetch-failed'): InputError => new InputError(code, `${name} ${reason}.`);
  const trustedHost = policy.trustFirstHost ? hostnameOf(url) : null;
  const mayBeNonPublic = (hostname: string): boolean => policy.allowPrivate || hostname === trustedHost;
  const refuse = (hostname: string, resolved: string): InputError =>
    fail(`was not fetched: ${hostname === resolved ? `${hostname} is` : `${hostname} resolves to ${resolved}, which is`} not a public address (--allow-private allows it)`);
  // undici (the library behind Node's fetch) lets the address be checked as the connection is
  // made, and speaks to proxies. It is loaded here, on the first fetch, with the modules only a
  // fetch needs: a run that fetches nothing does not pay for them at start-up. It is required,
  // not imported, so that the command line's one-file build leaves its megabyte out (see
  // scripts/bundle.mjs).
  const { EnvHttpProxyAgent, fetch } = createRequire(import.meta.url)('undici') as typeof import('undici');
  const [{ ProxySettingError, proxySettings }, { HostSlots }, { NonPublicAddressError, guardedLookup, isNonPublicAddress }] = await Promise.all([
    import('./proxy.js'),
    import('./hostSlots.js'),
    import('./addresses.js'),
  ]);
  const slots = (hostSlots ??= new HostSlots(MAX_REQUESTS_PER_HOST));
  let proxies: ProxySettings;
  try {
    proxies = proxySettings(process.env);
  } catch (error) {
    if (error instanceof ProxySettingError) throw fail(`was not fetched: ${error.message}`);
    throw error;
  }
  // A direct connection checks the address it connects to (the lookup). Through a proxy the proxy
  // resolves the name, so only the check of an address written in the URL (below) applies; the
  // proxy itself is the user's choice and may well be private. An http page goes to an http proxy
  // as a plain GET of the absolute URL (as curl sends it), an https page through a CONNECT tunnel.
  // Empty strings, not undefined: undici would read the environment again.
  const dispatcher = new EnvHttpProxyAgent({
    httpProxy: proxies.httpProxy ?? '',
    httpsProxy: proxies.httpsProxy ?? '',
    noProxy: proxies.noProxy,
    proxyTunnel: false,
    connect: { lookup: guardedLookup(mayBeNonPublic) },
  });

  /** One request, in one of the host's slots, within the time limit. */
  const request = async (target: URL): Promise<Outcome> => {
    const signal = AbortSignal.timeout(limits.timeoutMs);
    try {
      const response = await fetch(target, { dispatcher, redirect: 'manual', signal, headers: { 'user-agent': userAgent, accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1' } });
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
        await response.body?.cancel();
        return { redirect: new URL(response.headers.get('location')!, target) };
      }
      if (RETRY_STATUSES.has(response.status)) {
        await response.body?.cancel();
        return { retry: { status, waitMs: retryAfterMs(response.headers.get('retry-after')) } };
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw fail(`answered HTTP ${status}`);
      }
      const contentType = response.headers.get('content-type');
      if (contentType && !READABLE_TYPES.test(contentType.trim())) {
        await response.body?.cancel();
        throw fail(`is not a web page or text (it is ${contentType.split(';')[0]!.trim()})`);
      }
      const declared = Number(response.headers.get('content-length') ?? '0');
      if (declared > limits.maxBytes) {
        await response.body?.cancel();
        throw fail(`is larger than the ${limits.maxBytes}-byte limit`, 'too-large');
      }
      return { page: { content: await readCapped(response, limits.maxBytes, fail), url: target.href, contentType } };
    } catch (error) {
      if (error instanceof InputError) throw error;
      if (signal.aborted) throw fail(`did not answer within ${limits.timeoutMs / 1000} s (see --timeout)`);
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      if (cause instanceof NonPublicAddressError) throw refuse(cause.hostname, cause.address);
      throw new InputError('fetch-failed', `${name} could not be fetched (${cause?.code ?? cause?.message ?? (error as Error).message}).`, { cause: error });
    }
  };

  try {
    for (let redirects = 0, retries = 0; ; ) {
      if (!isWebUrl(url)) throw fail(`leads to ${url.protocol} addresses; only http and https are fetched`);
      // An address written as a number is never looked up: checked here, proxy or not.
      const hostname = hostnameOf(url);
      if (!mayBeNonPublic(hostname) && isNonPublicAddress(hostname)) throw refuse(hostname, hostname);
      const release = await slots.acquire(hostname);
      let outcome: Outcome;
      try {
        outcome = await request(url);
      } finally {
        release();
      }
      if ('page' in outcome) return outcome.page;
      if ('redirect' in outcome) {
        if (redirects >= limits.maxRedirects) throw fail(`redirected more than ${limits.maxRedirects} times`);
        redirects++;
        url = outcome.redirect;
        continue;
      }
      const { status, waitMs } = outcome.retry;
      if (retries >= MAX_RETRIES) throw fail(`answered HTTP ${status}, and again on each of ${MAX_RETRIES} retries`);
      const wait = waitMs ?? DEFAULT_RETRY_WAIT_MS;
      if (wait > MAX_RETRY_WAIT_MS) {
        throw fail(`answered HTTP ${status} and asked to be retried in ${Math.ceil(wait / 1000)} s, longer than the ${MAX_RETRY_WAIT_MS / 1000} s precis waits`);
      }
      retries++;
      // The server asked for quiet: every request of the process to this host waits, not only this one.
      slots.pause(hostname, Date.now() + wait);
    }
  } finally {
    void dispatcher.close().catch(() => undefined);
  }
}

async function readCapped(response: { body: ReadableStream<Uint8Array> | null }, maxBytes: number, fail: (reason: string, code: 'too-large') => InputError): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw fail(`is larger than the ${maxBytes}-byte limit`, 'too-large');
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
