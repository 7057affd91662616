/**
 * Speaker attribution: for each quote span, the reporting cue next to it ("he said",
 * "said X", "X told reporters:", "according to X", "— X") and the noun phrase that is its
 * subject, resolved to the fullest name in the article through the mention chain — names
 * directly, pronouns to the right earlier person, nominals ("the general", "the ministry")
 * by the roles the article gave its people, unnamed spokespeople to the body they speak for.
 */
import { type Token, isCapitalized, isWord } from '../../nlp/doc.js';
import { type QuoteContext, endsSentence } from './context.js';
import { isPluralOf } from '../../language/lemma.js';
import { type Cue, cueAt } from '../../language/cues.js';
import { type Coreference, type Reference, type Referent, lastReferenceBefore } from '../coref/index.js';
import { expandRole, sentenceOfToken } from '../coref/syntax.js';
import { AFFILIATED_NOUNS, PEOPLE_NOUNS, ROLE_NOUNS, SPOKESPERSON_NOUNS, ABBREVIATIONS } from '../../language/people.js';
import { BODY_NOUNS, GOVERNED_PLACE_NOUNS, ORGANIZATION_NOUNS } from '../../language/organizations.js';
import { DOCUMENT_NOUNS, ISSUED_DOCUMENT_NOUNS, NO_INVERSION_VERBS } from '../../language/reporting.js';
import { CALENDAR_WORDS, CLAUSE_OPENERS, DEFINITE_DETERMINERS, INDEFINITE_DETERMINERS, POSSESSIVE_DETERMINERS, POSSESSIVE_MARKS, PRONOUNS, SUBJECT_PRONOUNS } from '../../language/words.js';
import { isNationality } from '../entities/lexicon.js';

/** Who a quote is attributed to, and how that was found. */
export interface Attribution extends SpeakerRef {
  cue: string | null;
  /**
   * Where the attribution came from: a cue after or before the quote, another quote, or a cue
   * that shows the words are someone's the story does not name ("Whitfield was asked, “…”").
   */
  source: 'right' | 'left' | 'inherited' | 'unnamed';
  /** Narrative tokens between the quote and its cue (0 when adjacent). */
  distance: number;
}

/** An attribution from a resolved speaker (objects built field by field keep one shape). */
export function attribution(ref: SpeakerRef, cue: string | null, source: Attribution['source'], distance: number): Attribution {
  return { speaker: ref.speaker, referent: ref.referent, entityId: ref.entityId, mention: ref.mention, cue, source, distance };
}

/** The same speaker, taken over by a quote without a cue of its own. */
export function inherited(ref: SpeakerRef): Attribution {
  return attribution(ref, null, 'inherited', 0);
}

/** A resolved speaker before its cue is known. */
export interface SpeakerRef {
  speaker: string | null;
  referent: Referent | null;
  entityId: string | null;
  /** Offsets of the words that name or refer to the speaker. */
  mention: { start: number; end: number } | null;
}

/** Tokens after a quote searched for a cue ("…," the former senator from Ohio said). */
const RIGHT_WINDOW = 30;
/** Narrative tokens before a quote searched for a cue (the writer's sentence leading into it). */
const LEFT_WINDOW = 45;
/** Longest noun phrase (in tokens) taken as a speaker. */
const NP_MAX_TOKENS = 16;
/** Tokens at the start of a clause looked at for the dash that ends a dateline ("WASHINGTON, Dec. 8 (UPI) —"). */
const DATELINE_TOKENS = 12;
/** Verbs whose passive without an agent quotes someone the story does not name ("was asked", "was told"). */
const UNNAMED_SOURCE_PASSIVES = new Set(['ask', 'tell', 'question']);
/** The speaker of such a quote: someone, unnamed. */
const UNNAMED: SpeakerRef = { speaker: null, referent: null, entityId: null, mention: null };
/** Auxiliaries that make the verb after them passive. */
const PASSIVE_AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being', 'get', 'got']);
/** Longest signature paragraph after a quote ("— Jane Doe, a nurse in Kellford"), in words. */
const TRAILER_MAX_WORDS = 10;
/** Tokens looked at before a name that precedes a colon for a verb it is the object of ("told Fox News:"). */
const LISTENER_GAP = 3;
/** Words (titles, modifiers) read after a quote for the name its long aside belongs to ("study lead author Jane Doe, …, said"). */
const NAME_AFTER_QUOTE_TOKENS = 6;
/** Longest appositive (in tokens) skipped between a name and its verb. */
const APPOSITIVE_MAX_TOKENS = 40;
/** How many appositives in a row may stand between a name and its verb ("X, the minister of Y, a member of Z, said"). */
const APPOSITIVE_CHAIN = 2;
/** Prepositions that may sit inside a speaker phrase ("a spokesman for the ministry", "a narrator in the ad"). */
const NP_JOINS = new Set(['of', 'for', 'at', 'from', 'in', 'inside', 'within', 'with', 'by']);
/** Marks that end a clause inside a sentence. */
const CLAUSE_MARKS = new Set([',', ':', ';']);
/** Prepositions that open what is said of an unnamed speaker after the noun ("a person close to the family", "someone in the audience"). */
const DESCRIPTION_PREPOSITIONS = new Set(['to', 'with', 'in', 'on', 'of', 'at', 'from', 'for', 'inside', 'within', 'near']);
/** Longest such description, in tokens, from its determiner to its last word. */
const DESCRIPTION_MAX_TOKENS = 14;
/** Joins the left walk accepts only before a capitalized word or a determiner. */
const WEAK_JOINS = new Set(['in', 'with', 'by']);
/** Short prepositional phrases that may stand between a subject and its verb ("Smith on Tuesday said"). */
const PP_BEFORE_VERB = new Set(['on', 'in', 'at', 'during', 'after', 'before', 'last', 'this', 'earlier']);
/** Longest such phrase, in tokens. */
const PP_MAX_TOKENS = 5;
/** Words between a subject and its reporting verb that do not break the link. */
const VERB_MODIFIERS = new Set([
  'also', 'later', 'then', 'once', 'previously', 'recently', 'further', 'again', 'repeatedly', 'simply', 'flatly', 'quickly',
  'has', 'had', 'have', 'would', 'will', 'could', 'might', 'did', 'does', 'do', "'d", "'ve", 'not', 'never', 'just', 'still',
  'reportedly', 'allegedly', 'publicly', 'privately', 'separately', 'earlier', 'subsequently', 'finally', 'often', 'always',
  'famously', 'is', 'was', 'were', 'are', 'be', 'been', 'being', 'who', 'which',
]);
/** Words that coordinate a reporting verb with an earlier verb of the same subject ("… and added"). */
const COORDINATORS = new Set(['and', 'but', 'or', 'then', 'before', 'while', 'to', 'as']);
/** How many paragraphs back a pronoun or nominal may reach for its referent. */
const PRONOUN_PARAGRAPH_WINDOW = 3;
const NOMINAL_PARAGRAPH_WINDOW = 12;
/** How many paragraphs back "the company" may look for the organization that was last a subject. */
const ORG_SUBJECT_PARAGRAPH_WINDOW = 2;
/** How many paragraphs back "the statement" may look for the organization that issued it. */
const ISSUER_PARAGRAPH_WINDOW = 3;
/** Most mentions looked at for one referent (bounds the work on very long paragraphs). */
const MAX_ANTECEDENTS = 200;
/** Most other quotes skipped while looking left for a cue (“a,” “b” and “c” …). */
const MAX_SKIPPED_QUOTES = 8;
/** Words a cue may carry after a quote that ended its sentence ("Smith said in a statement."). */
const SHORT_CLAUSE_WORDS = 4;
/** How many sentences back "they" may look for a group ("Protesters … They said"). */
const GROUP_SENTENCE_WINDOW = 1;
/**
 * Farthest, in tokens, that a reading from a cue goes through the narrative to a clause's start
 * or end, a clause's subject, the subject that brought in "the statement", or a group before
 * "they". Past the longest sentence of the dev sets' 60,000 (312 tokens), so on real text it
 * never binds; on run-on text with no sentence ends it bounds the work per cue, where reading to
 * the paragraph's start for every cue took time quadratic in the paragraph.
 */
const MAX_LOOKBACK_TOKENS = 400;
/** Dashes that introduce a speaker after a quote ("…" — Jane Doe). */
const DASHES = new Set(['—', '―', '–', '-', '--']);

/** Nouns that refer back to an organization or a governed place ("the company said", "the city said"). */
const REFERRING_ORG_NOUNS: ReadonlySet<string> = new Set([...ORGANIZATION_NOUNS, ...BODY_NOUNS, ...GOVERNED_PLACE_NOUNS]);

/** Determiners that make a nominal refer to a known referent ("the general", "its spokesman"). */
function definite(word: string): boolean {
  return DEFINITE_DETERMINERS.has(word) || (POSSESSIVE_DETERMINERS.has(word) && word !== 'my' && word !== 'your');
}

interface Np {
  start: number;
  end: number;
  /** Appositives between the phrase and its verb, nearest last. */
  appositives: Array<[number, number]>;
}

/**
 * Finds speakers for the quote spans of one document: `ownCue` reads the cue next to a
 * quote; `introducer`, `lastReporter` and `colonSubject` find the speaker of a quote that
 * has none, from the narrative around it.
 */
export class Attributor {
  constructor(
    private readonly ctx: QuoteContext,
    private readonly coref: Coreference,
  ) {}

  private get tokens(): readonly Token[] {
    return this.ctx.tokens;
  }

  /** Spans judged not to be speech (titles, terms, scare quotes), read as narrative once known. */
  private termSpans: readonly boolean[] = [];

  /**
   * From now on, reads the words of the spans marked `true` (titles, terms, scare quotes) as part
   * of the narrative around them, so that a sentence naming a title still introduces the quote
   * after it ("…, the bar is called ‘Oxy Air’. “…”").
   */
  readAsNarrative(spans: readonly boolean[]): void {
    this.termSpans = spans;
    // What was read with the old spans may read otherwise now.
    this.issuers.clear();
    this.reporters.clear();
    this.colonSubjects.clear();
  }

  /**
   * Answers kept per token or paragraph: each is asked for again by every quote or cue near it,
   * and reading the paragraph anew each time made the work grow with the square of its length.
   */
  private readonly issuers = new Map<number, Reference | null>();
  private readonly reporters = new Map<number, Attribution | null>();
  private readonly colonSubjects = new Map<number, Attribution | null>();

  private inQuote(t: number): boolean {
    const q = this.ctx.quoteOfToken[t]!;
    return q >= 0 && !this.termSpans[q];
  }

  private ends(t: number): boolean {
    return endsSentence(this.tokens, t);
  }

  private low(t: number): string {
    return this.tokens[t]?.normal ?? '';
  }

  /** The attribution a quote gets from a cue right after or before it, or null. */
  ownCue(q: number): Attribution | null {
    const [qs, qe] = this.ctx.spanTokens[q]!;
    const span = this.ctx.spans[q]!;
    const [lo, hi] = this.ctx.paragraphTokens[span.paragraph]!;
    const tokens = this.tokens;

    // 1. Right after the quote: "…," he said / said X / X, a spokesman, said / — X.
    const afterQuote = this.nextNonSpace(qe, hi);
    if (afterQuote < hi && !this.inQuote(afterQuote) && DASHES.has(tokens[afterQuote]!.text) && !tokens[afterQuote]!.before.includes('\n')) {
      const dashed = this.dashSpeaker(this.nextNonSpace(afterQuote + 1, hi), hi);
      if (dashed) return dashed;
    }
    const inner = this.ctx.text.slice(span.start, span.end);
    // "… the end." Smith said: a new sentence may start after a quote that ends in a full stop
    // (not after "?" or "!", which stand where a comma would: "Why?" Smith asked).
    const sentenceClosed = /[.…]$/.test(inner) && afterQuote < hi && isCapitalized(tokens[afterQuote]!);
    let right: Attribution | null = null;
    let words = 0;
    for (let t = qe; t < hi && t < qe + RIGHT_WINDOW && span.closed; t++) {
      if (this.inQuote(t) || this.ends(t)) break;
      const cue = cueAt(tokens, t, words <= 3);
      if (cue) {
        const found = this.fromCue(cue, 'right', qe, lo, hi, words);
        if (found && (!sentenceClosed || this.shortClause(cue.tokenEnd, hi))) {
          right = found;
          break;
        }
      }
      if (isWord(tokens[t]!)) words++;
    }
    // 2. Before it in the same sentence: X said: "…" / X said he would "…" (other quotes skipped).
    let left: Attribution | null = null;
    words = 0;
    let skipped = 0;
    for (let t = qs - 1; t >= lo && words < LEFT_WINDOW; t--) {
      if (this.inQuote(t)) {
        if (++skipped > MAX_SKIPPED_QUOTES) break;
        t = this.ctx.spanTokens[this.ctx.quoteOfToken[t]!]![0];
        continue;
      }
      if (this.ends(t)) break;
      const cue = cueAt(tokens, t);
      if (cue && cue.tokenEnd <= qs) {
        left = this.fromCue(cue, 'left', qs, lo, hi, words);
        if (left) break;
      }
      if (isWord(tokens[t]!)) words++;
    }
    if (right && left) {
      // "…," she said wins over a cue before; a quote woven into a sentence belongs to the cue before it.
      const postposed = right.distance <= 1 && /[,?!—–-]$/.test(inner);
      const prev = this.previousToken(qs, lo);
      const woven = prev >= 0 && !this.inQuote(prev) && (isWord(tokens[prev]!) || tokens[prev]!.text === ':');
      // “a,” “b” and “c,” — a list of fragments belongs to the cue that introduced the list.
      const listed = woven && /^(?:and|or)$/.test(this.low(prev)) && this.inQuote(this.previousToken(prev, lo));
      return (postposed && !listed) || !woven ? right : left;
    }
    // 3. A speaker's name and a colon opening the paragraph: "SMITH: …".
    return right ?? left ?? this.colonName(qs, lo);
  }

  /** True when the clause after a cue ends within a few words ("Smith said in a statement."). */
  private shortClause(from: number, hi: number): boolean {
    let words = 0;
    for (let t = from; t < hi; t++) {
      if (this.inQuote(t) || this.ends(t)) return words <= SHORT_CLAUSE_WORDS;
      const low = this.low(t);
      if (low === 'that' || (isWord(this.tokens[t]!) && ++words > SHORT_CLAUSE_WORDS)) return false;
    }
    return true;
  }

  private previousToken(t: number, lo: number): number {
    let k = t - 1;
    while (k >= lo && (this.tokens[k]!.pos === 'SPACE' || this.tokens[k]!.end <= this.tokens[k]!.start)) k--;
    return k;
  }

  /** "PENCE: Well, …" or "Jane Doe: …" — a bare name and a colon right before the quote. */
  private colonName(qs: number, lo: number): Attribution | null {
    const t = this.previousToken(qs, lo);
    if (t < lo || this.tokens[t]!.text !== ':') return null;
    const np = this.npLeft(t - 1, lo);
    if (!np) return null;
    if (np.start === this.firstNonSpace(lo)) {
      const ref = this.interpret(np);
      return ref?.referent ? attribution(ref, ':', 'left', 0) : null;
    }
    // "… doesn't surprise pollster Jane Doe: “…”": a person or body named right before the colon.
    const at = this.coref.referenceAtToken[t - 1]!;
    const named = at >= 0 ? this.coref.references[at]! : null;
    if (!named || named.kind !== 'name' || (named.referent.type !== 'PERSON' && named.referent.type !== 'ORG') || named.possessive || named.oblique) return null;
    // "… a blunt message to Trump: “…”": the one addressed.
    if (this.low(named.tokenStart - 1) === 'to') return null;
    // "… told Fox News: “…”": the name after a reporting verb is its listener.
    for (let k = np.start - 1, n = 0; k >= lo && n < LISTENER_GAP; k--, n++) if (cueAt(this.tokens, k)) return null;
    return attribution(this.refFromMention(named, named), ':', 'left', 0);
  }

  private nextNonSpace(from: number, hi: number): number {
    let t = Math.max(0, from);
    const end = Math.min(hi, this.tokens.length);
    while (t < end && (this.tokens[t]!.pos === 'SPACE' || this.tokens[t]!.end <= this.tokens[t]!.start)) t++;
    return t;
  }

  private firstNonSpace(from: number): number {
    let t = from;
    while (t < this.tokens.length && (this.tokens[t]!.pos === 'SPACE' || this.tokens[t]!.end <= this.tokens[t]!.start)) t++;
    return t;
  }

  /** "…" — Jane Doe: the name after a dash that follows the quote, up to the end of the sentence. */
  private dashSpeaker(from: number, hi: number): Attribution | null {
    const np = this.npRight(from, hi);
    if (!np) return null;
    const at = this.nextNonSpace(np.end, hi);
    const after = this.tokens[at];
    if (after && at < hi && !after.before.includes('\n') && !this.ends(at) && after.text !== ',' && !this.inQuote(at)) return null;
    const ref = this.interpret(np);
    return ref?.referent ? attribution(ref, this.tokens[from - 1]!.text, 'right', 0) : null;
  }

  /**
   * "“…” ¶ — Jane Doe, Kellford." A quote that ends its paragraph, signed by a short paragraph
   * of its own that opens with a dash: the name after the dash.
   */
  trailer(q: number): Attribution | null {
    const span = this.ctx.spans[q]!;
    const next = span.paragraph + 1;
    if (!span.closed || next >= this.ctx.paragraphTokens.length) return null;
    const [, hi] = this.ctx.paragraphTokens[span.paragraph]!;
    const [, qe] = this.ctx.spanTokens[q]!;
    for (let t = qe; t < hi; t++) if (isWord(this.tokens[t]!)) return null;
    const [lo2, hi2] = this.ctx.paragraphTokens[next]!;
    const dash = this.firstNonSpace(lo2);
    if (dash >= hi2 || !DASHES.has(this.tokens[dash]!.text)) return null;
    let words = 0;
    for (let t = dash + 1; t < hi2; t++) if (isWord(this.tokens[t]!) && ++words > TRAILER_MAX_WORDS) return null;
    const np = this.npRight(this.nextNonSpace(dash + 1, hi2), hi2);
    const ref = np ? this.interpret(np) : null;
    return ref?.referent ? attribution(ref, this.tokens[dash]!.text, 'right', 0) : null;
  }

  /** The speaker a cue points at, or null when the cue has no usable subject. */
  private fromCue(cue: Cue, side: 'right' | 'left', quoteEdge: number, lo: number, hi: number, distance: number): Attribution | null {
    const tokens = this.tokens;
    const cueText = this.ctx.text.slice(tokens[cue.tokenStart]!.start, tokens[cue.tokenEnd - 1]!.end);
    const make = (ref: SpeakerRef | null): Attribution | null => (ref ? attribution(ref, cueText, side, distance) : null);

    if (cue.kind === 'source-after') {
      const np = this.npRight(cue.tokenEnd, side === 'left' ? quoteEdge : hi);
      return np ? make(this.interpret(np)) : null;
    }
    const leftBound = side === 'right' ? quoteEdge : lo;
    // "Sanders was asked by host Bill Maher, “…”": a passive cue's words are its agent's; with no
    // agent named, its subject did not say them ("the park will be called …", "she was told …").
    if (PASSIVE_AUXILIARIES.has(this.low(cue.tokenStart - 1)) && !cue.participle && tokens[cue.tokenStart]!.normal !== cue.base) {
      // After the quote, a passive speaks of the quote only when it follows it directly ("…,"
      // was the reply); one further on is its own clause's ("… where it is guaranteed by law").
      if (side === 'right' && this.firstWordAfter(quoteEdge, cue.tokenStart) < cue.tokenStart - 1) return null;
      if (this.low(cue.tokenEnd) !== 'by') {
        // "Whitfield was asked, “…”": the words are the unnamed asker's, never the subject's.
        return UNNAMED_SOURCE_PASSIVES.has(cue.base) ? attribution(UNNAMED, cueText, 'unnamed', distance) : null;
      }
      const agent = this.npRight(cue.tokenEnd + 1, side === 'left' ? quoteEdge : hi);
      return agent ? make(this.interpret(agent)) : null;
    }
    const before = this.skipModifiers(cue.tokenStart - 1, leftBound);
    // "…, Spicer said, adding, “…”": a participle after a reporting verb and its comma shares that
    // verb's subject (the clause before it may have a subject of its own).
    if (cue.participle && side === 'left' && tokens[before]?.text === ',') {
      const verb = this.skipModifiers(before - 1, leftBound);
      const reported = verb >= leftBound && !this.inQuote(verb) ? cueAt(tokens, verb) : null;
      if (reported && !reported.participle && reported.tokenEnd === verb + 1) {
        const found = this.fromCue(reported, side, quoteEdge, lo, hi, distance);
        if (found) return { ...found, cue: cueText };
      }
    }
    // "footage of Hillary Clinton asking, …": a name right before a participle is its subject, also
    // across an aside between dashes ("a series of South Dakotans — adults and children — declaring").
    const named = cue.participle ? this.nameBeforeParticiple(before, leftBound) : -1;
    if (named >= 0) {
      const mention = this.coref.references[named]!;
      if (side === 'left' || mention.tokenStart <= this.firstWordAfter(quoteEdge, cue.tokenStart)) return make(this.refFromMention(mention, mention));
    }
    if (cue.participle && before >= leftBound && this.tokens[before]!.text !== ',') {
      const np = this.npLeft(cue.tokenStart - 1, leftBound);
      if (np && (this.coref.referenceAtToken[this.headOf(np.start, np.end)]! >= 0 || this.isPronoun(np.start))) {
        if (side === 'left' || np.start <= this.firstWordAfter(quoteEdge, cue.tokenStart)) return make(this.interpret(np));
      }
    }
    // "… and added", "saying", "to accuse": the subject is the clause's.
    if (cue.participle || (before >= leftBound && COORDINATORS.has(this.low(before)) && !this.inQuote(before))) {
      if (side === 'right' && before >= leftBound && this.firstWordAfter(quoteEdge, cue.tokenStart) < before) return null;
      return make(this.clauseSubject(cue.tokenStart, lo));
    }
    const left = this.npLeft(cue.tokenStart - 1, leftBound);
    if (side === 'right') {
      // The subject must follow the quote directly; otherwise the cue is another clause's.
      const firstWord = this.firstWordAfter(quoteEdge, cue.tokenStart);
      if (left && left.start <= firstWord) return make(this.interpret(left));
      // "…," another friend, Mariam Emara told CNN: a description, a comma, then the name and its verb.
      if (left && left.appositives.length === 0 && tokens[left.start - 1]?.text === ',' && this.coref.referenceAtToken[left.start]! >= 0) {
        const described = this.npRight(firstWord, left.start - 1);
        if (described && described.end === left.start - 1 && this.isSpeakerNoun(this.headOf(described.start, described.end))) return make(this.interpret(left));
      }
      const described = this.describedSubject(firstWord, this.skipModifiers(cue.tokenStart - 1, firstWord) + 1);
      if (described) return make(described);
      const inverts = cue.kind === 'verb' && !NO_INVERSION_VERBS.has(cue.base.split(' ')[0]!);
      // "…," said X; and "…" announced in May, said X: after a comma the subject follows the verb.
      if (inverts && (firstWord >= cue.tokenStart || (this.tokens[cue.tokenStart - 1]?.text === ',' && !left?.appositives.length))) {
        const from = this.nextNonSpace(cue.tokenEnd, hi);
        const described = this.describedSubject(from, this.clauseEnd(from, hi));
        if (described) return make(described);
        const right = this.npRight(cue.tokenEnd, hi);
        if (right) return make(this.interpret(right));
      }
      // "…," lead author Jane Doe, a scientist at …, and …, said: a name right after the quote
      // whose aside runs on, with commas of its own, to the verb.
      const named = this.nameAfterQuote(quoteEdge, cue.tokenStart);
      return named ? make(this.refFromMention(named, named)) : null;
    }
    // "…, explained Rosenberg, “…”": after a comma, a verb with its subject after it, right
    // before the quote.
    if (tokens[cue.tokenStart - 1]?.text === ',' && cue.kind === 'verb' && !NO_INVERSION_VERBS.has(cue.base.split(' ')[0]!)) {
      const right = this.npRight(cue.tokenEnd, quoteEdge);
      if (right && this.onlyMarksBetween(right.end, quoteEdge)) {
        const ref = this.interpret(right);
        if (ref) return make(ref);
      }
    }
    if (left) {
      const verbAt = this.skipModifiers(cue.tokenStart - 1, leftBound) + 1;
      const described = this.describedSubject(this.clauseStart(verbAt, leftBound), verbAt);
      if (described) return make(described);
      // "Protesters marching through the streets chanted": the object of a preposition is not the
      // verb's subject; the clause's is.
      const governed = tokens[left.start - 1];
      if (left.appositives.length === 0 && governed?.pos === 'ADP' && !CLAUSE_OPENERS.has(governed.normal) && !this.inQuote(left.start - 1) && this.coref.referenceAtToken[left.start]! < 0) {
        const subject = this.clauseSubject(cue.tokenStart, lo);
        if (subject?.speaker) return make(subject);
      }
      const ref = this.interpret(left);
      if (ref) return make(ref);
      return null;
    }
    // "Said Smith: …", "Added the minister, …": a clause-initial verb with its subject after it.
    const prior = cue.tokenStart - 1;
    const clauseInitial = prior < lo || this.ends(prior) || tokens[prior]!.text === ':' || (tokens[prior]!.text === ',' && this.inQuote(prior - 1));
    if (clauseInitial && cue.kind === 'verb' && !NO_INVERSION_VERBS.has(cue.base.split(' ')[0]!)) {
      const right = this.npRight(cue.tokenEnd, quoteEdge);
      return right ? make(this.interpret(right)) : null;
    }
    return null;
  }

  /** A person or organization named right after a quote (titles before it allowed) and followed by a comma, before `cueStart`. */
  private nameAfterQuote(quoteEdge: number, cueStart: number): Reference | null {
    const tokens = this.tokens;
    if (tokens[cueStart - 1]?.text !== ',') return null;
    for (let t = this.nextNonSpace(quoteEdge, cueStart), n = 0; t < cueStart && n < NAME_AFTER_QUOTE_TOKENS; t++, n++) {
      const at = this.coref.referenceAtToken[t]!;
      if (at >= 0) {
        const r = this.coref.references[at]!;
        const type = r.referent.type;
        if (r.kind === 'name' && (type === 'PERSON' || type === 'ORG')) return tokens[r.tokenEnd]?.text === ',' ? r : null;
        // "Texas delegate Bill Eastland, …": a place or a group before the name only modifies it.
        t = r.tokenEnd - 1;
        continue;
      }
      if (!isWord(tokens[t]!) || this.inQuote(t)) return null;
    }
    return null;
  }

  /** The reference right before a participle at `before` (or before a dash aside ending there), not a possessor; -1 if none. */
  private nameBeforeParticiple(before: number, leftBound: number): number {
    let k = before;
    if (k >= leftBound && DASHES.has(this.tokens[k]!.text)) {
      let a = k - 1;
      while (a > leftBound && k - a <= APPOSITIVE_MAX_TOKENS && !DASHES.has(this.tokens[a]!.text) && !this.inQuote(a)) a--;
      if (a <= leftBound || !DASHES.has(this.tokens[a]!.text)) return -1;
      k = a - 1;
      while (k >= leftBound && this.tokens[k]!.pos === 'SPACE') k--;
    }
    if (k < leftBound) return -1;
    const at = this.coref.referenceAtToken[k]!;
    return at >= 0 && !this.coref.references[at]!.possessive ? at : -1;
  }

  /** True when a comma or a colon, and nothing else but spaces, stands between tokens `from` and `to`. */
  private onlyMarksBetween(from: number, to: number): boolean {
    let marks = 0;
    for (let t = from; t < to; t++) {
      const tok = this.tokens[t]!;
      if (tok.text === ',' || tok.text === ':') marks++;
      else if (tok.pos !== 'SPACE' && tok.end > tok.start) return false;
    }
    return marks === 1;
  }

  private skipModifiers(j: number, lo: number): number {
    // A word of a name is never a modifier ("Will wrote" is George Will's).
    while (j >= lo && !this.inQuote(j) && this.coref.referenceAtToken[j]! < 0 && (VERB_MODIFIERS.has(this.low(j)) || this.tokens[j]!.pos === 'ADV' || (this.tokens[j]!.pos === 'AUX' && !this.isPronoun(j)))) j--;
    return j;
  }

  private firstWordAfter(from: number, to: number): number {
    for (let t = from; t < to; t++) {
      const tok = this.tokens[t]!;
      if (isWord(tok) && !VERB_MODIFIERS.has(this.low(t))) return t;
    }
    return to;
  }

  /** Is the token part of a speaker noun phrase? */
  private npWord(t: number): boolean {
    const tok = this.tokens[t];
    if (!tok || this.inQuote(t)) return false;
    const low = this.low(t);
    if (CALENDAR_WORDS.has(low)) return false;
    if (POSSESSIVE_MARKS.has(low)) return true;
    if (tok.text === '.' && tok.before === '' && ABBREVIATIONS.has(this.low(t - 1))) return true;
    if ((tok.text === '-' || tok.text === '&') && tok.before === '') return true;
    // Parts of hyphenated compounds ("14th-ranked", "45-year-old").
    if (tok.before === '' && this.tokens[t - 1]?.text === '-') return true;
    if (this.tokens[t + 1]?.text === '-' && this.tokens[t + 1]!.before === '' && isWord(tok)) return true;
    if (tok.pos === 'NOUN' || tok.pos === 'PROPN' || tok.pos === 'ADJ' || tok.pos === 'NUM') return true;
    // A word of a name the names stage found, whatever its tag ("Will wrote", "Fight for $15").
    const at = this.coref.referenceAtToken[t]!;
    if (at >= 0 && this.coref.references[at]!.kind === 'name') return true;
    if (isCapitalized(tok) && isWord(tok) && tok.pos !== 'PRON' && tok.pos !== 'DET' && tok.pos !== 'ADP' && tok.pos !== 'CCONJ' && tok.pos !== 'SCONJ' && tok.pos !== 'AUX') return true;
    return false;
  }

  private isPronoun(t: number): boolean {
    const tok = this.tokens[t];
    return !!tok && SUBJECT_PRONOUNS.has(this.low(t)) && (tok.pos === 'PRON' || tok.pos === 'DET' || tok.pos === 'X' || tok.pos === 'PROPN');
  }

  /** The subject noun phrase that ends at `j` (after verb modifiers, a short PP and an appositive). */
  private npLeft(j: number, lo: number): Np | null {
    const tokens = this.tokens;
    j = this.skipModifiers(j, lo);
    j = this.skipShortPhrase(j, lo);
    const appositives: Array<[number, number]> = [];
    // "X, a spokesman, said", "X (R-Ohio), a panel member, said": up to two asides.
    for (let round = 0; round < APPOSITIVE_CHAIN; round++) {
      const closer = tokens[j]?.text;
      if (j < lo || this.inQuote(j) || !(closer === ',' || closer === ')' || closer === '—' || closer === '–')) break;
      const opener = closer === ')' ? '(' : closer;
      let k = j - 1;
      let n = 0;
      while (k >= lo && n < APPOSITIVE_MAX_TOKENS && !this.inQuote(k) && !this.ends(k) && tokens[k]!.text !== opener) {
        k--;
        n++;
      }
      if (k < lo || this.inQuote(k) || tokens[k]!.text !== opener || k === j - 1) return null;
      appositives.unshift([k + 1, j]);
      j = this.skipModifiers(k - 1, lo);
      // An age between commas: "Marsh, 51, a former prosecutor, told …".
      if (tokens[j]?.pos === 'NUM' && tokens[j - 1]?.text === ',' && j - 2 >= lo) {
        appositives.unshift([j, j + 1]);
        j -= 2;
      }
      if (tokens[j]?.text !== ')') break;
    }
    const found = this.npEndingAt(j, lo);
    if (!found) return null;
    // "Katie Packer, who is chairman of Our Principles PAC said": a relative clause whose
    // closing comma is missing stands between the name and its verb.
    const relative = appositives.length === 0 ? this.relativeClauseHead(found[0], lo) : null;
    if (relative) return relative;
    const np: Np = { start: found[0], end: found[1], appositives };
    const headMention = this.coref.referenceAtToken[this.headOf(found[0], found[1])]!;
    if ((headMention >= 0 && this.coref.references[headMention]!.kind !== 'description') || this.isPronoun(found[0])) return np;
    // "X, the minister of Y, a member of Z, said": the description is itself an appositive of a name.
    if (tokens[found[0] - 1]?.text === ',') {
      const previous = this.npLeftName(found[0] - 1, lo);
      if (previous) return { ...previous, appositives: [[found[0], found[1]], ...appositives] };
    }
    return np;
  }

  /** The head token of the phrase [start, end): the last word before its first preposition, unless that is only a title. */
  private headOf(start: number, end: number): number {
    while (end > start + 1 && POSSESSIVE_MARKS.has(this.low(end - 1))) end--;
    // A person's name at the end, right after a title or a capitalized word, is the head
    // ("Wikileaks editor-in-chief Kristinn Hrafnsson", "Secretary of State Mike Pompeo").
    const last = this.coref.referenceAtToken[end - 1]!;
    if (last >= 0) {
      const name = this.coref.references[last]!;
      const before = this.tokens[name.tokenStart - 1];
      if (name.kind === 'name' && name.referent.type === 'PERSON' && name.tokenStart > start && before && (isCapitalized(before) || ROLE_NOUNS.has(before.normal))) return end - 1;
    }
    let join = -1;
    for (let k = start + 1; k < end; k++) {
      // "editor-in-chief": a preposition inside a hyphenated word joins nothing.
      if (this.tokens[k]!.before === '' && this.tokens[k - 1]!.text === '-') continue;
      if (this.tokens[k]!.pos === 'ADP' && NP_JOINS.has(this.low(k))) {
        join = k;
        break;
      }
    }
    if (join < 0) return end - 1;
    if (this.onlyTitle(start, join) && this.coref.referenceAtToken[end - 1]! >= 0) return end - 1;
    // "one Democrat familiar with the talks": an adjective after the noun takes the preposition.
    let head = join - 1;
    while (head > start && this.tokens[head]!.pos === 'ADJ' && /^(?:NOUN|PROPN)$/.test(this.tokens[head - 1]!.pos)) head--;
    return head;
  }

  /** The name before ", who …" (or ", which …") when the phrase at `start` ends that clause, with no comma after "who". */
  private relativeClauseHead(start: number, lo: number): Np | null {
    for (let k = start - 1, n = 0; k > lo && n < APPOSITIVE_MAX_TOKENS; k--, n++) {
      const tok = this.tokens[k]!;
      if (this.inQuote(k) || this.ends(k) || tok.text === ',') return null;
      if ((tok.normal === 'who' || tok.normal === 'which') && this.tokens[k - 1]?.text === ',') {
        const at = this.coref.referenceAtToken[k - 2]!;
        const named = at >= 0 ? this.coref.references[at]! : null;
        return named && named.kind === 'name' ? { start: named.tokenStart, end: named.tokenEnd, appositives: [[k, start]] } : null;
      }
      // "a White House official who spoke anonymously to discuss strategy said": a restrictive
      // clause on a person; what it ends with is its object, not the subject.
      if (tok.normal === 'who') {
        const found = this.npEndingAt(k - 1, lo);
        if (!found) return null;
        const head = this.headOf(found[0], found[1]);
        const at = this.coref.referenceAtToken[head]!;
        const person = at >= 0 ? ['PERSON', 'ORG'].includes(this.coref.references[at]!.referent.type) : this.isSpeakerNoun(head);
        return person ? { start: found[0], end: found[1], appositives: [[k, start]] } : null;
      }
    }
    return null;
  }

  /** A name before the comma at `comma` that the description after it is an appositive of. */
  private npLeftName(comma: number, lo: number): Np | null {
    const found = this.npEndingAt(comma - 1, lo);
    if (!found || this.coref.referenceAtToken[found[1] - 1]! < 0) return null;
    return { start: found[0], end: found[1], appositives: [] };
  }

  /** Skips "on Tuesday", "in a statement", "last week" right before a verb. */
  private skipShortPhrase(j: number, lo: number): number {
    for (let k = j, n = 0; k >= lo && n < PP_MAX_TOKENS; k--, n++) {
      const tok = this.tokens[k]!;
      if (this.inQuote(k) || tok.pos === 'PUNCT') return j;
      if (PP_BEFORE_VERB.has(this.low(k)) && (tok.pos === 'ADP' || tok.pos === 'ADJ' || tok.pos === 'DET') && k < j) {
        const inner = this.tokens[k + 1]!;
        if (inner.pos === 'NUM' || CALENDAR_WORDS.has(this.low(k + 1)) || inner.pos === 'DET' || inner.pos === 'NOUN' || inner.pos === 'ADJ') return this.skipModifiers(k - 1, lo);
        return j;
      }
      if (!(tok.pos === 'NOUN' || tok.pos === 'NUM' || tok.pos === 'DET' || tok.pos === 'ADJ' || CALENDAR_WORDS.has(this.low(k)))) return j;
    }
    return j;
  }

  /** The noun phrase ending at token `j`, as [start, end), or null. */
  private npEndingAt(j: number, lo: number): [number, number] | null {
    const tokens = this.tokens;
    if (j < lo || this.inQuote(j)) return null;
    const end = j + 1;
    if (this.isPronoun(j)) return [j, end];
    let k = j;
    let joinsUsed = 0;
    while (k >= lo && end - k <= NP_MAX_TOKENS) {
      const tok = tokens[k]!;
      if (this.inQuote(k)) break;
      if (tok.pos === 'DET' || POSSESSIVE_DETERMINERS.has(this.low(k))) {
        k--;
        if (k - 1 >= lo && NP_JOINS.has(this.low(k)) && joinsUsed < 2 && this.npWord(k - 1) && (!WEAK_JOINS.has(this.low(k)) || this.isSpeakerNoun(k - 1))) {
          joinsUsed++;
          k--;
          continue;
        }
        break;
      }
      if (this.npWord(k)) {
        k--;
        continue;
      }
      // "organizing director Ann Fells", "the retired general": a participle that describes the
      // noun after it, at the phrase's start.
      if (this.describingParticiple(k, lo) && k < j && this.npWord(k + 1)) {
        k--;
        continue;
      }
      if (tok.pos === 'ADP' && NP_JOINS.has(this.low(k)) && joinsUsed < 2 && k - 1 >= lo && k < j && this.npWord(k - 1) && (!WEAK_JOINS.has(this.low(k)) || this.isSpeakerNoun(k - 1))) {
        joinsUsed++;
        k--;
        continue;
      }
      break;
    }
    const start = k + 1;
    if (start >= end || !this.hasNoun(start, end)) return null;
    return [start, end];
  }

  /**
   * True when token `t` is a participle that can describe a noun after it: an "-ed" or "-ing"
   * verb right after a determiner, a number or an adjective, or opening the phrase (at `lo`, or
   * after punctuation or a quote).
   */
  private describingParticiple(t: number, lo: number): boolean {
    const tok = this.tokens[t]!;
    if (tok.pos !== 'VERB' || !/(?:ed|ing)$/.test(this.low(t))) return false;
    const before = this.tokens[t - 1];
    return t <= lo || !before || /^(?:DET|NUM|ADJ|PUNCT)$/.test(before.pos) || this.inQuote(t - 1);
  }

  private isSpeakerNoun(t: number): boolean {
    const tok = this.tokens[t]!;
    const low = this.low(t);
    const lemma = tok.lemma;
    // "the 72-year-old"
    if (low === 'old' && this.tokens[t - 1]?.text === '-' && /^years?$/.test(this.low(t - 2))) return true;
    return PEOPLE_NOUNS.has(low) || PEOPLE_NOUNS.has(lemma) || isPluralOf(tok, PEOPLE_NOUNS) || SPOKESPERSON_NOUNS.has(low) || AFFILIATED_NOUNS.has(low);
  }

  /** The noun phrase that starts at `f` ("said Russian … Valery Gerasimov, the chief …"). */
  private npRight(f: number, hi: number): Np | null {
    const tokens = this.tokens;
    if (f >= hi || this.inQuote(f)) return null;
    if (this.isPronoun(f)) return { start: f, end: f + 1, appositives: [] };
    let k = f;
    let joinsUsed = 0;
    while (k < hi && k - f < NP_MAX_TOKENS && !this.inQuote(k)) {
      const tok = tokens[k]!;
      const low = this.low(k);
      if (tok.pos === 'DET' || POSSESSIVE_DETERMINERS.has(low)) {
        if (k === f || NP_JOINS.has(this.low(k - 1))) {
          k++;
          continue;
        }
        break;
      }
      if (this.npWord(k) && !(POSSESSIVE_MARKS.has(low) && k === f)) {
        k++;
        continue;
      }
      const next = tokens[k + 1];
      // "the printed slate card", "one unaligned strategist": a participle that describes the noun after it.
      if (k > f && this.describingParticiple(k, f) && next?.pos !== 'ADP' && this.npWord(k + 1)) {
        k++;
        continue;
      }
      if (tok.pos === 'ADP' && NP_JOINS.has(low) && joinsUsed < 2 && k > f && next && (isCapitalized(next) || next.pos === 'DET' || (!WEAK_JOINS.has(low) && this.npWord(k + 1)))) {
        joinsUsed++;
        k++;
        continue;
      }
      break;
    }
    // Do not end on a preposition or determiner.
    while (k > f && (tokens[k - 1]!.pos === 'ADP' || tokens[k - 1]!.pos === 'DET')) k--;
    if (k <= f || !this.hasNoun(f, k)) return null;
    const appositives: Array<[number, number]> = [];
    if (tokens[k]?.text === ',') {
      let m = k + 1;
      while (m < hi && m - k < APPOSITIVE_MAX_TOKENS && !this.inQuote(m) && !this.ends(m) && tokens[m]!.text !== ',') m++;
      if (m > k + 1) appositives.push([k + 1, m]);
    }
    return { start: f, end: k, appositives };
  }

  private hasNoun(start: number, end: number): boolean {
    for (let k = start; k < end; k++) {
      const tok = this.tokens[k]!;
      if (tok.pos === 'NOUN' || tok.pos === 'PROPN' || this.coref.referenceAtToken[k]! >= 0 || (isCapitalized(tok) && isWord(tok)) || this.isPronoun(k)) return true;
    }
    return false;
  }

  /**
   * An unnamed speaker described by what follows the noun, filling [from, to) exactly: "a person
   * close to the family", "one Democrat familiar with the talks", "someone in the audience". The
   * story gives no name, so the description is the speaker, as written without its determiner.
   * A spokesperson, or an official "at" or "with" a body the story names, is left to the rules
   * that give their words to that body.
   */
  private describedSubject(from: number, to: number): SpeakerRef | null {
    const tokens = this.tokens;
    while (to > from && tokens[to - 1]!.pos === 'SPACE') to--;
    if (to - from > DESCRIPTION_MAX_TOKENS || to - from < 3) return null;
    let k = from;
    const determiner = INDEFINITE_DETERMINERS.has(this.low(k));
    if (determiner) k++;
    // The noun phrase up to its head: modifiers, then the first person noun (or a party or
    // nationality word after a determiner: "one Republican").
    let head = -1;
    for (; k < to && !this.inQuote(k); k++) {
      const tok = tokens[k]!;
      const low = this.low(k);
      // A preposition inside a hyphenated compound ("editor-in-chief") is part of the noun.
      if (DESCRIPTION_PREPOSITIONS.has(low) && tok.pos === 'ADP' && tok.before !== '') break;
      if (tok.pos === 'VERB' || tok.pos === 'AUX' || (tok.pos === 'PUNCT' && tok.text !== '-')) return null;
      if (tok.pos === 'NOUN' || tok.pos === 'PROPN' || tok.pos === 'PRON') head = k;
      else if (tok.pos === 'ADJ' && head >= 0) break;
      else if (tok.pos !== 'ADJ' && tok.pos !== 'ADV' && tok.text !== '-' && !(tok.pos === 'NUM' && k === from)) return null;
    }
    if (head < 0 || k >= to) return null;
    const headLow = this.low(head);
    if (SPOKESPERSON_NOUNS.has(headLow)) return null;
    const nameAt = this.coref.referenceAtToken[head]!;
    const namedHead = nameAt >= 0 && this.coref.references[nameAt]!.kind === 'name';
    const partyWord = namedHead && determiner && isCapitalized(tokens[head]!) && this.coref.references[nameAt]!.tokenStart === head && this.coref.references[nameAt]!.tokenEnd === head + 1;
    if (namedHead && !partyWord) return null;
    if (!partyWord && !this.isSpeakerNoun(head)) return null;
    // What is said of it: an adjective or participle and its preposition ("close to", "familiar
    // with", "involved in"), or a preposition alone ("in the audience").
    let modifier = k;
    const qualified = tokens[modifier]!.pos === 'ADJ' || (tokens[modifier]!.pos === 'VERB' && /(?:ed|ing)$/.test(this.low(modifier)));
    if (qualified) modifier++;
    if (!DESCRIPTION_PREPOSITIONS.has(this.low(modifier)) || tokens[modifier]!.pos !== 'ADP') return null;
    // The object: a noun phrase (joined by "of" at most twice) that ends where the clause does.
    let joins = 0;
    for (let t = modifier + 1; t < to; t++) {
      const tok = tokens[t]!;
      if (this.inQuote(t) || this.ends(t)) return null;
      if (tok.pos === 'ADP' && this.low(t) === 'of' && joins++ < 2) continue;
      if (tok.pos === 'DET' || POSSESSIVE_DETERMINERS.has(this.low(t)) || this.npWord(t)) continue;
      return null;
    }
    // "former secretary of state Hillary Clinton": a person's name right after a noun is the
    // person the title describes ("an adviser to Bill Clinton" describes someone else).
    const lastAt = this.coref.referenceAtToken[to - 1]!;
    const last = lastAt >= 0 ? this.coref.references[lastAt]! : null;
    if (last && last.kind === 'name' && last.referent.type === 'PERSON' && last.tokenEnd === to) {
      const before = tokens[last.tokenStart - 1]!;
      if (before.pos !== 'ADP' && before.pos !== 'DET' && !POSSESSIVE_DETERMINERS.has(before.normal)) return this.refFromMention(last, last);
    }
    // "an official with the State Department": the body the story names is the speaker.
    if (!qualified && AFFILIATED_NOUNS.has(headLow)) {
      const body = this.mentionsIn(modifier + 1, to).find((m) => m.referent.type === 'ORG');
      if (body || REFERRING_ORG_NOUNS.has(tokens[this.lastNoun(modifier + 1, to)]?.lemma ?? '')) return null;
    }
    const first = determiner ? from + 1 : from;
    return { speaker: this.ctx.text.slice(tokens[first]!.start, tokens[to - 1]!.end), referent: null, entityId: null, mention: { start: tokens[from]!.start, end: tokens[to - 1]!.end } };
  }

  /** True when token `t` ends a clause: a sentence's end, a quotation, or a comma, colon or semicolon. */
  private breaksClause(t: number): boolean {
    return this.inQuote(t) || this.ends(t) || CLAUSE_MARKS.has(this.tokens[t]!.text);
  }

  /**
   * The token after the clause that starts at `from` ends, at most `hi`; `from` itself (an empty
   * clause) when it runs on past MAX_LOOKBACK_TOKENS, longer than any description it could hold.
   */
  private clauseEnd(from: number, hi: number): number {
    let t = from;
    while (t < hi && !this.breaksClause(t)) {
      if (t - from >= MAX_LOOKBACK_TOKENS) return from;
      t++;
    }
    return t;
  }

  /**
   * The first token of the clause that ends right before `to`, not before `lo`; `to` itself (an
   * empty clause) when it starts more than MAX_LOOKBACK_TOKENS back, longer than any description.
   */
  private clauseStart(to: number, lo: number): number {
    let t = to;
    while (t > lo && !this.breaksClause(t - 1)) {
      if (to - t >= MAX_LOOKBACK_TOKENS) return to;
      t--;
    }
    return this.nextNonSpace(t, to);
  }

  /**
   * The subject of the clause a cue belongs to when the cue has none of its own: "X spoke,
   * saying …", "X denied it and added …", "X took to Twitter to accuse …". An opening
   * adverbial ("On Wednesday,", "At a rally in Ohio,") is skipped.
   */
  private clauseSubject(cueStart: number, lo: number): SpeakerRef | null {
    let from = cueStart - 1;
    while (from > lo && !this.inQuote(from - 1) && !this.ends(from - 1)) {
      // A clause that starts farther back than any sentence runs has no subject to be read.
      if (cueStart - from >= MAX_LOOKBACK_TOKENS) return null;
      from--;
    }
    from = this.nextNonSpace(from, cueStart);
    // "WASHINGTON, Dec. 8 (UPI) — …": the clause starts after a dateline.
    for (let t = from, n = 0; t < cueStart && n < DATELINE_TOKENS; t++, n++) {
      if (DASHES.has(this.tokens[t]!.text) && this.tokens[t - 1]?.text === ')') {
        from = this.nextNonSpace(t + 1, cueStart);
        break;
      }
    }
    const first = this.tokens[from];
    if (first && (first.pos === 'ADP' || first.pos === 'SCONJ' || first.pos === 'ADV')) {
      for (let t = from; t < cueStart; t++) {
        if (this.tokens[t]!.text === ',') {
          from = t + 1;
          break;
        }
      }
    }
    for (let t = from; t < cueStart; t++) {
      if (this.inQuote(t)) continue;
      if (this.isPronoun(t)) return this.resolvePronoun(t);
      const m = this.coref.referenceAtToken[t]!;
      if (m >= 0) {
        const mention = this.coref.references[m]!;
        // A place set off by a comma ("In Ohio, …") or a name in brackets is not the clause's subject.
        if ((mention.referent.type === 'PLACE' && /^[,(]$/.test(this.tokens[mention.tokenEnd]?.text ?? '')) || this.tokens[mention.tokenStart - 1]?.text === '(') {
          t = mention.tokenEnd - 1;
          continue;
        }
        if (!mention.oblique && !mention.possessive) {
          // "Clinton campaign manager Robby Mook told …": the name may only modify the subject's head.
          let end = mention.tokenEnd;
          while (end < cueStart && this.npWord(end) && !POSSESSIVE_MARKS.has(this.low(end)) && !cueAt(this.tokens, end, true)) end++;
          if (end > mention.tokenEnd) {
            const ref = this.interpret({ start: mention.tokenStart, end, appositives: [] });
            if (ref?.speaker) return ref;
          }
          return this.refFromMention(mention, mention);
        }
        // "Ryan's campaign shrugged it off, telling reporters …": the possessor's body speaks.
        if (mention.possessive && !mention.oblique) {
          let end = mention.tokenEnd;
          while (end < cueStart && this.npWord(end) && !cueAt(this.tokens, end, true)) end++;
          const ref = end > mention.tokenEnd + 1 ? this.interpret({ start: mention.tokenStart, end, appositives: [] }) : null;
          if (ref?.speaker) return ref;
        }
        t = mention.tokenEnd - 1;
        continue;
      }
      const tok = this.tokens[t]!;
      if ((tok.pos === 'NOUN' || tok.pos === 'PROPN') && this.isSpeakerNoun(t)) {
        let start = t;
        while (start > from && (this.tokens[start - 1]!.pos === 'DET' || this.tokens[start - 1]!.pos === 'ADJ')) start--;
        // The whole phrase, with what it is "of" or "for" ("a spokeswoman for the committee").
        const np = this.npRight(start, cueStart);
        return this.interpret(np && np.end > t ? np : { start, end: t + 1, appositives: [] });
      }
      if (tok.pos === 'VERB') break;
    }
    return null;
  }

  /** Resolves a speaker noun phrase to a name, a referent or a bare nominal; null if it cannot speak. */
  interpret(np: Np): SpeakerRef | null {
    const tokens = this.tokens;
    const { start } = np;
    let end = np.end;
    while (end > start + 1 && POSSESSIVE_MARKS.has(this.low(end - 1))) end--;
    if (end - start === 1 && this.isPronoun(start)) return this.resolvePronoun(start);

    const head = this.headOf(start, end);
    const headMention = this.coref.referenceAtToken[head]!;
    if (headMention >= 0) {
      const mention = this.coref.references[headMention]!;
      return this.refFromMention(mention, mention);
    }
    const headTok = tokens[head]!;
    const headWord = this.low(head);
    const headLemma = headTok.lemma || headWord;
    const appositiveName = this.appositiveName(np);
    const determiner = this.low(start);

    // (Every noun of an issued document is a document's noun.)
    if (SPOKESPERSON_NOUNS.has(headWord) || AFFILIATED_NOUNS.has(headWord) || DOCUMENT_NOUNS.has(headLemma)) {
      if (appositiveName && !DOCUMENT_NOUNS.has(headLemma)) return this.refFromMention(appositiveName, appositiveName);
      // An unnamed official, aide or source is reported as the story describes them ("a State
      // Department official"); a spokesperson's words are their principal's.
      if (AFFILIATED_NOUNS.has(headWord) && !SPOKESPERSON_NOUNS.has(headWord)) return head > start && !DEFINITE_DETERMINERS.has(this.low(head - 1)) ? this.phraseNominal(np, head) : this.bareNominal(np, head);
      const affiliation = this.affiliation(start, end, head);
      if (affiliation) return affiliation;
      // "the statement said": whoever the story said issued it; an unnamed spokesperson speaks
      // for the last organization named. Without either, the document or person as written.
      if (ISSUED_DOCUMENT_NOUNS.has(headLemma)) {
        const issuer = this.issuerOf(head);
        if (issuer) return this.refFromMention(issuer, null, np);
      } else if (SPOKESPERSON_NOUNS.has(headWord)) {
        // The body the story was last about: the organization last a subject (a body merely
        // named in passing is not it).
        const org = this.recentReferent(head, (c) => c.type === 'ORG', ISSUER_PARAGRAPH_WINDOW, true);
        if (org) return this.refFromMention(org, null, np);
      }
      return this.possessorOf(start, head) ?? this.bareNominal(np, head);
    }
    if (appositiveName) return this.refFromMention(appositiveName, appositiveName);
    if (REFERRING_ORG_NOUNS.has(headLemma) && !isCapitalized(headTok)) {
      // "Petrov's office" speaks for Petrov; "the Trump campaign" is that campaign, not the last body named.
      const modifier = this.mentionsIn(start, head).at(-1);
      if (modifier && headWord === 'office' && modifier.possessive) return this.refFromMention(modifier, modifier);
      if (modifier) return this.phraseNominal(np, head);
      const org =
        this.recentReferent(head, (c) => c.type === 'ORG' && hasNameWord(c, headLemma, headWord), NOMINAL_PARAGRAPH_WINDOW) ??
        (definite(determiner) ? this.recentSubjectOrg(head) : null);
      if (org) return this.refFromMention(org, null, np);
      return this.bareNominal(np, head);
    }
    if (!this.isSpeakerNoun(head)) {
      // An unknown capitalized word ("Officials", a name the chain missed) still names someone.
      if (isCapitalized(headTok) && headTok.pos === 'PROPN' && !ROLE_NOUNS.has(headTok.normal)) return this.bareNominal(np, head, true);
      // "Barrett's dictum was", "her economic plan promises": what someone's words or plans say, they say.
      const possessor = this.possessorOf(start, head);
      if (possessor) return possessor;
      // Whatever the subject of a reporting verb is, it is what the story says spoke ("said the
      // printed slate card", "a voice-over in the ad states").
      if (headTok.pos === 'NOUN') return this.bareNominal(np, head);
      return null;
    }
    // A person described by a role ("the general") is a reference of the coreference stage
    // when the story says who it is; otherwise it is reported by its head noun.
    return this.bareNominal(np, head);
  }

  /** The person or organization that owns the phrase before `head` ("Barrett's", "her", "its"), or null. */
  private possessorOf(start: number, head: number): SpeakerRef | null {
    const speaks = (r: Referent): boolean => r.type === 'PERSON' || r.type === 'ORG';
    for (let k = start; k < head; k++) {
      const low = this.low(k);
      const at = this.coref.referenceAtToken[k]!;
      const reference = at >= 0 ? this.coref.references[at]! : null;
      if (POSSESSIVE_DETERMINERS.has(low)) {
        // The coreference stage's reading of the pronoun, else the body last named for "its"/"their".
        if (reference && speaks(reference.referent)) return this.refFromMention(reference, null, { start: k, end: k + 1, appositives: [] });
        const org = low === 'its' || low === 'their' ? this.recentReferent(k, (c) => c.type === 'ORG', PRONOUN_PARAGRAPH_WINDOW) : null;
        return org ? this.refFromMention(org, null, { start: k, end: k + 1, appositives: [] }) : null;
      }
      if (!reference) continue;
      if (reference.possessive && speaks(reference.referent)) return this.refFromMention(reference, reference);
      k = reference.tokenEnd - 1;
    }
    return null;
  }

  /** True when [start, end) is only capitalized titles ("Secretary" in "Secretary of State Mike Pompeo"). */
  private onlyTitle(start: number, end: number): boolean {
    for (let k = start; k < end; k++) {
      const low = this.low(k);
      if (!isCapitalized(this.tokens[k]!)) return false;
      if (!ROLE_NOUNS.has(low) && !ROLE_NOUNS.has(expandRole(low))) return false;
    }
    return true;
  }

  private appositiveName(np: Np): Reference | null {
    for (const [a, b] of np.appositives) {
      const name = this.nameIn(a, Math.min(b, a + 6));
      // "a Syrian refugee": a nationality or a place describes the speaker and names nobody.
      if (name && name.referent.type !== 'ORG' && name.referent.type !== 'NORP' && name.referent.type !== 'PLACE' && name.tokenStart <= a + 3) return name;
    }
    return null;
  }

  /** "a spokesman for the Pentagon", "the ministry's spokeswoman", "a Pentagon official", "his spokesman". */
  private affiliation(start: number, end: number, head: number): SpeakerRef | null {
    const tokens = this.tokens;
    for (let k = head + 1; k < end; k++) {
      if (!NP_JOINS.has(this.low(k))) continue;
      const name = this.mentionsIn(k + 1, end)[0];
      if (name) return this.refFromMention(name, name);
      const nominal = this.lastNoun(k + 1, end);
      if (nominal >= 0 && REFERRING_ORG_NOUNS.has(tokens[nominal]!.lemma)) {
        const lemma = tokens[nominal]!.lemma;
        const org = this.recentReferent(nominal, (c) => c.type === 'ORG' && hasNameWord(c, lemma), NOMINAL_PARAGRAPH_WINDOW);
        if (org) return this.refFromMention(org, null, { start: k + 1, end, appositives: [] });
        return this.bareNominal({ start: k + 1, end, appositives: [] }, nominal);
      }
    }
    const before = this.nameIn(start, head);
    // "a Pentagon official" names the body; "a Democratic source" only describes one.
    if (before && before.kind === 'name' && (before.referent.type === 'ORG' || before.tokenEnd - before.tokenStart > 1 || this.tokens[before.tokenStart]!.pos === 'PROPN') && !isNationality(this.low(before.tokenStart))) return this.refFromMention(before, before);
    for (let k = start; k < head; k++) {
      const low = this.low(k);
      if (low === 'his' || low === 'her') {
        const ref = this.resolvePronoun(k);
        if (ref?.speaker) return ref;
      }
      if (low === 'its' || low === 'their') {
        const org = this.recentReferent(k, (c) => c.type === 'ORG', PRONOUN_PARAGRAPH_WINDOW);
        if (org) return this.refFromMention(org, null, { start: k, end: k + 1, appositives: [] });
      }
      if (REFERRING_ORG_NOUNS.has(tokens[k]!.lemma) && POSSESSIVE_MARKS.has(this.low(k + 1))) {
        const lemma = tokens[k]!.lemma;
        const org = this.recentReferent(k, (c) => c.type === 'ORG' && hasNameWord(c, lemma), NOMINAL_PARAGRAPH_WINDOW);
        if (org) return this.refFromMention(org, null, { start: k, end: k + 1, appositives: [] });
      }
    }
    return null;
  }

  private lastNoun(start: number, end: number): number {
    for (let k = end - 1; k >= start; k--) if (this.tokens[k]!.pos === 'NOUN') return k;
    return -1;
  }

  private nameIn(start: number, end: number): Reference | null {
    const inside = this.mentionsIn(start, end);
    return inside.length > 0 ? inside[inside.length - 1]! : null;
  }

  private mentionsIn(start: number, end: number): Reference[] {
    const found: Reference[] = [];
    let last = -1;
    for (let k = start; k < end; k++) {
      const m = this.coref.referenceAtToken[k]!;
      if (m >= 0 && m !== last) {
        found.push(this.coref.references[m]!);
        last = m;
      }
    }
    return found;
  }

  /** An unresolved nominal, reported by its head noun ("protesters", "a witness" → "witness"). */
  private bareNominal(np: Np, head: number, wholeName = false): SpeakerRef {
    const tokens = this.tokens;
    if (this.low(head) === 'old' && tokens[head - 1]?.text === '-') return this.phraseNominal(np, head);
    // A common noun is reported in lower case ("Protesters chanted" → "protesters").
    const headTok = tokens[head]!;
    // A title is reported as a description in lower case ("the General said" → "general"), never as a name.
    const common = headTok.pos === 'NOUN' || ROLE_NOUNS.has(headTok.normal) || (isPluralOf(headTok, PEOPLE_NOUNS) && !isNationality(headTok.normal));
    let text = common ? headTok.text.toLowerCase() : headTok.text;
    if (wholeName) {
      let a = head;
      while (a > np.start && isCapitalized(tokens[a - 1]!) && tokens[a - 1]!.pos !== 'DET') a--;
      text = this.ctx.text.slice(tokens[a]!.start, tokens[head]!.end);
    }
    return { speaker: text, referent: null, entityId: null, mention: { start: tokens[np.start]!.start, end: tokens[Math.max(np.start, np.end - 1)]!.end } };
  }

  /** A nominal reported as written, without its determiner ("the Trump campaign" → "Trump campaign"). */
  private phraseNominal(np: Np, head: number): SpeakerRef {
    const tokens = this.tokens;
    let a = np.start;
    while (a < head && (tokens[a]!.pos === 'DET' || POSSESSIVE_DETERMINERS.has(this.low(a)))) a++;
    return { speaker: this.ctx.text.slice(tokens[a]!.start, tokens[head]!.end), referent: null, entityId: null, mention: { start: tokens[np.start]!.start, end: tokens[head]!.end } };
  }

  /** The most recent narrative reference before token `t` whose referent passes `accept`, within `paragraphs`. */
  private recentReferent(t: number, accept: (r: Referent) => boolean, paragraphs: number, subjectOnly = false): Reference | null {
    const paragraph = this.ctx.paragraphOfToken[t]!;
    const last = lastReferenceBefore(this.coref, t);
    const stop = Math.max(0, last - MAX_ANTECEDENTS);
    for (let i = last; i >= stop; i--) {
      const r = this.coref.references[i]!;
      if (r.paragraph < paragraph - paragraphs) break;
      if (!this.inQuote(r.tokenStart) && (!subjectOnly || r.subject) && accept(r.referent)) return r;
    }
    return null;
  }

  /**
   * "The company said …" with no company named so: the organization that was last the subject
   * of a sentence, within a couple of paragraphs (an outlet or a body merely mentioned is not it).
   */
  private recentSubjectOrg(t: number): Reference | null {
    return this.recentReferent(t, (c) => c.type === 'ORG', ORG_SUBJECT_PARAGRAPH_WINDOW, true);
  }

  /**
   * "he", "she", "it", "they" at token `t`, as the coreference stage resolved it; "they" after
   * a group of people ("Protesters … They said") is that group. Unresolved, the pronoun still
   * shows that someone speaks: a speaker of null, not no cue.
   */
  private resolvePronoun(t: number): SpeakerRef | null {
    const kind = SUBJECT_PRONOUNS.has(this.low(t)) ? PRONOUNS[this.low(t)] : undefined;
    if (kind === undefined) return null;
    const unknown: SpeakerRef = { speaker: null, referent: null, entityId: null, mention: { start: this.tokens[t]!.start, end: this.tokens[t]!.end } };
    if (kind === 'self') return unknown;
    if (kind === 'plural') {
      const group = this.recentGroup(t);
      if (group) return group;
    }
    const at = this.coref.referenceAtToken[t]!;
    if (at < 0) return unknown;
    const reference = this.coref.references[at]!;
    if ((kind === 'm' || kind === 'f') && reference.referent.type !== 'PERSON') return unknown;
    return this.refFromMention(reference, null, { start: t, end: t + 1, appositives: [] });
  }

  /**
   * "Protesters marched … They said …": the plural people noun that is the subject of the
   * pronoun's sentence or the one before, reported by its head noun.
   */
  private recentGroup(t: number): SpeakerRef | null {
    const sentence = sentenceOfToken(this.ctx.doc, t);
    const lo = this.ctx.paragraphTokens[this.ctx.paragraphOfToken[t]!]![0];
    let sentencesBack = 0;
    let found: SpeakerRef | null = null;
    for (let k = t - 1; k >= lo && sentencesBack <= GROUP_SENTENCE_WINDOW && t - k <= MAX_LOOKBACK_TOKENS; k--) {
      const tok = this.tokens[k]!;
      if (tok.sentence >= 0 && tok.sentence < sentence - sentencesBack) sentencesBack = sentence - tok.sentence;
      if (sentencesBack > GROUP_SENTENCE_WINDOW || this.inQuote(k)) continue;
      if (tok.pos !== 'NOUN' || !tok.normal.endsWith('s') || tok.lemma === tok.normal || !this.isSpeakerNoun(k)) continue;
      // A subject: followed by its verb (or by "who …"), not the object of a preposition.
      const before = this.tokens[k - 1];
      const after = this.tokens[k + 1];
      if (before?.pos === 'ADP' || !after || !(after.pos === 'VERB' || after.pos === 'AUX' || this.low(k + 1) === 'who')) continue;
      found = { speaker: tok.text, referent: null, entityId: null, mention: { start: this.tokens[t]!.start, end: this.tokens[t]!.end } };
    }
    return found;
  }

  /**
   * Who issued the document named at `head` ("the statement"): the subject of the sentence
   * that brought the document in ("Acme issued a statement …", "Acme said in a statement …"),
   * found from the last earlier mention of the same noun within a few paragraphs.
   */
  private issuerOf(head: number): Reference | null {
    return cached(this.issuers, head, () => this.findIssuer(head));
  }

  private findIssuer(head: number): Reference | null {
    const lemma = this.tokens[head]!.lemma;
    const paragraph = this.ctx.paragraphOfToken[head]!;
    for (let t = head - 1; t >= 0 && this.ctx.paragraphOfToken[t]! >= paragraph - ISSUER_PARAGRAPH_WINDOW; t--) {
      if (this.inQuote(t) || this.tokens[t]!.lemma !== lemma) continue;
      const sentence = this.tokens[t]!.sentence;
      for (let k = t - 1; k >= 0 && this.tokens[k]!.sentence === sentence && t - k <= MAX_LOOKBACK_TOKENS; k--) {
        const at = this.coref.referenceAtToken[k]!;
        if (at < 0) continue;
        const r = this.coref.references[at]!;
        if (r.subject && !this.inQuote(r.tokenStart) && (r.referent.type === 'ORG' || r.referent.type === 'PERSON')) return r;
        k = r.tokenStart;
      }
      return null;
    }
    return null;
  }

  /** A speaker reference for a reference's referent, pointing at `at` (or at `np` when given). */
  refFromMention(mention: Reference, at: Reference | null, np?: Np): SpeakerRef {
    const r = mention.referent;
    const speaker = mention.ambiguous ? this.ctx.text.slice(mention.start, mention.end) : r.name;
    const where = at ? { start: at.start, end: at.end } : np ? { start: this.tokens[np.start]!.start, end: this.tokens[np.end - 1]!.end } : { start: mention.start, end: mention.end };
    return { speaker, referent: r, entityId: r.entityId, mention: where };
  }

  /**
   * The speaker introduced before a quote that has no cue of its own: the subject of the
   * narrative sentence right before it in the paragraph ("Smith was blunt. “…”").
   */
  introducer(q: number): Attribution | null {
    const [qs] = this.ctx.spanTokens[q]!;
    const [lo] = this.ctx.paragraphTokens[this.ctx.spans[q]!.paragraph]!;
    let end = qs;
    while (end > lo && (this.tokens[end - 1]!.pos === 'PUNCT' || this.tokens[end - 1]!.pos === 'SPACE') && !this.inQuote(end - 1)) end--;
    if (end <= lo || this.inQuote(end - 1)) return null;
    // "…, Schiff said. “…”": a reporting verb in that sentence names the speaker.
    for (let t = end - 1; t >= lo && !this.inQuote(t) && !this.ends(t); t--) {
      const cue = cueAt(this.tokens, t);
      if (!cue || cue.kind === 'naming') continue;
      const found = this.fromCue(cue, 'left', end, lo, end, 0);
      if (found?.speaker) return inherited(found);
    }
    const ref = this.clauseSubject(end, lo);
    return ref?.speaker ? inherited(ref) : null;
  }

  /** The last reporting subject in a paragraph's narrative (for a quote that opens the next one). */
  lastReporter(paragraph: number): Attribution | null {
    return cached(this.reporters, paragraph, () => this.findLastReporter(paragraph));
  }

  private findLastReporter(paragraph: number): Attribution | null {
    const [lo, hi] = this.ctx.paragraphTokens[paragraph]!;
    for (let t = hi - 1; t >= lo; t--) {
      if (this.inQuote(t)) continue;
      const cue = cueAt(this.tokens, t);
      if (!cue || cue.kind === 'naming') continue;
      const found = this.fromCue(cue, 'left', hi, lo, hi, 0);
      if (found?.referent) return inherited(found);
    }
    return null;
  }

  /** True when the paragraph's narrative ends with a colon (it introduces what follows). */
  endsWithColon(paragraph: number): boolean {
    const [lo, hi] = this.ctx.paragraphTokens[paragraph]!;
    for (let t = hi - 1; t >= lo; t--) {
      const tok = this.tokens[t]!;
      if (tok.pos === 'SPACE' || tok.end <= tok.start) continue;
      return tok.text === ':' && !this.inQuote(t);
    }
    return false;
  }

  /** The subject of a paragraph whose last sentence ends with a colon ("The Times reports:"). */
  colonSubject(paragraph: number): Attribution | null {
    return cached(this.colonSubjects, paragraph, () => this.findColonSubject(paragraph));
  }

  private findColonSubject(paragraph: number): Attribution | null {
    const [lo, hi] = this.ctx.paragraphTokens[paragraph]!;
    let end = hi;
    while (end > lo && this.tokens[end - 1]!.text !== ':') end--;
    if (end <= lo) return null;
    for (let t = end - 2; t >= lo; t--) {
      if (this.inQuote(t) || this.ends(t)) break;
      const cue = cueAt(this.tokens, t);
      if (cue) {
        const found = this.fromCue(cue, 'left', end - 1, lo, end, 0);
        if (found) return attribution(found, found.cue, 'inherited', 0);
      }
    }
    const ref = this.clauseSubject(end - 1, lo);
    return ref?.speaker ? inherited(ref) : null;
  }
}

/** True when the referent's name has one of `words` ("the ministry" → "Defense Ministry"). */
function hasNameWord(r: Referent, ...words: string[]): boolean {
  for (const w of r.name.toLowerCase().split(/\s+/)) if (words.includes(w)) return true;
  return false;
}

/** The value `map` holds for `key`, computed and kept on first use. */
function cached<K, V>(map: Map<K, V>, key: K, compute: () => V): V {
  if (map.has(key)) return map.get(key)!;
  const value = compute();
  map.set(key, value);
  return value;
}
