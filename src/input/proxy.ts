/**
 * The web proxies the environment names: `HTTP_PROXY`, `HTTPS_PROXY` and `NO_PROXY`, or their
 * lowercase forms, which win when both are set (as in curl and undici). Node's own fetch ignores
 * them; precis reads them here and hands them to undici's `EnvHttpProxyAgent`, which picks the
 * proxy, or none, for each request.
 */
import { displayUrl } from '../url.js';

export interface ProxySettings {
  /** The proxy for http addresses, or undefined to connect directly. */
  httpProxy: string | undefined;
  /** The proxy for https addresses; when the environment names none, the http one is used. */
  httpsProxy: string | undefined;
  /** Hosts reached directly: a comma or space list of names (a leading `.` or `*.` for a domain), addresses and `host:port`, or `*`. */
  noProxy: string;
}

/** Thrown when a proxy variable holds something that is no proxy address. */
export class ProxySettingError extends Error {}

/** A proxy written as `host:port`, without a scheme (curl and wget accept it): spoken to in plain http. */
const SCHEME = /^[a-z][a-z\d+.-]*:\/\//i;

/** The value of `name` in its lowercase or uppercase form (lowercase first), or undefined when unset or empty. */
function variable(env: NodeJS.ProcessEnv, name: string): { name: string; value: string } | undefined {
  for (const key of [name.toLowerCase(), name]) {
    const value = env[key];
    if (value !== undefined) return value.trim() === '' ? undefined : { name: key, value: value.trim() };
  }
  return undefined;
}

/** The proxy URL a variable names, checked; throws `ProxySettingError` in one sentence (credentials left out). */
function proxyUrl(entry: { name: string; value: string } | undefined): string | undefined {
  if (!entry) return undefined;
  const address = SCHEME.test(entry.value) ? entry.value : `http://${entry.value}`;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new ProxySettingError(`${entry.name} ("${displayUrl(entry.value)}") is not a proxy address`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ProxySettingError(`${entry.name} names a ${url.protocol} proxy; precis speaks to http and https proxies only`);
  }
  return address;
}

/** The proxy settings of `env`; throws `ProxySettingError` when a proxy variable cannot be used. */
export function proxySettings(env: NodeJS.ProcessEnv): ProxySettings {
  const httpProxy = proxyUrl(variable(env, 'HTTP_PROXY'));
  return {
    httpProxy,
    httpsProxy: proxyUrl(variable(env, 'HTTPS_PROXY')) ?? httpProxy,
    noProxy: variable(env, 'NO_PROXY')?.value ?? '',
  };
}
