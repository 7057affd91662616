import { describe, expect, it } from 'vitest';
import { capElements } from '../src/extract/elements.js';

describe('capElements', () => {
  it.each([
    { name: 'fewer elements than the cap: the same string', html: '<p>One</p><p>Two</p>', max: 2, out: '<p>One</p><p>Two</p>', capped: false },
    { name: 'cut before the first element past the cap', html: '<p>One</p><p>Two</p><p>Three</p>', max: 2, out: '<p>One</p><p>Two</p>', capped: true },
    { name: 'closing tags, comments and doctypes are not elements', html: '<!doctype html><!-- a --><b>x</b></i></i><i>y', max: 2, out: '<!doctype html><!-- a --><b>x</b></i></i><i>y', capped: false },
    { name: 'a lone < in text is not an element', html: 'a < b <p>c</p> 3<4', max: 1, out: 'a < b <p>c</p> 3<4', capped: false },
  ])('$name', ({ html, max, out, capped }) => {
    expect(capElements(html, max)).toEqual({ html: out, capped });
  });
});
