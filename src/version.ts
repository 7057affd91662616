/** The package's version, read once from package.json (one directory above `dist/`). */
import { readFileSync } from 'node:fs';

export const VERSION: string = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** The User-Agent sent when fetching pages: names the tool plainly. */
export const USER_AGENT = `precis/${VERSION} (command-line news summarizer)`;
