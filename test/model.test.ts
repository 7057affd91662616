import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { PACKED_MODEL_FILES, packCoreModel, readCoreModel, winkModel } from '../src/nlp/model.js';
import { packageFile } from '../src/paths.js';

const require = createRequire(import.meta.url);

/** Every annotator wink has, so that the model is the package's whole. */
const FULL_PIPE = ['sbd', 'negation', 'sentiment', 'pos', 'ner', 'cer'];

describe("wink's model, put together for a quick start", () => {
  it('the core model equals the one the package builds, once its lazily cut word list is read whole', () => {
    const packaged = (require('wink-eng-lite-web-model') as { core(): Record<string, unknown> }).core();
    const ours = readCoreModel() as unknown as Record<string, unknown>;
    const lexeme = (ours as unknown as ReturnType<typeof readCoreModel>).features.lexeme;
    // Reading every word cuts it out of the packed string and stores it in the list.
    const words = Array.from(lexeme.list);
    expect(words).toEqual((packaged as unknown as ReturnType<typeof readCoreModel>).features.lexeme.list);
    expect(Object.keys(ours).sort()).toEqual(Object.keys(packaged).sort());
    // Key by key, so that a difference names its part of the model.
    for (const key of Object.keys(packaged)) expect([key, ours[key]]).toEqual([key, packaged[key]]);
    // As in the package, "constructor" or "toString" is no word of the lexicon unless listed.
    expect(Object.getPrototypeOf(lexeme.hash)).toBeNull();
    const packagedHash = (packaged as unknown as ReturnType<typeof readCoreModel>).features.lexeme.hash;
    for (const name of ['constructor', 'toString', 'hasOwnProperty', '__proto__']) expect([name, lexeme.hash[name]]).toEqual([name, packagedHash[name]]);
  });

  it('the packed index finds every word at its index, and words wink learns after it', () => {
    const lexeme = readCoreModel().features.lexeme;
    const count = lexeme.list.length;
    for (let i = 0; i < count; i++) expect(lexeme.hash[lexeme.list[i]!]).toBe(i);
    expect(lexeme.hash['precis-unknown-word']).toBeUndefined();
    // As wink learns a word: index set, word pushed.
    lexeme.hash['precis-unknown-word'] = count;
    lexeme.list.push('precis-unknown-word');
    expect(lexeme.hash['precis-unknown-word']).toBe(count);
    expect(lexeme.list[count]).toBe('precis-unknown-word');
    expect('precis-unknown-word' in lexeme.hash).toBe(true);
    // As doc.ts forgets a word learned from one document.
    delete lexeme.hash['precis-unknown-word'];
    expect(lexeme.hash['precis-unknown-word']).toBeUndefined();
  });

  it('the model packed from the package JSON here equals the one the build wrote', () => {
    const json = readFileSync(require.resolve('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json'), 'utf8');
    const packed = packCoreModel(json);
    const words = (JSON.parse(json) as { features: { lexeme: { list: string[] } } }).features.lexeme.list;
    expect(packed.lexemeStarts.length).toBe(words.length + 1);
    for (const index of [0, 5, words.length - 1]) expect(packed.lexemes.toString('utf8', packed.lexemeStarts[index], packed.lexemeStarts[index + 1])).toBe(words[index]);
    // Words with letters beyond ASCII, and the build's files, are the same.
    const accented = words.findIndex((word) => /[^\x00-\x7f]/.test(word));
    expect(packed.lexemes.toString('utf8', packed.lexemeStarts[accented], packed.lexemeStarts[accented + 1])).toBe(words[accented]);
    expect(readFileSync(packageFile(PACKED_MODEL_FILES.lexemes)).equals(packed.lexemes)).toBe(true);
    // At most half full, so a look-up that misses ends soon.
    expect(packed.lexemeIndex.filter((slot) => slot !== 0).length).toBe(words.length);
    expect(packed.lexemeIndex.length).toBeGreaterThanOrEqual(2 * words.length);
  });

  it('each call builds a new core, so a wink instance can be remade with fresh tables', () => {
    const first = readCoreModel();
    first.features.lexeme.list.push('precis-learned-word');
    expect(readCoreModel().features.lexeme.list).not.toContain('precis-learned-word');
  });

  it('gives wink the same annotators and add-ons as the package, the add-ons loaded when asked for', () => {
    const packaged = require('wink-eng-lite-web-model') as Record<string, unknown> & { addons: Record<string, unknown> };
    const ours = winkModel(readCoreModel, FULL_PIPE) as unknown as Record<string, unknown> & { addons: Record<string, unknown> };
    for (const name of ['sbd', 'pos', 'ner', 'negation', 'sa', 'metaCER', 'featureFn']) expect([name, ours[name]]).toEqual([name, packaged[name]]);
    expect(Object.keys(ours.addons).sort()).toEqual(Object.keys(packaged.addons).sort());
    for (const name of ['stem', 'lemmatize', 'readabilityStats']) expect(ours.addons[name]).toBe(packaged.addons[name]);
  });

  it('annotators left out of the pipe get a machine that recognizes nothing, and the rest the package ones', () => {
    const packaged = require('wink-eng-lite-web-model') as Record<string, () => { machines: string[] }>;
    const ours = winkModel(readCoreModel, ['sbd', 'pos', 'ner']) as unknown as Record<string, () => { machines: string[] }>;
    for (const name of ['negation', 'sa']) {
      expect(ours[name]!().machines).toHaveLength(1);
      expect(JSON.parse(ours[name]!().machines[0]!)).toEqual([0, 0, {}, {}, {}, {}]);
    }
    for (const name of ['sbd', 'pos', 'ner']) expect(ours[name]).toBe(packaged[name]);
  });
});
