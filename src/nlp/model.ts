/**
 * wink's English model, put together for a quick start. The package's own entry point parses its
 * 3 MB core model when it is imported, parses it a second time to copy it on every `core()`, and
 * decodes its lexicon a character at a time: about 130 ms before the first article, which a
 * one-file run (`precis story.html` in a shell loop) pays every time. This module reads the same
 * files once each, when the first text is analyzed, and gives wink the same model.
 *
 * `test/model.test.ts` checks that the core built here equals the one the package builds.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import winkNLP, { type Model, type WinkMethods } from 'wink-nlp';
// The parts of the model every run reads, imported so that the command line's one-file build
// holds them (about 9 ms less than loading them by name); the rest is loaded by name when asked for.
import featureFunctions from 'wink-eng-lite-web-model/dist/feature.js';
import loadCerMetaModel from 'wink-eng-lite-web-model/dist/load-cer-meta-model.js';
import loadNerModel from 'wink-eng-lite-web-model/dist/load-ner-model.js';
import loadPosModel from 'wink-eng-lite-web-model/dist/load-pos-model.js';
import loadSbdModel from 'wink-eng-lite-web-model/dist/load-sbd-model.js';
import { packageFile } from '../paths.js';

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

/** FNV-1a over a word's UTF-16 code units: where a word sits in the packed lexeme index. */
export function lexemeHash(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * The word → index table of the lexicon's 87,600 words, built when the package is built
 * (open addressing, linear probing, at most half full; a slot holds a word's index + 1, 0 is
 * empty). Building a Map or an object of that size took 20 ms of every run; this is read as it
 * is stored. It is shared, never written: words wink learns go to `learned`.
 */
function packedLexemeIndex(words: string[], table: Uint32Array): Record<string, number> {
  const mask = table.length - 1;
  const intrinsic = words.length;
  const learned = new Map<string, number>();
  const find = (word: string): number | undefined => {
    for (let slot = lexemeHash(word) & mask; ; slot = (slot + 1) & mask) {
      const entry = table[slot]!;
      if (entry === 0) return learned.get(word);
      if (words[entry - 1] === word) return entry - 1;
    }
  };
  // wink and `nlp/doc.ts` read, add and delete words with `hash[word]`; only learned words are
  // ever deleted (doc.ts forgets words it learned from one document).
  return new Proxy(Object.create(null) as Record<string, number>, {
    get: (_, word) => (typeof word === 'string' ? find(word) : undefined),
    set: (_, word, value: number) => typeof word === 'string' && (learned.set(word, value), true),
    has: (_, word) => typeof word === 'string' && find(word) !== undefined,
    deleteProperty: (_, word) => typeof word === 'string' && (learned.delete(word), true),
    ownKeys: () => [...new Set([...words.slice(0, intrinsic), ...learned.keys()])],
    getOwnPropertyDescriptor: (_, word) => {
      const index = typeof word === 'string' ? find(word) : undefined;
      return index === undefined ? undefined : { value: index, writable: true, enumerable: true, configurable: true };
    },
  });
}

/**
 * The lexeme list wink reads by index (and pushes the words it learns onto): an array of the
 * lexicon's length whose words are decoded from the packed bytes when first read. Decoding all
 * 87,600 at start took about 13 ms, and moving them out of the young generation as much garbage
 * collection again; a short article reads a few hundred. The array starts with holes, and a
 * read of a hole falls through to its prototype, which decodes the word and stores it in the array.
 */
function lazyWordList(packed: Buffer, starts: Uint32Array): string[] {
  const intrinsic = starts.length - 1;
  const list = new Array<string>(intrinsic);
  const undecoded = (key: string | symbol): number => {
    const index = typeof key === 'string' ? Number(key) : -1;
    return Number.isInteger(index) && index >= 0 && index < intrinsic ? index : -1;
  };
  const decoder = new Proxy(Array.prototype, {
    get(prototype, key, receiver) {
      const index = receiver === list ? undecoded(key) : -1;
      if (index < 0) return Reflect.get(prototype, key, receiver) as unknown;
      const word = packed.toString('utf8', starts[index], starts[index + 1]);
      Object.defineProperty(list, index, { value: word, writable: true, enumerable: true, configurable: true });
      return word;
    },
    // `i in list` (and so slice, indexOf …) sees every word, decoded or not.
    has: (prototype, key) => undecoded(key) >= 0 || Reflect.has(prototype, key),
  });
  Object.setPrototypeOf(list, decoder);
  return list;
}

/** The core model as the build stores it (`dist/model/`), the parts that are slow to read out of JSON apart. */
export interface PackedCoreModel {
  /** The model without `lexicon`, `xpansions` and the lexeme list, as JSON text. */
  rest: string;
  lexicon: Uint32Array;
  xpansions: Uint32Array;
  /** The lexeme list's words one after the other, in UTF-8. */
  lexemes: Buffer;
  /** Where each word of `lexemes` starts, and the end of the last, in bytes. */
  lexemeStarts: Uint32Array;
  /** The lexemes' hash table, see {@link packedLexemeIndex}. */
  lexemeIndex: Uint32Array;
}

/** Packs the package's core model JSON: what the build writes to `dist/model/` (scripts/pack-model.mjs). */
export function packCoreModel(json: string): PackedCoreModel {
  const model = JSON.parse(json) as CoreModel;
  const words = model.features.lexeme.list;
  let size = 1;
  while (size < words.length * 2) size *= 2;
  const table = new Uint32Array(size);
  words.forEach((word, index) => {
    let slot = lexemeHash(word) & (size - 1);
    // A repeated word keeps its last index, as an object or a Map filled in order would.
    while (table[slot] !== 0 && words[table[slot]! - 1] !== word) slot = (slot + 1) & (size - 1);
    table[slot] = index + 1;
  });
  const lexicon = words32(model.lexicon as string);
  const xpansions = words32(model.xpansions as string);
  const encoded = words.map((word) => Buffer.from(word, 'utf8'));
  if (encoded.some((bytes, index) => bytes.toString('utf8') !== words[index])) throw new Error("A word of wink's lexicon is not well-formed UTF-16, so its UTF-8 would not give it back.");
  const lexemes = Buffer.concat(encoded);
  const lexemeStarts = new Uint32Array(words.length + 1);
  for (let i = 0; i < words.length; i++) lexemeStarts[i + 1] = lexemeStarts[i]! + encoded[i]!.length;
  const rest = JSON.stringify({ ...model, lexicon: '', xpansions: '', features: { ...model.features, lexeme: { ...model.features.lexeme, list: [] } } });
  return { rest, lexicon, xpansions, lexemes, lexemeStarts, lexemeIndex: table };
}

/** The files of the packed model, by part, under the package root. */
export const PACKED_MODEL_FILES = {
  rest: 'dist/model/core.json',
  lexicon: 'dist/model/lexicon.u32',
  xpansions: 'dist/model/xpansions.u32',
  lexemes: 'dist/model/lexemes.utf8',
  lexemeStarts: 'dist/model/lexeme-starts.u32',
  lexemeIndex: 'dist/model/lexeme-index.u32',
} as const;

/** A file's bytes as 32-bit words (an aligned copy). */
function readWords32(path: string): Uint32Array {
  const bytes = readFileSync(path);
  return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

/** The packed model: the build's files, or, where precis runs unbuilt (tests from src/), packed here from the package's JSON. */
function readPackedModel(): PackedCoreModel {
  const file = (part: keyof typeof PACKED_MODEL_FILES): string => packageFile(PACKED_MODEL_FILES[part]);
  if (!existsSync(file('lexemeIndex'))) {
    return packCoreModel(readFileSync(require.resolve(`${MODEL_FILES}languages/cur/models/eng-core-web-model.json`), 'utf8'));
  }
  return {
    rest: readFileSync(file('rest'), 'utf8'),
    lexicon: readWords32(file('lexicon')),
    xpansions: readWords32(file('xpansions')),
    lexemes: readFileSync(file('lexemes')),
    lexemeStarts: readWords32(file('lexemeStarts')),
    lexemeIndex: readWords32(file('lexemeIndex')),
  };
}

/**
 * Builds the core model (lexicon, features, clusters) from the packed model: a new object each
 * call, as wink grows its tables with the words it meets.
 */
export function readCoreModel(): CoreModel {
  const packed = readPackedModel();
  const model = JSON.parse(packed.rest) as CoreModel;
  model.lexicon = packed.lexicon;
  model.xpansions = packed.xpansions;
  const { layout } = model.packing;
  const extras: string[] = [];
  for (const name of Object.keys(layout)) {
    const feature = model.features[name]!;
    if (layout[name]![LAYOUT_LOOKED_UP] === 0) {
      // The lexemes' table is the packed one, below.
      if (name !== 'lexeme') feature.hash = indexOf(feature.list);
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = layout[name]![1]! >>> layout[name]![2]!;
    }
    if (layout[name]![LAYOUT_EXTRA] === 1) extras.push(name);
  }
  model.packing.efList = extras;
  const lexeme = model.features.lexeme;
  lexeme.list = lazyWordList(packed.lexemes, packed.lexemeStarts);
  lexeme.hash = packedLexemeIndex(lexeme.list, packed.lexemeIndex);
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
 * What wink's set-up reads of an annotator that is left out of the pipe: a machine that
 * recognizes nothing, and no setter. wink sets up its sentiment and negation annotators whatever
 * the pipe says; their machines are 400 KB of JSON, parsed twice, which a run would read for
 * nothing (about 7 ms).
 */
const ANNOTATOR_LEFT_OUT = { machines: [JSON.stringify([0, 0, {}, {}, {}, {}])], setter: () => undefined };

/** The annotators of wink's pipe whose model an instance can be made without, by the model file that loads each. */
const OPTIONAL_ANNOTATORS = { negation: 'load-negation-model.js', sentiment: 'load-sa-model.js' } as const;

/**
 * The model object wink-nlp takes, with `core` built by {@link readCoreModel}, for an instance
 * that runs the annotators of `pipe`. Add-ons no stage reads (lemmas, stems, readability) are
 * loaded only if something asks for them: the lemmatizer's word lists alone are 220 KB of code.
 */
export function winkModel(core: () => CoreModel, pipe: readonly string[]): Model {
  const addons = {} as Record<string, unknown>;
  for (const [name, file] of [['stem', 'porter-stemmer.js'], ['lemmatize', 'lemmatize.js'], ['readabilityStats', 'readability-stats.js']] as const) {
    Object.defineProperty(addons, name, { enumerable: true, get: () => part(file) });
  }
  addons['wordVectors'] = undefined;
  const optional = (annotator: keyof typeof OPTIONAL_ANNOTATORS): unknown => (pipe.includes(annotator) ? part(OPTIONAL_ANNOTATORS[annotator]) : () => ANNOTATOR_LEFT_OUT);
  return {
    core,
    sbd: loadSbdModel,
    pos: loadPosModel,
    ner: loadNerModel,
    negation: optional('negation'),
    sa: optional('sentiment'),
    metaCER: loadCerMetaModel,
    featureFn: featureFunctions,
    addons,
  } as unknown as Model;
}

/** wink-nlp's constructor (the build bundles it with the command line). */
export function loadWink(): (model: Model, pipe: string[]) => WinkMethods {
  return winkNLP as unknown as (model: Model, pipe: string[]) => WinkMethods;
}
