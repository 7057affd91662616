// wink's core model packed for a quick start (src/nlp/model.ts, packCoreModel): its 32-bit
// tables as raw bytes, its 87,600 words one after the other and their hash table, so that a run reads
// them as stored instead of parsing 3 MB of JSON and indexing every word (about 45 ms a run).
// Made from the installed package at build time; nothing is downloaded.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { packCoreModel, PACKED_MODEL_FILES } = await import(join(root, 'dist', 'nlp', 'model.js'));
const require = createRequire(import.meta.url);
const packed = packCoreModel(readFileSync(require.resolve('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json'), 'utf8'));
for (const [part, path] of Object.entries(PACKED_MODEL_FILES)) {
  const value = packed[part];
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), typeof value === 'string' ? value : new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
}
