/**
 * URLs as precis shows them: without the credentials a URL can carry (`http://user:password@host/`).
 * An address the user typed, a record's `url` or a WARC record's target URI may hold a password or
 * a token in its user-info part; precis never prints one, in messages or in output.
 */

/**
 * A scheme, `//`, then user-info ended by `@` before the host: the part removed. The user-info
 * runs to the last `@` before the authority ends at `/`, `?`, `#` or `\`, as the URL standard
 * reads it (`http://a:p@ss@host/` has the password `p@ss`).
 */
const USER_INFO_AT_START = /^(\s*[a-z][a-z\d+.-]*:\/\/)[^/?#\\]*@/i;

/**
 * The same inside free text (a message, an input's name): a URL there ends at whitespace. A
 * scheme starts only where no scheme character precedes it, so a long run of scheme characters is
 * read once, not once per position (which would take quadratic time).
 */
const USER_INFO_IN_TEXT = /(?<![a-z\d+.-])([a-z][a-z\d+.-]*:\/\/)[^\s/?#\\]*@/gi;

/**
 * `raw` without user name and password. A URL without them is returned exactly as given (not
 * normalized), so values in the output stay what the input said; one that the URL parser cannot
 * read still loses whatever sits between `//` and `@`.
 */
export function displayUrl(raw: string): string {
  try {
    const url = new URL(raw);
    if (url.username || url.password) {
      url.username = '';
      url.password = '';
      return url.href;
    }
  } catch {
    // Not a URL the parser reads: the pattern below still finds user-info.
  }
  return raw.replace(USER_INFO_AT_START, '$1');
}

/** `text` with the credentials removed from every URL in it (for messages and names that embed a URL). */
export function redactUrls(text: string): string {
  return text.replace(USER_INFO_IN_TEXT, '$1');
}
