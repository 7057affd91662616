import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectLanguage, languageName } from '../src/language/detect.js';
import { summarizeInput } from '../src/pipeline.js';
import { runCli } from './helpers.js';

/** Short news texts written for these tests, one per language. */
const TEXTS: Record<string, string> = {
  en: 'The harbour council voted on Monday to raise ferry fares by 8 percent from January, after the fuel bill doubled in two years, its chair said.',
  de: 'Der Stadtrat hat am Montag beschlossen, die Fährpreise ab Januar um acht Prozent zu erhöhen, nachdem sich die Treibstoffkosten in zwei Jahren verdoppelt haben.',
  fr: 'Le conseil municipal a voté lundi une hausse de huit pour cent des tarifs du ferry à partir de janvier, après le doublement de la facture de carburant.',
  es: 'El consejo municipal votó el lunes subir un ocho por ciento las tarifas del ferri a partir de enero, después de que la factura del combustible se duplicara.',
  it: 'Il consiglio comunale ha votato lunedì un aumento dell’otto per cento delle tariffe del traghetto da gennaio, dopo il raddoppio della bolletta del carburante.',
  pt: 'A câmara municipal votou na segunda-feira um aumento de oito por cento nas tarifas do ferry a partir de janeiro, depois de a conta de combustível duplicar.',
  ru: 'Городской совет в понедельник проголосовал за повышение тарифов на паром на восемь процентов с января после того, как расходы на топливо удвоились.',
  ja: '市議会は月曜日、燃料費が二年で倍増したことを受け、一月からフェリー運賃を八パーセント引き上げることを決めた。',
};

describe('detectLanguage', () => {
  it.each(Object.entries(TEXTS))('%s news text', (code, text) => {
    expect(detectLanguage(text, null)).toEqual({ language: code, source: 'text' });
  });

  it('the text overrules the page\'s declaration', () => {
    expect(detectLanguage(TEXTS['de']!, 'en-US')).toEqual({ language: 'de', source: 'text' });
    expect(detectLanguage(TEXTS['en']!.repeat(3), 'de')).toEqual({ language: 'en', source: 'text' });
  });

  it('a text too short to tell takes the declared language, or und', () => {
    expect(detectLanguage('Fährpreise steigen', 'de-AT')).toEqual({ language: 'de', source: 'declared' });
    expect(detectLanguage('Ferry fares rise', null)).toEqual({ language: 'und', source: 'text' });
  });

  it('English full of foreign names stays English', () => {
    const text = 'Manny Pacquiao met Jose Rizal Mercado and Lapu-Lapu Dela Cruz in Manila on Tuesday, where the senator said the bout with Juan Manuel Marquez would go ahead.';
    expect(detectLanguage(text, null).language).toBe('en');
  });
});

describe('languageName', () => {
  it.each([['de', 'German'], ['ja', 'Japanese'], ['und', 'und']])('%s → %s', (code, name) => {
    expect(languageName(code)).toBe(name === 'und' ? languageName('und') : name);
  });
});

describe('only English text is analyzed', () => {
  const german = `${TEXTS['de']} „Wir haben die Preise so lange gehalten, wie wir konnten“, sagte die Vorsitzende Nadia Osei am Montag in Hamburg.`;

  it('a German article keeps its body and counts, with no analysis and a warning', () => {
    const summary = summarizeInput({ content: german, format: 'text', kind: 'string', name: 'de' });
    expect(summary.meta.language).toBe('de');
    expect(summary.meta.sources.language).toBe('text');
    expect(summary.body).toBe(german);
    expect(summary.stats.words).toBeGreaterThan(20);
    expect([summary.entities, summary.quotes, summary.keySentences, summary.keywords, summary.figures]).toEqual([[], [], [], [], []]);
    expect(summary.warnings.join(' ')).toMatch(/in German \(de\); precis analyzes English only/);
  });

  it('--language en forces English analysis; another code turns it off', () => {
    const forced = summarizeInput({ content: german, format: 'text', kind: 'string', name: 'de' }, { language: 'en' });
    expect(forced.meta).toMatchObject({ language: 'en', sources: { language: 'option' } });
    expect(forced.keySentences.length).toBeGreaterThan(0);
    expect(forced.warnings.join(' ')).not.toMatch(/analyzes English only/);
    const off = summarizeInput({ content: TEXTS['en']!, format: 'text', kind: 'string', name: 'en' }, { language: 'fr' });
    expect(off.meta.language).toBe('fr');
    expect(off.keySentences).toEqual([]);
  });

  it('words of a language written without spaces are counted by character', () => {
    const summary = summarizeInput({ content: TEXTS['ja']!, format: 'text', kind: 'string', name: 'ja' });
    const unspaced = TEXTS['ja']!.match(/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/gu)!.length;
    expect(summary.stats.words).toBe(unspaced);
    expect(summary.stats.readingMinutes).toBe(1);
  });

  it('an English article is analyzed as before', () => {
    const summary = summarizeInput({ content: TEXTS['en']!, format: 'text', kind: 'string', name: 'en' });
    expect(summary.meta.language).toBe('en');
    expect(summary.keySentences.length).toBeGreaterThan(0);
    expect(summary.warnings).toEqual([]);
  });

  it('the CLI refuses a --language that is not a two-letter code', () => {
    const result = runCli(['--language', 'english', '-'], TEXTS['en']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--language "english" is not a two-letter ISO 639-1 code/);
  });
});

describe('fixture pages, one per language: the expected JSON', () => {
  const fixture = (name: string): string => readFileSync(new URL(`../fixtures/pages/${name}`, import.meta.url), 'utf8');

  it.each(['de', 'fr', 'es', 'ru', 'zh'])('lang-%s.html', (code) => {
    const summary = summarizeInput({ content: fixture(`lang-${code}.html`), format: 'html', kind: 'string', name: `lang-${code}.html` });
    const { title, authors, published, siteName, language, sources } = summary.meta;
    const { extraction, stats, warnings, entities, quotes, keySentences, keywords, figures, body } = summary;
    const actual = { meta: { title, authors, published, siteName, language, sources }, extraction, stats, warnings, entities, quotes, keySentences, keywords, figures, body };
    expect(actual).toEqual(JSON.parse(fixture(`lang-${code}.expected.json`)));
  });
});
