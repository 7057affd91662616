/**
 * The HTML parser, loaded on first use. cheerio (in its htmlparser2 build) takes about 80 ms to
 * load, which a plain-text article never needs; the pipeline is synchronous, so it is loaded with
 * `require` (cheerio ships a CommonJS build for that) rather than a dynamic `import()`.
 */
import { createRequire } from 'node:module';
import type { CheerioAPI } from 'cheerio/slim';

type Load = (html: string) => CheerioAPI;
let load: Load | null = null;

/** Parses `html` with cheerio's htmlparser2 mode (fast, forgiving, no parse5). */
export function parseHtml(html: string): CheerioAPI {
  load ??= (createRequire(import.meta.url)('cheerio/slim') as { load: Load }).load;
  return load(html);
}
