/**
 * The style sheet and the script of the digest's HTML page, inlined in it so that the page is one
 * file that loads nothing. The page's Content-Security-Policy allows these two by their hashes
 * and nothing else: no other script, no style attribute, no request.
 */

/**
 * The page's style: system fonts (nothing to download), the reader's light or dark scheme, and a
 * print view without the filters and with every article's address written out.
 */
export const PAGE_STYLE = `
:root { color-scheme: light dark; --text: #1d1d1f; --muted: #5b5b66; --back: #ffffff; --panel: #f4f4f6; --rule: #d6d6dc; --link: #0b57a4; --person: #1b7f5a; --org: #b2561b; --edge: #8c8c99; }
@media (prefers-color-scheme: dark) {
  :root { --text: #e8e8ec; --muted: #a4a4b0; --back: #16161a; --panel: #222228; --rule: #3a3a44; --link: #8cc2ff; --person: #5fd3a4; --org: #f29a5c; --edge: #6f6f7c; }
}
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 60rem; padding: 1rem 1.25rem 3rem; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--text); background: var(--back); }
a { color: var(--link); }
h1 { font-size: 1.8rem; margin: 0.5rem 0 0.25rem; }
h2 { font-size: 1.4rem; margin: 2.5rem 0 0.75rem; padding-bottom: 0.25rem; border-bottom: 2px solid var(--rule); }
h3 { font-size: 1.15rem; margin: 0 0 0.25rem; }
h4 { font-size: 0.95rem; margin: 1rem 0 0.25rem; color: var(--muted); text-transform: uppercase; letter-spacing: 0.04em; }
ul, ol { margin: 0.25rem 0; padding-left: 1.25rem; }
li { margin: 0.2rem 0; }
.meta, .from { color: var(--muted); font-size: 0.9rem; }
.overview { color: var(--muted); margin: 0; }
nav ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; }
.story, .article { padding: 1rem 0; border-bottom: 1px solid var(--rule); }
.story:target, .article:target { background: var(--panel); outline: 0.5rem solid var(--panel); }
.timeline { list-style: none; padding-left: 0; }
.timeline time { font-variant-numeric: tabular-nums; margin-right: 0.5rem; }
.map { width: 100%; height: auto; display: block; background: var(--panel); border-radius: 0.5rem; }
.map .edge { stroke: var(--edge); stroke-opacity: 0.7; }
.map .node text { font-size: 12px; fill: var(--text); paint-order: stroke; stroke: var(--panel); stroke-width: 3px; stroke-linejoin: round; }
.map .node text.crowded { display: none; }
.map .node:hover text.crowded, .map .node:focus text.crowded { display: inline; }
.map .person circle { fill: var(--person); }
.map .org rect { fill: var(--org); }
.map a:hover text, .map a:focus text { text-decoration: underline; }
.legend { display: flex; gap: 1.25rem; font-size: 0.9rem; color: var(--muted); margin: 0.5rem 0; }
.legend svg { vertical-align: middle; margin-right: 0.25rem; }
.legend .person { fill: var(--person); }
.legend .org { fill: var(--org); }
table { border-collapse: collapse; width: 100%; font-size: 0.95rem; }
th, td { text-align: left; vertical-align: top; padding: 0.4rem 0.5rem; border-bottom: 1px solid var(--rule); }
th { background: var(--panel); }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
.filters { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: end; margin: 0.5rem 0 1rem; }
.filters label { display: flex; flex-direction: column; font-size: 0.85rem; color: var(--muted); }
.filters input, .filters select { font: inherit; color: inherit; background: var(--back); border: 1px solid var(--rule); border-radius: 0.25rem; padding: 0.25rem 0.4rem; max-width: 22rem; }
.count { color: var(--muted); font-size: 0.9rem; margin: 0.25rem 0; }
[hidden] { display: none !important; }
code { font-size: 0.9em; overflow-wrap: anywhere; }
footer { margin-top: 3rem; color: var(--muted); font-size: 0.85rem; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  nav, .filters, .quote-link { display: none !important; }
  a { color: inherit; text-decoration: none; }
  .article .address a::after { content: " (" attr(href) ")"; font-size: 0.85em; overflow-wrap: anywhere; }
  .story, .article, tr, figure { break-inside: avoid; }
  h2 { break-after: avoid; }
  .map { background: none; border: 1px solid #999; }
}
`;

/**
 * The quotes table's filters: a text box and a speaker and a story list hide the rows that do not
 * match, and a story's "quotes" link shows that story's quotes. Without the script (or on paper)
 * every row is shown and the filters stay hidden, as they would do nothing.
 */
export const PAGE_SCRIPT = `
'use strict';
(() => {
  const form = document.getElementById('quote-filters');
  const table = document.getElementById('quote-table');
  if (!form || !table) return;
  const search = document.getElementById('quote-search');
  const speaker = document.getElementById('quote-speaker');
  const story = document.getElementById('quote-story');
  const count = document.getElementById('quote-count');
  // Case and accents are ignored: "cafe" finds "Café".
  const fold = (text) => text.normalize('NFD').replace(/\\p{M}/gu, '').toLowerCase();
  const rows = Array.from(table.tBodies[0].rows, (row) => ({
    row,
    text: fold(row.textContent || ''),
    speaker: row.dataset.speaker || '',
    stories: (row.dataset.stories || '').split(' '),
  }));
  const apply = () => {
    const words = fold(search.value).split(/\\s+/).filter(Boolean);
    let shown = 0;
    for (const entry of rows) {
      const show = (speaker.value === '' || entry.speaker === speaker.value)
        && (story.value === '' || entry.stories.includes(story.value))
        && words.every((word) => entry.text.includes(word));
      entry.row.hidden = !show;
      if (show) shown++;
    }
    count.textContent = shown === rows.length ? rows.length + (rows.length === 1 ? ' quote' : ' quotes') : shown + ' of ' + rows.length + ' quotes';
  };
  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('reset', () => setTimeout(apply));
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('[data-quote-story]') : null;
    if (!link) return;
    search.value = '';
    speaker.value = '';
    story.value = link.getAttribute('data-quote-story') || '';
    apply();
  });
  form.hidden = false;
  apply();
})();
`;
