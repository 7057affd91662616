#!/usr/bin/env node
/**
 * Builds src/data/entity-words.bin, the phrase table the entity stage reads at run time, from
 * the word lists committed beside it: src/data/entity-gazetteer.json (countries, cities, first
 * names, dictionary words; made by scripts/build-entity-gazetteer.mjs), src/data/entity-common-words.json
 * (made by scripts/train-entity-model.mjs) and the hand-written lists of src/language/.
 * Rerun it (after `npx tsc -p .`) whenever one of them changes; a unit test fails until then. Run after `npx tsc -p .`: it uses the compiled
 * hashing code, so the table and the run-time lookups agree.
 *
 *   node scripts/build-entity-words.mjs
 *
 * The training script calls buildEntityWords() itself after writing the common words.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { PhraseTable } from '../dist/analyze/entities/tables.js';
import { SHIPPED_CLASSES as CLS, WORDS_FILE, encodeWordTable, lexiconEntries } from '../dist/analyze/entities/lexicon.js';

const dataDir = new URL('../src/data/', import.meta.url);

export function buildEntityWords() {
  const gazetteer = JSON.parse(readFileSync(new URL('entity-gazetteer.json', dataDir), 'utf8'));
  const common = JSON.parse(readFileSync(new URL('entity-common-words.json', dataDir), 'utf8'));
  const entries = [];
  for (const c of gazetteer.countries) entries.push([c, CLS.country]);
  for (const c of gazetteer.cities) entries.push([c, CLS.city]);
  for (const n of gazetteer.firstNames) entries.push([n, CLS.first]);
  for (const w of gazetteer.dictionaryWords) entries.push([w, CLS.dict]);
  for (const w of common.words) entries.push([w, CLS.common]);
  entries.push(...lexiconEntries());
  const table = PhraseTable.build(entries);
  const bytes = encodeWordTable(table);
  writeFileSync(WORDS_FILE, bytes);
  console.error(`wrote ${WORDS_FILE}: ${entries.length} entries, ${table.slots.length >> 1} slots, ${bytes.length} bytes`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) buildEntityWords();
