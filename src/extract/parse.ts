/**
 * The HTML parser, loaded on first use: cheerio (in its htmlparser2 build) and the element class
 * of its tree. A plain-text article never needs them. The pipeline is synchronous, so they are
 * loaded with `require`. The build makes them one CommonJS file (`dist/bundle/html.cjs`, see
 * scripts/bundle.mjs, loaded with its code cache, see compiled.ts), which loads in about half
 * the time of cheerio's fifty modules; without
 * it, the packages themselves are loaded.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { CheerioAPI } from 'cheerio/slim';
import type { Element } from 'domhandler';
import { requireCompiled } from '../compiled.js';
import { packageFile } from '../paths.js';

interface HtmlParser {
  load: (html: string) => CheerioAPI;
  /** The element class of the parser's own tree (one copy of domhandler, the parser's). */
  Element: typeof Element;
}

let parser: HtmlParser | null = null;

/** The parser, loaded once. */
export function htmlParser(): HtmlParser {
  if (!parser) {
    const require = createRequire(import.meta.url);
    const bundled = packageFile('dist/bundle/html.cjs');
    parser = existsSync(bundled)
      ? (requireCompiled(bundled) as HtmlParser)
      : { load: (require('cheerio/slim') as HtmlParser).load, Element: (require('domhandler') as HtmlParser).Element };
  }
  return parser;
}

/** Parses `html` with cheerio's htmlparser2 mode (fast, forgiving, no parse5). */
export function parseHtml(html: string): CheerioAPI {
  return htmlParser().load(html);
}
