/**
 * Definite descriptions as references: "the senator", "the former secretary of state" stand
 * for the last person the article gave that role, so that later steps (a pronoun after them,
 * a quote's speaker) find that person and not an earlier name. A description no earlier
 * person fits by role ("the actor", "the 72-year-old") is left to the pronoun step, which
 * links it like "he" or "she".
 */
import { type Coreference, type Reference, type Referent, addReferences, lastReferenceBefore } from './index.js';
import { type TokenView, expandRole, isHeadNoun, opensSentence, paragraphOfToken } from './syntax.js';
import { type Gender, roleGender } from './gender.js';
import { AFFILIATED_NOUNS, HUMAN_ROLE_NOUNS, ROLE_NOUNS } from '../../language/people.js';
import { DEFINITE_DETERMINERS, INDEFINITE_DETERMINERS, POSSESSIVE_MARKS } from '../../language/words.js';

/** How many paragraphs back "the senator" may find the senator. */
const DESCRIPTION_PARAGRAPH_WINDOW = 12;
/** Most references looked at to find who a description stands for. */
const MAX_DESCRIBED_LOOKBACK = 200;
/** Modifiers (in tokens) read before a description's head ("the former Democratic presidential nominee"). */
const DESCRIPTION_MODIFIERS = 5;
/** Tokens looked back over for an unnamed person a description may stand for ("one legal expert"). */
const UNNAMED_LOOKBACK_TOKENS = 3000;
/** Tokens of a quoted title used as a modifier (the "Pose" actor), marks included. */
const QUOTED_MODIFIER_TOKENS = 6;

/** A definite description of a person that no role links: resolved like a pronoun of its gender. */
export interface OpenDescription {
  tokenStart: number;
  tokenEnd: number;
  gender: Gender | null;
  role: string;
}

/**
 * Adds "the <role>" references for people the article gave that role, and returns the
 * definite person descriptions that no role links, in document order.
 */
export function addDescriptions(view: TokenView, coref: Coreference): OpenDescription[] {
  const tokens = view.tokens;
  const added: Reference[] = [];
  const open: OpenDescription[] = [];
  /** The unnamed people descriptions stand for, by role ("the man", "the expert"). */
  const unnamedPeople = new Map<string, Referent>();
  for (let t = 1; t < tokens.length; t++) {
    const head = tokens[t]!;
    if (view.quoted[t]! >= 0 || coref.referenceAtToken[t]! >= 0) continue;
    // "the 72-year-old": an age stands for a person.
    if (head.normal === 'old' && tokens[t - 1]?.text === '-' && /^years?$/.test(tokens[t - 2]?.normal ?? '') && tokens[t - 3]?.text === '-' && tokens[t - 4]?.pos === 'NUM') {
      const det = tokens[t - 5];
      if (det && DEFINITE_DETERMINERS.has(det.normal) && tokens[t + 1]?.pos !== 'NOUN') open.push({ tokenStart: t - 5, tokenEnd: t + 1, gender: null, role: 'old' });
      continue;
    }
    if (!isHeadNoun(view, t) || !ROLE_NOUNS.has(head.normal) || head.lemma !== head.normal) continue;
    // Walk back over modifiers to a definite determiner; a noun modifier must be a role too ("band leader" is not a leader).
    let k = t - 1;
    let ok = true;
    while (k >= 0 && t - k <= DESCRIPTION_MODIFIERS) {
      const tok = tokens[k]!;
      // A short quoted modifier: the "Pose" actor.
      if (view.quoted[k]! >= 0 && view.quoted[k]! !== view.quoted[t]!) {
        const q = view.quoted[k]!;
        let a = k;
        while (a > 0 && view.quoted[a - 1] === q) a--;
        if (k - a > QUOTED_MODIFIER_TOKENS) break;
        k = a - 1;
        continue;
      }
      if (tok.pos === 'DET' || view.quoted[k]! >= 0 || coref.referenceAtToken[k]! >= 0) break;
      // "the singer and guitarist": two roles of one person.
      if (tok.normal === 'and' && ROLE_NOUNS.has(tokens[k - 1]?.normal ?? '') && ROLE_NOUNS.has(tokens[k + 1]!.normal)) {
        k--;
        continue;
      }
      if (tok.pos === 'NOUN' && !ROLE_NOUNS.has(tok.normal)) ok = false;
      if (!(tok.pos === 'ADJ' || tok.pos === 'NOUN' || tok.pos === 'PROPN' || tok.text === '-')) {
        ok = false;
        break;
      }
      k--;
    }
    const det = tokens[k];
    if (!ok || !det || det.pos !== 'DET' || !DEFINITE_DETERMINERS.has(det.normal)) continue;
    // "the senator John Smith": the name follows and is its own reference.
    if (tokens[t + 1] && coref.referenceAtToken[t + 1]! >= 0) continue;
    // "the singer and guitarist": the second role is part of the description.
    const end = tokens[t + 1]?.normal === 'and' && ROLE_NOUNS.has(tokens[t + 2]?.normal ?? '') ? t + 3 : t + 1;
    const next = tokens[end];
    const role = expandRole(head.normal);
    const paragraph = paragraphOfToken(view.doc, t);
    let target: Referent | null = null;
    const last = lastReferenceBefore(coref, k);
    const stop = Math.max(0, last - MAX_DESCRIBED_LOOKBACK);
    for (let i = last; i >= stop; i--) {
      const r = coref.references[i]!;
      if (r.paragraph < paragraph - DESCRIPTION_PARAGRAPH_WINDOW) break;
      if (r.referent.type === 'PERSON' && r.referent.roles.has(role)) {
        target = r.referent;
        break;
      }
    }
    if (!target) {
      // "said one legal expert … the expert warned": the unnamed person met before, no one named.
      // They become a referent without a name, so that "he" after "the man shouted" is the man.
      const unnamed = introducedUnnamed(view, coref, k, head.normal, paragraph);
      if (unnamed) {
        target = unnamedPeople.get(role) ?? null;
        if (!target) {
          target = { type: 'PERSON', name: head.normal, forms: [head.normal], gender: roleGender(head.normal), roles: new Set([role]), references: [], names: [], entityId: null };
          unnamedPeople.set(role, target);
          coref.referents.push(target);
        }
      } else {
        if (isPersonRole(head.normal) || isPersonRole(tokens[end - 1]!.normal)) open.push({ tokenStart: k, tokenEnd: end, gender: roleGender(head.normal), role });
        t = end - 1;
        continue;
      }
    }
    const before = tokens[k - 1];
    const possessive = !!next && POSSESSIVE_MARKS.has(next.normal);
    const oblique = !!before && before.pos === 'ADP';
    const subject = !possessive && !oblique && ((!!next && (next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'ADV')) || opensSentence(view, k));
    added.push({
      kind: 'description', tokenStart: k, tokenEnd: end, start: det.start, end: tokens[end - 1]!.end, referent: target, ambiguous: false,
      gender: roleGender(head.normal), possessive, oblique, subject, roles: [role], sentence: head.sentence, paragraph,
    });
    t = end - 1;
  }
  addReferences(view.doc, coref, added);
  return open;
}


/**
 * Role nouns that only a person holds ("the actor" is someone, "the member" may be a country),
 * and that name someone the story has met: "the spokesperson" or "the official" is more often
 * a new, unnamed person speaking for a body than anyone named before.
 */
function isPersonRole(word: string): boolean {
  return (HUMAN_ROLE_NOUNS.has(word) || roleGender(word) !== null) && !AFFILIATED_NOUNS.has(word);
}

/**
 * True when the article met the person of a description before as someone unnamed: the same
 * role noun after an indefinite determiner ("one legal expert", "an analyst"), outside quotes and
 * names, before token `before` and within the description's paragraph window.
 */
function introducedUnnamed(view: TokenView, coref: Coreference, before: number, noun: string, paragraph: number): boolean {
  const tokens = view.tokens;
  const sentences = view.doc.sentences;
  for (let t = before - 1; t > 0 && before - t <= UNNAMED_LOOKBACK_TOKENS; t--) {
    const token = tokens[t]!;
    if (token.sentence >= 0 && sentences[token.sentence]!.paragraph < paragraph - DESCRIPTION_PARAGRAPH_WINDOW) return false;
    if (token.normal !== noun) continue;
    if (view.quoted[t]! >= 0 || coref.referenceAtToken[t]! >= 0) continue;
    let k = t - 1;
    // "a 43-year-old man": an age is a modifier too.
    while (k > 0 && t - k <= DESCRIPTION_MODIFIERS + 2 && !INDEFINITE_DETERMINERS.has(tokens[k]!.normal) && (tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'NUM' || tokens[k]!.text === '-')) k--;
    if (INDEFINITE_DETERMINERS.has(tokens[k]!.normal)) return !namedSince(view, coref, t, before);
  }
  return false;
}

/**
 * True when a person is named for the first time between tokens `from` and `to`, outside quotes:
 * "A lawmaker in the Philippines is calling … Joey Salceda said": the lede's unnamed lawmaker is
 * the person named next.
 */
function namedSince(view: TokenView, coref: Coreference, from: number, to: number): boolean {
  for (let i = lastReferenceBefore(coref, to); i >= 0; i--) {
    const r = coref.references[i]!;
    if (r.tokenStart <= from) return false;
    if (r.kind === 'name' && r.referent.type === 'PERSON' && view.quoted[r.tokenStart]! < 0 && r.referent.names[0]!.first > from) return true;
  }
  return false;
}
