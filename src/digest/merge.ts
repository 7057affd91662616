/**
 * Digests read back for `precis digest --merge`: a digest's JSON carries the signature of every
 * article it was made from, so digests made apart (shards of a crawl on several machines) merge
 * into the digest of all their articles by grouping those signatures again, in file order. The
 * files come from elsewhere: each is checked to be a precis digest of this major version with
 * signatures of this version, and each signature to have the shape `articleSignature` gives it
 * (its lists cut to the caps a signature has), so a hand-edited file cannot make the digest big.
 */
import type { EntityType, QuoteKind } from '../summary.js';
import {
  type ArticleSignature, MAX_SIGNATURE_ALIASES, MAX_SIGNATURE_DATES, MAX_SIGNATURE_ENTITIES, MAX_SIGNATURE_FIGURES, MAX_SIGNATURE_QUOTES, MAX_SIGNATURE_SENTENCES,
  MAX_SIGNATURE_TERMS, MAX_SIGNATURE_TITLE_WORDS, MAX_SIGNATURE_WORDS, SIGNATURE_VERSION, type SignatureEntity, type SignatureQuote,
} from './signature.js';
import { DIGEST_SCHEMA_VERSION } from './types.js';

/** Why a file cannot be merged: its `message` is one sentence naming it. */
export class DigestReadError extends Error {
  override readonly name = 'DigestReadError';
}

/** The major part of a schema version ("1" of "1.0"). */
function major(version: string): string {
  return version.split('.')[0]!;
}

/** Entity types a signature may name: those of a summary (the compiler checks the list is whole). */
const ENTITY_TYPES: Readonly<Record<EntityType, true>> = { PERSON: true, ORG: true, PLACE: true, NORP: true, EVENT: true, WORK: true, PRODUCT: true, LAW: true, MISC: true };

/** A value of a signature read from a file, or the reason it is not one. */
class Malformed extends Error {}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A string of the signature. Its length is not checked: the file is already read, and the lists
 * holding strings are cut to their caps.
 */
function text(value: unknown, field: string): string {
  if (typeof value !== 'string') throw new Malformed(field);
  return value;
}

function textOrNull(value: unknown, field: string): string | null {
  return value === null ? null : text(value, field);
}

function count(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw new Malformed(field);
  return value;
}

function share(value: unknown, field: string): number {
  if (typeof value !== 'number' || !(value >= 0 && value <= 1)) throw new Malformed(field);
  return value;
}

/** `value` as a list, its first `limit` items read by `item`. */
function list<T>(value: unknown, field: string, limit: number, item: (each: unknown, field: string) => T): T[] {
  if (!Array.isArray(value)) throw new Malformed(field);
  return value.slice(0, limit).map((each, i) => item(each, `${field}[${i}]`));
}

function entity(value: unknown, field: string): SignatureEntity {
  if (!isObject(value) || typeof value['type'] !== 'string' || !Object.hasOwn(ENTITY_TYPES, value['type'])) throw new Malformed(field);
  return {
    name: text(value['name'], `${field}.name`),
    type: value['type'] as EntityType,
    aliases: list(value['aliases'], `${field}.aliases`, MAX_SIGNATURE_ALIASES, text),
    count: count(value['count'], `${field}.count`),
    salience: share(value['salience'], `${field}.salience`),
  };
}

function quote(value: unknown, field: string, entities: number): SignatureQuote {
  if (!isObject(value) || (value['kind'] !== 'full' && value['kind'] !== 'partial')) throw new Malformed(field);
  const speakerEntity = value['speakerEntity'] === null ? null : count(value['speakerEntity'], `${field}.speakerEntity`);
  return {
    text: text(value['text'], `${field}.text`),
    kind: value['kind'] as QuoteKind,
    speaker: textOrNull(value['speaker'], `${field}.speaker`),
    // An index past the entities kept points at nobody.
    speakerEntity: speakerEntity !== null && speakerEntity < entities ? speakerEntity : null,
  };
}

/** One signature of a digest file, checked and cut to a signature's caps. */
function signature(value: unknown, field: string): ArticleSignature {
  if (!isObject(value)) throw new Malformed(field);
  const entities = list(value['entities'], `${field}.entities`, MAX_SIGNATURE_ENTITIES, entity);
  return {
    source: text(value['source'], `${field}.source`),
    id: textOrNull(value['id'], `${field}.id`),
    url: textOrNull(value['url'], `${field}.url`),
    title: textOrNull(value['title'], `${field}.title`),
    site: textOrNull(value['site'], `${field}.site`),
    published: textOrNull(value['published'], `${field}.published`),
    entities,
    titleWords: list(value['titleWords'], `${field}.titleWords`, MAX_SIGNATURE_TITLE_WORDS, text),
    words: list(value['words'], `${field}.words`, MAX_SIGNATURE_WORDS, text),
    terms: list(value['terms'], `${field}.terms`, MAX_SIGNATURE_TERMS, (each, where): [string, number] => {
      if (!Array.isArray(each) || each.length !== 2) throw new Malformed(where);
      return [text(each[0], where), count(each[1], where)];
    }),
    figures: list(value['figures'], `${field}.figures`, MAX_SIGNATURE_FIGURES, text),
    keySentences: list(value['keySentences'], `${field}.keySentences`, MAX_SIGNATURE_SENTENCES, (each, where) => {
      if (!isObject(each)) throw new Malformed(where);
      return { text: text(each['text'], `${where}.text`), rank: count(each['rank'], `${where}.rank`) };
    }),
    quotes: list(value['quotes'], `${field}.quotes`, MAX_SIGNATURE_QUOTES, (each, where) => quote(each, where, entities.length)),
    dates: list(value['dates'], `${field}.dates`, MAX_SIGNATURE_DATES, (each, where) => {
      if (!isObject(each) || typeof each['date'] !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(each['date'])) throw new Malformed(where);
      return { date: each['date'], text: text(each['text'], `${where}.text`), sentence: text(each['sentence'], `${where}.sentence`) };
    }),
    fingerprint: text(value['fingerprint'], `${field}.fingerprint`),
  };
}

/** What a message adds about where digests come from. */
const MADE = 'make one with precis digest --format json';

/** Checks that `value` (a whole digest, or its fields before `signatures`) is a precis digest of this major version. */
function checkHead(value: unknown, name: string): void {
  if (!isObject(value) || typeof value['schemaVersion'] !== 'string' || typeof value['generator'] !== 'string' || !value['generator'].startsWith('precis/') || !Array.isArray(value['stories'])) {
    throw new DigestReadError(`${name} is not a precis digest (${MADE}).`);
  }
  const ours = major(DIGEST_SCHEMA_VERSION);
  if (major(value['schemaVersion']) !== ours) {
    throw new DigestReadError(`${name} is a precis digest of schema version ${value['schemaVersion']}, and --merge reads version ${ours}.x: digest its articles again with this precis.`);
  }
}

/** Checks that signatures of `version` compare with this precis's. */
function checkVersion(version: unknown, name: string): void {
  if (version !== SIGNATURE_VERSION) {
    throw new DigestReadError(`${name} holds article signatures of version ${String(version)}, and this precis makes version ${SIGNATURE_VERSION}: digest its articles again with this precis.`);
  }
}

/** Article signature `index` of the file `name`, checked. */
function checkedSignature(value: unknown, index: number, name: string): ArticleSignature {
  try {
    return signature(value, `signatures.articles[${index}]`);
  } catch (error) {
    if (error instanceof Malformed) throw new DigestReadError(`${name} has a malformed article signature: ${error.message} is not what precis writes there.`);
    throw error;
  }
}

/**
 * The article signatures of `value`, a digest's JSON as parsed from the file `name`, in order:
 * each is checked as it is taken, and its place in `value` emptied, so a large file's signatures
 * are let go one by one. Throws a {@link DigestReadError} when `value` is not a precis digest, has
 * another major schema version or signatures of another version, or holds a malformed signature.
 */
export function* digestSignaturesOf(value: unknown, name: string): Generator<ArticleSignature> {
  checkHead(value, name);
  const section = (value as Record<string, unknown>)['signatures'];
  if (!isObject(section) || !Array.isArray(section['articles'])) throw new DigestReadError(`${name} has no article signatures to merge (${MADE}).`);
  checkVersion(section['version'], name);
  const articles = section['articles'] as unknown[];
  for (let i = 0; i < articles.length; i++) {
    const checked = checkedSignature(articles[i], i, name);
    articles[i] = null;
    yield checked;
  }
}

/** Thrown by {@link streamedSignatures} before its first signature when the file is not laid out as precis writes it. */
export class NotAsWritten extends Error {}

/** The lines that open the signatures, as `json.ts` writes them. */
const SECTION_LINE = '  "signatures": {';
const VERSION_LINE = /^ {4}"version": (.*),$/;
const ARTICLES_LINE = '    "articles": [';
const NO_ARTICLES_LINE = '    "articles": []';

/**
 * The article signatures of a digest file read line by line, for a file laid out as precis writes
 * it (`json.ts`: the fields before `signatures` pretty-printed, then one signature a line): only
 * one signature is held at a time, however long the file. The fields before are parsed and
 * checked as in {@link digestSignaturesOf}. A file laid out otherwise (reformatted, say) makes it
 * throw {@link NotAsWritten} before its first signature, and the caller parses it whole instead;
 * one that breaks off or strays from the layout later is malformed ({@link DigestReadError}).
 */
export async function* streamedSignatures(lines: AsyncIterable<string>, name: string): AsyncGenerator<ArticleSignature> {
  const malformed = (what: string): DigestReadError => new DigestReadError(`${name} has a malformed article signature section: ${what}.`);
  const iterator = lines[Symbol.asyncIterator]();
  const next = async (): Promise<string | null> => {
    const step = await iterator.next();
    return step.done ? null : step.value;
  };
  // The head: every line up to the one opening the signatures.
  let line = await next();
  if (line !== '{') throw new NotAsWritten();
  const head: string[] = [line];
  for (line = await next(); line !== null && line !== SECTION_LINE; line = await next()) head.push(line);
  if (line === null) throw new NotAsWritten();
  let fields: unknown;
  try {
    // The last field's line ends with the comma before `signatures`.
    fields = JSON.parse(`${head.join('\n').replace(/,$/, '')}\n}`);
  } catch {
    throw new NotAsWritten();
  }
  head.length = 0;
  checkHead(fields, name);
  fields = null;
  const version = VERSION_LINE.exec((await next()) ?? '');
  if (!version) throw new NotAsWritten();
  let number: unknown;
  try {
    number = JSON.parse(version[1]!);
  } catch {
    throw new NotAsWritten();
  }
  checkVersion(number, name);
  const opening = await next();
  let index = 0;
  if (opening === ARTICLES_LINE) {
    for (line = await next(); line !== null && line !== '    ]'; line = await next()) {
      let value: unknown;
      try {
        value = JSON.parse(line.endsWith(',') ? line.slice(0, -1) : line);
      } catch {
        // The first signature not on a line of its own: laid out otherwise.
        if (index === 0) throw new NotAsWritten();
        throw malformed(`signature ${index + 1} is not one line of JSON`);
      }
      yield checkedSignature(value, index++, name);
    }
    if (line === null) throw malformed('it ends before the signatures do');
  } else if (opening !== NO_ARTICLES_LINE) {
    throw new NotAsWritten();
  }
  // What closes the section and the document.
  const rest: string[] = [];
  for (line = await next(); line !== null; line = await next()) if (line.trim() !== '') rest.push(line.trim());
  if (rest.join('') !== '}}') throw malformed('something follows the signatures');
}
