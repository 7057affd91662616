import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../src/extract/index.js';
import { cleanAuthors, cleanTitle, dateFromUrl, normalizeDate, normalizeLanguage } from '../src/extract/metadata.js';
import type { ArticleMeta } from '../src/summary.js';
import { runCli } from './helpers.js';

const page = (name: string): string => readFileSync(new URL(`../fixtures/pages/${name}`, import.meta.url), 'utf8');

describe('metadata fixtures: each field comes from the first source that gives a valid value', () => {
  const cases: Array<{ name: string; file: string; url: string | null; expected: Partial<ArticleMeta> }> = [
    {
      name: 'JSON-LD wins over OpenGraph and <title>',
      file: 'meta-jsonld.html',
      url: null,
      expected: {
        title: 'Council approves new tram line for the east side',
        authors: ['Marta Okonkwo', 'Daniel Reyes'],
        published: '2024-03-14T09:30:00-05:00',
        modified: '2024-03-14T16:05:00-05:00',
        siteName: 'Riverton Daily Ledger',
        language: 'en-US',
        url: 'https://ledger.example.com/city/2024/03/14/council-approves-tram-line',
        description: 'The 6-kilometre line will link the harbour with the university by 2028.',
        image: 'https://ledger.example.com/images/tram-line.jpg',
        tags: ['transport', 'city council', 'trams'],
        sources: { url: 'json-ld', authors: 'json-ld', siteName: 'json-ld', title: 'json-ld', published: 'json-ld', modified: 'json-ld', language: 'json-ld', description: 'json-ld', image: 'json-ld', tags: 'json-ld' },
      },
    },
    {
      name: 'OpenGraph only: site suffix removed, profile URL is no author, tags deduplicated',
      file: 'meta-opengraph.html',
      url: null,
      expected: {
        title: 'Storm closes mountain pass for second day',
        authors: ['Priya Natarajan'],
        published: '2023-12-02T07:45:00Z',
        modified: '2023-12-02T11:10:00Z',
        siteName: 'Valley Courier',
        language: 'en-GB',
        url: 'https://valleycourier.example.org/news/storm-closes-pass',
        image: 'https://valleycourier.example.org/img/pass.jpg',
        tags: ['Weather', 'Roads'],
      },
    },
    {
      name: 'byline markup only: "By … and …, Staff Writers"; a teaser byline later on is ignored',
      file: 'meta-byline.html',
      url: null,
      expected: {
        title: 'Library extends weekend hours',
        authors: ['Jo Whitfield', "Sam O'Neill"],
        published: '2022-06-18T08:00:00+02:00',
        language: 'en-CA',
        sources: { authors: 'markup', title: 'markup', published: 'markup', language: 'markup' },
      },
    },
    {
      name: 'several authors in one meta tag, cleaned of "By", e-mail and "Staff"',
      file: 'meta-several-authors.html',
      url: null,
      expected: { authors: ['Ana Lima', 'Ben Okafor', 'Chen Wei'], published: '2023-08-29', language: 'fr' },
    },
    {
      name: 'an organization as author is the site name, not an author',
      file: 'meta-org-author.html',
      url: null,
      expected: { authors: [], siteName: 'Harbor City Wire', published: '2021-09-30', sources: { siteName: 'author', title: 'json-ld', published: 'json-ld', language: 'markup' } },
    },
    {
      name: 'no date anywhere: published stays empty (other stories\' <time>s do not count)',
      file: 'meta-no-date.html',
      url: 'https://stadtanzeiger.example.de/lokales/radwege',
      expected: { title: 'Neue Fahrradwege für die Altstadt', published: null, modified: null, siteName: 'Stadtanzeiger', language: 'de', url: 'https://stadtanzeiger.example.de/lokales/radwege' },
    },
    {
      name: 'a date only in the URL',
      file: 'meta-url-date.html',
      url: 'https://eastfieldpost.example.com/2019/07/04/bakery-wins-award/',
      expected: { title: 'Bakery wins regional bread award', published: '2019-07-04', authors: [], sources: { url: 'input', title: 'markup', published: 'url' } },
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const { meta } = extractHtml(page(c.file), c.url);
      expect(meta).toMatchObject(c.expected);
    });
  }

  it('never invents a date: a page without one has published null, with or without a URL', () => {
    expect(extractHtml('<html><body><p>No date here at all.</p></body></html>', null).meta.published).toBeNull();
    expect(extractHtml('<html><body><p>No date here at all.</p></body></html>', 'https://example.com/news/story').meta.published).toBeNull();
  });
});

describe('normalizeDate', () => {
  it.each([
    ['2024-03-14', '2024-03-14'],
    ['2024-03-14T09:30:00-0500', '2024-03-14T09:30:00-05:00'],
    ['2024-03-14T09:30-05:00', '2024-03-14T09:30:00-05:00'],
    ['2024-03-14T09:30:00+00:00', '2024-03-14T09:30:00Z'],
    ['2024-03-14 09:30:00', '2024-03-14T09:30:00'],
    ['20230829', '2023-08-29'],
    ['Thu, 14 Mar 2024 14:30:00 GMT', '2024-03-14T14:30:00Z'],
    // Written dates keep the offset they were written with, and the day with it.
    ['Tue, 19 Nov 2019 20:50:59 -0500', '2019-11-19T20:50:59-05:00'],
    ['2019-11-19T20:50:59-05:00', '2019-11-19T20:50:59-05:00'],
    ['2019-11-19T20:50:59-00:00', '2019-11-19T20:50:59Z'],
    ['Updated 10:41 AM ET, Tue November 19, 2019', '2019-11-19T10:41:00-05:00'],
    ['June 3, 2019 at 4:05 p.m. ET', '2019-06-03T16:05:00-04:00'],
    ['Nov. 19, 2019, 8:50 p.m.', '2019-11-19T20:50:00'],
    ['Monday 18 November 2019 10.00 GMT', '2019-11-18T10:00:00Z'],
    ['Tue Nov 19 2019 20:50:59 GMT-0500 (Eastern Standard Time)', '2019-11-19T20:50:59-05:00'],
    ['19 March 2024 09:15 CET', '2024-03-19T09:15:00+01:00'],
    ['March 19th, 2024 9:15 UTC+05:30', '2024-03-19T09:15:00+05:30'],
    ['November 19, 2019', '2019-11-19'],
    ['19.01.2020', '2020-01-19'],
    ['2019/11/19 20:50', '2019-11-19T20:50:00'],
    ['25/12/2019', '2019-12-25'],
    ['12/25/2019', '2019-12-25'],
    // The day is known, the instant is not: a zone name with several meanings.
    ['19 March 2024 09:15 IST', '2024-03-19'],
    // Which of day and month comes first is not known.
    ['03/04/2019', null],
    ['February 30, 2024', null],
    ['13:75 on 19 March 2024', null],
    ['Posted 19 March 2024 | 3 comments', null],
    ['2024-02-30', null],
    ['2024-13-01', null],
    ['1850-01-01', null],
    ['yesterday', null],
    ['3 hours ago', null],
    ['', null],
  ])('%s → %s', (input, expected) => {
    expect(normalizeDate(input)).toBe(expected);
  });
});

describe('dateFromUrl', () => {
  it.each([
    ['https://example.com/2019/11/19/story-slug/', '2019-11-19'],
    ['https://example.com/news/2021-3-7-budget-vote', '2021-03-07'],
    ['https://example.com/2019/11/story-slug/', null],
    ['https://example.com/2019/02/30/not-a-day/', null],
    ['https://example.com/story?date=2019/11/19', null],
    ['not a url', null],
  ])('%s → %s', (url, expected) => {
    expect(dateFromUrl(url)).toBe(expected);
  });
});

describe('cleanTitle', () => {
  it.each([
    ['Bridge reopens after repairs | Harbor Times', 'Harbor Times', null, null, 'Bridge reopens after repairs'],
    ['Harbor Times: Bridge reopens after repairs', 'Harbor Times', null, null, 'Bridge reopens after repairs'],
    ['Bridge reopens after repairs - Local - Harbor Times', null, 'Bridge reopens after repairs', null, 'Bridge reopens after repairs'],
    ['Bridge reopens after repairs – HarborTimes.com', null, null, 'www.harbortimes.com', 'Bridge reopens after repairs'],
    ['Budget vote: what happens next', null, null, null, 'Budget vote: what happens next'],
    ['Mayor - "We will rebuild" - says council', null, null, null, 'Mayor - "We will rebuild" - says council'],
  ])('%s', (title, site, headline, host, expected) => {
    expect(cleanTitle(title, site, headline, host)).toBe(expected);
  });
});

describe('cleanAuthors: people apart from organizations, roles dropped', () => {
  it.each([
    [['By Jane Doe'], ['Jane Doe'], []],
    [['Jane Doe and John Roe'], ['Jane Doe', 'John Roe'], []],
    [['By JANE DOE, Associated Press'], ['Jane Doe'], ['Associated Press']],
    [['Jane Doe (jane@example.com)'], ['Jane Doe'], []],
    [['Jane Doe | Staff Writer'], ['Jane Doe'], []],
    [['By Jane Doe Monday, March 4, 2024'], ['Jane Doe'], []],
    [['Reuters'], [], ['Reuters']],
    [['AFP'], [], ['AFP']],
    [['Staff'], [], []],
    [['Jane Doe, Cleveland.com'], ['Jane Doe'], ['Cleveland.com']],
    [['Maria da Silva'], ['Maria da Silva'], []],
    [['The Editorial Board'], [], ['The Editorial Board']],
    // Entities decoded, and a letter after an accent is no conjunction ("e" is Portuguese "and").
    [['Ren&eacute;e Dupont'], ['Renée Dupont'], []],
    [['Ana Lima e Jo&atilde;o Costa'], ['Ana Lima', 'João Costa'], []],
    // A dateline or a date is never an author.
    [['Hamburg, Germany'], [], []],
    [['By Ben Knight, Berlin'], ['Ben Knight'], []],
    [['November 19, 2019'], [], []],
    [['Austin'], ['Austin'], []],
    // A label before the name.
    [['Author Ben Knight'], ['Ben Knight'], []],
    [['Text: Ben Knight'], ['Ben Knight'], []],
    [['Reporter Ben Knight'], ['Ben Knight'], []],
  ])('%j', (input, people, organizations) => {
    expect(cleanAuthors(input)).toEqual({ people, organizations });
  });
});

describe('normalizeLanguage', () => {
  it.each([
    ['en_US', 'en-US'],
    ['EN', 'en'],
    ['pt-br', 'pt-BR'],
    ['zh-hant-tw', 'zh-Hant-TW'],
    ['english', null],
    ['', null],
  ])('%s → %s', (input, expected) => {
    expect(normalizeLanguage(input)).toBe(expected);
  });
});

describe('the <title> element', () => {
  it('gives the title when it is the only source, and an svg title does not', async () => {
    const { extractHtml } = await import('../src/extract/index.js');
    const page = '<html><head><title>Harbour wall vote passes</title></head><body><svg><title>Logo</title></svg><p>The council voted on Monday to build the new harbour wall, officials said.</p></body></html>';
    expect(extractHtml(page, null).meta.title).toBe('Harbour wall vote passes');
    expect(extractHtml('<svg><title>Logo</title></svg><p>The council voted on Monday.</p>', null).meta.title).toBeNull();
  });
});

describe('dates do not depend on the machine', () => {
  it('the same page gives the same JSON under two time zones, with dates as written', () => {
    const file = 'fixtures/pages/meta-written-dates.html';
    const utc = runCli(['--json', '--only', 'meta', file], '', { TZ: 'UTC' });
    const auckland = runCli(['--json', '--only', 'meta', file], '', { TZ: 'Pacific/Auckland' });
    expect(utc.code).toBe(0);
    expect(auckland.stdout).toBe(utc.stdout);
    const meta = (JSON.parse(utc.stdout) as { meta: ArticleMeta }).meta;
    expect(meta.published).toBe('2019-11-18T10:00:00');
    expect(meta.modified).toBe('2019-11-19T20:50:59-05:00');
  });
});

describe('site name cascade', () => {
  const head = (inner: string, title = 'Ferry fares to rise in the new year'): string =>
    `<html><head><title>${title}</title>${inner}</head><body><article><p>Ferry fares between the island and the mainland will rise by 8 percent in January.</p></article></body></html>`;
  const agencyLd = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry fares to rise","publisher":{"@type":"Organization","name":"The Associated Press"}}</script>';
  it.each([
    ['a tagline after the name is dropped', head('<meta property="og:site_name" content="The Jerusalem Post | JPost.com">'), null, 'The Jerusalem Post', 'meta'],
    ['a wire agency as JSON-LD publisher gives way to the paper\'s og:site_name', head(agencyLd + '<meta property="og:site_name" content="Bayside Courier">'), 'https://www.baysidecourier.example.com/news/ferry', 'Bayside Courier', 'meta'],
    ['a wire agency on its own site is the site', head(agencyLd), 'https://apnews.com/article/ferry', 'The Associated Press', 'json-ld'],
    ['the title\'s last part when it names the host', head('', 'Ferry fares to rise in the new year - Bayside Courier'), 'https://www.baysidecourier.com/news/ferry', 'Bayside Courier', 'title'],
    ['a title suffix that does not name the host is not the site', head('', 'Ferry fares to rise - Transport'), 'https://www.baysidecourier.com/news/ferry', 'baysidecourier.com', 'url'],
    ['application-name when og:site_name is missing', head('<meta name="application-name" content="Bayside Courier">'), 'https://www.baysidecourier.example.com/news/ferry', 'Bayside Courier', 'meta'],
    ['nothing but the host', head(''), 'https://news.example.org/ferry', 'news.example.org', 'url'],
    ['no host, no name: empty', head(''), null, null, undefined],
  ])('%s', (_name, html, url, siteName, source) => {
    const meta = extractHtml(html, url).meta;
    expect(meta.siteName).toBe(siteName);
    expect(meta.sources.siteName).toBe(source);
  });
});

describe('entities in JSON-LD and meta tags', () => {
  it('decodes named and numeric references, also escaped twice', () => {
    const html = `<html><head><meta property="og:site_name" content="Caf&amp;eacute; Times"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Ren&eacute;e Dupont&#8217;s win","author":{"@type":"Person","name":"Ren&eacute;e Dupont"}}</script></head><body><article><p>Renée Dupont won the race on Monday in the rain.</p></article></body></html>`;
    const meta = extractHtml(html, null).meta;
    expect([meta.title, meta.authors, meta.siteName]).toEqual(['Renée Dupont’s win', ['Renée Dupont'], 'Café Times']);
  });
});

describe('visible dates', () => {
  const page = (inner: string): string =>
    `<html><head><title>Ferry fares to rise</title></head><body><article>${inner}<p>Ferry fares between the island and the mainland will rise by 8 percent in January.</p></article></body></html>`;
  it.each([
    ['a date-classed element', '<div class="meta"><span class="date">Date 19.01.2020</span> / <span class="author">Author Ben Knight</span></div>', '2020-01-19'],
    ['a <time> without datetime', '<p class="info"><time>November 19, 2019</time></p>', '2019-11-19'],
    ['a date in the byline', '<p class="byline">By Ben Knight, Nov. 19, 2019, 8:50 p.m. ET</p>', '2019-11-19T20:50:00-05:00'],
    ['a last-modified stamp is no publication date', '<meta http-equiv="last-modified" content="2020-01-21T08:00:00Z">', null],
    ['date elements that disagree (related stories) give none', '<ul><li><span class="date">November 2, 2019</span></li><li><span class="date">November 5, 2019</span></li></ul>', null],
  ])('%s', (_name, inner, published) => {
    const meta = extractHtml(page(inner), null).meta;
    expect(meta.published).toBe(published);
    if (published) expect(meta.sources.published).toBe('markup');
  });
});

describe('a title-only read (--only body)', () => {
  const pages = readdirSync('fixtures/pages').filter((name) => name.endsWith('.html')).map((name) => `fixtures/pages/${name}`);
  it.each([...pages, 'fixtures/harbor-ferry.html', 'fixtures/bakery-centenary-1252.html'])('%s: the same title, site, language and body as a whole read; no authors or dates', (path) => {
    const html = readFileSync(path, 'utf8');
    const whole = extractHtml(html, 'https://news.example.com/2026/03/14/story');
    const titleOnly = extractHtml(html, 'https://news.example.com/2026/03/14/story', 'title');
    expect([titleOnly.meta.title, titleOnly.meta.siteName, titleOnly.meta.language, titleOnly.meta.url]).toEqual([whole.meta.title, whole.meta.siteName, whole.meta.language, whole.meta.url]);
    expect(titleOnly.body).toBe(whole.body);
    expect(titleOnly.blocks).toEqual(whole.blocks);
    expect([titleOnly.meta.authors, titleOnly.meta.published, titleOnly.meta.modified, titleOnly.meta.description, titleOnly.meta.image, titleOnly.meta.tags]).toEqual([[], null, null, null, null, []]);
  });

  it('reads the authors when the site name falls back on their organization', () => {
    const html = '<html><head><title>Port reopens</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Port reopens after storm","author":{"@type":"Organization","name":"Harbour Gazette"}}</script></head><body><article><h1>Port reopens after storm</h1><p>The port reopened on Monday after a storm closed it for three days, officials said.</p></article></body></html>';
    const whole = extractHtml(html, null);
    expect(whole.meta.sources.siteName).toBe('author');
    expect(extractHtml(html, null, 'title').meta.siteName).toBe(whole.meta.siteName);
  });
});
