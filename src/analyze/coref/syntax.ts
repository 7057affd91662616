/**
 * Where a mention stands in its sentence, read from tokens: the subject of a verb ("X said",
 * "X, a spokesman, said", "…," said X), a possessor ("X's office"), the object of a
 * preposition ("with X"); and the role words the article attaches to it, before it
 * ("spokeswoman Hope Hicks") or in an appositive ("Kurt Volker, the former special envoy").
 */
import { type NlpDoc, type Token, isCapitalized } from '../../nlp/doc.js';
import { reportingBase } from '../../language/cues.js';
import { PEOPLE_NOUNS, ROLE_NOUNS, TITLE_EXPANSIONS, TITLE_MODIFIERS } from '../../language/people.js';
import { isPluralOf } from '../../language/lemma.js';
import { POSSESSIVE_MARKS } from '../../language/words.js';
import { NO_INVERSION_VERBS } from '../../language/reporting.js';
import { isNationality } from '../entities/lexicon.js';

/** Longest appositive (in tokens) read for role words after or before a name. */
export const APPOSITIVE_MAX_TOKENS = 14;
/** Tokens (titles, possessors, determiners) looked through between an inverted verb and its subject. */
const INVERSION_GAP = 6;
/** Determiners and adjectives looked through before a mention for the verb it is the object of. */
const VERB_OBJECT_GAP = 4;
/** Role words read right before a name ("spokeswoman Hope Hicks"). */
const ROLE_LOOKBACK = 3;

/** The document's tokens with which of them sit inside quotation marks. */
export interface TokenView {
  doc: NlpDoc;
  tokens: readonly Token[];
  /** Index of the quote span enclosing each token, or -1. */
  quoted: Int32Array;
  /** Per token, what {@link opensSentence} found reading back from it: 0 not read yet, 1 opens, 2 does not. */
  readonly openers: Int8Array;
}

/** The view of `doc` with the quote span of each token (`quoted`, -1 outside quotes). */
export function tokenView(doc: NlpDoc, quoted: Int32Array): TokenView {
  return { doc, tokens: doc.tokens, quoted, openers: new Int8Array(doc.tokens.length) };
}

/** True for a title or role word, given in lower case ("gen.", "minister"). */
export function isRoleWord(w: string): boolean {
  return ROLE_NOUNS.has(w) || w in TITLE_EXPANSIONS || (w.endsWith('.') && ROLE_NOUNS.has(w.slice(0, -1)));
}

/** A role word in its long form ("Gen." → "general"). */
export function expandRole(word: string): string {
  const w = word.toLowerCase();
  return TITLE_EXPANSIONS[w] ?? w.replace(/\.$/, '');
}

/**
 * True when token `t` heads a noun phrase: a noun, or a word wink tags as an adjective that
 * ends its phrase ("the general said", "a former general,").
 */
export function isHeadNoun(view: TokenView, t: number): boolean {
  const tok = view.tokens[t]!;
  if (tok.pos === 'NOUN') return true;
  if (tok.pos !== 'ADJ') return false;
  const next = view.tokens[t + 1];
  return !next || !(next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ' || next.pos === 'NUM');
}

/** Paragraph of a token (whitespace between paragraphs belongs to the next one). */
export function paragraphOfToken(doc: NlpDoc, t: number): number {
  for (let k = t; k < doc.tokens.length; k++) {
    const s = doc.tokens[k]!.sentence;
    if (s >= 0) return doc.sentences[s]!.paragraph;
  }
  return Math.max(0, doc.paragraphs.length - 1);
}

/** Sentence of a token (whitespace belongs to the sentence before). */
export function sentenceOfToken(doc: NlpDoc, t: number): number {
  for (let k = t; k >= 0; k--) if (doc.tokens[k]!.sentence >= 0) return doc.tokens[k]!.sentence;
  return 0;
}

/** How a mention [first, end) stands in its sentence. */
export interface Position {
  possessive: boolean;
  oblique: boolean;
  subject: boolean;
  /** Role words before the mention or in an appositive next to it. */
  roles: string[];
}

/** Reads the position and (unless `withRoles` is false, as for a pronoun) the role words of the mention of tokens [first, end). */
export function positionOf(view: TokenView, first: number, end: number, withRoles = true): Position {
  const tokens = view.tokens;
  const roles: string[] = [];
  // Role words just before ("spokeswoman Hope Hicks", "the former special envoy, Kurt Volker").
  for (let k = first - 1; withRoles && k >= 0 && k >= first - ROLE_LOOKBACK; k--) {
    const tok = tokens[k]!;
    if (view.quoted[k]! >= 0 || isCapitalized(tok) || tok.pos !== 'NOUN') break;
    if (ROLE_NOUNS.has(tok.normal)) roles.push(tok.normal);
  }
  if (withRoles && tokens[first - 1]?.text === ',') roles.push(...appositiveRoles(view, first - 2, -1));
  const after = tokens[end];
  const glued = /['’]s$/u.test(tokens[end - 1]?.text ?? '') && (tokens[end - 1]?.text.length ?? 0) > 2;
  const possessive = (!!after && POSSESSIVE_MARKS.has(after.normal)) || glued;
  let afterAppositive = end;
  if (after?.text === ',') {
    if (withRoles) roles.push(...appositiveRoles(view, end + 1, 1));
    afterAppositive = skipAppositive(view, end);
  }
  const before = tokens[first - 1];
  const oblique = !!before && before.pos === 'ADP' && before.normal !== 'to';
  const verbAfter = tokens[afterAppositive];
  const verbFollows = !!verbAfter && (verbAfter.pos === 'VERB' || verbAfter.pos === 'AUX' || verbAfter.pos === 'ADV');
  // "The company that runs the AMAs, …, denies": the object of a verb is no subject, whatever follows it.
  const inverted = invertedSubject(view, first);
  const objectOfVerb = !inverted && verbBefore(view, first);
  // "The company, Acme Corp, denies": an appositive that closes right before the verb names the subject.
  const apposedSubject = before?.text === ',' && after?.text === ',' && !!tokens[end + 1] && (tokens[end + 1]!.pos === 'VERB' || tokens[end + 1]!.pos === 'AUX');
  // "Obama consultant Cornell Belcher said", "Clinton aides said": a name before a person noun
  // only says whose that person is (a body's "editorial board" is still the body speaking).
  const modifier = !!after && after.before !== '' && view.quoted[end]! < 0 && (PEOPLE_NOUNS.has(after.normal) || isPluralOf(after, PEOPLE_NOUNS));
  // "X said" (or "X, a spokesman, said"), the inverted "…, said (NBC's) X", and a name that opens its sentence.
  const subject = !possessive && !oblique && !objectOfVerb && !modifier && (verbFollows || apposedSubject || inverted || opensSentence(view, first));
  return { possessive, oblique, subject, roles };
}

/** "…," said X / "…, noted NBC's X": a name right after a reporting verb that follows a quote or a comma. */
function invertedSubject(view: TokenView, start: number): boolean {
  const tokens = view.tokens;
  for (let k = start - 1, n = 0; k >= 1 && n <= INVERSION_GAP; k--, n++) {
    const tok = tokens[k]!;
    if (view.quoted[k]! >= 0) return false;
    const base = reportingBase(tok);
    // "…, telling Fox 35 …": after "tell", "urge", "accuse" … the name is the one spoken to.
    if (base !== null) return !NO_INVERSION_VERBS.has(base) && (view.quoted[k - 1]! >= 0 || tokens[k - 1]!.text === ',');
    if (!(tok.pos === 'DET' || tok.pos === 'ADJ' || tok.pos === 'PROPN' || tok.pos === 'NOUN' || POSSESSIVE_MARKS.has(tok.normal) || tok.text === '.' || isRoleWord(tok.normal))) return false;
  }
  return false;
}

/** True when a verb stands right before the mention, determiners and adjectives aside ("runs the AMAs"). */
function verbBefore(view: TokenView, start: number): boolean {
  for (let k = start - 1, n = 0; k >= 0 && n < VERB_OBJECT_GAP; k--, n++) {
    const tok = view.tokens[k]!;
    if (tok.pos === 'SPACE') continue;
    if (tok.pos === 'DET' || tok.pos === 'ADJ' || tok.pos === 'NUM') continue;
    return tok.pos === 'VERB' && view.quoted[k]! < 0 && reportingBase(tok) === null;
  }
  return false;
}

/**
 * True when only determiners and titles stand before the mention in its sentence. What a read
 * back from a token finds is kept for every token it passed, so a line of hundreds of capitalized
 * words ("LONDON PARIS …") is read once, not once per name in it.
 */
export function opensSentence(view: TokenView, start: number): boolean {
  const tokens = view.tokens;
  const k = previousWordToken(tokens, start);
  if (k < 0 || tokens[k + 1]!.before.includes('\n') || tokens[k]!.sentence !== tokens[start]!.sentence) return true;
  return openerRun(view, k);
}

/** Index of the last token before `t` that is not whitespace or empty, or -1. */
export function previousWordToken(tokens: readonly Token[], t: number): number {
  let k = t - 1;
  while (k >= 0 && (tokens[k]!.pos === 'SPACE' || tokens[k]!.end <= tokens[k]!.start)) k--;
  return k;
}

/**
 * True when token `k`, in the sentence of the mention being read, and every token before it in
 * that sentence are what may open a sentence before a name (determiners, titles, nationalities,
 * capitalized names), up to the sentence's start or a line break.
 */
function openerRun(view: TokenView, k: number): boolean {
  const tokens = view.tokens;
  const passed: number[] = [];
  let opens: boolean;
  for (;;) {
    const known = view.openers[k]!;
    if (known !== 0) {
      opens = known === 1;
      break;
    }
    passed.push(k);
    const tok = tokens[k]!;
    if (tokens[k + 1]!.before.includes('\n')) {
      opens = true;
      break;
    }
    if (!(tok.pos === 'DET' || isRoleWord(tok.normal) || TITLE_MODIFIERS.has(tok.normal) || isNationality(tok.normal) || (isCapitalized(tok) && tok.pos === 'PROPN'))) {
      opens = false;
      break;
    }
    const previous = previousWordToken(tokens, k);
    if (previous < 0 || tokens[previous]!.sentence !== tok.sentence) {
      opens = true;
      break;
    }
    k = previous;
  }
  // Every token passed leads to the same answer.
  for (const t of passed) view.openers[t] = opens ? 1 : 2;
  return opens;
}

/** Role nouns in the appositive that starts at `from` and runs in `direction`. */
function appositiveRoles(view: TokenView, from: number, direction: 1 | -1): string[] {
  const roles: string[] = [];
  // After a name, the phrase must close before any verb ("X, the mayor, said"; not "in X, the mayor said").
  if (direction === 1 && !closesBeforeVerb(view, from)) return roles;
  for (let k = from, n = 0; n < APPOSITIVE_MAX_TOKENS; k += direction, n++) {
    const tok = view.tokens[k];
    if (!tok || view.quoted[k]! >= 0 || tok.pos === 'VERB' || (tok.pos === 'PUNCT' && tok.text !== '-')) break;
    if (tok.pos === 'ADP' && direction === 1) break;
    if ((tok.pos === 'NOUN' || tok.pos === 'PROPN' || isHeadNoun(view, k)) && ROLE_NOUNS.has(tok.normal)) roles.push(expandRole(tok.text));
  }
  return roles;
}

function closesBeforeVerb(view: TokenView, from: number): boolean {
  for (let k = from, n = 0; n < APPOSITIVE_MAX_TOKENS; k++, n++) {
    const tok = view.tokens[k];
    if (!tok || tok.before.includes('\n') || view.quoted[k]! >= 0) return true;
    if (tok.sentence !== view.tokens[from]!.sentence && tok.pos !== 'SPACE') return true;
    if (tok.text === ',' || tok.text === ')' || tok.text === ';' || tok.text === '.') return true;
    if (tok.pos === 'VERB' || tok.pos === 'AUX') return false;
  }
  return false;
}

/** Index of the token after an appositive that starts with the comma at `comma`, or `comma` if none. */
export function skipAppositive(view: TokenView, comma: number): number {
  for (let k = comma + 1, n = 0; n < APPOSITIVE_MAX_TOKENS; k++, n++) {
    const tok = view.tokens[k];
    if (!tok || view.quoted[k]! >= 0 || tok.before.includes('\n')) return comma;
    if (tok.text === ',') return k + 1;
    if (tok.pos === 'PUNCT' && /^[.!?;:]$/.test(tok.text)) return comma;
  }
  return comma;
}
