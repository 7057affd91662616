import { describe, expect, it } from 'vitest';
import { analyzeText } from '../src/nlp/doc.js';
import { findFigures } from '../src/analyze/figures.js';
import type { Figure } from '../src/summary.js';

const figuresOf = (body: string): Figure[] => findFigures(analyzeText(body));
const find = (figures: Figure[], text: string): Figure | undefined => figures.find((f) => f.text === text);

function checkSpans(body: string, figures: Figure[]): void {
  for (const figure of figures) {
    expect(figure.text).toBe(body.slice(figure.start, figure.end));
    expect(figure.phrase.text).toBe(body.slice(figure.phrase.start, figure.phrase.end));
    expect(figure.sentence.text).toBe(body.slice(figure.sentence.start, figure.sentence.end));
    if (figure.counts) expect(figure.counts.text).toBe(body.slice(figure.counts.start, figure.counts.end));
    expect(figure.phrase.start).toBe(figure.start);
    expect(figure.sentence.start).toBeLessThanOrEqual(figure.start);
    expect(figure.sentence.end).toBeGreaterThanOrEqual(figure.phrase.end);
  }
}

describe('findFigures: what each figure counts', () => {
  const cases: Array<{ body: string; figure: string; type: string; phrase: string; counts: string | null }> = [
    { body: 'The flood covered 90 percent of the city on Monday.', figure: '90 percent', type: 'PERCENT', phrase: '90 percent of the city', counts: 'the city' },
    { body: 'He was held without charge for nearly 11 months.', figure: 'nearly 11 months', type: 'DURATION', phrase: 'nearly 11 months', counts: 'months' },
    { body: 'The storm left 300 homes without power.', figure: '300', type: 'CARDINAL', phrase: '300 homes', counts: 'homes' },
    { body: 'Some 15,000 students sat the exam in June.', figure: 'Some 15,000', type: 'CARDINAL', phrase: 'Some 15,000 students', counts: 'students' },
    { body: 'The firm paid $43 million in fines last year.', figure: '$43 million', type: 'MONEY', phrase: '$43 million in fines', counts: 'fines' },
    { body: 'Inflation rose 3.5% in May, the bank said.', figure: '3.5%', type: 'PERCENT', phrase: '3.5%', counts: null },
  ];
  for (const c of cases) {
    it(c.phrase, () => {
      const figures = figuresOf(c.body);
      const figure = find(figures, c.figure);
      expect(figure).toBeDefined();
      expect(figure!.type).toBe(c.type);
      expect(figure!.phrase.text).toBe(c.phrase);
      expect(figure!.counts?.text ?? null).toBe(c.counts);
      checkSpans(c.body, figures);
    });
  }
});

describe('findFigures: money in other currencies', () => {
  const cases: Array<[string, string]> = [
    ['The club paid £6.5m for the ground.', '£6.5m'],
    ['Fans raised £2 million for the new stand.', '£2 million'],
    ['The bank was fined €3 billion by regulators.', '€3 billion'],
  ];
  for (const [body, text] of cases) {
    it(text, () => {
      const figures = figuresOf(body);
      expect(find(figures, text)?.type).toBe('MONEY');
      checkSpans(body, figures);
    });
  }
});

describe('findFigures: what is not a figure', () => {
  const cases: Array<[string, string]> = [
    ['one of several', 'It was one of several attacks on the town.'],
    ['a weekday', 'The court ruled on Wednesday.'],
    ['a word ordinal', 'It was the first time the river had flooded.'],
    ['a time of day without a number', 'The fire started in the afternoon.'],
  ];
  for (const [name, body] of cases) it(name, () => expect(figuresOf(body)).toEqual([]));
});

describe('findFigures: de-duplication and order', () => {
  it('states a repeated figure once', () => {
    const body = 'The council will spend $4 million on the bridge. Critics say $4 million is too little. Repairs need about $4 million.';
    const money = figuresOf(body).filter((f) => f.type === 'MONEY');
    expect(money).toHaveLength(1);
  });

  it('treats "2,000" and "2000" as the same figure', () => {
    const figures = figuresOf('The march drew 2,000 people. Police counted 2000 people at noon.');
    expect(figures.filter((f) => f.type === 'CARDINAL')).toHaveLength(1);
  });

  it('puts money and shares before small counts and dates', () => {
    const body = 'Two officers were hurt in 2019. The city lost $8 million, about 12 percent of its budget.';
    const types = figuresOf(body).map((f) => f.type);
    expect(types.indexOf('MONEY')).toBeLessThan(types.indexOf('DATE'));
    expect(types.indexOf('PERCENT')).toBeLessThan(types.indexOf('CARDINAL'));
  });

  it('raises the figures of the key sentences', () => {
    const body = 'The town has 4,500 residents. The dam failure flooded 700 homes.';
    const doc = analyzeText(body);
    const second = doc.sentences[1]!;
    const key = [{ start: second.start, end: second.end, text: second.text, rank: 1, score: 1 }];
    expect(findFigures(doc)[0]!.text).toBe('4,500');
    expect(findFigures(doc, key)[0]!.text).toBe('700');
  });

  it('returns nothing for an empty body', () => {
    expect(figuresOf('')).toEqual([]);
  });
});

describe('findFigures: clock times and durations wink reads apart', () => {
  it.each([
    ['The first ferry leaves at 6.15am, and boats run until 8pm.', [['6.15am', 'TIME'], ['8pm', 'TIME']]],
    ['Polls close at 10.30pm on Thursday.', [['10.30pm', 'TIME']]],
    ['The meeting starts at 6:15 a.m. sharp.', [['6:15 a.m.', 'TIME']]],
    ['The crossing took about 12 minutes before the fire.', [['about 12 minutes', 'DURATION']]],
  ])('%s', (body, expected) => {
    const figures = figuresOf(body);
    const clocks = figures.filter((figure) => figure.type === 'TIME' || figure.type === 'DURATION');
    expect(clocks.map((figure) => [figure.text, figure.type])).toEqual(expected);
    // No stray pieces of a time: "6" as a count, "15am" as a time.
    expect(figures.filter((figure) => figure.type === 'CARDINAL').map((figure) => figure.text)).toEqual([]);
    checkSpans(body, figures);
  });
});
