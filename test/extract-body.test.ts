import { readFileSync } from 'node:fs';
import { load } from 'cheerio/slim';
import { describe, expect, it } from 'vitest';
import { aboutName, hintWords, isDateLine, judgeHints, judgeText } from '../src/extract/boilerplate.js';
import { extractBody } from '../src/extract/body.js';
import { extractHtml } from '../src/extract/index.js';

// Three paragraphs of an invented news story, long enough to be scored as prose.
const P1 = 'The city council voted on Tuesday to extend the night bus service to the northern suburbs, a move residents had sought for years.';
const P2 = 'Buses will run every 20 minutes between midnight and 5 a.m. on weekdays, and every 15 minutes on weekends, the council said in a statement.';
const P3 = 'The extension will cost about 2 million euros a year and will be paid for from parking fees, according to the budget approved in March.';

/** A page with the story in `div.story-body`; `inside` goes between paragraphs 2 and 3, `after` after the body. */
function page(parts: { head?: string; before?: string; inside?: string; after?: string; bodyClass?: string } = {}): string {
  return `<html><head>${parts.head ?? ''}</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>Night buses to reach the northern suburbs</h1>
${parts.before ?? ''}
<div class="${parts.bodyClass ?? 'story-body'}"><p>${P1}</p><p>${P2}</p>${parts.inside ?? ''}<p>${P3}</p></div>
${parts.after ?? ''}
</article>
<footer><p>Contact the newsroom.</p></footer></body></html>`;
}

const bodyOf = (html: string): string => extractHtml(html, null).body;

describe('body: page furniture is dropped', () => {
  const cases: Array<{ name: string; html: string; gone: string }> = [
    { name: 'figure caption', html: page({ inside: '<figure><img src="a.jpg"><figcaption>Passengers wait at the depot on Monday night.</figcaption></figure>' }), gone: 'Passengers wait' },
    { name: 'image label inside a figure', html: page({ inside: '<figure><img src="a.jpg"><div class="img-label">The depot at night, seen from the hill above the station.</div></figure>' }), gone: 'The depot at night' },
    { name: 'table caption inside a figure', html: page({ inside: '<figure><table><tr><td>N1</td><td>12</td></tr></table><figcaption>Source: city council, 2024</figcaption></figure>' }), gone: 'Source: city council' },
    { name: 'caption by class', html: page({ inside: '<div class="image-wrap"><img src="a.jpg"><span class="imageCaption">A night bus at the depot.</span></div>' }), gone: 'A night bus at the depot' },
    { name: 'photo credit line', html: page({ inside: '<p>Photo: Jane Doe/City Press Agency</p>' }), gone: 'Jane Doe' },
    { name: 'agency credit', html: page({ inside: '<p>Anna Berg | Getty Images</p>' }), gone: 'Anna Berg' },
    { name: 'byline', html: page({ before: '<p>By Jane Doe and John Roe</p>' }), gone: 'Jane Doe' },
    { name: 'time stamp', html: page({ before: '<p>Published 8:02 a.m. ET March 5, 2024</p>' }), gone: 'Published' },
    { name: 'date line', html: page({ before: '<div>Tuesday, 5 March 2024 10:14 GMT</div>' }), gone: 'March 2024' },
    { name: 'post meta line', html: page({ before: '<div>Posted by Jane Doe - Category: Politics</div>' }), gone: 'Category' },
    { name: 'newsletter prompt', html: page({ inside: '<p>Sign up for our free newsletter and get the news in your inbox every morning.</p>' }), gone: 'newsletter' },
    { name: 'follow prompt', html: page({ after: '<p>Follow us on Twitter and Facebook for more local news.</p>' }), gone: 'Follow us' },
    { name: 'share bar by class', html: page({ before: '<div class="social-share"><a href="#">Facebook</a> <a href="#">X</a> Share this story with a friend today</div>' }), gone: 'Share this story' },
    { name: 'related list by class', html: page({ inside: '<div class="related-articles"><p>Council approves the new tram line budget for next year, officials say in a short statement.</p></div>' }), gone: 'tram line' },
    { name: 'link list', html: page({ inside: '<ul><li><a href="/1">Tram fares rise in May</a></li><li><a href="/2">Bridge closed for repairs</a></li><li><a href="/3">New cycle lanes open</a></li></ul>' }), gone: 'Tram fares' },
    { name: 'comments section', html: page({ after: '<section id="comments"><div class="comment-body"><p>About time too, I have been waiting for this bus for years and years, well done council.</p></div></section>' }), gone: 'About time' },
    { name: 'copyright line', html: page({ after: '<p>© 2024 City Press. All rights reserved.</p>' }), gone: 'rights reserved' },
    { name: 'advertisement label', html: page({ inside: '<div>Advertisement</div>' }), gone: 'Advertisement' },
    { name: 'cookie banner', html: page({ before: '<div class="cookie-consent">We use cookies on this site to give you the best possible experience, read our policy.</div>' }), gone: 'cookies' },
    { name: 'author bio box', html: page({ after: '<div class="author-bio"><p>Jane Doe covers transport and city hall for the paper and has worked in the newsroom since 2015.</p></div>' }), gone: 'covers transport' },
    { name: 'headline', html: page(), gone: 'Night buses to reach' },
    { name: 'a block shown only when printed (Bootstrap d-none d-print-block)', html: page({ inside: '<div class="d-none d-print-block"><strong>Citation</strong>: Night buses to reach the suburbs (2024, March 5) retrieved 6 March 2024 from https://example.com/night-buses</div>' }), gone: 'retrieved 6 March' },
    { name: '"Explore further" label', html: page({ inside: '<div><p>Explore further</p></div>' }), gone: 'Explore further' },
    { name: 'hover card inside a paragraph', html: page({ inside: '<p>The mayor, <span class="card"><a href="/a">Mayor profile</a> <a href="/b">Older story</a> <a href="/c">More</a></span>, welcomed the decision at a press conference on Wednesday.</p>' }), gone: 'Mayor profile' },
    {
      name: '"You may also like" and the teasers after it',
      html: page({ after: '<h2>You may also like</h2><div><p>Residents of the old town have asked for a new cycle lane along the river, and the council will vote next month.</p></div>' }),
      gone: 'cycle lane',
    },
    {
      name: 'teaser articles inside the story container',
      html: `<html><body><article class="post"><div class="entry"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div>
        <article class="post"><p>A different story about a school fair that raised money for a new library in the suburbs.</p></article></article></body></html>`,
      gone: 'school fair',
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const body = bodyOf(c.html);
      expect(body).toContain(P1);
      expect(body).toContain(P3);
      expect(body).not.toContain(c.gone);
    });
  }
});

describe('body: what belongs to the article is kept', () => {
  const cases: Array<{ name: string; html: string; kept: string[] }> = [
    { name: 'subheading', html: page({ inside: '<h2>What the new routes cost</h2>' }), kept: ['What the new routes cost'] },
    { name: 'list', html: page({ inside: '<ul><li>Route N1 to Hillside</li><li>Route N2 to the airport</li></ul>' }), kept: ['Route N1 to Hillside', 'Route N2 to the airport'] },
    { name: 'block quote', html: page({ inside: '<blockquote><p>"This is the best news for shift workers in years," said one driver.</p></blockquote>' }), kept: ['This is the best news for shift workers'] },
    { name: 'table', html: page({ inside: '<table><tr><th>Route</th><th>Buses</th></tr><tr><td>N1</td><td>12</td></tr></table>' }), kept: ['Route Buses', 'N1 12'] },
    {
      name: 'a table or a pull quote that the editor wrapped in a figure (its caption goes)',
      html: page({ inside: '<figure class="wp-block-table"><table><tr><td>N1</td><td>12 buses</td></tr></table><figcaption>Source: city council</figcaption></figure><figure class="wp-block-pullquote"><blockquote><p>"We listened to the night workers."</p></blockquote></figure>' }),
      kept: ['N1 12 buses', '"We listened to the night workers."'],
    },
    {
      name: 'embedded post with its links',
      html: page({ inside: '<blockquote class="twitter-tweet"><p>Night buses at last! <a href="https://t.example/x">t.example/x</a></p>— Jo (@jo) <a href="https://t.example/s">March 5, 2024</a></blockquote>' }),
      kept: ['Night buses at last!', '— Jo (@jo) March 5, 2024'],
    },
    {
      name: "a linked name whose hover card follows it in the same wrapper (the card goes, the name stays)",
      html: page({ inside: '<p>Transport chief <span class="people"><a href="/p/ana-reyes">Ana Reyes</a><span class="card"><img src="/ana.jpg" alt=""><a href="/p/ana-reyes">Ana Maria Reyes</a><a href="/s/1">Earlier story</a> <a href="/p/ana-reyes">MORE</a></span></span> (D) welcomed the decision at a press conference on Wednesday.</p>' }),
      kept: ['Transport chief Ana Reyes (D) welcomed the decision'],
    },
    {
      name: 'a block Bootstrap hides on small screens only (d-none d-md-block)',
      html: page({ inside: '<div class="d-none d-md-block"><p>The night routes will run every thirty minutes from midnight until five in the morning, the council said.</p></div>' }),
      kept: ['The night routes will run every thirty minutes'],
    },
    {
      name: 'a sentence with most of its words linked',
      html: page({ inside: '<p>The plan follows <a href="/r">a report on night work published by the transport office last year</a>, the council said.</p>' }),
      kept: ['The plan follows a report on night work'],
    },
    {
      name: 'the article after a mid-article "Read more" box',
      html: page({ inside: '<div><h3>Read more</h3><ul><li><a href="/x">Tram fares rise in May</a></li></ul></div>' }),
      kept: [P3],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const body = bodyOf(c.html);
      expect(body).toContain(P1);
      for (const text of c.kept) expect(body).toContain(text);
    });
  }

  it('joins paragraphs with a blank line, in document order', () => {
    expect(bodyOf(page())).toBe([P1, P2, P3].join('\n\n'));
  });

  it('joins a body split into chunks', () => {
    const html = `<html><body><main><div class="chunks">
      <div class="grid"><div class="body"><p>${P1}</p><p>${P2}</p></div><div class="ad-rail"></div></div>
      <div class="grid"><div class="body"><p>${P3}</p><p>${P1.replace('Tuesday', 'Friday')}</p></div></div>
      <div class="grid"><div class="body"><p>${P2.replace('weekdays', 'holidays')}</p><p>${P3.replace('March', 'April')}</p></div></div>
    </div></main><aside><p>Most read</p></aside></body></html>`;
    const body = bodyOf(html);
    expect(body).toContain(P1);
    expect(body).toContain(P3.replace('March', 'April'));
  });

  it('keeps every post of a live blog (nested articles of similar length are not teasers)', () => {
    const post = (time: string, text: string): string => `<article class="live-post"><p>${time}: ${text}</p></article>`;
    const html = `<html><body><main><h1>Storm live: latest updates</h1><div class="live-feed">
      ${post('09:10', P1)}${post('09:40', P2)}${post('10:05', P3)}</div></main></body></html>`;
    const body = bodyOf(html);
    for (const text of [P1, P2, P3]) expect(body).toContain(text);
  });

  it('ends the article at a heading whose class names related stories, in any language', () => {
    const html = `<html><body><article class="post"><div class="entry"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div>
      <h3 class="relatedposts-title">Lesen Sie weiter</h3>
      <article class="post"><p>Die Stadt plant eine neue Fährlinie zum Hafen, die ab Juni auch nachts fahren soll, sagte der Bürgermeister.</p></article>
      <article class="post"><p>Der Stadtrat hat am Dienstag neue Radwege beschlossen, die bis zum Herbst fertig sein sollen, hieß es.</p></article></article></body></html>`;
    expect(bodyOf(html)).toBe([P1, P2, P3].join('\n\n'));
  });

  it('ends the article at a "related" heading that has a furniture class itself', () => {
    const html = `<html><body><div class="post"><div class="entry"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div>
      <h3 class="related-title">Read next</h3>
      <div class="item"><p>Another story about the new harbour ferry timetable that starts in June, with later crossings at night.</p></div></div></body></html>`;
    const body = bodyOf(html);
    expect(body).toBe([P1, P2, P3].join('\n\n'));
  });

  it('reads an old layout table with <br><br> paragraphs', () => {
    const html = `<html><body><table><tr><td class="menu"><a href="/">Home</a><br><a href="/n">News</a></td>
      <td class="content">${P1}<br><br>${P2}<br><br>${P3}</td></tr></table></body></html>`;
    expect(bodyOf(html)).toBe([P1, P2, P3].join('\n\n'));
  });

  it('drops a first paragraph that repeats the title', () => {
    const html = page({ head: '<meta property="og:title" content="Night buses for the north">', before: '<p>Night buses for the north</p>' });
    expect(bodyOf(html).startsWith(P1)).toBe(true);
  });
});

describe('body: the strategy cascade is recorded', () => {
  it('scored-container for an ordinary article', () => {
    expect(extractHtml(page(), null).strategy).toBe('scored-container');
  });

  it('a wrapper whose class reads like furniture still yields the article it holds', () => {
    const html = `<html><body><div class="layout with-sidebar sidebar-right"><div class="col"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div></div></body></html>`;
    expect(bodyOf(html)).toBe([P1, P2, P3].join('\n\n'));
  });

  it('scored-container-relaxed when class hints hide the whole article (comments stay out)', () => {
    const comment = (n: number): string => `<div class="comment"><p>Comment ${n}: I take the night bus home from work every day, and the new timetable will save me almost an hour, thank you.</p></div>`;
    const html = `<html><body><div class="promo-story"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div>
      <section id="comments">${[1, 2, 3, 4, 5].map(comment).join('')}</section></body></html>`;
    const article = extractHtml(html, null);
    expect(article.strategy).toBe('scored-container-relaxed');
    expect(article.body).toBe([P1, P2, P3].join('\n\n'));
  });

  it('body-text for a page with only short text', () => {
    const article = extractHtml('<html><body><div>Closed on Monday.</div><div>Open again on Tuesday.</div></body></html>', null);
    expect(article.strategy).toBe('body-text');
    expect(article.body).toBe('Closed on Monday.\n\nOpen again on Tuesday.');
  });

  it('empty, with a warning, for a page without text', () => {
    const article = extractHtml('<html><body><script>var x = 1;</script><img src="a.jpg"></body></html>', null);
    expect(article.strategy).toBe('empty');
    expect(article.body).toBe('');
    expect(article.warnings).toHaveLength(1);
  });

  it('stays fast on 20,000 nested elements that all carry furniture classes', () => {
    const depth = 20_000;
    const html = `<html><body><div class="story"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div>${'<div class="widget sidebar">x'.repeat(depth)}${'</div>'.repeat(depth)}</body></html>`;
    const started = performance.now();
    const article = extractHtml(html, null);
    expect(article.body).toBe([P1, P2, P3].join('\n\n'));
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('survives a page nested 20,000 levels deep', () => {
    const depth = 20_000;
    const html = `<html><body>${'<div>'.repeat(depth)}<p>${P1}</p><p>${P2}</p><p>${P3}</p>${'</div>'.repeat(depth)}</body></html>`;
    expect(extractBody(load(html)).paragraphs).toEqual([P1, P2, P3]);
  });
});

describe('body: a team-written page full of furniture', () => {
  it('keeps exactly the story', () => {
    const html = readFileSync(new URL('../fixtures/pages/article-furniture.html', import.meta.url), 'utf8');
    const article = extractHtml(html, null);
    expect(article.strategy).toBe('scored-container');
    expect(article.body.split('\n\n')).toEqual([
      'The harbour ferry will run twice as often from June, the transport authority said on Thursday, after passenger numbers rose by a third last year.',
      'Boats will leave the north pier every 15 minutes at rush hour instead of every 30, and the last crossing will move from 10 p.m. to midnight.',
      'Two new boats',
      'The authority has bought two electric boats, each carrying 150 passengers, at a cost of 8 million euros, according to its annual report.',
      'Fares will stay the same for now:',
      'Single ticket: 2.50 euros',
      'Day pass: 6 euros',
      '"People have voted with their feet, and now we are giving them more boats," said Mira Hassan, the authority\'s director.',
      'Year Passengers',
      '2022 1.2 million',
      '2023 1.6 million',
      'Residents of the east shore have asked for a third stop at the old shipyard, which the authority said it would study next year.',
    ]);
    expect(article.meta.title).toBe('Harbour ferry service to double in summer');
  });
});

describe('judgeText: furniture by what a block says', () => {
  it.each([
    ['Advertisement', 'ui'],
    ['Image 3 of 12', 'ui'],
    ['Skip to main content', 'ui'],
    ['Related stories', 'end'],
    ['You may also like:', 'end'],
    ['14 comments', 'end'],
    ['Leia também', 'end'],
    ['Photo: Jane Doe', 'credit'],
    ['(Image credit: City Archive)', 'credit'],
    ['Workers repair the bridge on Monday. (Photo: City Press)', 'credit'],
    ['Anna Berg | Getty Images', 'credit'],
    ['In this March 4, 2024, file photo, a night bus leaves the depot in Hillside. (City Press via AP, File)', 'credit'],
    ['Commuters board the last tram of the night on Friday (AP Photo/Jane Doe)', 'credit'],
    ['We use cookies to give you the best experience. By continuing to browse the site you agree to our use of cookies.', 'prompt'],
    ['In this city, buses run all night.', null],
    ['By Jane Doe and John Roe, City Press', 'byline'],
    ['Por Maria Silva', 'byline'],
    ['Updated 3:15 p.m. ET, May 2, 2024', 'timestamp'],
    ['Tuesday, 5 March 2024 10:14 GMT', 'date'],
    ['segunda-feira, 22 de janeiro de 2018 às 10:13', 'date'],
    ['Sign up for our free newsletter.', 'prompt'],
    ['Have a news tip? Send it to us.', 'prompt'],
    ['© 2024 City Press', 'copyright'],
    ['Reach Jane Doe at jane@example.com.', 'contact'],
    ['Jane Doe can be reached at jane@example.com or on social media.', 'contact'],
    ['Anyone with information should contact police at tips@police.example.org.', null],
    ['By the end of the year, the council expects to have spent 2 million euros on the service.', null],
    ['Buses will run every 20 minutes.', null],
    ['What the new routes cost', null],
    ['March 2024 was the wettest month on record in the city, forecasters said.', null],
    ['Updated figures released on Monday show the service grew by 3% in 2023.', null],
    ['Police will follow them to the border, a spokesman said.', null],
    ['The group\'s weekly newsletter first reported the plan in 2023.', null],
    ['"What do you think?" she asked the driver.', null],
    ['Copyright law in the EU changed in 2019.', null],
    ['Many residents share this view, the survey found.', null],
    ['Reuters to cut 500 jobs', null],
  ])('%s → %s', (text, verdict) => {
    expect(judgeText(text)).toBe(verdict);
  });

  it('headings are judged only as UI strings and end markers', () => {
    expect(judgeText('Bloomberg buys a rival, Reuters', true)).toBeNull();
    expect(judgeText('Bloomberg buys a rival, Reuters', false)).toBe('credit');
    expect(judgeText('Related stories', true)).toBe('end');
  });

  it('a date line needs a number', () => {
    expect(isDateLine('Monday morning')).toBe(false);
    expect(isDateLine('Monday, March 4, 2024')).toBe(true);
  });
});

describe('judgeHints: furniture by class and id words', () => {
  it.each([
    ['related-stories', 'strong'],
    ['ArticleBody-imageCredit', 'strong'],
    ['inlinegallery-wrap', 'strong'],
    ['comments-area', 'discussion'],
    ['commentary-body', 'content'],
    ['social-media-embed', 'none'],
    ['site-header', 'weak'],
    ['sidebar', 'weak'],
    ['article-sidebar', 'content'],
    ['story-body', 'content'],
    ['tag-related-news category-comment has-comments post', 'content'],
    ['', 'none'],
  ])('%s → %s', (hints, verdict) => {
    expect(judgeHints(hintWords(hints))).toBe(verdict);
  });
});

describe('body: a press release ends where its "About <company>" boilerplate begins', () => {
  const story = `<h1>Harbor Robotics opens a plant in Riverside</h1><p>${P1}</p><p>${P2}</p><p>${P3}</p>`;
  const boilerplate = '<p>Harbor Robotics is a maker of warehouse robots based in Portland. Founded in 2009, the company employs 400 people in three countries.</p><p>Media contact: Dana Lee, press office, +1 555 0100</p>';
  const release = (middle: string, after = boilerplate): string => `<html><body><div class="content">${story}${middle}${after}</div></body></html>`;

  it.each([
    ['after a thematic break', release('<hr><p><strong>About Harbor Robotics</strong></p>')],
    ['after a thematic break, with a different boilerplate opening', release('<hr><h3>ABOUT HARBOR ROBOTICS INC.:</h3>', '<p>Founded in 2009, the company makes warehouse robots and employs 400 people in three countries, with offices in Portland and Riverside.</p>')],
    ['without a break, when the next paragraph starts with the name', release('<p>About Harbor Robotics, Inc.</p>')],
  ])('%s', (_, html) => {
    expect(bodyOf(html)).toBe([P1, P2, P3].join('\n\n'));
  });

  it.each([
    ['a section about a company after a break in the middle of the article', release(`<hr><h2>About Harbor Robotics</h2><p>${P1.replace('city', 'town')}</p><p>${P2.replace('Buses', 'Trams')}</p><p>${P3.replace('March', 'May')}</p>`, '')],
    ['an "About" heading that is no name, after a break', release('<hr><h2>About the new plant</h2>', '<p>The plant will open in May and employ 120 people from the town, the company said.</p>')],
    ['a sentence that starts with "About"', release('<p>About 300 people came to the opening on Friday, the company said.</p>', '')],
  ])('keeps %s', (_, html) => {
    const body = bodyOf(html);
    expect(body).toContain(P3);
    expect(body.length).toBeGreaterThan([P1, P2, P3].join('\n\n').length);
  });

  it.each([
    ['About Harbor Robotics', 'Harbor Robotics'],
    ['ABOUT THE CITY TRUST:', 'THE CITY TRUST'],
    ['About Bank of the West', 'Bank of the West'],
    ['About Acme Corp.', 'Acme Corp.'],
    ['About 3M', '3M'],
    ['About the plan', null],
    ['About 300 people', null],
    ['About time.', null],
    ['About us?', null],
    ['Harbor Robotics', null],
  ])('aboutName(%s) = %s', (text, name) => {
    expect(aboutName(text)).toBe(name);
  });
});

describe('body: teaser cards with long blurbs', () => {
  const blurb1 = 'Tram fares will rise by ten cents in May, the transport office said on Monday, the first increase in four years. Monthly passes will not change, and children will still travel free.';
  const blurb2 = 'The old bridge will close for three weeks of repairs from Monday, and drivers are asked to use the ring road. Cyclists and people on foot can still cross on a temporary path.';
  const card = (href: string, headline: string, text: string): string => `<article><h3><a href="${href}">${headline}</a></h3><p>${text}</p></article>`;
  const cards = `${card('/news/tram-fares', 'Tram fares to rise in May', blurb1)}${card('/news/bridge', 'Bridge closed for repairs', blurb2)}`;

  it('nested in the story: dropped though they are nearly as long as it', () => {
    const html = `<html><body><main><article><h1>Night buses</h1><p>${P1}</p><p>${P2}</p>${cards}</article></main></body></html>`;
    expect(bodyOf(html)).toBe([P1, P2].join('\n\n'));
  });

  it('beside the story: not gathered as chunks of it', () => {
    const html = `<html><body><main><div class="wrap"><article><h1>Night buses</h1><p>${P1}</p><p>${P2}</p></article>${cards}</div></main></body></html>`;
    expect(bodyOf(html)).toBe([P1, P2].join('\n\n'));
  });

  it('live-blog posts whose headings link to their own place on the page are kept', () => {
    const html = `<html><body><main><h1>Storm live</h1><div class="feed"><article><p>${P1}</p><p>${P2}</p></article>
      ${card('#post-2', 'Trams slowed', blurb1)}${card('#post-3', 'Bridge shut', blurb2)}</div></main></body></html>`;
    const body = bodyOf(html);
    for (const text of [P1, P2, blurb1, blurb2]) expect(body).toContain(text);
  });

  it('a digest whose every item has a linked headline keeps them all', () => {
    const html = `<html><body><main><div class="digest">${card('/a', 'Night buses reach the north', `${P1} ${P2}`)}${card('/b', 'Tram fares to rise', blurb1)}${card('/c', 'Bridge closed', blurb2)}</div></main></body></html>`;
    const body = bodyOf(html);
    for (const text of [P1, blurb1, blurb2]) expect(body).toContain(text);
  });

  it('a chunk of the article with a linked subheading and several paragraphs stays', () => {
    const html = `<html><body><main><div class="wrap"><div class="text"><p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${P1.replace('Tuesday', 'Friday')}</p></div>
      <div class="text"><h2><a href="/topics/transport">Transport</a></h2><p>${P2.replace('weekdays', 'holidays')}</p><p>${blurb1}</p><p>${blurb2}</p></div></div></main></body></html>`;
    const body = bodyOf(html);
    for (const text of [P1, P3, blurb2]) expect(body).toContain(text);
  });
});

describe('body confidence', () => {
  const page = (inner: string): string => `<html><head><title>Ferry fares to rise</title></head><body>${inner}</body></html>`;
  const story = '<article><p>Ferry fares between the island and the mainland will rise by 8 percent in January, the transport board said on Monday, after its fuel bill doubled in two years.</p><p>“We held prices as long as we could,” said board chair Nadia Osei, who added that season tickets would rise by less than single fares.</p><p>The board will review the fares again in June, when the new engines are due to cut fuel use by a fifth.</p></article>';
  const bio = '<div class="about"><p>Nadia Osei is a reporter who covers transport and the harbour for the Bayside Courier. She has written for several regional papers and lives on the island with her two dogs.</p></div>';
  const links = `<div class="more">${['Bridge reopens after repairs', 'Council approves new tram line', 'Storm closes mountain pass', 'Bakery wins bread award', 'School roof to be replaced', 'Harbour festival returns'].map((title) => `<p><a href="/${title.length}">${title} as the town waits for news</a></p>`).join('')}</div>`;

  const teasers = ['The harbour board met on Monday to discuss the fares for next year and the new engines', 'Our walk along the north shore took us past the old lighthouse and the seal colony', 'Five things we learned from the ferry operators at this year\'s regional meeting in town']
    .map((text) => `<div class="post"><h2>${text.slice(0, 20)}</h2><p>${text} and much more than we expected … <a href="/p">Read more</a></p></div>`).join('');

  it.each([
    ['a news story', story, 'high', null],
    ['a blog page of teasers', teasers, 'low', /reads like a list of teasers for other posts/],
    ['a page that holds only an author bio', bio, 'low', /reads like an author bio/],
    ['a page that holds only links to other stories', links, 'low', /reads like a list of links to other stories/],
  ])('%s: %s', (_name, inner, confidence, warning) => {
    const article = extractHtml(page(inner), null);
    expect(article.confidence).toBe(confidence);
    if (warning) expect(article.warnings.join(' ')).toMatch(warning);
    else expect(article.warnings).toEqual([]);
  });
});
