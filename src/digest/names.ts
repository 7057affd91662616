/**
 * Keys that say two entities of different articles may be the same one. Strong keys are safe on
 * their own (a full name, an organization's whole name); weak keys (a surname alone, an acronym)
 * join an entity only when the story or the batch has exactly one entity they can stand for.
 */
import type { SignatureEntity } from './signature.js';
import { initials, orgWords, personWords } from './text.js';
import { NAME_CONNECTORS } from '../language/names.js';
import { INSTITUTION_HEADS } from '../language/organizations.js';

const INSTITUTION_HEAD_SET: ReadonlySet<string> = new Set(INSTITUTION_HEADS);

/** Longest word read as an acronym ("NASA", "ESA"); longer all-capital words are names shouted. */
const MAX_ACRONYM_LENGTH = 6;

/** The keys of one entity. */
export interface NameKeys {
  /** Keys that identify the entity across articles by themselves. */
  strong: string[];
  /** A surname or acronym that stands for a fuller name elsewhere, when unambiguous. */
  weak: string | null;
  /** The keys a fuller name offers to weak keys: its surname (`s:`) or its initials (`a:`). */
  offers: string[];
}

/** `name` split into the name and a trailing parenthesis ("European Space Agency (ESA)" → both). */
export function splitParenthesis(name: string): string[] {
  const open = name.lastIndexOf('(');
  const close = name.lastIndexOf(')');
  if (open <= 0 || close < open || name.slice(close + 1).trim() !== '') return [name];
  return [name.slice(0, open).trim(), name.slice(open + 1, close).trim()].filter(Boolean);
}

/** True when `text` is written as an acronym: 2 to 6 capitals (dots allowed between them). */
function isAcronym(text: string): boolean {
  const letters = text.replace(/\./g, '');
  return letters.length >= 2 && letters.length <= MAX_ACRONYM_LENGTH && /^[A-Z]+$/.test(letters);
}

/** The place an article names most (its most salient place), where its story happens; null when it names none. */
export function mainPlace(entities: readonly SignatureEntity[]): string | null {
  let best: SignatureEntity | null = null;
  for (const entity of entities) if (entity.type === 'PLACE' && (!best || entity.salience > best.salience)) best = entity;
  return best ? splitParenthesis(best.name)[0]! : null;
}

/**
 * The name an institution has with the place before it ("Polytechnic University" in an article
 * about Hong Kong → "hong kong polytechnic university"), as a key: a place's own news drops the
 * place from the names of its universities and hospitals. Null for other names, for a name of one
 * word ("University", which would make another institution), and for one that opens with the place.
 */
function placedInstitution(words: readonly string[], place: string | null): string | null {
  if (!place || words.length < 2 || !INSTITUTION_HEAD_SET.has(words[words.length - 1]!)) return null;
  const placeWords = orgWords(place);
  if (placeWords.length === 0 || placeWords.every((word, i) => words[i] === word)) return null;
  return `n:${[...placeWords, ...words].join(' ')}`;
}

/** The keys of `entity`, from its name and aliases; `place` is the main place of its article (see {@link mainPlace}). */
export function nameKeys(entity: SignatureEntity, place: string | null = null): NameKeys {
  const strong = new Set<string>();
  const offers = new Set<string>();
  let weak: string | null = null;
  const [name, ...parenthesized] = splitParenthesis(entity.name);
  if (entity.type === 'PERSON') {
    const words = personWords(name!);
    if (words.length >= 2) {
      const family = words[words.length - 1]!;
      strong.add(`p:${words[0]}|${family}`);
      strong.add(`n:${words.join(' ')}`);
      offers.add(`s:${family}`);
      // An alias with the same family name is the same person written otherwise ("Pat Carlineo");
      // one with another family name could be a slip of the article's own merging, so it is left out.
      for (const alias of entity.aliases) {
        const aliasWords = personWords(alias);
        if (aliasWords.length >= 2 && aliasWords[aliasWords.length - 1] === family) strong.add(`p:${aliasWords[0]}|${family}`);
      }
    } else if (words.length === 1) {
      weak = `s:${words[0]}`;
    }
    return { strong: [...strong], weak, offers: [...offers] };
  }
  const names = [name!, ...parenthesized, ...entity.aliases];
  for (const [index, each] of names.entries()) {
    const words = orgWords(each);
    if (words.length === 0) continue;
    if (words.length >= 2) {
      strong.add(`n:${words.join(' ')}`);
      const placed = placedInstitution(words, place);
      if (placed) strong.add(placed);
      const short = initials(words);
      if (short) offers.add(`a:${short}`);
    } else if (index === 0 && isAcronym(each)) {
      // An acronym of the entity's own name waits for the full name it stands for; as an alias or
      // in parentheses it is the article's own word that the two are one.
      weak = `a:${words[0]}`;
      strong.add(`o:${words[0]}`);
    } else {
      strong.add(`o:${words[0]}`);
      if (isAcronym(each)) offers.add(`a:${words[0]}`);
    }
  }
  return { strong: [...strong], weak, offers: [...offers] };
}

/**
 * Keys used to compare articles, with a share of the entity's salience each: a full name counts
 * whole, a surname alone (which two people can share) half.
 */
export function similarityKeys(entity: SignatureEntity, place: string | null = null): Array<[string, number]> {
  const keys = nameKeys(entity, place);
  const pairs: Array<[string, number]> = keys.strong.filter((key) => !key.startsWith('n:') || entity.type !== 'PERSON').map((key) => [key, 1]);
  if (keys.weak?.startsWith('s:')) pairs.push([keys.weak, SURNAME_SHARE]);
  for (const offer of keys.offers) if (offer.startsWith('s:')) pairs.push([offer, SURNAME_SHARE]);
  const tail = entity.type === 'PERSON' ? null : nameTail(splitParenthesis(entity.name)[0]!);
  if (tail) pairs.push([tail, SURNAME_SHARE]);
  return pairs;
}

/**
 * The last two words of an organization's or place's name, as a key that one article naming it
 * in full and another naming it shorter share ("Hong Kong Polytechnic University", "Polytechnic
 * University"), for comparing articles only: it joins no entities, as "Texas Democratic Party"
 * and "Democratic Party" are not one. Names with joining words ("University of Michigan") have none.
 */
function nameTail(name: string): string | null {
  const words = orgWords(name);
  if (words.length < 2 || words.some((word) => NAME_CONNECTORS.has(word))) return null;
  return `t:${words.slice(-2).join(' ')}`;
}

/** The share of a person's salience their surname alone carries in comparing articles: "Smith" is weaker evidence than "John Smith". */
export const SURNAME_SHARE = 0.5;
