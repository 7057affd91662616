/**
 * What the words around a name say it is. The tagger reads two words on each side; these cues
 * read a clause: "chief executive of X", "X's shareholders", "Chirpa users", "X, a software
 * maker", "X analyst Jane Doe", "X, Inc.", "companies such as X, Y and Z". A cue types the
 * mention as a rule does, and coreference gives that type to every mention of the same name.
 */
import type { NlpDoc, Token } from '../../nlp/doc.js';
import type { EntityType } from '../../summary.js';
import { type Mention, topType, typeVote } from './mentions.js';
import { type DocContext, spanListed } from './features.js';
import { Cls, GAZ_CLASSES, PLACE_OPENER_SET, POLITY_WORD_SET, STREET_WORD_SET, ORG_HEAD_WORDS, ORG_NOUN_WORDS, SPEECH_VERB_LEMMAS, TITLE_WORDS } from './lexicon.js';
import { COMMA_LEGAL_FORMS, CORPORATE_NOUNS, EVENT_HEADS, GOVERNED_PLACE_NOUNS, INSTITUTION_HEADS, ORGANIZATION_NOUNS, PLATFORM_NOUNS, PROGRAM_NOUNS } from '../../language/organizations.js';
import { PLACE_ATTRIBUTE_NOUNS, PLACE_KIND_NOUNS } from '../../language/places.js';
import { EMPLOYEE_ROLE_NOUNS, HUMAN_ROLE_NOUNS, ROLE_NOUNS, TITLE_MODIFIERS } from '../../language/people.js';
import { POSSESSIVE_MARKS } from '../../language/words.js';
import { singularOf } from '../../language/lemma.js';
import { nameKey } from '../../language/names.js';

const CORPORATE_NOUN_SET: ReadonlySet<string> = new Set(CORPORATE_NOUNS);
const PLATFORM_NOUN_SET: ReadonlySet<string> = new Set(PLATFORM_NOUNS);
const PROGRAM_NOUN_SET: ReadonlySet<string> = new Set(PROGRAM_NOUNS);
const EVENT_HEAD_SET: ReadonlySet<string> = new Set(EVENT_HEADS);
/** Heads of appositives that make a name an event's or an operation's ("X, the military operation against …"). */
const EVENT_APPOSITIVE_SET: ReadonlySet<string> = new Set([...PROGRAM_NOUNS, ...EVENT_HEADS, 'operation', 'event', 'ceremony', 'exercise', 'conference']);
const COMMA_LEGAL_FORM_SET: ReadonlySet<string> = new Set(COMMA_LEGAL_FORMS);
const PLACE_NOUN_SET: ReadonlySet<string> = new Set(GOVERNED_PLACE_NOUNS);
const INSTITUTION_HEAD_SET: ReadonlySet<string> = new Set(INSTITUTION_HEADS);
const PLACE_KIND_SET: ReadonlySet<string> = new Set(PLACE_KIND_NOUNS);
const PLACE_ATTRIBUTE_SET: ReadonlySet<string> = new Set(PLACE_ATTRIBUTE_NOUNS);

/** Role nouns whose plural also names things ("three new anchors: two stores and a cinema"). */
const AMBIGUOUS_PLURAL_ROLES = new Set(['anchor', 'host', 'pilot', 'veteran', 'resident', 'guard', 'forward']);

/** Nouns whose plural says what the names listed after it are ("companies including X, Y and Z"), by their singular. */
const LIST_HEADS: ReadonlyMap<string, EntityType> = new Map<string, EntityType>([
  ...[...HUMAN_ROLE_NOUNS, 'player', 'official', 'member', 'leader', 'person'].filter((n) => !AMBIGUOUS_PLURAL_ROLES.has(n)).map((n) => [n, 'PERSON'] as [string, EntityType]),
  ...[...GOVERNED_PLACE_NOUNS, 'region', 'island', 'village'].map((n) => [n, 'PLACE'] as [string, EntityType]),
  ...ORGANIZATION_NOUNS.map((n) => [n, 'ORG'] as [string, EntityType]),
]);

/** The type a plural head noun ("companies", "spokesmen", "people") gives the names listed after it, if any. */
function listHeadType(normal: string): EntityType | undefined {
  const singular = singularOf(normal);
  return singular === normal ? undefined : LIST_HEADS.get(singular);
}

/** Words that open a list after its head noun ("companies such as X", "firms including X"). */
const LIST_OPENERS = new Set(['including', 'include', 'includes', 'included', 'like', 'namely', 'as']);
/** Words read back from a list's opening mark for its head noun ("nine companies selected last year: X, Y"). */
const LIST_HEAD_REACH = 10;

/** Words read after the comma of an appositive for its head noun ("X, a global solutions provider"). */
const APPOSITIVE_REACH = 6;
/** Tokens that end an appositive's noun phrase after its head ("a provider of …", "a firm based in …"). */
const APPOSITIVE_STOPS = new Set([
  ',', '.', ';', ':', ')', '—', '–', 'of', 'that', 'which', 'whose', 'based', 'focused', 'in', 'with', 'for', 'and', 'to', 'from', 'against', 'on', 'at', 'over',
  'under', 'by', 'since', 'specializing', 'specialising', 'headquartered', 'owned', 'known', 'led', 'run',
]);

/** Words read after a subject for the first possessive pronoun of its clause ("Acme raised its forecast …"). */
const PRONOUN_REACH = 12;

/** Role words that may stand between an employer's name and a person's ("Acme chief executive Jane Doe"). */
const EMPLOYER_GAP_MAX = 3;

/**
 * Types mentions by the cues around them and returns them (a name may be split or grow).
 * Mentions the rules already decided, listed places and organizations, nationalities, and names
 * of people the document introduces are left alone. `sports` tells a story from the sports
 * pages, where a side is referred to as people are ("Leeds, who won …").
 */
export function typeByContext(doc: NlpDoc, ctx: DocContext, input: Mention[], sports: boolean): Mention[] {
  let mentions = input;
  const starts = new Map<number, Mention>();
  for (const m of mentions) starts.set(m.first, m);
  const personEnds = new Set(mentions.filter((m) => m.type === 'PERSON').map((m) => m.last));
  const people = knownPeople(doc, ctx, mentions, personEnds);
  const isPerson = (m: Mention): boolean => {
    if (m.type === 'PERSON' && ((m.title && !titleAfterName(doc, m.first, personEnds)) || (m.last > m.first && (ctx.words[m.first]!.classes & Cls.First) !== 0))) return true;
    return m.first === m.last && people.has(doc.tokens[m.first]!.normal);
  };
  mentions = splitPeoplePairs(doc, mentions, people);
  /** Mentions that took in a legal form after a comma. */
  const grown: Mention[] = [];
  /** The types cues gave, by surface form. */
  const cued = new Map<string, EntityType>();
  const given = givenNames(doc, ctx, mentions);
  const families = familyNames(ctx, mentions);
  const products = productNames(doc, mentions);
  for (const m of mentions) {
    if (m.source === 'rule' || m.type === 'NORP') continue;
    // "Google Stadia" … "Stadia launches": a name the article writes after a company's is the
    // company's product, not the place or the person the tagger guessed from its contexts.
    if ((m.type === 'PLACE' || m.type === 'PERSON') && !isPerson(m) && products.has(surfaceKey(doc, m)) && !spanListed(ctx, m.first, m.last, GAZ_CLASSES | Cls.KnownOrg)) {
      m.type = 'MISC';
      m.source = 'rule';
      cued.set(surfaceKey(doc, m), 'MISC');
      continue;
    }
    // "Nadia" after "Nadia Perez": a given name alone is the person who bears it.
    // A listed town keeps its place where the tagger read one ("in Sydney" in a story about Sydney Smith).
    if (m.first === m.last && m.type !== 'PERSON' && given.has(doc.tokens[m.first]!.normal) && !spanListed(ctx, m.first, m.last, Cls.Country | Cls.Region | Cls.Nat | Cls.KnownOrg) && !(m.type === 'PLACE' && spanListed(ctx, m.first, m.last, Cls.City))) {
      m.type = 'PERSON';
      m.source = 'rule';
      continue;
    }
    // "Tuo" after "Tuo Jinhai": a family name written first, alone, is the person who bears it
    // (not on the sports pages, where "Deportivo Coruna" may be read as a person's name).
    if (!sports && m.first === m.last && m.type !== 'PERSON' && families.has(doc.tokens[m.first]!.normal) && !spanListed(ctx, m.first, m.last, GAZ_CLASSES | Cls.KnownOrg)) {
      m.type = 'PERSON';
      m.source = 'rule';
      continue;
    }
    // "Kellford General Hospital", "Kellford Air Show": an institution's or an event's name,
    // whoever it is named after.
    const head = m.last > m.first && /^\p{Lu}/u.test(doc.tokens[m.last]!.text) ? doc.tokens[m.last]!.normal : '';
    const own: EntityType | null = INSTITUTION_HEAD_SET.has(head) ? 'ORG' : EVENT_HEAD_SET.has(head) ? 'MISC' : null;
    if (own === null && isPerson(m)) continue;
    if (namesAPlace(doc, m) || spanListed(ctx, m.first, m.last, Cls.Country | Cls.Region | Cls.Nat | Cls.KnownOrg)) continue;
    // A listed town's name yields only to what a company alone has ("a stake in Norwich": many
    // companies are named after towns).
    const town = spanListed(ctx, m.first, m.last, Cls.City);
    if (town && !stakeIn(doc, m)) continue;
    const last = m.last;
    // "Acme, Inc.": the legal form joins the name whatever else is said of it.
    const legal = !town && commaLegalForm(doc, m);
    const type = town || legal ? 'ORG' : own ?? cueType(doc, ctx, m, starts, sports);
    if (m.last !== last) grown.push(m);
    // A cue that agrees with the tagger still makes the type sure (lists and votes keep it).
    if (type === null) continue;
    m.type = type;
    m.source = 'rule';
    cued.set(surfaceKey(doc, m), type);
  }
  const sorted = [...mentions].sort((a, b) => a.first - b.first);
  typeLists(doc, ctx, sorted, isPerson, cued);
  shareWithAcronyms(doc, sorted, cued);
  typeAliases(doc, ctx, sorted, cued);
  // A cue speaks for every mention of the name: coreference votes by surface form, and a name
  // written often would outvote one cue with the tagger's guesses.
  if (cued.size > 0) {
    for (const m of mentions) {
      if (m.source === 'rule' || m.type === 'NORP' || isPerson(m)) continue;
      // A full name ending on a word a cue made a person's is that person's ("Kofi Danners" … "Danners, who").
      const type = cued.get(surfaceKey(doc, m)) ?? (m.last > m.first && cued.get(doc.tokens[m.last]!.normal) === 'PERSON' ? 'PERSON' : undefined);
      if (type === undefined || spanListed(ctx, m.first, m.last, GAZ_CLASSES | Cls.KnownOrg)) continue;
      m.type = type;
      m.source = 'rule';
    }
  }
  adoptTypes(doc, mentions);
  if (grown.length === 0) return mentions;
  // A legal form taken into a name ("Acme, Inc.") is no name of its own.
  const covered = new Set<number>();
  for (const m of grown) for (let t = m.first; t <= m.last; t++) covered.add(t);
  const keep = new Set(grown);
  return mentions.filter((m) => keep.has(m) || !covered.has(m.first));
}

/**
 * A mention found without a type of its own (copied or cut out of a longer span) takes the type
 * the name's other mentions vote for, so it cannot tip coreference's vote by standing first.
 */
function adoptTypes(doc: NlpDoc, mentions: readonly Mention[]): void {
  if (!mentions.some((m) => m.source === 'propagated')) return;
  // The votes as coreference counts them (a rule's outweighs the tagger's).
  const votes = new Map<string, Map<EntityType, number>>();
  for (const m of mentions) {
    if (m.source === 'propagated') continue;
    const key = surfaceKey(doc, m);
    const byType = votes.get(key) ?? new Map<EntityType, number>();
    byType.set(m.type, (byType.get(m.type) ?? 0) + typeVote(m));
    votes.set(key, byType);
  }
  for (const m of mentions) {
    if (m.source !== 'propagated') continue;
    const byType = votes.get(surfaceKey(doc, m));
    if (byType) m.type = topType(byType, m.type);
  }
}

/**
 * "Brooks and Banks": two of the story's people joined by "and" into one span (the tagger
 * reads a firm's name, "Marks and Spencer") are two people.
 */
function splitPeoplePairs(doc: NlpDoc, mentions: Mention[], people: ReadonlySet<string>): Mention[] {
  let out: Mention[] | null = null;
  for (const m of mentions) {
    const words: number[] = [];
    for (let t = m.first; t <= m.last; t++) if (doc.tokens[t]!.pos !== 'SPACE') words.push(t);
    if (words.length !== 3 || doc.tokens[words[1]!]!.normal !== 'and') continue;
    const [a, b] = [words[0]!, words[2]!];
    if (!people.has(doc.tokens[a]!.normal) || !people.has(doc.tokens[b]!.normal)) continue;
    out ??= [...mentions];
    const one = (t: number): Mention => ({ start: doc.tokens[t]!.start, end: doc.tokens[t]!.end, first: t, last: t, type: 'PERSON', capsLine: m.capsLine, seq: m.seq, source: 'rule', title: undefined, role: undefined });
    out.splice(out.indexOf(m), 1, one(a), one(b));
  }
  return out ?? mentions;
}

/**
 * Names the article writes right after a one-word organization's name, as one name with it
 * ("Google Stadia", "Acme Roadster"): the organization's products, by their surface key.
 */
function productNames(doc: NlpDoc, mentions: readonly Mention[]): Set<string> {
  const organizations = new Set<string>();
  for (const m of mentions) if (m.type === 'ORG' && m.first === m.last) organizations.add(doc.tokens[m.first]!.normal);
  const products = new Set<string>();
  if (organizations.size === 0) return products;
  for (const m of mentions) {
    if (m.last === m.first || !organizations.has(doc.tokens[m.first]!.normal)) continue;
    const next = after(doc, m.first);
    // "Google's Stadia" is a name of its own; the product follows the company's name directly.
    if (next > m.last || POSSESSIVE_MARKS.has(doc.tokens[next]!.text) || !/^\p{Lu}/u.test(doc.tokens[next]!.text)) continue;
    products.add(nameKey(doc.text.slice(doc.tokens[next]!.start, m.end)));
  }
  return products;
}

/** A mention's surface form as coreference groups them (see `nameKey`). */
function surfaceKey(doc: NlpDoc, m: Mention): string {
  return nameKey(doc.text.slice(m.start, m.end));
}

/** Given names that open exactly one of the story's people's full names ("Nadia" of "Nadia Perez"). */
function givenNames(doc: NlpDoc, ctx: DocContext, mentions: readonly Mention[]): Set<string> {
  const owners = new Map<string, string>();
  const shared = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'PERSON' || m.last <= m.first || !(ctx.words[m.first]!.classes & Cls.First)) continue;
    const given = doc.tokens[m.first]!.normal;
    const full = doc.text.slice(m.start, m.end).toLowerCase();
    if (owners.has(given) && owners.get(given) !== full) shared.add(given);
    owners.set(given, full);
  }
  for (const name of shared) owners.delete(name);
  return new Set(owners.keys());
}

/**
 * First words of the story's people's full names that are no given names: family names written
 * first ("Tuo" of "Tuo Jinhai").
 */
function familyNames(ctx: DocContext, mentions: readonly Mention[]): Set<string> {
  const out = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'PERSON' || m.last <= m.first || m.source === 'propagated') continue;
    const w = ctx.words[m.first]!;
    if (!(w.classes & (Cls.First | Cls.Common | Cls.Dict | GAZ_CLASSES)) && /^\p{Lu}\p{Ll}+$/u.test(w.text)) out.add(w.normal);
  }
  return out;
}

/** Last words of people's full names (a given name first) and names written after a title. */
function knownPeople(doc: NlpDoc, ctx: DocContext, mentions: readonly Mention[], personEnds: ReadonlySet<number>): Set<string> {
  const people = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'PERSON') continue;
    if ((m.title && !titleAfterName(doc, m.first, personEnds)) || (m.last > m.first && ctx.words[m.first]!.classes & Cls.First)) people.add(doc.tokens[m.last]!.normal);
  }
  return people;
}

/**
 * True when the capitalized title words right before token `first` follow a person's name and
 * a comma ("Jane Doe, President Acme Europe"): the title is that person's, not the next name's.
 * `personEnds` holds the last tokens of the person mentions.
 */
export function titleAfterName(doc: NlpDoc, first: number, personEnds: ReadonlySet<number>): boolean {
  let t = before(doc, first);
  let titles = 0;
  while (t >= 0 && TITLE_WORDS.has(doc.tokens[t]!.normal) && /^\p{Lu}/u.test(doc.tokens[t]!.text)) {
    titles++;
    t = before(doc, t);
  }
  if (titles === 0 || tokenAt(doc, t)?.text !== ',') return false;
  return personEnds.has(before(doc, t));
}

/** The type the words around `m` give it, or null. */
function cueType(doc: NlpDoc, ctx: DocContext, m: Mention, starts: ReadonlyMap<number, Mention>, sports: boolean): EntityType | null {
  // An appositive says what the name is outright; it outranks the clause around it ("a
  // spokesman for X, the naval operation in the gulf").
  const appositive = appositiveKind(doc, m);
  if (appositive !== null) return appositive;
  if (roleBefore(doc, m) && !allDictionary(ctx, m)) return 'ORG';
  if (employerOf(doc, m, starts) || employerPossessive(doc, ctx, m, starts)) return 'ORG';
  if (corporateNounAfter(doc, m)) return 'ORG';
  if (modelCodeAfter(doc, m)) return 'ORG';
  if (outletCue(doc, m) || tookTo(doc, m) || stakeIn(doc, m)) return 'ORG';
  const known = knownAs(doc, m);
  if (known !== null) return known;
  if (placeNounBefore(doc, m) || placeAttributeAfter(doc, m)) return 'PLACE';
  if (programNounAfter(doc, m)) return 'MISC';
  // A lone word the tagger calls a person but that a thing's pronoun or "which" refers to.
  if (m.type === 'PERSON' && m.first === m.last && (whichAfter(doc, m) || itsAfter(doc, m))) return 'ORG';
  // "said Danners, who …": the relative pronoun of people, after one word (a body is written as
  // people too, "the Capitol Police, who …", and so is a side on the sports pages).
  if (m.first === m.last && !sports && relativeAfter(doc, m, 'who')) return 'PERSON';
  return null;
}

/** The word token before token `t` on the same line, or -1. */
export function before(doc: NlpDoc, t: number): number {
  for (let k = t - 1; k >= 0; k--) {
    const tok = doc.tokens[k]!;
    if (tok.pos !== 'SPACE') return k;
    if (tok.text.includes('\n')) return -1;
  }
  return -1;
}

/** The word token after token `t` on the same line, or -1. */
export function after(doc: NlpDoc, t: number): number {
  for (let k = t + 1; k < doc.tokens.length; k++) {
    const tok = doc.tokens[k]!;
    if (tok.pos !== 'SPACE') return k;
    if (tok.text.includes('\n')) return -1;
  }
  return -1;
}

function tokenAt(doc: NlpDoc, t: number): Token | undefined {
  return t >= 0 ? doc.tokens[t] : undefined;
}

/** Every word of the mention is a dictionary or common word, none a name ("Research", "Human Services"). */
function allDictionary(ctx: DocContext, m: Mention): boolean {
  for (let t = m.first; t <= m.last; t++) {
    const w = ctx.words[t];
    if (!w || !w.letter) continue;
    if (!(w.classes & (Cls.Common | Cls.Dict)) || w.classes & (GAZ_CLASSES | Cls.First)) return false;
  }
  return true;
}

/** "chief executive of X", "an analyst at X", "a spokeswoman for X": a job's role, then its employer. */
function roleBefore(doc: NlpDoc, m: Mention): boolean {
  let p = before(doc, m.first);
  if (tokenAt(doc, p)?.normal === 'the') p = before(doc, p);
  const prep = tokenAt(doc, p);
  if (!prep || (prep.normal !== 'of' && prep.normal !== 'at' && prep.normal !== 'for')) return false;
  const role = tokenAt(doc, before(doc, p));
  return role !== undefined && EMPLOYEE_ROLE_NOUNS.has(role.normal);
}

/** "Acme analyst Jane Doe", "Acme chief executive John Smith": a role between a name and a person's full name. */
function employerOf(doc: NlpDoc, m: Mention, starts: ReadonlyMap<number, Mention>): boolean {
  let t = after(doc, m.last);
  let employee = false;
  for (let k = 0; k < EMPLOYER_GAP_MAX && t >= 0; k++) {
    const tok = doc.tokens[t]!;
    const lower = /^\p{Ll}/u.test(tok.text);
    if (!(lower && (ROLE_NOUNS.has(tok.normal) || TITLE_MODIFIERS.has(tok.normal))) && !(!lower && TITLE_WORDS.has(tok.normal))) break;
    if (EMPLOYEE_ROLE_NOUNS.has(tok.normal)) employee = true;
    t = after(doc, t);
    const person = t >= 0 ? starts.get(t) : undefined;
    if (employee && person && person.type === 'PERSON' && person.last > person.first) return true;
  }
  return false;
}

/**
 * "Acme's Jane Ortiz said": a one-word name whose possessive stands right before a person's full
 * name (a given name first) is where that person works. (Listed places and towns are left
 * alone by the caller: "Ohio's John Kasich".)
 */
function employerPossessive(doc: NlpDoc, ctx: DocContext, m: Mention, starts: ReadonlyMap<number, Mention>): boolean {
  if (m.first !== m.last) return false;
  const mark = after(doc, m.last);
  if (mark < 0 || !POSSESSIVE_MARKS.has(doc.tokens[mark]!.text)) return false;
  const person = starts.get(after(doc, mark));
  return person !== undefined && person.type === 'PERSON' && person.last > person.first && ((ctx.words[person.first]?.classes ?? 0) & Cls.First) !== 0;
}

/** "Acme's shareholders", "Acme shares fell", "Chirpa users": a company's or a service's noun right after the name. */
function corporateNounAfter(doc: NlpDoc, m: Mention): boolean {
  const at = after(doc, m.last);
  const next = tokenAt(doc, at);
  if (!next) return false;
  if (POSSESSIVE_MARKS.has(next.text) && next.before === '') {
    const noun = tokenAt(doc, after(doc, at));
    return noun !== undefined && /^\p{Ll}/u.test(noun.text) && CORPORATE_NOUN_SET.has(noun.normal);
  }
  // Without a possessive, a region's name can stand before market words ("Asia-Pacific shares"):
  // a name the tagger read as a place is left alone.
  return m.type !== 'PLACE' && /^\p{Ll}/u.test(next.text) && (CORPORATE_NOUN_SET.has(next.normal) || PLATFORM_NOUN_SET.has(next.normal));
}

/**
 * A model's code: letters and digits ("A380", "A350-900", "KX-7"), or a number with a variant
 * after a hyphen ("787-9"). A plain number ("737") counts when a capitalized word follows ("737 Max").
 */
const MODEL_CODE = /^(?:\p{Lu}{1,3}-?\d{2,4}(?:-\d{1,4})?\p{L}*|\d{3,4}-\d{1,3})$/u;
const MODEL_NUMBER = /^\d{3}$/;

/** "Acme's 787-9 Dreamliner", "Acme' iconic A380", "Acme A350-900 jets": a maker's name before a model's code. */
function modelCodeAfter(doc: NlpDoc, m: Mention): boolean {
  let at = after(doc, m.last);
  let tok = tokenAt(doc, at);
  if (tok && POSSESSIVE_MARKS.has(tok.text)) {
    at = after(doc, at);
    tok = tokenAt(doc, at);
    // One adjective may stand between ("Acme's iconic A380").
    if (tok && tok.pos === 'ADJ' && /^\p{Ll}/u.test(tok.text)) {
      at = after(doc, at);
      tok = tokenAt(doc, at);
    }
  }
  if (!tok) return false;
  if (MODEL_CODE.test(tok.text)) return true;
  const next = tokenAt(doc, after(doc, at));
  return MODEL_NUMBER.test(tok.text) && next !== undefined && /^\p{Lu}\p{Ll}/u.test(next.text);
}

/** Nouns for what a news outlet publishes: "a report in X", "a story by X" names the outlet. */
const PUBLISHED_NOUNS = new Set(['report', 'reports', 'article', 'articles', 'story', 'stories', 'editorial', 'column', 'investigation', 'poll', 'survey', 'analysis']);

/**
 * A news outlet's name: "did not respond to X's request for comment", "according to a report
 * in X", "a new story by X" (a person's name is left alone by the caller).
 */
function outletCue(doc: NlpDoc, m: Mention): boolean {
  const at = after(doc, m.last);
  const mark = tokenAt(doc, at);
  if (mark && POSSESSIVE_MARKS.has(mark.text)) {
    const a = after(doc, at);
    const b = a >= 0 ? after(doc, a) : -1;
    const c = b >= 0 ? after(doc, b) : -1;
    if (/^requests?$/.test(tokenAt(doc, a)?.normal ?? '') && tokenAt(doc, b)?.normal === 'for' && tokenAt(doc, c)?.normal === 'comment') return true;
  }
  let p = before(doc, m.first);
  if (tokenAt(doc, p)?.normal === 'the') p = before(doc, p);
  const prep = tokenAt(doc, p);
  if (!prep || (prep.normal !== 'in' && prep.normal !== 'by')) return false;
  const noun = tokenAt(doc, before(doc, p));
  return noun !== undefined && /^\p{Ll}/u.test(noun.text) && PUBLISHED_NOUNS.has(noun.normal);
}

/** "a 20% stake in X": what one holds a stake in is a company. */
function stakeIn(doc: NlpDoc, m: Mention): boolean {
  const p = before(doc, m.first);
  if (tokenAt(doc, p)?.normal !== 'in') return false;
  const noun = tokenAt(doc, before(doc, p));
  return noun !== undefined && (noun.normal === 'stake' || noun.normal === 'stakes');
}

/** Nouns for kinds of organizations, singular or plural, as "… known as X" reads them. */
const KNOWN_AS_ORG = new Set([...ORGANIZATION_NOUNS, 'force', 'militia', 'faction']);
/** Nouns for people that, in the plural, name an armed group ("rebels known as X"). */
const KNOWN_AS_GROUP = new Set(['rebel', 'fighter']);

/** "opposition forces known as X", "a man known as X": the noun before "known as" says what X is. */
function knownAs(doc: NlpDoc, m: Mention): EntityType | null {
  const as = before(doc, m.first);
  if (tokenAt(doc, as)?.normal !== 'as') return null;
  const known = before(doc, as);
  if (tokenAt(doc, known)?.normal !== 'known') return null;
  const noun = tokenAt(doc, before(doc, known));
  if (!noun || !/^\p{Ll}/u.test(noun.text)) return null;
  const singular = singularOf(noun.normal);
  if (KNOWN_AS_ORG.has(singular) || (singular !== noun.normal && KNOWN_AS_GROUP.has(singular))) return 'ORG';
  return listHeadType(noun.normal) ?? (HUMAN_ROLE_NOUNS.has(noun.normal) ? 'PERSON' : null);
}

/** Forms of "take" in "took to X to …", said of an online platform. */
const TAKE_FORMS = new Set(['take', 'takes', 'took', 'taking', 'taken']);

/** "She took to Chirpa to air her grievances": a platform one takes to. */
function tookTo(doc: NlpDoc, m: Mention): boolean {
  const p = before(doc, m.first);
  if (tokenAt(doc, p)?.normal !== 'to') return false;
  const verb = tokenAt(doc, before(doc, p));
  return verb !== undefined && TAKE_FORMS.has(verb.normal) && tokenAt(doc, after(doc, m.last))?.normal === 'to';
}

/** "Acme, Inc.": a legal form set off by a comma, which then belongs to the name. */
function commaLegalForm(doc: NlpDoc, m: Mention): boolean {
  const comma = after(doc, m.last);
  if (tokenAt(doc, comma)?.text !== ',') return false;
  const form = after(doc, comma);
  const tok = tokenAt(doc, form);
  if (!tok || !/^\p{Lu}/u.test(tok.text) || !COMMA_LEGAL_FORM_SET.has(tok.normal)) return false;
  m.last = form;
  m.end = tok.end;
  return true;
}

/**
 * "X, a global solutions provider focused on …", "X, the Texas-based intelligence
 * organization": the head noun of an appositive says what the name is (an organization or a
 * place; a person's role is read by the rules).
 */
function appositiveKind(doc: NlpDoc, m: Mention): EntityType | null {
  let t = after(doc, m.last);
  if (tokenAt(doc, t)?.text !== ',') return null;
  t = after(doc, t);
  const det = tokenAt(doc, t);
  if (!det || (det.normal !== 'a' && det.normal !== 'an' && det.normal !== 'the')) return null;
  t = after(doc, t);
  for (let k = 0; k < APPOSITIVE_REACH && t >= 0; k++) {
    const tok = doc.tokens[t]!;
    if (!/^[\p{Ll}\p{Lu}]/u.test(tok.text) || tok.pos === 'VERB' || tok.pos === 'AUX') return null;
    const lower = /^\p{Ll}/u.test(tok.text);
    const next = after(doc, t);
    const ends = next < 0 || APPOSITIVE_STOPS.has(doc.tokens[next]!.normal);
    if (lower && ends && EVENT_APPOSITIVE_SET.has(tok.normal)) return 'MISC';
    if (lower && ends && ORG_NOUN_WORDS.has(tok.normal)) return 'ORG';
    if (lower && ends && PLACE_NOUN_SET.has(tok.normal)) return 'PLACE';
    if (lower && ROLE_NOUNS.has(tok.normal)) return null;
    t = next;
  }
  return null;
}

/** "the moon Tavros", "the village Ashby": a lower-case noun for a kind of place right before the name. */
function placeNounBefore(doc: NlpDoc, m: Mention): boolean {
  const prev = tokenAt(doc, before(doc, m.first));
  return prev !== undefined && /^\p{Ll}/u.test(prev.text) && PLACE_KIND_SET.has(prev.normal);
}

/** "Kellford's residents", "Tavros's surface": what only a place has, after the name's possessive. */
function placeAttributeAfter(doc: NlpDoc, m: Mention): boolean {
  const at = after(doc, m.last);
  const mark = tokenAt(doc, at);
  if (!mark || !POSSESSIVE_MARKS.has(mark.text) || mark.before !== '') return false;
  // Adjectives may stand between ("Tavros's icy, ocean-bearing moon").
  let t = after(doc, at);
  for (let k = 0; k < PLACE_ATTRIBUTE_ADJECTIVES && t >= 0 && (doc.tokens[t]!.pos === 'ADJ' || doc.tokens[t]!.text === ','); k++) t = after(doc, t);
  const noun = tokenAt(doc, t);
  return noun !== undefined && /^\p{Ll}/u.test(noun.text) && PLACE_ATTRIBUTE_SET.has(noun.normal);
}

/** Adjectives and commas read between a possessive and what a place has. */
const PLACE_ATTRIBUTE_ADJECTIVES = 4;

/**
 * "Lake Morwen", "Quay Street", "Republic of Chad": a name whose own words say it is a place's ("the head of Lake
 * Morwen" names no employer). Heads that also end outlets' names ("Capitol Hill Post") do not count.
 */
function namesAPlace(doc: NlpDoc, m: Mention): boolean {
  if (m.last <= m.first) return false;
  const first = doc.tokens[m.first]!.normal;
  const last = doc.tokens[m.last]!.normal;
  return PLACE_OPENER_SET.has(first) || STREET_WORD_SET.has(last) || POLITY_WORD_SET.has(first) || POLITY_WORD_SET.has(last);
}

/**
 * "the Kestrel program", "the Halden mission": a program's noun right after the name (no
 * possessive). An organization's name is left alone ("a Harbor Guard program" is the Guard's).
 */
function programNounAfter(doc: NlpDoc, m: Mention): boolean {
  if (ORG_HEAD_WORDS.has(doc.tokens[m.last]!.normal)) return false;
  const next = tokenAt(doc, after(doc, m.last));
  return next !== undefined && /^\p{Ll}/u.test(next.text) && PROGRAM_NOUN_SET.has(next.normal);
}

/** "X, which …": the relative pronoun of things. */
function whichAfter(doc: NlpDoc, m: Mention): boolean {
  return relativeAfter(doc, m, 'which');
}

/** "X, which …", "X, who …": the relative pronoun `word` after the name and a comma. */
function relativeAfter(doc: NlpDoc, m: Mention, word: string): boolean {
  const comma = after(doc, m.last);
  return tokenAt(doc, comma)?.text === ',' && tokenAt(doc, after(doc, comma))?.normal === word;
}

/**
 * "X will offer the car in its …": the subject of a verb (other than a reporting verb, whose
 * clause may be someone else's) that the first possessive pronoun of its clause calls "its".
 */
function itsAfter(doc: NlpDoc, m: Mention): boolean {
  const verb = tokenAt(doc, after(doc, m.last));
  if (!verb || (verb.pos !== 'VERB' && verb.pos !== 'AUX') || SPEECH_VERB_LEMMAS.has(verb.lemma)) return false;
  const sentence = doc.tokens[m.last]!.sentence;
  for (let t = m.last + 1, k = 0; t < doc.tokens.length && k < PRONOUN_REACH; t++) {
    const tok = doc.tokens[t]!;
    if (tok.pos === 'SPACE') continue;
    if (tok.sentence !== sentence || tok.text === ',' || tok.text === ';' || /^\p{Lu}/u.test(tok.text)) return false;
    if (tok.normal === 'its') return true;
    if (tok.normal === 'his' || tok.normal === 'her' || tok.normal === 'their' || tok.normal === 'he' || tok.normal === 'she' || tok.normal === 'they') return false;
    k++;
  }
  return false;
}

/**
 * "companies including X, Y and Z", "the nine companies chosen last year: X, Y …": a plural
 * noun heading a list types its members.
 */
function typeLists(doc: NlpDoc, ctx: DocContext, sorted: readonly Mention[], isPerson: (m: Mention) => boolean, cued: Map<string, EntityType>): void {
  let i = 0;
  while (i < sorted.length) {
    // A run of names joined by commas, "and" or "or"; an acronym in brackets after a member is the member's.
    const run = [sorted[i]!];
    let j = i + 1;
    let end = sorted[i]!.last;
    while (j < sorted.length) {
      const next = sorted[j]!;
      const bracket = acronymAfter(doc, end, next);
      if (bracket >= 0) {
        end = bracket;
        j++;
        continue;
      }
      if (!isListGap(doc, end + 1, next.first)) break;
      run.push(next);
      end = next.last;
      j++;
    }
    const type = listHead(doc, run[0]!.first);
    if (type !== null) {
      for (const m of run) {
        if (m.source === 'rule' || m.type === 'NORP') continue;
        if (spanListed(ctx, m.first, m.last, GAZ_CLASSES | Cls.KnownOrg) || (type !== 'PERSON' && isPerson(m))) continue;
        m.type = type;
        m.source = 'rule';
        cued.set(surfaceKey(doc, m), type);
      }
    }
    i = j;
  }
}

/**
 * "Kestrel Lunar Services (KLS)": a name and the acronym in brackets after it are one referent,
 * so a cue for either types both.
 */
function shareWithAcronyms(doc: NlpDoc, sorted: readonly Mention[], cued: Map<string, EntityType>): void {
  if (cued.size === 0) return;
  for (let i = 0; i + 1 < sorted.length; i++) {
    const name = sorted[i]!;
    const acronym = sorted[i + 1]!;
    if (acronymAfter(doc, name.last, acronym) < 0 || !/^\p{Lu}[\p{Lu}\d&]+$/u.test(doc.text.slice(acronym.start, acronym.end))) continue;
    const a = surfaceKey(doc, name);
    const b = surfaceKey(doc, acronym);
    const type = cued.get(a) ?? cued.get(b);
    if (type === undefined) continue;
    if (!cued.has(a)) cued.set(a, type);
    if (!cued.has(b)) cued.set(b, type);
  }
}

/**
 * "Parents for Safer Roads, PSR, has …", "Liwa al Harun, or LaH, …": an acronym set off by
 * commas after a name is the name's alias and takes its type.
 */
function typeAliases(doc: NlpDoc, ctx: DocContext, sorted: readonly Mention[], cued: Map<string, EntityType>): void {
  for (let i = 0; i + 1 < sorted.length; i++) {
    const name = sorted[i]!;
    const alias = sorted[i + 1]!;
    if (name.type === 'MISC' || name.type === 'NORP' || alias.source === 'rule' || alias.first !== alias.last) continue;
    if (!isAcronym(doc.tokens[alias.first]!.text) || name.last === name.first) continue;
    let t = after(doc, name.last);
    if (tokenAt(doc, t)?.text !== ',') continue;
    t = after(doc, t);
    if (tokenAt(doc, t)?.normal === 'or') t = after(doc, t);
    if (t !== alias.first || !/^[,–—]$/.test(tokenAt(doc, after(doc, alias.last))?.text ?? '')) continue;
    if (spanListed(ctx, alias.first, alias.last, GAZ_CLASSES | Cls.KnownOrg)) continue;
    alias.type = name.type;
    alias.source = 'rule';
    cued.set(surfaceKey(doc, alias), name.type);
  }
}

/** Capitals opening a word of letters, digits and "&" with another capital in it ("PSR", "MaT", "D4CC"): two linear tests. */
function isAcronym(text: string): boolean {
  return /^\p{Lu}[\p{L}\d&]+$/u.test(text) && /^.[^\p{Lu}]*\p{Lu}/u.test(text);
}

/** When `next` is a name in brackets right after token `end` ("Acme Space (ASC)"), the closing bracket's index; else -1. */
function acronymAfter(doc: NlpDoc, end: number, next: Mention): number {
  const open = after(doc, end);
  if (tokenAt(doc, open)?.text !== '(' || after(doc, open) !== next.first) return -1;
  const close = after(doc, next.last);
  return tokenAt(doc, close)?.text === ')' ? close : -1;
}

/**
 * The words between tokens `from` and `to` (exclusive) when each passes `allowed` and no line
 * break comes between; -1 otherwise.
 */
export function gapWords(doc: NlpDoc, from: number, to: number, allowed: (tok: Token) => boolean): number {
  let words = 0;
  for (let t = from; t < to; t++) {
    const tok = doc.tokens[t]!;
    if (tok.pos === 'SPACE') {
      if (tok.text.includes('\n')) return -1;
      continue;
    }
    if (!allowed(tok)) return -1;
    words++;
  }
  return words;
}

/** Only a comma, "and" or "or" (with spaces) lies between two list members. */
export function isListGap(doc: NlpDoc, from: number, to: number): boolean {
  const words = gapWords(doc, from, to, (tok) => tok.text === ',' || tok.normal === 'and' || tok.normal === 'or');
  return words > 0 && words <= 2;
}

/** The type a plural head noun before a list's first member (token `first`) gives its members, or null. */
function listHead(doc: NlpDoc, first: number): EntityType | null {
  const p = before(doc, first);
  const tok = tokenAt(doc, p);
  if (!tok) return null;
  // "companies Acme, Bolt and Crane": the head right before the list.
  const direct = listHeadType(tok.normal);
  if (direct !== undefined && /^\p{Ll}/u.test(tok.text)) return direct;
  // "the towns of Raqqa, Rawa and al-Qaim": places named after "of".
  if (tok.normal === 'of') {
    const noun = tokenAt(doc, before(doc, p));
    return noun && /^\p{Ll}/u.test(noun.text) && listHeadType(noun.normal) === 'PLACE' ? 'PLACE' : null;
  }
  // "companies such as …", "firms including …", "nine companies: …", "the five companies — …".
  const opens = tok.text === ':' || /^[—–]$/.test(tok.text) || (LIST_OPENERS.has(tok.normal) && (tok.normal !== 'as' || tokenAt(doc, before(doc, p))?.normal === 'such'));
  if (!opens) return null;
  const sentence = tok.sentence;
  for (let t = before(doc, p), k = 0; t >= 0 && k < LIST_HEAD_REACH; t = before(doc, t), k++) {
    const w = doc.tokens[t]!;
    if (w.sentence !== sentence) return null;
    const head = listHeadType(w.normal);
    if (head !== undefined && /^\p{Ll}/u.test(w.text)) return head;
  }
  return null;
}
