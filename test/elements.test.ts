import { describe, expect, it } from 'vitest';
import { capElements } from '../src/extract/elements.js';

describe('capElements', () => {
  it.each([
    { name: 'fewer elements than the cap: the same string', html: '<p>One</p><p>Two</p>', max: 2, out: '<p>One</p><p>Two</p>', capped: false },
    { name: 'cut before the first element past the cap', html: '<p>One</p><p>Two</p><p>Three</p>', max: 2, out: '<p>One</p><p>Two</p>', capped: true },
    { name: 'closing tags add no node', html: '<b>x</b></i></i><i>y', max: 2, out: '<b>x</b></i></i><i>y', capped: false },
    { name: 'comments, doctypes and processing instructions count as nodes', html: '<!doctype html><!-- a --><?xml x?><b>x</b>', max: 3, out: '<!doctype html><!-- a --><?xml x?>', capped: true },
    { name: 'a page of comments is cut like a page of tags', html: '<!----><!----><!---->', max: 2, out: '<!----><!---->', capped: true },
    { name: 'a lone < in text is not an element', html: 'a < b <p>c</p> 3<4', max: 1, out: 'a < b <p>c</p> 3<4', capped: false },
  ])('$name', ({ html, max, out, capped }) => {
    expect(capElements(html, max)).toEqual({ html: out, capped });
  });
});
