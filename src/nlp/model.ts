/**
 * wink's English model, put together for a quick start. The package's own entry point parses its
 * 3 MB core model when it is imported, parses it a second time to copy it on every `core()`, and
 * decodes its lexicon a character at a time: about 130 ms before the first article, which a
 * one-file run (`precis story.html` in a shell loop) pays every time. This module reads the same
 * files once each, when the first text is analyzed, and gives wink the same model.
 *
 * `test/model.test.ts` checks that the core built here equals the one the package builds.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Model, WinkMethods } from 'wink-nlp';

const require = createRequire(import.meta.url);

/** Where the model package keeps its loaders and data (it has no export map, so its files can be named). */
const MODEL_FILES = 'wink-eng-lite-web-model/dist/';

/** A feature of the core model: its values in order and, for looked-up features, a value's index. */
interface Feature {
  list: string[];
  hash?: Record<string, number>;
  intrinsicSize?: number;
  index?: number;
  maxIndex?: number;
}

/** The parts of the core model this module prepares; wink reads the rest as stored. */
interface CoreModel {
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
  /** Per feature: [word, bit offset, bit mask width, is computed (1) or looked up (0), is an extra feature]. */
  packing: { layout: Record<string, number[]>; efList?: string[] };
  features: Record<string, Feature> & { lexeme: Feature; posClusters: { list: Array<string | Set<number>> } };
  pos: { hash: Record<string, number> };
}

/** Index of the "looked up" flag in a feature's packing layout (0: a table of values). */
const LAYOUT_LOOKED_UP = 3;
/** Index of the "extra feature" flag in a feature's packing layout. */
const LAYOUT_EXTRA = 4;

/** The base64 text of a packed table, as the 32-bit words wink reads (in the machine's byte order, as the package decodes it). */
function words32(base64: string): Uint32Array {
  const bytes = Buffer.from(base64, 'base64');
  // A fresh, aligned buffer: Node may hand out a slice of a shared pool at any offset.
  return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

/** A value → index table without a prototype, so that "constructor" is no word of it. */
function indexOf(list: string[]): Record<string, number> {
  // Built on a plain object and detached after: V8 fills those twice as fast.
  const hash: Record<string, number> = {};
  for (let i = 0; i < list.length; i++) hash[list[i]!] = i;
  Object.setPrototypeOf(hash, null);
  return hash;
}

/**
 * The same table for the lexicon's 87,600 words, kept in a Map behind an object's face (wink and
 * `nlp/doc.ts` read, add and delete words with `hash[word]`): a Map of that size fills in about
 * half the time of an object, 20 ms of every run, and a look-up through it costs no more.
 */
function mapIndexOf(list: string[]): Record<string, number> {
  const index = new Map<string, number>();
  for (let i = 0; i < list.length; i++) index.set(list[i]!, i);
  return new Proxy(Object.create(null) as Record<string, number>, {
    get: (_, word) => (typeof word === 'string' ? index.get(word) : undefined),
    set: (_, word, value: number) => typeof word === 'string' && (index.set(word, value), true),
    has: (_, word) => typeof word === 'string' && index.has(word),
    deleteProperty: (_, word) => typeof word === 'string' && (index.delete(word), true),
    ownKeys: () => [...index.keys()],
    getOwnPropertyDescriptor: (_, word) => (typeof word === 'string' && index.has(word) ? { value: index.get(word), writable: true, enumerable: true, configurable: true } : undefined),
  });
}

/**
 * Builds the core model (lexicon, features, clusters) from the package's data file: a new object
 * each call, as wink grows its tables with the words it meets.
 */
export function readCoreModel(): CoreModel {
  const path = require.resolve(`${MODEL_FILES}languages/cur/models/eng-core-web-model.json`);
  const model = JSON.parse(readFileSync(path, 'utf8')) as CoreModel;
  model.lexicon = words32(model.lexicon as string);
  model.xpansions = words32(model.xpansions as string);
  const { layout } = model.packing;
  const extras: string[] = [];
  for (const name of Object.keys(layout)) {
    const feature = model.features[name]!;
    if (layout[name]![LAYOUT_LOOKED_UP] === 0) {
      feature.hash = indexOf(feature.list);
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = layout[name]![1]! >>> layout[name]![2]!;
    }
    if (layout[name]![LAYOUT_EXTRA] === 1) extras.push(name);
  }
  model.packing.efList = extras;
  const lexeme = model.features.lexeme;
  lexeme.hash = mapIndexOf(lexeme.list);
  lexeme.intrinsicSize = lexeme.list.length;
  lexeme.index = lexeme.list.length;
  const clusters = model.features.posClusters.list;
  for (let i = 0; i < clusters.length; i++) {
    clusters[i] = new Set((clusters[i] as string).split('_').map((tag) => model.pos.hash[tag] || 0));
  }
  return model;
}

/** A loader of the package, by file name (each returns the part of the model it names). */
function part(file: string): unknown {
  return require(`${MODEL_FILES}${file}`);
}

/**
 * The model object wink-nlp takes, with `core` built by {@link readCoreModel}. Add-ons no stage
 * reads (lemmas, stems, readability) are loaded only if something asks for them: the lemmatizer's
 * word lists alone are 220 KB of code.
 */
export function winkModel(core: () => CoreModel): Model {
  const addons = {} as Record<string, unknown>;
  for (const [name, file] of [['stem', 'porter-stemmer.js'], ['lemmatize', 'lemmatize.js'], ['readabilityStats', 'readability-stats.js']] as const) {
    Object.defineProperty(addons, name, { enumerable: true, get: () => part(file) });
  }
  addons['wordVectors'] = undefined;
  return {
    core,
    sbd: part('load-sbd-model.js'),
    pos: part('load-pos-model.js'),
    ner: part('load-ner-model.js'),
    negation: part('load-negation-model.js'),
    sa: part('load-sa-model.js'),
    metaCER: part('load-cer-meta-model.js'),
    featureFn: part('feature.js'),
    addons,
  } as unknown as Model;
}

/** wink-nlp's constructor, loaded with the first text analyzed. */
export function loadWink(): (model: Model, pipe: string[]) => WinkMethods {
  return require('wink-nlp') as (model: Model, pipe: string[]) => WinkMethods;
}
