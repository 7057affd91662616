/**
 * The HTML digest in a real browser: the page the built command prints, opened from a file in
 * headless Chromium (see test/chromium.ts), shows every story, logs no error, requests nothing but
 * itself, and its quote filters hide rows. Skipped when there is no Chromium, unless
 * PRECIS_REQUIRE_CHROMIUM=1 (which `.ci/run` sets): then a missing browser fails.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from './helpers.js';
import { type Browser, CHROMIUM, CHROMIUM_REQUIRED, type Page, chromiumAvailable, launchChromium } from './chromium.js';
import { MAP_ENTITIES } from '../src/digest/entityMap.js';
import type { Digest } from '../src/digest/types.js';

const BATCH = ['bridge', 'smiths', 'three-days', 'wire'].map((folder) => join(FIXTURES, 'digest', folder));

const available = chromiumAvailable();
const title = available
  ? `the HTML digest in headless Chromium (${CHROMIUM})`
  : CHROMIUM_REQUIRED
    ? `the HTML digest in headless Chromium: ${CHROMIUM} is missing and PRECIS_REQUIRE_CHROMIUM=1`
    : `the HTML digest in headless Chromium: skipped, no browser at ${CHROMIUM} (install Debian's chromium; PRECIS_REQUIRE_CHROMIUM=1 makes this fail)`;

// Said once on stderr too: a skipped test's title is easy to miss in the summary.
if (!available && !CHROMIUM_REQUIRED) console.warn(`precis tests: ${title}`);

/** Time for the two CLI runs and a cold browser start on a busy machine. */
const SETUP_TIMEOUT_MS = 120_000;
const TEST_TIMEOUT_MS = 30_000;

describe.skipIf(!available && !CHROMIUM_REQUIRED)(title, () => {
  let browser: Browser | null = null;
  let page: Page;
  let digest: Digest;
  let url: string;
  let folder: string | null = null;

  beforeAll(async () => {
    if (!available) throw new Error(`PRECIS_REQUIRE_CHROMIUM=1 but there is no browser at ${CHROMIUM}: install Debian's chromium package (.ci/run does).`);
    const html = runCli(['digest', '--format', 'html', ...BATCH]);
    expect([html.code, html.stderr]).toEqual([0, '']);
    const json = runCli(['digest', '--format', 'json', ...BATCH]);
    expect([json.code, json.stderr]).toEqual([0, '']);
    digest = JSON.parse(json.stdout) as Digest;
    folder = mkdtempSync(join(tmpdir(), 'precis-html-'));
    const file = join(folder, 'digest.html');
    writeFileSync(file, html.stdout);
    url = pathToFileURL(file).href;
    browser = await launchChromium();
    page = await browser.newPage();
    await page.open(url);
  }, SETUP_TIMEOUT_MS);

  afterAll(async () => {
    await browser?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('shows every story headline, visible on the page', { timeout: TEST_TIMEOUT_MS }, async () => {
    const headlines = await page.evaluate<Array<{ text: string; visible: boolean }>>(`
      Array.from(document.querySelectorAll('#stories .story h3'), (heading) => {
        const box = heading.getBoundingClientRect();
        return { text: heading.textContent, visible: heading.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && box.width > 0 && box.height > 0 };
      })`);
    expect(digest.stories.length).toBeGreaterThan(3);
    expect(headlines).toEqual(digest.stories.map((story, index) => ({ text: `${index + 1}. ${story.headline}`, visible: true })));
  });

  it('draws a node on the map for each person and organization shown', { timeout: TEST_TIMEOUT_MS }, async () => {
    const nodes = await page.evaluate<string[]>(`Array.from(document.querySelectorAll('svg.map .node'), (node) => node.getAttribute('data-entity'))`);
    const shown = digest.entities.filter((entity) => entity.type === 'PERSON' || entity.type === 'ORG').map((entity) => entity.id);
    expect(nodes).toEqual(shown.slice(0, nodes.length));
    expect(nodes.length).toBe(Math.min(shown.length, MAP_ENTITIES));
  });

  it('filters the quotes: words typed in the box, a speaker, a story\'s link', { timeout: TEST_TIMEOUT_MS }, async () => {
    const total = digest.speakers.reduce((sum, speaker) => sum + speaker.quotes.length, 0);
    const visibleRows = `Array.from(document.querySelectorAll('#quote-table tbody tr')).filter((row) => row.checkVisibility())`;
    const state = () => page.evaluate<{ rows: number; texts: string[]; count: string; formShown: boolean }>(`(() => {
      const rows = ${visibleRows};
      return { rows: rows.length, texts: rows.map((row) => row.textContent), count: document.getElementById('quote-count').textContent, formShown: document.getElementById('quote-filters').checkVisibility() };
    })()`);
    expect(await state()).toMatchObject({ rows: total, count: `${total} quotes`, formShown: true });

    // Typed as a person would: focus the box, insert the text (which fires input events).
    await page.evaluate(`document.getElementById('quote-search').focus()`);
    await page.send('Input.insertText', { text: 'BRIDGE' });
    const typed = await state();
    const bridge = digest.speakers.flatMap((speaker) => speaker.quotes).filter((quote) => /bridge/i.test(quote.text)).length;
    expect(bridge).toBeGreaterThan(0);
    expect(bridge).toBeLessThan(total);
    expect(typed.rows).toBe(bridge);
    for (const text of typed.texts) expect(text).toMatch(/bridge/i);
    expect(typed.count).toBe(`${bridge} of ${total} quotes`);

    // A speaker chosen in the list, the words cleared.
    const parry = digest.speakers.find((speaker) => speaker.name === 'Helen Parry')!;
    await page.evaluate(`(() => {
      const search = document.getElementById('quote-search');
      search.value = '';
      search.dispatchEvent(new Event('input', { bubbles: true }));
      const speaker = document.getElementById('quote-speaker');
      speaker.value = Array.from(speaker.options).find((option) => option.textContent === 'Helen Parry').value;
      speaker.dispatchEvent(new Event('change', { bubbles: true }));
    })()`);
    expect((await state()).rows).toBe(parry.quotes.length);

    // A story's "quotes in this story" link shows that story's quotes, whoever said them.
    const story = digest.stories[0]!;
    await page.evaluate(`document.querySelector('[data-quote-story="${story.id}"]').click()`);
    const inStory = digest.speakers.flatMap((speaker) => speaker.quotes).filter((quote) => quote.sources.some((source) => source.story === story.id)).length;
    expect((await state()).rows).toBe(inStory);
  });

  it('logs no error, throws nothing and requests nothing but itself', { timeout: TEST_TIMEOUT_MS }, async () => {
    // Runs after the filters were used: their script errors would be here too.
    expect(page.log.errors).toEqual([]);
    expect(page.log.requests).toEqual([url]);
  });
});
