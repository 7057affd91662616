/** The package's version, read once from its package.json. */
import { readFileSync } from 'node:fs';
import { packageFile } from './paths.js';

export const VERSION: string = (JSON.parse(readFileSync(packageFile('package.json'), 'utf8')) as { version: string }).version;

/** The User-Agent sent when fetching pages: names the tool plainly. */
export const USER_AGENT = `precis/${VERSION} (command-line news summarizer)`;
