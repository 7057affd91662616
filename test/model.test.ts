import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { readCoreModel, winkModel } from '../src/nlp/model.js';

const require = createRequire(import.meta.url);

describe("wink's model, put together for a quick start", () => {
  it('the core model equals the one the package builds', () => {
    const packaged = (require('wink-eng-lite-web-model') as { core(): Record<string, unknown> }).core();
    const ours = readCoreModel() as unknown as Record<string, unknown>;
    expect(Object.keys(ours).sort()).toEqual(Object.keys(packaged).sort());
    // Key by key, so that a difference names its part of the model.
    for (const key of Object.keys(packaged)) expect([key, ours[key]]).toEqual([key, packaged[key]]);
    // As in the package, "constructor" or "toString" is no word of the lexicon unless listed.
    const lexeme = (ours as unknown as ReturnType<typeof readCoreModel>).features.lexeme;
    expect(Object.getPrototypeOf(lexeme.hash)).toBeNull();
  });

  it('each call builds a new core, so a wink instance can be remade with fresh tables', () => {
    const first = readCoreModel();
    first.features.lexeme.list.push('precis-learned-word');
    expect(readCoreModel().features.lexeme.list).not.toContain('precis-learned-word');
  });

  it('gives wink the same annotators and add-ons as the package, the add-ons loaded when asked for', () => {
    const packaged = require('wink-eng-lite-web-model') as Record<string, unknown> & { addons: Record<string, unknown> };
    const ours = winkModel(readCoreModel) as unknown as Record<string, unknown> & { addons: Record<string, unknown> };
    for (const name of ['sbd', 'pos', 'ner', 'negation', 'sa', 'metaCER', 'featureFn']) expect([name, ours[name]]).toEqual([name, packaged[name]]);
    expect(Object.keys(ours.addons).sort()).toEqual(Object.keys(packaged.addons).sort());
    for (const name of ['stem', 'lemmatize', 'readabilityStats']) expect(ours.addons[name]).toBe(packaged.addons[name]);
  });
});
