/**
 * Generators of hostile input for the property tests: random text from every Unicode plane,
 * news-like text built from tricky fragments, and HTML mutated from the team's fixtures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { FIXTURES } from '../helpers.js';

/** Pieces that stress tokenizing, quote pairing, names and figures. */
const FRAGMENTS = [
  'The', 'council', 'said', 'told', 'according to', 'Mr.', 'Gen.', 'Valery Gerasimov', 'U.S.', 'St. Louis', "O'Neill", 'al-Assad',
  'Ministry of Defence', '(ISW)', 'he said', 'she added', 'they', '“', '”', '"', "'", '‘', '’', '«', '»', '„', '‹', '›', "''", '’’', '`',
  '—', '–', '-', ':', ';', ',', '.', '...', '…', '?', '!', '(', ')', '[', ']', '\n', '\n\n', '\r\n', '\t', ' ', '  ', '\u00a0', '\u200b',
  '$4.2 million', '60 percent', '12%', '1,500', '2026', 'Jan. 3, 2024', '3:45 p.m.', 'last week', 'e\u0301', '👨‍👩‍👧', '🇺🇦', 'مرحبا',
  'שלום', '\u202e', '\u0000', '\u001b[31m', '\ufeff', 'ALL CAPS HEADLINE', 'LONDON 1996-08-30', 'https://example.org/a?b=1', 'desk@example.org',
  '#tag', '@user', 'I', 'A', '1.', '•', '*', '#', '<p>', '</p>', '&amp;', '\ud800', '\udc00',
];

/** Text made of the fragments above, joined by spaces or nothing. */
export const newsLikeText = fc
  .array(fc.tuple(fc.constantFrom(...FRAGMENTS), fc.constantFrom(' ', '', ' ', '\n')), { maxLength: 120 })
  .map((parts) => parts.map(([fragment, gap]) => fragment + gap).join(''));

/** Any string: every plane, lone surrogates included. */
export const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc.string({ unit: fc.constantFrom('“', '”', '"', "'", '’', ' ', '.', 'A', 'a', '\n', '—'), maxLength: 400 }),
  newsLikeText,
);

const fixturePages = ['harbor-ferry.html', 'bakery-centenary-1252.html'].map((name) => readFileSync(join(FIXTURES, name), 'latin1'));

/** One mutation of an HTML page. */
const mutation = fc.oneof(
  // Truncate anywhere.
  fc.nat().map((n) => (html: string) => html.slice(0, n % (html.length + 1))),
  // Insert a random tag or text somewhere.
  fc.tuple(fc.nat(), fc.constantFrom('<div>', '</div>', '<p', '<p>', '</p></p>', '<script>', '<!--', ']]>', '<table><tr><td>', '<a href="', '\u0000', '&#', '“', '<br/>', '<h2>Sub</h2>', '<li>x', '<article>', '<nav>', '<b><i>'))
    .map(([n, piece]) => (html: string) => { const at = n % (html.length + 1); return html.slice(0, at) + piece + html.slice(at); }),
  // Remove a stretch.
  fc.tuple(fc.nat(), fc.nat({ max: 200 })).map(([n, length]) => (html: string) => { const at = n % (html.length + 1); return html.slice(0, at) + html.slice(at + length); }),
  // Wrap in deep nesting.
  fc.tuple(fc.constantFrom('div', 'span', 'b', 'blockquote', 'li'), fc.nat({ max: 3000 })).map(([tag, depth]) => (html: string) => `<${tag}>`.repeat(depth) + html + `</${tag}>`.repeat(depth >> 1)),
  // A huge attribute.
  fc.nat({ max: 200_000 }).map((size) => (html: string) => html.replace('<body', `<body data-x="${'x'.repeat(size)}"`)),
);

/** A fixture page after a few random mutations. */
export const mutatedHtml = fc
  .tuple(fc.constantFrom(...fixturePages), fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([page, mutations]) => mutations.reduce((html, mutate) => mutate(html), page));
