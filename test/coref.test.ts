import { describe, expect, it } from 'vitest';
import type { Coreference } from '../src/analyze/coref/index.js';
import { analyze } from './analyze.js';

/** Each reference of `text` as [its words, its kind, its referent's name], in document order. */
function referencesOf(text: string): Array<[string, string, string]> {
  const { coref } = analyze(text);
  return coref.references.map((r) => [text.slice(r.start, r.end), r.kind, r.referent.name]);
}

/** The referent's name for the reference whose words are `words` (the `nth` such one). */
function referentOf(coref: Coreference, text: string, words: string, nth = 0): string | undefined {
  return coref.references.filter((r) => text.slice(r.start, r.end) === words)[nth]?.referent.name;
}

describe('coreference: names', () => {
  it('links a surname and a titled surname to the full name', () => {
    const text = 'Gen. Valery Gerasimov visited the front. Gerasimov said the lines would hold. Gen. Gerasimov left on Monday.';
    const refs = referencesOf(text).filter(([, kind]) => kind === 'name');
    expect(refs).toEqual([
      ['Valery Gerasimov', 'name', 'Valery Gerasimov'],
      ['Gerasimov', 'name', 'Valery Gerasimov'],
      ['Gerasimov', 'name', 'Valery Gerasimov'],
    ]);
  });

  it("a company's short name joins its full name; an acronym does not join a unit whose name it opens", () => {
    const text = 'Halvard Dynamics Inc said profits rose. Halvard said it would hire. NORA said its NORA Survey Team would report. The Nordic Ocean Research Agency (NORA) agreed.';
    expect(referentOf(analyze(text).coref, text, 'Halvard')).toBe('Halvard Dynamics Inc');
    const { coref } = analyze(text);
    expect(referentOf(coref, text, 'NORA')).toBe('Nordic Ocean Research Agency');
    expect(referentOf(coref, text, 'NORA Survey Team')).toBe('NORA Survey Team');
  });

  it('a family name written first joins the one full name that opens with it ("Wen" → "Wen Haolan")', () => {
    const text = 'Ambassador Wen Haolan said the talks were useful. Wen added that Beijing was patient. Park Min-jun spoke later, and Park said he agreed.';
    const { coref } = analyze(text);
    expect(referentOf(coref, text, 'Wen')).toBe('Wen Haolan');
    expect(referentOf(coref, text, 'Park')).toBe('Park Min-jun');
  });

  it.each([
    { case: 'a capital "The" written mid-sentence is part of the name', text: 'The fund was sold to The Marlow Holding Company, and The Marlow Holding Company said it would keep the staff.', name: 'The Marlow Holding Company' },
    { case: 'a place written so', text: 'The judges met in The Hague on Monday and will meet again in The Hague in May.', name: 'The Hague' },
    { case: 'not when the article also writes "the" in lower case', text: 'A story in The Fenwick Herald said the mill would close. The mayor told the Fenwick Herald that it would not.', name: 'Fenwick Herald' },
    { case: 'not when "The" opens a sentence', text: 'The Fenwick Herald said the mill would close on Friday after a long strike.', name: 'Fenwick Herald' },
    { case: 'not after a colon or a quotation mark', text: 'Its owner said: The Fenwick Herald will close. He added: "The Fenwick Herald has lost money for years."', name: 'Fenwick Herald' },
    { case: 'not in a title-case heading', text: 'Why We Read The Fenwick Herald\n\nThe mill will close, Fenwick Herald editors said.', name: 'Fenwick Herald' },
  ])('$case', ({ text, name }) => {
    const names = analyze(text).coref.referents.map((r) => r.name);
    expect(names).toContain(name);
    // The mention keeps its span without "The", as the entity gold does.
    expect(analyze(text).coref.references.filter((r) => r.kind === 'name').every((r) => !text.slice(r.start, r.end).startsWith('The '))).toBe(true);
  });

  it('joins one person written two ways', () => {
    const { coref } = analyze('Hillary Rodham Clinton spoke in Iowa. Hillary Clinton later met donors.');
    expect(coref.referents.filter((r) => r.type === 'PERSON').map((r) => r.name)).toEqual(['Hillary Rodham Clinton']);
  });

  it('a short given name and a suffix do not split a person; two given names of different genders do', () => {
    const { coref } = analyze('Patrick Quill Jr. was arrested. Pat Quill later said he regretted it. Dan Rowe and Danielle Rowe spoke.');
    expect(coref.referents.filter((r) => r.type === 'PERSON').map((r) => r.name)).toEqual(['Patrick Quill Jr.', 'Dan Rowe', 'Danielle Rowe']);
  });

  it('a name ending on a family name of the story is a person of that family, whatever a cue says of its brand', () => {
    const { coref } = analyze('Dana Quist spoke on Monday. The Tara Quist brand sells shoes, and Tara Quist said she was proud. The Quist Foundation gave $2 million.');
    expect(coref.referents.find((r) => r.name === 'Tara Quist')?.type).toBe('PERSON');
    expect(coref.referents.find((r) => r.name === 'Quist Foundation')?.type).toBe('ORG');
  });

  it('a given name alone joins the one full name it starts', () => {
    const text = 'Bill Rowe spoke in Denver. Later, Bill thanked the crowd.';
    expect(referentOf(analyze(text).coref, text, 'Bill')).toBe('Bill Rowe');
  });

  it('shares a surname two people bear by context: the full name given in the paragraph, else a title\'s gender, else the first named', () => {
    const text = 'Hillary Rowe spoke in Denver. Her husband, Bill Rowe, stayed home. Rowe said the race was close.\n\nMrs. Rowe thanked the crowd.\n\nRowe left early.';
    const { coref } = analyze(text);
    expect([referentOf(coref, text, 'Rowe', 0), referentOf(coref, text, 'Rowe', 1), referentOf(coref, text, 'Rowe', 2)]).toEqual(['Bill Rowe', 'Hillary Rowe', 'Hillary Rowe']);
    expect(coref.references.filter((r) => text.slice(r.start, r.end) === 'Rowe').every((r) => r.ambiguous)).toBe(true);
  });

  it('keeps titles out of the name and gives them to the referent as roles', () => {
    const { coref } = analyze('Senate Majority Leader Mitch Carver spoke. Defense Minister Ivan Petrov, a former general, listened.');
    const carver = coref.referents.find((r) => r.name === 'Mitch Carver');
    const petrov = coref.referents.find((r) => r.name === 'Ivan Petrov');
    expect(carver?.roles.has('leader')).toBe(true);
    expect([...(petrov?.roles ?? [])].sort()).toEqual(['general', 'minister']);
  });
});

describe('coreference: genders', () => {
  const cases: Array<{ name: string; text: string; person: string; gender: 'm' | 'f' | null }> = [
    { name: 'from a given name', text: 'Maria Lopez spoke.', person: 'Maria Lopez', gender: 'f' },
    { name: 'from a title', text: 'Mr. Quist spoke.', person: 'Quist', gender: 'm' },
    { name: 'from a role noun in an appositive', text: 'Jordan Ellery, a spokeswoman for the city, spoke.', person: 'Jordan Ellery', gender: 'f' },
    { name: "from the article's own pronouns", text: 'Sam Pike said he would run. Pike said he was ready.', person: 'Sam Pike', gender: 'm' },
    { name: 'none when nothing tells', text: 'Robin Pike spoke.', person: 'Robin Pike', gender: null },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(analyze(c.text).coref.referents.find((r) => r.name === c.person)?.gender).toBe(c.gender);
    });
  }
});

describe('coreference: descriptions and pronouns', () => {

  it('a description of someone the article met unnamed stays that person, not a named one; a lede\'s unnamed person named next is that name', () => {
    const text = 'Critics say Tom Brand misled the board. "He must answer for Tom Brand\'s deals," said one legal expert. "His friendship with the fund is under review," the expert warned.';
    const { coref } = analyze(text);
    expect(referentOf(coref, text, 'the expert')).toBe('expert');
    const lede = 'A lawmaker in Ostrava wants the tax repealed. Jana Kolar filed the bill on Monday. The lawmaker, who represents a rural district, said the tax hurt farmers.';
    expect(referentOf(analyze(lede).coref, lede, 'The lawmaker')).toBe('Jana Kolar');
    // An age among the modifiers: "a 43-year-old man".
    const aged = 'Dr. Ivo Marsh said a 43-year-old man came to his clinic in May. According to the man, the pills "worked within days."';
    expect(referentOf(analyze(aged).coref, aged, 'the man')).toBe('man');
  });

  it('an unnamed person a description refers back to is a referent without a name, and the pronouns after it are theirs', () => {
    const text = 'Dr. Ivo Marsh runs the clinic. A 43-year-old man came to the clinic in May. The man said the pills helped, and he said they worked within days.';
    const { coref } = analyze(text);
    const man = coref.references.find((r) => text.slice(r.start, r.end) === 'The man')?.referent;
    expect(man?.names).toEqual([]);
    expect(man?.name).toBe('man');
    const he = coref.references.find((r) => r.kind === 'pronoun' && text.slice(r.start, r.end) === 'he');
    expect(he?.referent).toBe(man);
    // No entity for it: entities are named.
    expect(analyze(text).entities.map((e) => e.name)).not.toContain('man');
  });
  it('"the general" is the person the article made a general', () => {
    const text = 'Gen. Mark Olsen visited the base with Peter Lund. The general said the troops were ready.';
    expect(referentOf(analyze(text).coref, text, 'The general')).toBe('Mark Olsen');
  });

  it('a description no role links is read like a pronoun of its gender', () => {
    const text = 'Anna Berg met Tom Hale in Oslo. The actress said she was tired.';
    const { coref } = analyze(text);
    expect(referentOf(coref, text, 'The actress')).toBe('Anna Berg');
    expect(referentOf(coref, text, 'she')).toBe('Anna Berg');
  });

  it('"he" and "she" agree in gender and prefer a subject', () => {
    const text = 'Carl Mott met Dana Reyes in the hall. She said the talks went well, and he agreed.';
    const { coref } = analyze(text);
    expect([referentOf(coref, text, 'She'), referentOf(coref, text, 'he')]).toEqual(['Dana Reyes', 'Carl Mott']);
  });

  it('"he" or "she" never refers to an organization; "it" does', () => {
    const text = 'Brightwater Corp. cut 300 jobs on Monday. It said the market was weak. He said nothing.';
    const { coref } = analyze(text);
    expect(referentOf(coref, text, 'It')).toBe('Brightwater Corp.');
    expect(referentOf(coref, text, 'He')).toBeUndefined();
  });

  it('pronouns and names inside quotation marks are the speaker\'s words, not references', () => {
    const text = 'Ada Park met Lena Vogt. "She told me Tom Hale would win," Park said.';
    const { coref } = analyze(text);
    expect(coref.references.map((r) => text.slice(r.start, r.end))).not.toContain('She');
  });
});

describe('coreference in the output', () => {
  it('an entity lists its name mentions (kind name) and its descriptions and pronouns (references)', () => {
    const text = 'Gen. Mark Olsen visited the base on Monday. The general said the troops were ready, and he thanked them.';
    const olsen = analyze(text).entities.find((e) => e.name === 'Mark Olsen');
    expect(olsen?.mentions.map((m) => [m.text, m.kind, m.title])).toEqual([['Mark Olsen', 'name', 'Gen.']]);
    expect(olsen?.references.map((r) => [r.text, r.kind])).toEqual([['The general', 'description'], ['he', 'pronoun']]);
    expect(olsen?.count).toBe(1);
  });
});
