import { describe, expect, it } from 'vitest';
import { detectFormat } from '../src/input/detect.js';

describe('detectFormat', () => {
  it.each([
    ['a doctype', '<!DOCTYPE html><p>Hi</p>', null, 'html'],
    ['an html element after a comment', '<!-- saved --> <html><body>Hi</body></html>', 'story.txt', 'html'],
    ['a .html name', 'Just words in a file.', 'page.html', 'html'],
    ['a .htm name with a query', 'Just words.', 'https://x.example/page.htm?x=1', 'html'],
    ['plain prose', 'The council met on Monday. It voted 7-2.', null, 'text'],
    ['a .txt name with a fragment of markup', '<p>Hello</p>', 'notes.txt', 'text'],
    ['prose that mentions a tag', 'Use the <p> tag for paragraphs, the guide says.', null, 'text'],
    ['a fragment of markup', '<div class="story"><p>The council met.</p></div>', null, 'html'],
    ['markdown', '# Headline\n\nBody text.', 'story.md', 'text'],
  ])('%s → %s', (_, text, name, expected) => {
    expect(detectFormat(text, name)).toBe(expected);
  });
});
