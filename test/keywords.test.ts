import { describe, expect, it } from 'vitest';
import { analyzeText } from '../src/nlp/doc.js';
import { findKeywords } from '../src/analyze/keywords.js';
import type { Entity } from '../src/summary.js';

const STORY = [
  'WASHINGTON (Reuters) - The Department of Transportation ordered new safety checks on the Elm Street bridge on Tuesday.',
  'Engineers found deep cracks in the main span of the Elm Street bridge last month.',
  'The safety checks will cost about $2 million, officials said.',
  'The Department of Transportation said the safety checks would start in May.',
  'Drivers on the bridge reported loud noises in the main span.',
  'A spokesman said the bridge was safe for now.',
].join(' ');

const texts = (body: string, entities: Entity[] = []): string[] => findKeywords(analyzeText(body), entities).map((k) => k.text);

describe('findKeywords', () => {
  it('finds the repeated noun phrases, most salient first', () => {
    const keywords = texts(STORY);
    expect(keywords).toContain('safety checks');
    expect(keywords).toContain('Elm Street bridge');
    expect(keywords).toContain('main span');
    expect(keywords.indexOf('safety checks')).toBeLessThan(keywords.indexOf('main span'));
  });

  it('keeps a name joined by "of" whole', () => {
    expect(texts(STORY)).toContain('Department of Transportation');
  });

  it('leaves out datelines, figures and dates', () => {
    const keywords = texts(STORY).map((k) => k.toLowerCase());
    expect(keywords).not.toContain('reuters');
    expect(keywords).not.toContain('washington');
    expect(keywords.some((k) => /\d|tuesday|may\b|month/.test(k))).toBe(false);
  });

  it('drops a phrase contained in a higher-ranked one', () => {
    const keywords = texts(STORY);
    expect(keywords).not.toContain('Elm Street');
    expect(keywords.filter((k) => k === 'bridge')).toHaveLength(0);
  });

  it('writes a common noun in lower case even when it opens a sentence', () => {
    const keywords = texts('Safety checks begin on Monday. The safety checks will take a week. Engineers welcomed the safety checks.');
    expect(keywords).toContain('safety checks');
    expect(keywords).not.toContain('Safety checks');
  });

  it('counts uses and scores relative to the top keyword', () => {
    const keywords = findKeywords(analyzeText(STORY));
    expect(keywords[0]!.score).toBe(1);
    for (const keyword of keywords) {
      expect(keyword.score).toBeGreaterThan(0);
      expect(keyword.score).toBeLessThanOrEqual(1);
      expect(keyword.count).toBeGreaterThanOrEqual(1);
    }
    expect(keywords.find((k) => k.text === 'safety checks')?.count).toBe(3);
  });

  it('raises a phrase that names a salient entity', () => {
    const body = 'Riverton council met on Monday. Riverton council approved the budget. Flood defences were discussed. Flood defences need repair.';
    const entity: Entity = { id: 'e1', name: 'Riverton', type: 'PLACE', mentions: [], references: [], aliases: [], count: 2, salience: 1 };
    const council: Entity = { ...entity, name: 'Riverton council', type: 'ORG' };
    const without = texts(body);
    const withEntity = texts(body, [council]);
    expect(without.indexOf('Riverton council')).toBeGreaterThan(-1);
    expect(withEntity.indexOf('Riverton council')).toBeLessThanOrEqual(without.indexOf('Riverton council'));
    expect(withEntity[0]).toBe('Riverton council');
    void entity;
  });

  it('returns nothing for an empty body or one without nouns', () => {
    expect(findKeywords(analyzeText(''))).toEqual([]);
    expect(findKeywords(analyzeText('Go!'))).toEqual([]);
  });

  it('returns at most ten keywords', () => {
    const body = Array.from({ length: 30 }, (_, i) => `The ${['red', 'blue', 'green', 'old', 'new', 'tall'][i % 6]} tower ${['collapsed', 'stood', 'fell'][i % 3]} in the ${['north', 'south', 'east', 'west', 'centre'][i % 5]} district.`).join(' ');
    expect(findKeywords(analyzeText(body)).length).toBeLessThanOrEqual(10);
  });

  it('takes names as the entity stage bounds them: no title glued to a name, no two names joined', () => {
    const body = 'Navy Chief of Staff Admiral Dana Reyes toured Portmere and Calder on Monday. Admiral Dana Reyes said the fleet would stay.';
    const analyzed = analyzeText(body);
    const at = (text: string, from = 0): { start: number; end: number; text: string } => {
      const start = body.indexOf(text, from);
      return { start, end: start + text.length, text };
    };
    const entity = (id: string, name: string, type: Entity['type'], mentions: Array<{ start: number; end: number; text: string; title?: string }>): Entity =>
      ({ id, name, type, mentions: mentions.map((m) => ({ ...m, kind: 'name' as const })), references: [], aliases: [], count: mentions.length, salience: 0.5 }) as Entity;
    const reyes = entity('e1', 'Dana Reyes', 'PERSON', [{ ...at('Dana Reyes'), title: 'Navy Chief of Staff Admiral' }, { ...at('Dana Reyes', 40), title: 'Admiral' }]);
    const portmere = entity('e2', 'Portmere', 'PLACE', [at('Portmere')]);
    const calder = entity('e3', 'Calder', 'PLACE', [at('Calder')]);
    const keywords = findKeywords(analyzed, [reyes, portmere, calder]).map((k) => k.text);
    expect(keywords).toContain('Dana Reyes');
    expect(keywords).toContain('Portmere');
    expect(keywords.some((k) => /Admiral|Staff/.test(k))).toBe(false);
    expect(keywords.some((k) => k.includes(' and '))).toBe(false);
  });
});
