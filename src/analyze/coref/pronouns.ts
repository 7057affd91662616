/**
 * Third-person pronouns in the narrative, linked to the referent they most likely mean: "he"
 * and "she" to a person of that gender (or of unknown gender), "it" to an organization, "they"
 * to an organization of the same paragraph. Among the candidates the nearest wins, counted in
 * sentences, with a preference for subjects and for whoever the story last reported speaking.
 * Pronouns inside quotation marks are the speaker's words, and names inside them are not
 * antecedents of the narrative.
 */
import { type Coreference, type Reference, type Referent, addReferences } from './index.js';
import { APPOSITIVE_MAX_TOKENS, type TokenView, paragraphOfToken, positionOf } from './syntax.js';
import type { OpenDescription } from './descriptions.js';
import { POSSESSIVE_DETERMINERS, PRONOUNS, type PronounClass } from '../../language/words.js';
import { reportingBase } from '../../language/cues.js';
import { GENERIC_PERSON_NOUNS } from '../../language/people.js';

/** What an anaphor can stand for: a pronoun's class, or a person of either gender ("the actor" when nothing tells). */
type AnaphorClass = Exclude<PronounClass, 'self'> | 'person';

/** How many paragraphs back a "he" or "she", and an "it", may reach for its referent. */
const PERSON_PARAGRAPH_WINDOW = 3;
const THING_PARAGRAPH_WINDOW = 3;
/** "They" reaches back within its own paragraph only. */
const PLURAL_PARAGRAPH_WINDOW = 1;
/**
 * Scores of a candidate antecedent: each sentence of distance costs SENTENCE_COST; a
 * candidate in subject position gains SUBJECT_BONUS; the referent the story last reported
 * speaking gains REPORTER_BONUS (articles tend to stay with one speaker); a possessive or
 * prepositional mention loses OBLIQUE_COST (it is rarely what the next "he" means).
 */
const SENTENCE_COST = 1;
const SUBJECT_BONUS = 1.5;
const REPORTER_BONUS = 0.75;
const OBLIQUE_COST = 1;
/**
 * The first subject of its sentence (the main clause's, as a rule) gains MAIN_SUBJECT_BONUS over
 * a later one: "Madison recalled that Obama was not treated … ¶ “…,” he said" is Madison.
 *
 * A grid search of the four weights (81 settings, SENTENCE_COST the unit) on the speakers of the
 * PolNeAR training quotes found at best +0.002 there (a smaller REPORTER_BONUS and OBLIQUE_COST)
 * and a loss on PolNeAR dev, so these values stay; MAIN_SUBJECT_BONUS = 0 was the worst row.
 */
const MAIN_SUBJECT_BONUS = 0.5;
/** Most references looked at for one pronoun (bounds the work on very long stories). */
const MAX_ANTECEDENTS = 200;
/** Words between a subject and its reporting verb ("Smith also said", "he had said"). */
const REPORTER_GAP = 3;
/** Tokens looked through after an inverted reporting verb for its subject ("said Russia's top general …"). */
const INVERSION_REACH = 6;

/**
 * Links the document's narrative pronouns, and the person descriptions no role linked
 * ("the actor"), to referents.
 */
export function resolvePronouns(view: TokenView, coref: Coreference, descriptions: readonly OpenDescription[]): void {
  const tokens = view.tokens;
  const narrative = narrativeSentences(view);
  const added: Reference[] = [];
  let d = 0;
  /** References in document order, the pronoun references added so far among them. */
  const seen: Reference[] = [];
  /** The first subject reference of each sentence seen so far. */
  const mainSubjects = new Set<Reference>();
  const subjectSentences = new Set<number>();
  const see = (reference: Reference): void => {
    seen.push(reference);
    if (reference.subject && !subjectSentences.has(reference.sentence)) {
      subjectSentences.add(reference.sentence);
      mainSubjects.add(reference);
    }
  };
  let next = 0;
  let lastReporter: Referent | null = null;
  for (let t = 0; t < tokens.length; t++) {
    while (next < coref.references.length && coref.references[next]!.tokenEnd <= t) see(coref.references[next++]!);
    const tok = tokens[t]!;
    if (view.quoted[t]! >= 0) continue;
    while (d < descriptions.length && descriptions[d]!.tokenStart < t) d++;
    const description = descriptions[d];
    if (description && description.tokenStart === t) {
      const referent = antecedent(view, narrative, seen, mainSubjects, t, description.gender ?? 'person', lastReporter, description.role);
      if (referent) {
        const end = description.tokenEnd;
        const position = positionOf(view, t, end, false);
        const reference: Reference = {
          kind: 'description', tokenStart: t, tokenEnd: end, start: tok.start, end: tokens[end - 1]!.end, referent, ambiguous: false,
          gender: description.gender, possessive: position.possessive, oblique: position.oblique, subject: position.subject, roles: [description.role],
          sentence: tok.sentence, paragraph: paragraphOfToken(view.doc, t),
        };
        added.push(reference);
        see(reference);
      }
      t = description.tokenEnd - 1;
      continue;
    }
    const pos = tok.pos;
    if (pos === 'PRON' || pos === 'DET') {
      const cls = PRONOUNS[tok.normal];
      if (cls === undefined || cls === 'self' || coref.referenceAtToken[t]! >= 0) continue;
      resolveOne(t, cls);
      continue;
    }
    if (pos !== 'SPACE' && pos !== 'PUNCT' && pos !== 'PROPN' && reportingBase(tok) !== null) {
      const reporter = reporterOf(view, coref, seen, t);
      if (reporter) lastReporter = reporter;
    }
  }
  addReferences(view.doc, coref, added);

  function resolveOne(t: number, cls: Exclude<PronounClass, 'self'>): void {
    const tok = tokens[t]!;
    const referent = antecedent(view, narrative, seen, mainSubjects, t, cls, lastReporter);
    if (!referent) return;
    // "Dana Reyes … She said": the pronoun tells the referent's gender to the pronouns after it.
    if ((cls === 'm' || cls === 'f') && !referent.gender) referent.gender = cls;
    const position = positionOf(view, t, t + 1, false);
    const possessive = POSSESSIVE_DETERMINERS.has(tok.normal) || position.possessive;
    const reference: Reference = {
      kind: 'pronoun', tokenStart: t, tokenEnd: t + 1, start: tok.start, end: tok.end, referent, ambiguous: false,
      gender: cls === 'm' || cls === 'f' ? cls : null, possessive, oblique: position.oblique, subject: position.subject && !possessive, roles: [],
      sentence: tok.sentence, paragraph: paragraphOfToken(view.doc, t),
    };
    added.push(reference);
    see(reference);
  }
}


/**
 * The referent the reporting verb at `t` reports: its subject before it ("Smith said", "Smith,
 * a spokesman, said", "she also told"), or after it when the verb follows a quote or a comma
 * ("…," said Smith).
 */
function reporterOf(view: TokenView, coref: Coreference, seen: readonly Reference[], t: number): Referent | null {
  const tokens = view.tokens;
  let k = t - 1;
  let words = 0;
  while (k >= 0 && (tokens[k]!.pos === 'SPACE' || ((tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'AUX') && ++words <= REPORTER_GAP))) k--;
  // An appositive between the subject and its verb.
  if (tokens[k]?.text === ',') {
    let a = k - 1;
    while (a > 0 && k - a <= APPOSITIVE_MAX_TOKENS && tokens[a]!.text !== ',' && view.quoted[a]! < 0 && tokens[a]!.sentence === tokens[t]!.sentence) a--;
    if (tokens[a]?.text === ',') k = a - 1;
  }
  while (k >= 0 && tokens[k]!.pos === 'SPACE') k--;
  const before = seen[seen.length - 1];
  if (before && k >= 0 && before.tokenEnd - 1 === k && !before.possessive && !before.oblique) return before.referent;
  // "…," said Smith / "…," says the minister.
  const prior = tokens[t - 1];
  if (prior && (prior.text === ',' || view.quoted[t - 1]! >= 0)) {
    for (let a = t + 1; a < tokens.length && a <= t + 1 + INVERSION_REACH; a++) {
      const at = coref.referenceAtToken[a]!;
      if (at >= 0) return coref.references[at]!.referent;
      if (tokens[a]!.pos === 'VERB' || tokens[a]!.pos === 'PUNCT') break;
    }
  }
  return null;
}

/**
 * The best earlier referent for the pronoun (or open description, with its `role`) at `t`. A
 * description passes over people the story gave other roles: "the moderator" is not the
 * candidate he questions, however near.
 */
function antecedent(view: TokenView, narrative: Int32Array, seen: readonly Reference[], mainSubjects: ReadonlySet<Reference>, t: number, cls: AnaphorClass, lastReporter: Referent | null, role?: string): Referent | null {
  const doc = view.doc;
  const paragraph = paragraphOfToken(doc, t);
  const sentence = narrative[Math.max(0, view.tokens[t]!.sentence)]!;
  const window = cls === 'plural' ? PLURAL_PARAGRAPH_WINDOW : cls === 'thing' ? THING_PARAGRAPH_WINDOW : PERSON_PARAGRAPH_WINDOW;
  let best: Referent | null = null;
  let bestScore = -Infinity;
  const stop = Math.max(0, seen.length - MAX_ANTECEDENTS);
  for (let i = seen.length - 1; i >= stop; i--) {
    const r = seen[i]!;
    if (r.paragraph < paragraph - window) break;
    if (view.quoted[r.tokenStart]! >= 0) continue;
    const referent = r.referent;
    if (cls === 'thing' || cls === 'plural') {
      // An organization; "they" only one that is the subject of this sentence or the one
      // before ("The union rejected the offer. They said …").
      if (referent.type !== 'ORG') continue;
      if (cls === 'plural' && (sentence - narrative[Math.max(0, r.sentence)]! > 1 || !r.subject)) continue;
    } else {
      if (referent.type !== 'PERSON') continue;
      if (referent.gender && cls !== 'person' && referent.gender !== cls) continue;
      if (role !== undefined && !GENERIC_PERSON_NOUNS.has(role) && referent.roles.size > 0 && !referent.roles.has(role)) continue;
    }
    const distance = -SENTENCE_COST * Math.max(0, sentence - narrative[Math.max(0, r.sentence)]!);
    // Candidates only get farther: once even the best bonuses cannot win, stop looking.
    if (distance + SUBJECT_BONUS + MAIN_SUBJECT_BONUS + REPORTER_BONUS < bestScore) break;
    let score = distance;
    if (r.subject) score += SUBJECT_BONUS;
    if (mainSubjects.has(r)) score += MAIN_SUBJECT_BONUS;
    if (r.oblique || r.possessive) score -= OBLIQUE_COST;
    if (referent === lastReporter) score += REPORTER_BONUS;
    if (score > bestScore) {
      best = referent;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Each sentence's number among the narrative's sentences: a sentence wholly inside quotation
 * marks (the second sentence of a quote) shares the number of the one before, so a pronoun after
 * a long quote is as near its antecedent as the story's own sentences make it.
 */
function narrativeSentences(view: TokenView): Int32Array {
  const doc = view.doc;
  const out = new Int32Array(Math.max(1, doc.sentences.length));
  let n = -1;
  doc.sentences.forEach((s, i) => {
    let narrated = false;
    for (let t = s.tokenStart; t < s.tokenEnd && !narrated; t++) if (view.quoted[t]! < 0 && /[\p{L}\p{N}]/u.test(view.tokens[t]!.text)) narrated = true;
    if (narrated || n < 0) n++;
    out[i] = n;
  });
  return out;
}
