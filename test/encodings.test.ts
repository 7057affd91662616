/**
 * Pages in legacy encodings, run through the command. Every page is written here as a UTF-8
 * string and encoded to its bytes inside the test, so the expected text is what the test holds.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertValidOutput, runCli, tempTree } from './helpers.js';

/** windows-1252 bytes 0x80–0x9F that this test uses (the WHATWG index); the rest of the range is Latin-1. */
const WINDOWS_1252_EXTRA: Readonly<Record<string, number>> = { '€': 0x80, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97, 'œ': 0x9c };

const reverseTables = new Map<string, Map<string, number[]>>();

/** Byte sequences of every character an encoding decodes to, read off Node's own decoder. */
function reverseTable(encoding: 'windows-1251' | 'shift_jis'): Map<string, number[]> {
  const cached = reverseTables.get(encoding);
  if (cached) return cached;
  const decoder = new TextDecoder(encoding);
  const table = new Map<string, number[]>();
  const add = (bytes: number[]): void => {
    const char = decoder.decode(Uint8Array.from(bytes));
    if ([...char].length === 1 && char !== '\ufffd' && !table.has(char)) table.set(char, bytes);
  };
  for (let byte = 0x80; byte <= 0xff; byte++) add([byte]);
  if (encoding === 'shift_jis') {
    for (let lead = 0x81; lead <= 0xfc; lead++) {
      if (lead > 0x9f && lead < 0xe0) continue;
      for (let trail = 0x40; trail <= 0xfc; trail++) if (trail !== 0x7f) add([lead, trail]);
    }
  }
  reverseTables.set(encoding, table);
  return table;
}

/** `text` encoded as `encoding`; throws on a character the encoding cannot hold. */
function encode(text: string, encoding: 'utf-8' | 'windows-1252' | 'iso-8859-1' | 'windows-1251' | 'shift_jis'): Buffer {
  if (encoding === 'utf-8') return Buffer.from(text, 'utf8');
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else if (encoding === 'iso-8859-1' && code >= 0xa0 && code <= 0xff) bytes.push(code);
    else if (encoding === 'windows-1252' && code >= 0xa0 && code <= 0xff) bytes.push(code);
    else if (encoding === 'windows-1252' && WINDOWS_1252_EXTRA[char] !== undefined) bytes.push(WINDOWS_1252_EXTRA[char]!);
    else if (encoding === 'windows-1251' || encoding === 'shift_jis') {
      const sequence = reverseTable(encoding).get(char);
      if (!sequence) throw new Error(`${encoding} cannot encode ${char}`);
      bytes.push(...sequence);
    } else throw new Error(`${encoding} cannot encode ${char}`);
  }
  return Buffer.from(bytes);
}

interface Story {
  title: string;
  paragraphs: string[];
}

// Invented news stories, one per script.
const FRENCH: Story = {
  title: 'La bibliothèque du quartier rouvre après deux ans de travaux',
  paragraphs: [
    'La bibliothèque municipale a rouvert ses portes lundi, après des travaux qui ont coûté 4 millions d’euros, soit 1 million de plus que prévu.',
    '“C’est un lieu où l’on se retrouve — enfin”, a déclaré la maire, Hélène Garçon, devant une foule de lecteurs venus dès l’ouverture.',
    'Le bâtiment accueille désormais une salle pour les enfants et un café, dont le chœur de l’école voisine a fêté l’ouverture en chantant.',
  ],
};
const GERMAN: Story = {
  title: 'Neue Fähre für den Bodensee',
  paragraphs: [
    'Die neue Fähre über den Bodensee hat am Montag ihren Dienst aufgenommen, teilte der Betreiber in Konstanz mit, drei Monate später als geplant.',
    'Das Schiff fährt mit Strom und bietet Platz für 700 Fahrgäste und 60 Autos, außerdem gibt es größere Stellplätze für Fahrräder an Bord.',
    'Die Überfahrt dauert weiterhin etwa 40 Minuten, die Preise für Einzelfahrten bleiben nach Angaben der Stadtwerke unverändert.',
  ],
};
const RUSSIAN: Story = {
  title: 'Ночные автобусы дойдут до северных пригородов',
  paragraphs: [
    'Городской совет во вторник проголосовал за продление ночного автобусного маршрута до северных пригородов, чего жители добивались много лет.',
    'Автобусы будут ходить каждые двадцать минут с полуночи до пяти утра по будням и каждые пятнадцать минут по выходным, говорится в заявлении совета.',
    '«Продление обойдётся примерно в два миллиона евро в год», — сообщила журналистам председатель совета Анна Ершова.',
  ],
};
const JAPANESE: Story = {
  title: '夜行バス、北部の郊外まで延長',
  paragraphs: [
    '市議会は火曜日、北部の郊外まで夜行バスの運行を延長することを決めた。住民は長年、この延長を求めていた。',
    'バスは平日の深夜零時から午前五時まで二十分ごとに運行し、週末は十五分ごとに運行すると、市は声明で述べた。',
    '延長にかかる費用は年間約二百万ユーロで、三月に承認された予算によると、駐車料金から支払われる。',
  ],
};

/** A page of `story` with `head` markup (a charset declaration or none). */
function page(story: Story, head: string): string {
  const paragraphs = story.paragraphs.map((p) => `<p>${p}</p>`).join('\n');
  return `<!doctype html>\n<html><head>${head}<title>${story.title}</title></head>\n<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>\n<article><h1>${story.title}</h1>\n<div class="story-body">\n${paragraphs}\n</div></article></body></html>\n`;
}

interface Output {
  body: string;
  meta: { title: string };
  source: { encoding: string; encodingSource: string };
}

function run(bytes: Buffer, extra: string[] = []): Output {
  const dir = tempTree({ 'page.html': bytes });
  const result = runCli(['--json', '--include-body', ...extra, join(dir, 'page.html')]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  const output = JSON.parse(result.stdout) as Output;
  assertValidOutput(output);
  return output;
}

describe('pages in legacy encodings, through the command', () => {
  const cases: Array<{ name: string; story: Story; bytes: Buffer; args?: string[]; encoding: string; source: string }> = [
    {
      name: 'windows-1252 with <meta charset> (curly quotes, dashes, € and œ from 0x80–0x9F)',
      story: FRENCH,
      bytes: encode(page(FRENCH, '<meta charset="windows-1252">'), 'windows-1252'),
      encoding: 'windows-1252',
      source: 'meta',
    },
    {
      name: 'ISO-8859-1 with <meta charset>, decoded as windows-1252 (the WHATWG label mapping)',
      story: GERMAN,
      bytes: encode(page(GERMAN, '<meta charset="ISO-8859-1">'), 'iso-8859-1'),
      encoding: 'windows-1252',
      source: 'meta',
    },
    {
      name: 'windows-1251 (Cyrillic) with http-equiv',
      story: RUSSIAN,
      bytes: encode(page(RUSSIAN, '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'), 'windows-1251'),
      encoding: 'windows-1251',
      source: 'meta',
    },
    {
      name: 'Shift_JIS (Japanese) with <meta charset>',
      story: JAPANESE,
      bytes: encode(page(JAPANESE, '<meta charset="Shift_JIS">'), 'shift_jis'),
      encoding: 'shift_jis',
      source: 'meta',
    },
    {
      name: 'UTF-8 declaring nothing',
      story: RUSSIAN,
      bytes: encode(page(RUSSIAN, ''), 'utf-8'),
      encoding: 'utf-8',
      source: 'utf-8',
    },
    {
      name: 'UTF-8 wrongly declaring windows-1252: valid UTF-8 wins',
      story: FRENCH,
      bytes: encode(page(FRENCH, '<meta charset="windows-1252">'), 'utf-8'),
      encoding: 'utf-8',
      source: 'utf-8',
    },
    {
      name: 'windows-1252 declaring nothing: the fallback',
      story: FRENCH,
      bytes: encode(page(FRENCH, ''), 'windows-1252'),
      encoding: 'windows-1252',
      source: 'fallback',
    },
    {
      name: '--encoding decodes an undeclared windows-1251 page',
      story: RUSSIAN,
      bytes: encode(page(RUSSIAN, ''), 'windows-1251'),
      args: ['--encoding', 'cp1251'],
      encoding: 'windows-1251',
      source: 'option',
    },
    {
      name: '--encoding wins over a wrong declaration',
      story: JAPANESE,
      bytes: encode(page(JAPANESE, '<meta charset="windows-1252">'), 'shift_jis'),
      args: ['--encoding', 'sjis'],
      encoding: 'shift_jis',
      source: 'option',
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const output = run(c.bytes, c.args);
      expect(output.source).toMatchObject({ encoding: c.encoding, encodingSource: c.source });
      expect(output.body).toBe(c.story.paragraphs.join('\n\n'));
      expect(output.meta.title).toBe(c.story.title);
    });
  }

  it('the test pages really are in their encodings (not UTF-8)', () => {
    for (const [story, encoding] of [[FRENCH, 'windows-1252'], [RUSSIAN, 'windows-1251'], [JAPANESE, 'shift_jis']] as const) {
      const bytes = encode(story.paragraphs[0]!, encoding);
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    }
  });

  it('--encoding wins over valid UTF-8 too (the bytes are read as told)', () => {
    const output = run(encode(page(FRENCH, ''), 'utf-8'), ['--encoding', 'windows-1252']);
    expect(output.source).toMatchObject({ encoding: 'windows-1252', encodingSource: 'option' });
    expect(output.body).toContain('Ã©');
    expect(output.body).not.toContain('é');
  });

  it('a legacy page without a declaration loses nothing but its non-Latin letters', () => {
    // Cyrillic bytes read as windows-1252 come out as Latin letters: the page is still summarized.
    const output = run(encode(page(RUSSIAN, ''), 'windows-1251'));
    expect(output.source).toMatchObject({ encoding: 'windows-1252', encodingSource: 'fallback' });
    expect(output.body).not.toMatch(/[\u0400-\u04ff]/);
    expect(output.body.length).toBeGreaterThan(0);
  });
});
