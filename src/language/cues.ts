/**
 * Reporting cues: the verbs and phrases that attribute words to a source ("said", "told",
 * "went on", "according to"), found on wink tokens.
 */
import { type Token, isCapitalized } from '../nlp/doc.js';
import { IRREGULAR_VERB_FORMS, NAMING_VERBS, PHRASAL_CUES, REPORTING_VERBS, SOURCE_AFTER_PHRASES } from './reporting.js';
import { verbBaseOf } from './lemma.js';

/** How a cue relates to its source. */
export type CueKind =
  /** A reporting verb: its subject is the source ("X said", "said X"). */
  | 'verb'
  /** A naming verb ("called it …"): the source only when it has a subject. */
  | 'naming'
  /** The source follows the cue ("according to X"). */
  | 'source-after';

export interface Cue {
  /** Token range of the cue, end exclusive. */
  tokenStart: number;
  tokenEnd: number;
  /** The verb's base form, or the phrase. */
  base: string;
  kind: CueKind;
  /** A present participle ("saying", "adding"), whose subject is the clause's. */
  participle: boolean;
}

/** Base forms that make a cue: the reporting verbs, their irregular forms' bases and the verbs of the phrasal cues. */
const CUE_BASES: ReadonlySet<string> = new Set([...REPORTING_VERBS, ...Object.values(IRREGULAR_VERB_FORMS), ...Object.keys(PHRASAL_CUES)]);

/**
 * Forms that are verbs whatever tag wink gives them: wink sometimes tags "says" or "added"
 * as a noun or adjective after a quotation mark.
 */
const UNAMBIGUOUS_FORMS = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'asked', 'asks', 'tweeted', 'tweets', 'explained', 'explains', 'noted', 'notes', 'argued', 'argues', 'insisted', 'insists', 'recalled', 'recalls', 'testified', 'testifies', 'continued', 'continues', 'replied', 'replies', 'responded', 'responds', 'warned', 'warns', 'saying', 'adding', 'telling', 'writing', 'asking']);

/**
 * The base form of a reporting verb written as `token`, or null. `loose` accepts any tag
 * (right after a quote, "…," comments Smith, wink may tag the verb as a noun).
 */
export function reportingBase(token: Token, loose = false): string | null {
  const base = verbBaseOf(token.normal);
  if (base === undefined || !CUE_BASES.has(base)) return null;
  if (loose || UNAMBIGUOUS_FORMS.has(token.normal)) return base;
  if (token.pos === 'VERB') return base;
  // Auxiliary-looking or mis-tagged forms: accept past forms ("-ed") only when tagged as an adjective.
  if (token.pos === 'ADJ' && token.normal.endsWith('ed')) return base;
  return null;
}

/** What follows a reporting verb right before the words it quotes: an opening quotation mark or a colon. */
const OPENS_QUOTATION = /^["“‘'«„:]$/;

/**
 * The cue that starts at token `i`, if any. Phrasal verbs ("went on", "fired back") need
 * their particle; plain verbs of the phrasal list ("go", "fire") are not cues alone.
 */
export function cueAt(tokens: readonly Token[], i: number, loose = false): Cue | null {
  const token = tokens[i];
  if (!token) return null;
  for (const phrase of SOURCE_AFTER_PHRASES) {
    if (token.normal !== phrase[0]) continue;
    let ok = true;
    for (let k = 1; k < phrase.length; k++) if (tokens[i + k]?.normal !== phrase[k]) ok = false;
    if (ok) return { tokenStart: i, tokenEnd: i + phrase.length, base: phrase.join(' '), kind: 'source-after', participle: false };
  }
  const previous = tokens[i - 1];
  // Any tag goes right after a quote, but not for a capitalized word after a possessive or a
  // determiner ("The Washington Post's"): that is a name.
  const looseHere = loose && !(previous && (previous.pos === 'DET' || previous.pos === 'ADJ' || previous.normal === "'s" || previous.normal === '’s'));
  let base = reportingBase(token, looseHere && !(isCapitalized(token) && previous?.pos === 'PROPN'));
  if (base === null) {
    const form = verbBaseOf(token.normal);
    if (form === undefined) return null;
    // "Hillary shot back": with its particle after it, a phrasal cue is one whatever the tagger made of it.
    const phrasal = PHRASAL_CUES[form]?.includes(tokens[i + 1]?.normal ?? '') ?? false;
    // "The ad claims “…”", "a voice-over in the ad states: …": a present-tense form between a
    // noun and a quotation (or a colon), tagged as a plural noun.
    const afterNoun = CUE_BASES.has(form) && !isCapitalized(token) && token.normal.endsWith('s') && (previous?.pos === 'NOUN' || previous?.pos === 'PROPN') && OPENS_QUOTATION.test(tokens[i + 1]?.text ?? '');
    if (!phrasal && !afterNoun) return null;
    base = form;
  }
  const participle = token.normal.endsWith('ing');
  const particles = PHRASAL_CUES[base];
  if (particles) {
    const next = tokens[i + 1];
    if (next && particles.includes(next.normal)) return { tokenStart: i, tokenEnd: i + 2, base: `${base} ${next.normal}`, kind: 'verb', participle };
    if (!REPORTING_VERBS.includes(base)) return null;
  }
  return { tokenStart: i, tokenEnd: i + 1, base, kind: NAMING_VERBS.has(base) ? 'naming' : 'verb', participle };
}

/** True for a reporting verb in a finite form that follows its subject ("said", "tells", "added"; not "say" or "saying"). */
export function isFiniteReportingForm(token: Token): boolean {
  const base = reportingBase(token, true);
  return base !== null && token.normal !== base && !token.normal.endsWith('ing');
}
