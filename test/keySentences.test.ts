import { describe, expect, it } from 'vitest';
import { analyzeText } from '../src/nlp/doc.js';
import { RANKING_WEIGHTS, keySentenceCount, rankKeySentences } from '../src/analyze/keySentences/index.js';
import { datelineLength } from '../src/language/layout.js';
import { isBoilerplate, sentenceCues } from '../src/analyze/keySentences/cues.js';
import { forwardSupport, sentenceVectors } from '../src/analyze/keySentences/similarity.js';
import { buildWordTable, wordProbabilities } from '../src/analyze/keySentences/words.js';
import { summarizeInput } from '../src/pipeline.js';
import type { KeySentence } from '../src/summary.js';

/** A short news story written for these tests. */
const STORY = [
  'The city council of Riverton voted on Tuesday to close the Elm Street bridge after engineers found deep cracks in its main span.',
  'The bridge carries about 12,000 cars a day across the Mill River.',
  'Engineers said the cracks had grown quickly since a survey in March.',
  'Mayor Ana Lopez said the closure would last at least six months while the council looks for money to repair the bridge.',
  'Drivers will be sent to the Oak Avenue crossing, two miles north.',
  'Shop owners near the bridge fear the closure will hurt trade.',
  'The council will meet again next week to discuss repair costs for the bridge.',
].join(' ');

function check(body: string, sentences: KeySentence[]): void {
  for (const sentence of sentences) expect(sentence.text).toBe(body.slice(sentence.start, sentence.end));
  const starts = sentences.map((s) => s.start);
  expect(starts).toEqual([...starts].sort((a, b) => a - b));
  expect(sentences.map((s) => s.rank).sort((a, b) => a - b)).toEqual(sentences.map((_, i) => i + 1));
}

describe('keySentenceCount', () => {
  const cases: Array<[string, number, number, number | null, number]> = [
    ['a count below the total', 10, 3, null, 3],
    ['a count above the total gives every sentence', 2, 3, null, 2],
    ['a ratio rounds up', 10, 5, 0.25, 3],
    ['a ratio replaces the count', 40, 3, 0.1, 4],
    ['a ratio of 1 keeps everything', 7, 3, 1, 7],
    ['no sentences', 0, 3, null, 0],
    ['zero asked', 5, 0, null, 0],
  ];
  for (const [name, total, sentences, ratio, expected] of cases) {
    it(name, () => expect(keySentenceCount(total, sentences, ratio)).toBe(expected));
  }
});

describe('rankKeySentences: shapes and edge cases', () => {
  it('returns nothing for an empty body', () => {
    expect(rankKeySentences(analyzeText(''), 3)).toEqual([]);
  });

  it('returns nothing for a body of punctuation only', () => {
    expect(rankKeySentences(analyzeText('… — …'), 3)).toEqual([]);
  });

  it('returns the one sentence of a one-sentence article', () => {
    const body = 'Floods closed every school in the county on Monday.';
    const result = rankKeySentences(analyzeText(body), 3);
    expect(result).toHaveLength(1);
    expect(result[0]).toMatchObject({ text: body, start: 0, end: body.length, rank: 1 });
    expect(result[0]!.score).toBeGreaterThan(0);
  });

  it('returns every sentence of an article shorter than asked, in document order', () => {
    const body = 'A fire destroyed a warehouse in Dunmore overnight. No one was hurt, the fire service said.';
    const result = rankKeySentences(analyzeText(body), 5);
    expect(result.map((s) => s.text)).toEqual(['A fire destroyed a warehouse in Dunmore overnight.', 'No one was hurt, the fire service said.']);
    check(body, result);
  });

  it('returns the number asked, in document order with ranks, offsets into the body', () => {
    const result = rankKeySentences(analyzeText(STORY), 3);
    expect(result).toHaveLength(3);
    check(STORY, result);
  });

  it('starts with the lead of a plain news story', () => {
    const result = rankKeySentences(analyzeText(STORY), 3);
    expect(result[0]!.text).toMatch(/^The city council of Riverton voted/);
  });

  it('does not repeat a sentence the article states twice', () => {
    const body = `${STORY} The city council of Riverton voted on Tuesday to close the Elm Street bridge after engineers found deep cracks in its main span.`;
    const result = rankKeySentences(analyzeText(body), 4);
    const texts = result.map((s) => s.text);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('leaves out the headline when the body repeats it', () => {
    const title = 'Riverton closes cracked Elm Street bridge';
    const body = `${title}\n\n${STORY}`;
    const result = rankKeySentences(analyzeText(body), 3, { title });
    expect(result.map((s) => s.text)).not.toContain(title);
    check(body, result);
  });

  it('prefers, among equals, the sentence that shares the title\u2019s words', () => {
    const body = 'Rain fell on the harbour all day. Wind closed the ferry port at noon. Snow blocked the mountain pass by night.';
    const pick = (title: string): string => rankKeySentences(analyzeText(body), 1, { title })[0]!.text;
    expect(pick('Snow blocks mountain pass')).toBe('Snow blocked the mountain pass by night.');
    expect(pick('Ferry port shut by wind')).toBe('Wind closed the ferry port at noon.');
  });

  it('starts a key sentence after a news-agency dateline', () => {
    const body = `LONDON (Reuters) - ${STORY}`;
    const result = rankKeySentences(analyzeText(body), 1);
    expect(result[0]!.text).toMatch(/^The city council/);
    check(body, result);
  });

  it('lists: picks whole items and keeps offsets', () => {
    const body = [
      'Five things to know about the Riverton bridge closure',
      '',
      'The Elm Street bridge closes on Friday for at least six months.',
      '',
      'About 12,000 cars a day must use the Oak Avenue crossing instead.',
      '',
      'Engineers found deep cracks in the main span of the bridge.',
      '',
      'The council has not found the money for repairs yet.',
      '',
      'Shop owners near the bridge fear the closure will hurt trade.',
    ].join('\n');
    const result = rankKeySentences(analyzeText(body), 3, { title: 'Five things to know about the Riverton bridge closure' });
    expect(result).toHaveLength(3);
    check(body, result);
    for (const sentence of result) expect(sentence.text).not.toContain('\n');
  });

  it('headings and table rows are not key sentences when the text has prose', () => {
    const body = [
      'Storm hits the coast',
      '',
      'A storm cut power to 30,000 homes along the coast on Sunday night.',
      '',
      'FERRIES CANCELLED',
      '',
      'All ferries to the islands were cancelled until Tuesday.',
      '',
      '1 Dover 120 4 0',
      '2 Calais 98 3 1',
    ].join('\n');
    const result = rankKeySentences(analyzeText(body), 3);
    expect(result.map((s) => s.text)).toEqual(['A storm cut power to 30,000 homes along the coast on Sunday night.', 'All ferries to the islands were cancelled until Tuesday.']);
  });

  it('a text of headings only still gets key sentences', () => {
    const body = 'Lower taxes for families\nMore police on the streets\nA new hospital for Riverton';
    expect(rankKeySentences(analyzeText(body), 2)).toHaveLength(2);
  });

  it('live blogs: timestamps and calls to action are never key sentences', () => {
    const body = [
      '14:05 GMT',
      'Rescue teams have reached the village of Kelso cut off by the landslide.',
      '13:40 GMT',
      'Click here to follow our live coverage.',
      '13:10 GMT',
      'The landslide buried the only road into Kelso after a night of heavy rain.',
      '12:55',
      'Police say 40 people are still missing in Kelso.',
    ].join('\n');
    const result = rankKeySentences(analyzeText(body), 5);
    expect(result.map((s) => s.text)).toEqual([
      'Rescue teams have reached the village of Kelso cut off by the landslide.',
      'The landslide buried the only road into Kelso after a night of heavy rain.',
      'Police say 40 people are still missing in Kelso.',
    ]);
  });
});

describe('boilerplate', () => {
  const furniture = [
    'Scroll down for video.',
    'Click here to read the full report.',
    'Read more: The ten best beaches in Wales',
    'READ MORE',
    'By John Smith',
    'By Jane Doe and Ali Khan.',
    'Published: 10:32 GMT, 3 May 2015',
    'Last updated at 18:04',
    'Photo: Reuters',
    'The minister arrives in Paris (Photo by Anna Berg/Getty Images)',
    "CNN's Jane Doe contributed to this report.",
    'Reporting by Ali Khan; Editing by Sara Lund',
    'Sign up for our free morning newsletter.',
    'Follow us on Twitter.',
    '© 2024 Riverton Gazette. All rights reserved.',
    'Advertisement',
    '14:05 GMT',
    'This article originally appeared on VICE US.',
    'A version of this story was first published in The Riverton Gazette.',
    'This story is republished from The Conversation under a Creative Commons license.',
    'Originally published on the author\'s blog.',
    'Click through for the whole thing.',
    'More information: www.harbourtrust.example.org',
    'For more information, visit the council website.',
    'Get our free weekly newsletter.',
  ];
  for (const text of furniture) it(`is furniture: ${text}`, () => expect(isBoilerplate(text)).toBe(true));

  const reporting = [
    'The photo was taken by a tourist on Monday.',
    'Share prices fell sharply after the announcement.',
    'He read more than 300 books in prison.',
    'Posted on Facebook, the video drew 2 million views.',
    'By Tuesday, the river had burst its banks.',
    'Readers can follow the trial on the court website.',
    'The report was written by three senior judges.',
    'The story first appeared in a local paper in 1998 and was later denied by the council.',
    'This story has appeared in several versions over the years, the author said.',
    'More information is expected on Monday, officials said.',
    'For more information about the plan, residents packed the town hall.',
    'The newsletter was delivered to 40,000 homes.',
  ];
  for (const text of reporting) it(`is reporting: ${text}`, () => expect(isBoilerplate(text)).toBe(false));

  it('a boilerplate sentence is not picked even when more sentences are asked than the article has', () => {
    const body = 'Scroll down for video. A storm cut power to 30,000 homes in Leeds on Sunday. By Jane Doe and Ali Khan.';
    const result = rankKeySentences(analyzeText(body), 3);
    expect(result.map((s) => s.text)).toEqual(['A storm cut power to 30,000 homes in Leeds on Sunday.']);
  });
});

describe('sentence cues', () => {
  const cueOf = (body: string, index = 0) => sentenceCues(analyzeText(body), [], null)[index]!;
  const cases: Array<[string, string, Partial<ReturnType<typeof cueOf>>]> = [
    ['a question', 'Will the bridge ever reopen?', { question: true }],
    ['a question inside quotes at the end', '"Why now?"', { question: true }],
    ['a statement', 'The bridge will reopen in May.', { question: false, anaphoric: false, speech: 0 }],
    ['first-person speech', "'We will rebuild the bridge,' she said.", { speech: 1 }],
    ['opening pronoun', 'He added that the repairs would take a year.', { anaphoric: true }],
    ['opening demonstrative pronoun', 'This was the third closure in a decade.', { anaphoric: true }],
    ['demonstrative determiner', 'This year the council spent £2m on roads.', { anaphoric: false }],
    ['short fragment', 'Not yet.', { words: 2 }],
  ];
  for (const [name, body, expected] of cases) it(name, () => expect(cueOf(body)).toMatchObject(expected));

  it('counts the share of a sentence inside a quote', () => {
    const body = 'The mayor said the bridge "is not safe for anyone to cross today" and closed it.';
    const doc = analyzeText(body);
    const start = body.indexOf('is not');
    const end = body.indexOf('today') + 'today'.length;
    const quote = { start, end, text: body.slice(start, end), kind: 'full' as const, speaker: null, speakerId: null, speakerMention: null, cue: null };
    const cue = sentenceCues(doc, [quote], null)[0]!;
    expect(cue.speech).toBeGreaterThan(0.4);
    expect(cue.speech).toBeLessThan(0.8);
    expect(cue.mainActorSpeech).toBe(false);
  });
});

describe('penalties change the ranking', () => {
  const withSentenceWeights = (changes: Partial<typeof RANKING_WEIGHTS.sentences>) => ({ words: RANKING_WEIGHTS.words, sentences: { ...RANKING_WEIGHTS.sentences, ...changes } });

  it('a dependent sentence ("He added …") loses its place when its antecedent is not picked', () => {
    const body = [
      'Farmers in the valley lost their harvest to the flood.',
      'Storms also battered the coast overnight.',
      'He added that the coastal road would stay closed.',
      'Officials said the coastal road would stay closed.',
    ].join(' ');
    const pick = (anaphor: number): string => rankKeySentences(analyzeText(body), 1, {}, withSentenceWeights({ anaphor }))[0]!.text;
    expect(pick(0)).toBe('He added that the coastal road would stay closed.');
    expect(pick(2)).toBe('Officials said the coastal road would stay closed.');
  });

  it('a dependent sentence keeps its worth when the sentence it points back to is picked', () => {
    const body = 'Mayor Ana Lopez closed the Elm Street bridge. She said repairs would take a year. Traffic was light in the town.';
    const result = rankKeySentences(analyzeText(body), 2, {}, withSentenceWeights({ anaphor: 2 }));
    expect(result.map((s) => s.text)).toEqual(['Mayor Ana Lopez closed the Elm Street bridge.', 'She said repairs would take a year.']);
  });

  it('a question loses to the equivalent statement', () => {
    const body = 'Voters in Kent go to the polls today. Will the new tax on second homes pass? The new tax on second homes will pass, polls suggest.';
    const texts = (question: number): string[] => rankKeySentences(analyzeText(body), 2, {}, withSentenceWeights({ question })).map((s) => s.text);
    expect(texts(0)).toContain('Will the new tax on second homes pass?');
    expect(rankKeySentences(analyzeText(body), 2).map((s) => s.text)).not.toContain('Will the new tax on second homes pass?');
  });

  it('direct speech loses to the reporter\u2019s account of the same facts', () => {
    const body = 'The Riverton bridge shut on Friday. "We found cracks in the main span of the bridge," the engineer said. Engineers found cracks in the main span of the bridge.';
    const texts = (speech: number): string[] => rankKeySentences(analyzeText(body), 2, {}, withSentenceWeights({ speech })).map((s) => s.text);
    expect(texts(0)).toContain('"We found cracks in the main span of the bridge," the engineer said.');
    expect(texts(RANKING_WEIGHTS.sentences.speech)).toContain('Engineers found cracks in the main span of the bridge.');
  });

  it('a fragment loses to a full sentence', () => {
    const body = 'Flood waters rose across the Mill valley on Sunday. Mill valley flood. Flood waters cut the Mill valley road.';
    const texts = rankKeySentences(analyzeText(body), 2).map((s) => s.text);
    expect(texts).not.toContain('Mill valley flood.');
  });
});

describe('word salience and centrality', () => {
  it('words used throughout the article are more salient than words used once late', () => {
    const doc = analyzeText(STORY);
    const indices = doc.sentences.map((_, i) => i);
    const table = buildWordTable(doc, indices, [], null);
    const p = wordProbabilities(table, indices.length);
    const of = (word: string): number => p[table.keys.indexOf(word)]!;
    expect(of('bridge')).toBeGreaterThan(of('trade'));
    expect(of('council')).toBeGreaterThan(of('north'));
  });

  it('directed centrality rewards a sentence that later sentences support, not the one that repeats it', () => {
    const doc = analyzeText('The dam burst near Alton. Cars floated away. The dam at Alton had burst before.');
    const indices = doc.sentences.map((_, i) => i);
    const table = buildWordTable(doc, indices, [], null);
    const support = forwardSupport(sentenceVectors(doc, indices, table), table.keys.length);
    expect(support[0]).toBeGreaterThan(0);
    expect(support[2]).toBe(0);
    expect(support[0]).toBeGreaterThan(support[1]!);
  });
});

describe('datelines', () => {
  const cases: Array<[string, string]> = [
    ['WASHINGTON (Reuters) - The Senate passed the bill.', 'The Senate passed the bill.'],
    ['(CNN) -- The Senate passed the bill.', 'The Senate passed the bill.'],
    ['Kabul, Afghanistan (CNN) Three people were killed.', 'Three people were killed.'],
    ['LONDON — The Bank of England held rates.', 'The Bank of England held rates.'],
    ['The Senate passed the bill (AP reported).', 'The Senate passed the bill (AP reported).'],
    ['Mr. Smith (D) voted against the bill.', 'Mr. Smith (D) voted against the bill.'],
  ];
  for (const [text, rest] of cases) it(text, () => expect(text.slice(datelineLength(text))).toBe(rest));
});

describe('through the pipeline', () => {
  it('ratio and count both work, and the JSON keeps rank and score', () => {
    const byCount = summarizeInput({ content: STORY, format: 'text', kind: 'string', name: 'story' }, { sentences: 2 });
    expect(byCount.keySentences).toHaveLength(2);
    const byRatio = summarizeInput({ content: STORY, format: 'text', kind: 'string', name: 'story' }, { ratio: 0.5 });
    expect(byRatio.keySentences).toHaveLength(Math.ceil(byRatio.stats.sentences * 0.5));
    for (const sentence of byRatio.keySentences) {
      expect(sentence.rank).toBeGreaterThanOrEqual(1);
      expect(sentence.score).toBeGreaterThan(0);
    }
    check(byRatio.body, byRatio.keySentences);
  });
});
