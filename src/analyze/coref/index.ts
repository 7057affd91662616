/**
 * Coreference: who and what the story is about, and every place it refers to them.
 *
 * 1. `names.ts` links the names the names stage found into referents ("Valery Gerasimov",
 *    "Gerasimov", "Gen. Gerasimov" are one person).
 * 2. `syntax.ts` reads where each mention stands (subject, possessor, object of a preposition)
 *    and the role words the article attaches to it ("the chief of the general staff").
 * 3. Genders come from given names, titles and role nouns, then from the article's own
 *    pronouns ("Swift said she …").
 * 4. `descriptions.ts` links definite descriptions to the referent they stand for ("the
 *    general", "the company").
 * 5. `pronouns.ts` links "he", "she", "it", "they" to the referent they most likely mean,
 *    with gender and number agreement.
 *
 * Entities (aliases, counts, salience) and quote attribution both read the result.
 */
import type { EntityType } from '../../summary.js';
import { type NlpDoc, isCapitalized } from '../../nlp/doc.js';
import type { Mention } from '../entities/mentions.js';
import { TITLE_CASE_SMALL_WORDS } from '../../language/words.js';
import type { QuoteMarks } from '../quotes/spans.js';
import { linkNames } from './names.js';
import { type Position, type TokenView, expandRole, isRoleWord, paragraphOfToken, positionOf, previousWordToken, tokenView } from './syntax.js';
import { type Gender, givenNameGender, pronounGender, roleGender } from './gender.js';
import { addDescriptions } from './descriptions.js';
import { resolvePronouns } from './pronouns.js';

export type { Gender } from './gender.js';

/** How a reference names its referent. */
export type ReferenceKind = 'name' | 'description' | 'pronoun';

/** One person, organization, place or group of the story. */
export interface Referent {
  type: EntityType;
  /** The fullest name the article gives (the first of `forms`). */
  name: string;
  /** Every way the article writes the name, fullest first (see {@link rankForms}). */
  forms: string[];
  gender: Gender | null;
  /** Role words the article gives the referent ("general", "spokeswoman"), in their long form. */
  roles: Set<string>;
  /** Every reference, in document order. */
  references: Reference[];
  /** The name mentions alone, as the names stage found them, in document order. */
  names: Mention[];
  /** The id of the entity built from this referent, once entities are built. */
  entityId: string | null;
}

/** One place where the story refers to a referent. */
export interface Reference extends Position {
  kind: ReferenceKind;
  /** Token range, end exclusive. */
  tokenStart: number;
  tokenEnd: number;
  /** Character offsets into the body. */
  start: number;
  end: number;
  referent: Referent;
  /** A surname two referents share, given to this one by its context ("Clinton"). */
  ambiguous: boolean;
  /** The gender the reference itself shows (a title, a role noun, a pronoun), if any. */
  gender: Gender | null;
  sentence: number;
  paragraph: number;
}

export interface Coreference {
  referents: Referent[];
  /** All references, ordered by first token. */
  references: Reference[];
  /** Index into `references` of the reference covering each token, or -1. */
  referenceAtToken: Int32Array;
}

/** Builds the referents of `doc` from its names, descriptions and pronouns. */
export function resolveCoreference(doc: NlpDoc, names: readonly Mention[], marks: QuoteMarks): Coreference {
  const view: TokenView = tokenView(doc, marks.quoteOfToken);
  const referents: Referent[] = [];
  const references: Reference[] = [];
  for (const cluster of linkNames(doc, names)) {
    const forms = rankForms(doc, cluster.mentions);
    if (cluster.type !== 'PERSON' && cluster.type !== 'NORP' && writtenWithThe(doc, cluster.mentions, forms[0]!)) forms[0] = `The ${forms[0]}`;
    const referent: Referent = { type: cluster.type, name: forms[0]!, forms, gender: null, roles: new Set(), references: [], names: cluster.mentions, entityId: null };
    referents.push(referent);
    for (const m of cluster.mentions) {
      const reference = nameReference(view, m, referent, cluster.ambiguous.has(m));
      referent.references.push(reference);
      references.push(reference);
    }
  }
  const coref = index(doc, referents, references);
  for (const r of referents) settleRolesAndGender(r);
  inferGenders(view, coref);
  const open = addDescriptions(view, coref);
  resolvePronouns(view, coref, open);
  return coref;
}

/** Orders references and maps tokens to them (again after each step that adds some). */
export function index(doc: NlpDoc, referents: Referent[], references: Reference[]): Coreference {
  references.sort((a, b) => a.tokenStart - b.tokenStart || b.tokenEnd - a.tokenEnd);
  const referenceAtToken = new Int32Array(doc.tokens.length).fill(-1);
  references.forEach((r, i) => {
    for (let k = r.tokenStart; k < r.tokenEnd; k++) if (referenceAtToken[k]! < 0) referenceAtToken[k] = i;
  });
  for (const r of referents) r.references.sort((a, b) => a.tokenStart - b.tokenStart);
  return { referents, references, referenceAtToken };
}

/** Adds references to a coreference result, keeping it ordered and indexed. */
export function addReferences(doc: NlpDoc, coref: Coreference, added: Reference[]): void {
  if (added.length === 0) return;
  for (const r of added) r.referent.references.push(r);
  const next = index(doc, coref.referents, [...coref.references, ...added]);
  coref.references.length = 0;
  coref.references.push(...next.references);
  coref.referenceAtToken = next.referenceAtToken;
}

/** The last reference that ends before token `t` (binary search), as an index, or -1. */
export function lastReferenceBefore(coref: Coreference, t: number): number {
  let lo = 0;
  let hi = coref.references.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (coref.references[mid]!.tokenEnd <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Capitalized words looked at right before a name for titles the names stage left out ("Defense Minister"). */
const TITLE_LOOKBACK = 6;

function nameReference(view: TokenView, m: Mention, referent: Referent, ambiguous: boolean): Reference {
  const tokens = view.tokens;
  const position = positionOf(view, m.first, m.last + 1);
  // Titles before the name ("Deputy Defense Minister Colonel General …"): roles and gender.
  let gender: Gender | null = null;
  for (let k = m.first - 1, n = 0; k >= 0 && n < TITLE_LOOKBACK; k--) {
    const tok = tokens[k]!;
    if (tok.pos === 'SPACE' || tok.text === '.') continue;
    if (!isCapitalized(tok) || view.quoted[k]! >= 0) break;
    n++;
    if (isRoleWord(tok.normal)) {
      const role = expandRole(tok.normal);
      if (tok.pos !== 'ADJ') position.roles.push(role);
      gender = roleGender(tok.normal) ?? roleGender(role) ?? gender;
    }
  }
  // The title the names stage kept ("Deputy Defense Minister General of the Army").
  for (const word of m.title?.toLowerCase().split(/\s+/) ?? []) {
    if (!isRoleWord(word)) continue;
    position.roles.push(expandRole(word));
    gender = roleGender(word) ?? gender;
  }
  for (const role of position.roles) gender = roleGender(role) ?? gender;
  if (!gender && m.last > m.first && referent.type === 'PERSON') gender = givenNameGender(tokens[m.first]!.text);
  const paragraph = paragraphOfToken(view.doc, m.first);
  return {
    kind: 'name', tokenStart: m.first, tokenEnd: m.last + 1, start: m.start, end: m.end, referent, ambiguous, gender,
    possessive: position.possessive, oblique: position.oblique, subject: position.subject, roles: [...new Set(position.roles)],
    sentence: tokens[m.first]!.sentence, paragraph,
  };
}

/** A referent's roles are all its references' roles; its gender is the one they agree on. */
function settleRolesAndGender(r: Referent): void {
  const genders = new Set<Gender>();
  for (const ref of r.references) {
    for (const role of ref.roles) r.roles.add(role);
    if (ref.gender) genders.add(ref.gender);
  }
  // A person known by a given name alone ("Melanie").
  if (genders.size === 0 && r.type === 'PERSON' && !r.name.includes(' ')) {
    const given = givenNameGender(r.name);
    if (given) genders.add(given);
  }
  if (genders.size === 1 && r.type === 'PERSON') r.gender = [...genders][0]!;
}

/** How far after a name (in tokens, same sentence) a pronoun is read as referring to it. */
const GENDER_LOOKAHEAD = 12;

/**
 * Genders the names and titles did not give, from the article's own pronouns: the first
 * "he"/"she" after a subject mention in the same sentence, with no other name between
 * ("Swift said she …"), is a vote; the clear majority wins.
 */
function inferGenders(view: TokenView, coref: Coreference): void {
  const votes = new Map<Referent, { m: number; f: number }>();
  const tokens = view.tokens;
  for (const ref of coref.references) {
    const r = ref.referent;
    if (r.type !== 'PERSON' || r.gender || ref.possessive || ref.oblique) continue;
    for (let t = ref.tokenEnd, n = 0; t < tokens.length && n < GENDER_LOOKAHEAD; t++, n++) {
      const tok = tokens[t]!;
      if (tok.pos === 'SPACE') continue;
      if (tok.sentence !== ref.sentence || view.quoted[t]! >= 0) break;
      const other = coref.referenceAtToken[t]!;
      if (other >= 0 && coref.references[other]!.referent !== r) break;
      const gender = pronounGender(tok.normal);
      if (gender) {
        const v = votes.get(r) ?? { m: 0, f: 0 };
        v[gender]++;
        votes.set(r, v);
        break;
      }
    }
  }
  for (const [r, v] of votes) {
    if (v.m > 2 * v.f) r.gender = 'm';
    else if (v.f > 2 * v.m) r.gender = 'f';
  }
}

/** Running text has at least this many lower-case words in the sentence (a headline in title case has none). */
const RUNNING_TEXT_LOWER_WORDS = 2;

/**
 * True when the article writes a capital "The" as part of the name: before the fullest form in
 * running text, not opening a sentence, a quote or a clause after a colon or dash ("said The We
 * Company's chair", "in The Hague"), and never "the" in lower case before any of its mentions
 * ("the New York Times" somewhere means the article does not count the article as the name's).
 * The mention itself keeps its span without "The", as the entity ruler's gold does.
 */
function writtenWithThe(doc: NlpDoc, mentions: readonly Mention[], fullest: string): boolean {
  let capital = false;
  for (const m of mentions) {
    const the = previousWordToken(doc.tokens, m.first);
    if (the < 0 || doc.tokens[the]!.normal !== 'the') continue;
    if (doc.tokens[the]!.text === 'the') return false;
    if (capital || doc.tokens[the]!.text !== 'The' || doc.text.slice(m.start, m.end) !== fullest) continue;
    const before = previousWordToken(doc.tokens, the);
    if (before < 0 || doc.tokens[before]!.sentence !== doc.tokens[the]!.sentence) continue;
    // A word or a comma before it: after a quote mark, colon, dash or bracket a capital opens a clause.
    const text = doc.tokens[before]!.text;
    if (!(/^[\p{L}\p{N}][\p{L}\p{N}'’-]*$/u.test(text) || text === ',')) continue;
    if (lowerWords(doc, doc.tokens[the]!.sentence) >= RUNNING_TEXT_LOWER_WORDS) capital = true;
  }
  return capital;
}

/** How many words of sentence `index` begin with a lower-case letter, small title-case words aside. */
function lowerWords(doc: NlpDoc, index: number): number {
  const sentence = doc.sentences[index]!;
  let count = 0;
  for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
    const text = doc.tokens[t]!.text;
    if (/^\p{Ll}/u.test(text) && !TITLE_CASE_SMALL_WORDS.has(text)) count++;
  }
  return count;
}

/**
 * The distinct ways `mentions` write a name, fullest first: most words, then most often written
 * (a form seen only in capitals lines counts least), then longest.
 */
function rankForms(doc: NlpDoc, mentions: readonly Mention[]): string[] {
  const weights = new Map<string, number>();
  for (const m of mentions) {
    const text = doc.text.slice(m.start, m.end);
    weights.set(text, (weights.get(text) ?? 0) + (m.capsLine ? 0.01 : 1));
  }
  const ranked = [...weights].map(([text, weight]) => ({ text, weight, words: text.split(/\s+/).length }));
  ranked.sort((a, b) => b.words - a.words || b.weight - a.weight || b.text.length - a.text.length);
  return ranked.map((r) => r.text);
}
