/**
 * Fetching a page for `precis https://…`: http and https only, a plain User-Agent, a time limit,
 * a size cap and a bounded number of redirects. The final URL becomes the page's address.
 */
import { InputError } from '../errors.js';
import { displayUrl } from '../url.js';
import { NonPublicAddressError, guardedLookup, isNonPublicAddress } from './addresses.js';

/** The URL as shown in messages, without credentials (defined in `url.ts`, which the renderers share). */
export { displayUrl };

export interface FetchLimits {
  /** Milliseconds for the whole exchange, redirects and body included. */
  timeoutMs: number;
  /** Largest body accepted, in bytes. */
  maxBytes: number;
  /** Redirects followed before giving up. */
  maxRedirects: number;
}

/** Limits for pages fetched from the command line. */
export const DEFAULT_FETCH_LIMITS: Readonly<FetchLimits> = Object.freeze({
  /** A news page that has not arrived in 15 s is not coming. */
  timeoutMs: 15_000,
  /** The largest news pages (live blogs with inline scripts) stay under a few MB. */
  maxBytes: 10 * 1024 * 1024,
  /** Enough for http→https→canonical→consent hops; more is a loop. */
  maxRedirects: 5,
});

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
 * Fetches `address` within `limits`, reaching only the addresses `policy` allows; throws
 * `InputError` (code `fetch-failed` or `too-large`) in one sentence.
 */
export async function fetchPage(address: string, userAgent: string, limits: FetchLimits = DEFAULT_FETCH_LIMITS, policy: FetchPolicy = COMMAND_LINE_POLICY): Promise<FetchedPage> {
  const name = displayUrl(address);
  const signal = AbortSignal.timeout(limits.timeoutMs);
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
  // undici (the library behind Node's fetch) lets the address be checked as the connection is made.
  const { Agent, fetch } = await import('undici');
  const dispatcher = new Agent({ connect: { lookup: guardedLookup(mayBeNonPublic) } });
  try {
    for (let redirects = 0; ; redirects++) {
      if (!isWebUrl(url)) throw fail(`leads to ${url.protocol} addresses; only http and https are fetched`);
      // An address written as a number is never looked up: checked here.
      const hostname = hostnameOf(url);
      if (!mayBeNonPublic(hostname) && isNonPublicAddress(hostname)) throw refuse(hostname, hostname);
      const response = await fetch(url, { dispatcher, redirect: 'manual', signal, headers: { 'user-agent': userAgent, accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1' } });
      if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
        await response.body?.cancel();
        if (redirects >= limits.maxRedirects) throw fail(`redirected more than ${limits.maxRedirects} times`);
        url = new URL(response.headers.get('location')!, url);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw fail(`answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
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
      return { content: await readCapped(response, limits.maxBytes, fail), url: url.href, contentType };
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    if (signal.aborted) throw fail(`did not answer within ${limits.timeoutMs / 1000} s`);
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    if (cause instanceof NonPublicAddressError) throw refuse(cause.hostname, cause.address);
    throw new InputError('fetch-failed', `${name} could not be fetched (${cause?.code ?? cause?.message ?? (error as Error).message}).`, { cause: error });
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
