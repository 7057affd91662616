/**
 * Speaker attribution: for each quote span, the reporting cue next to it ("he said",
 * "said X", "X told reporters:", "according to X") and the noun phrase that is its subject,
 * resolved to the fullest name in the article through the mention chain — names directly,
 * pronouns to the right earlier person, nominals ("the general", "the ministry") by the
 * roles the article gave its people, unnamed spokespeople to the body they speak for.
 */
import type { Token } from '../../nlp/doc.js';
import { type QuoteContext, isCapitalized, isTerminator, isWord } from './context.js';
import { type Cue, cueAt } from './cues.js';
import { type Cluster, type NameIndex, type NameMention, expandRole, lastMentionBefore } from './mentions.js';
import { DOCUMENT_NOUNS, GENDERED_ROLE_NOUNS, ORG_NOUNS, PERSON_ROLE_NOUNS, SPEAKER_PRONOUNS, SPOKESPERSON_NOUNS, CALENDAR_WORDS } from '../../data/quotes-lexicon.js';

/** Who a quote is attributed to, and how that was found. */
export interface Attribution {
  speaker: string | null;
  cluster: Cluster | null;
  entityId: string | null;
  /** Offsets of the words that name or refer to the speaker. */
  mention: { start: number; end: number } | null;
  cue: string | null;
  /** Where the attribution came from: a cue after or before the quote, or another quote. */
  source: 'right' | 'left' | 'inherited' | 'none';
}

/** Tokens after a quote searched for a cue ("…," the former senator from Ohio said). */
const RIGHT_WINDOW = 30;
/** Tokens before a quote searched for a cue (the writer's sentence leading into it). */
const LEFT_WINDOW = 45;
/** Longest noun phrase (in tokens) taken as a speaker. */
const NP_MAX_TOKENS = 16;
/** Longest appositive (in tokens) skipped between a name and its verb. */
const APPOSITIVE_MAX_TOKENS = 25;
/** Prepositions that may sit inside a speaker phrase ("a spokesman for the ministry"). */
const NP_JOINS = new Set(['of', 'for', 'at', 'from']);
/** Words between a subject and its reporting verb that do not break the link. */
const VERB_MODIFIERS = new Set(['also', 'later', 'then', 'once', 'previously', 'recently', 'further', 'again', 'repeatedly', 'simply', 'flatly', 'quickly', 'has', 'had', 'have', 'would', 'will', 'could', 'might', 'did', 'does', 'do', "'d", "'ve", 'not', 'never', 'just', 'still', 'reportedly', 'allegedly', 'publicly', 'privately', 'separately', 'earlier', 'subsequently', 'finally', 'first', 'often', 'always', 'famously', 'once', 'told', 'is', 'was', 'were', 'are', 'be', 'been', 'being']);
/** Determiners that make a nominal refer to a known referent ("the general"). */
const DEFINITE = new Set(['the', 'this', 'that', 'his', 'her', 'their', 'its', 'our']);
/** Possessive determiners ("his spokeswoman"). */
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your']);
/** How many paragraphs back a pronoun or nominal may reach for its referent. */
const PRONOUN_PARAGRAPH_WINDOW = 3;
const NOMINAL_PARAGRAPH_WINDOW = 12;
/**
 * Pronoun resolution scores: each sentence of distance costs SENTENCE_COST; a referent in
 * subject position gains SUBJECT_BONUS; the previous quote's speaker gains SPEAKER_BONUS
 * (articles tend to stay with one speaker); a possessive or prepositional mention loses
 * OBLIQUE_COST (it is rarely what the next "he" means).
 */
const SENTENCE_COST = 1;
const SUBJECT_BONUS = 1.5;
const SPEAKER_BONUS = 1.5;
const OBLIQUE_COST = 1;
/** Nouns for unnamed sources whose organization, if given, is the speaker ("a Pentagon official"). */
const AFFILIATED_NOUNS = new Set(['official', 'officials', 'source', 'sources', 'aide', 'aides', 'staffer', 'staffers', 'representative', 'representatives', 'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople']);

interface Np {
  start: number;
  end: number;
  appositive: [number, number] | null;
}

/** Mutable resolution state carried through the document. */
export interface AttributionState {
  lastSpeaker: Cluster | null;
}

export class Attributor {
  constructor(
    private readonly ctx: QuoteContext,
    private readonly names: NameIndex,
  ) {}

  private get tokens(): readonly Token[] {
    return this.ctx.tokens;
  }

  private inQuote(t: number): boolean {
    return this.ctx.quoteOfToken[t]! >= 0;
  }

  /** The attribution a quote gets from a cue right after or before it, or null. */
  ownCue(q: number, state: AttributionState): Attribution | null {
    const [qs, qe] = this.ctx.spanTokens[q]!;
    const paragraph = this.ctx.spans[q]!.paragraph;
    const [lo, hi] = this.ctx.paragraphTokens[paragraph]!;
    const tokens = this.tokens;

    // 1. A cue right after the quote: "…," he said / said X / X, a spokesman, said.
    let leading = true;
    for (let t = qe; t < hi && t < qe + RIGHT_WINDOW; t++) {
      if (this.inQuote(t) || isTerminator(tokens[t]!)) break;
      const cue = cueAt(tokens, t);
      if (cue) {
        const found = this.fromCue(cue, 'right', qe, lo, hi, state);
        if (found) return found;
      }
      if (isWord(tokens[t]!)) leading = false;
      void leading;
    }
    // 2. A cue before the quote in the same sentence: X said: "…" / X said he would "…".
    for (let t = qs - 1; t >= lo && t >= qs - LEFT_WINDOW; t--) {
      if (this.inQuote(t) || isTerminator(tokens[t]!)) break;
      const cue = cueAt(tokens, t);
      if (cue && cue.tokenEnd <= qs) {
        const found = this.fromCue(cue, 'left', qs, lo, hi, state);
        if (found) return found;
      }
    }
    return null;
  }

  /** The speaker a cue points at, or null when the cue has no usable subject. */
  private fromCue(cue: Cue, side: 'right' | 'left', quoteEdge: number, lo: number, hi: number, state: AttributionState): Attribution | null {
    const tokens = this.tokens;
    const cueText = this.ctx.text.slice(tokens[cue.tokenStart]!.start, tokens[cue.tokenEnd - 1]!.end);
    const make = (ref: SpeakerRef | null, source: 'right' | 'left'): Attribution | null => (ref ? { ...ref, cue: cueText, source } : null);

    if (cue.kind === 'source-after') {
      const np = this.npRight(cue.tokenEnd, hi);
      return np ? make(this.interpret(np, state), side) : null;
    }
    const left = this.npLeft(cue.tokenStart - 1, side === 'right' ? quoteEdge : lo);
    if (side === 'right') {
      // The subject must follow the quote directly; otherwise the cue is another clause's.
      const firstWord = this.firstWordAfter(quoteEdge, cue.tokenStart);
      if (left && left.start <= firstWord) return make(this.interpret(left, state), side);
      if (!left && firstWord >= cue.tokenStart) {
        if (cue.participle) return make(this.clauseSubject(cue.tokenStart, lo, state), side);
        if (cue.kind === 'naming') return null;
        const right = this.npRight(cue.tokenEnd, hi);
        return right ? make(this.interpret(right, state), side) : null;
      }
      return null;
    }
    if (left) return make(this.interpret(left, state), side);
    if (cue.participle) return make(this.clauseSubject(cue.tokenStart, lo, state), side);
    if (cue.kind === 'naming') return null;
    const right = this.npRight(cue.tokenEnd, quoteEdge);
    return right ? make(this.interpret(right, state), side) : null;
  }

  private firstWordAfter(from: number, to: number): number {
    for (let t = from; t < to; t++) {
      const tok = this.tokens[t]!;
      if (isWord(tok) && !VERB_MODIFIERS.has(tok.normal) && tok.normal !== 'and' && tok.normal !== 'but') return t;
    }
    return to;
  }

  /** Is the token part of a speaker noun phrase? */
  private npWord(t: number): boolean {
    const tok = this.tokens[t];
    if (!tok || this.inQuote(t)) return false;
    if (CALENDAR_WORDS.has(tok.normal)) return false;
    if (tok.normal === "'s" || tok.normal === '’s') return true;
    if ((tok.text === '-' || tok.text === '&') && tok.before === '') return true;
    if (tok.pos === 'NOUN' || tok.pos === 'PROPN' || tok.pos === 'ADJ' || tok.pos === 'NUM') return true;
    if (isCapitalized(tok) && isWord(tok) && tok.pos !== 'PRON' && tok.pos !== 'DET' && tok.pos !== 'ADP' && tok.pos !== 'CCONJ' && tok.pos !== 'SCONJ' && tok.pos !== 'AUX') return true;
    return false;
  }

  private isPronoun(t: number): boolean {
    const tok = this.tokens[t];
    return !!tok && tok.normal in SPEAKER_PRONOUNS && (tok.pos === 'PRON' || tok.pos === 'DET' || tok.pos === 'X' || tok.pos === 'PROPN');
  }

  /** The subject noun phrase that ends at `j` (after verb modifiers and an appositive). */
  private npLeft(j: number, lo: number): Np | null {
    const tokens = this.tokens;
    while (j >= lo && !this.inQuote(j) && (VERB_MODIFIERS.has(tokens[j]!.normal) || tokens[j]!.pos === 'ADV' || (tokens[j]!.pos === 'AUX' && !this.isPronoun(j)))) j--;
    let appositive: [number, number] | null = null;
    const closer = tokens[j]?.text;
    if (j >= lo && !this.inQuote(j) && (closer === ',' || closer === ')' || closer === '—' || closer === '–')) {
      const opener = closer === ')' ? '(' : closer;
      let k = j - 1;
      let n = 0;
      while (k >= lo && n < APPOSITIVE_MAX_TOKENS && !this.inQuote(k) && !isTerminator(tokens[k]!) && tokens[k]!.text !== opener) {
        k--;
        n++;
      }
      if (k < lo || this.inQuote(k) || tokens[k]!.text !== opener || k === j - 1) return null;
      appositive = [k + 1, j];
      j = k - 1;
    }
    if (j < lo || this.inQuote(j)) return null;
    const end = j + 1;
    if (this.isPronoun(j)) return { start: j, end, appositive };
    let k = j;
    let joinsUsed = 0;
    while (k >= lo && end - k <= NP_MAX_TOKENS) {
      const tok = tokens[k]!;
      if (this.inQuote(k)) break;
      if (tok.pos === 'DET' || POSSESSIVE_DETERMINERS.has(tok.normal)) {
        k--;
        if (k - 1 >= lo && NP_JOINS.has(tokens[k]?.normal ?? '') && joinsUsed < 2 && this.npWord(k - 1)) {
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
      if (tok.pos === 'ADP' && NP_JOINS.has(tok.normal) && joinsUsed < 2 && k - 1 >= lo && this.npWord(k - 1) && k < j) {
        joinsUsed++;
        k--;
        continue;
      }
      break;
    }
    const start = k + 1;
    if (start >= end) return appositive ? null : null;
    if (!this.hasNoun(start, end)) return null;
    return { start, end, appositive };
  }

  /** The noun phrase that starts at `f` ("said Russian … Valery Gerasimov, the chief …"). */
  private npRight(f: number, hi: number): Np | null {
    const tokens = this.tokens;
    if (f >= hi || this.inQuote(f)) return null;
    if (this.isPronoun(f)) return { start: f, end: f + 1, appositive: null };
    let k = f;
    let joinsUsed = 0;
    while (k < hi && k - f < NP_MAX_TOKENS && !this.inQuote(k)) {
      const tok = tokens[k]!;
      if (tok.pos === 'DET' || POSSESSIVE_DETERMINERS.has(tok.normal)) {
        if (k === f || NP_JOINS.has(tokens[k - 1]!.normal)) {
          k++;
          continue;
        }
        break;
      }
      if (this.npWord(k) && tok.normal !== "'s" && tok.normal !== '’s') {
        k++;
        continue;
      }
      if ((tok.normal === "'s" || tok.normal === '’s') && k > f) {
        k++;
        continue;
      }
      if (tok.pos === 'ADP' && (tok.normal === 'of' || tok.normal === 'for' || ((tok.normal === 'at' || tok.normal === 'from') && isCapitalized(tokens[k + 1] ?? tok))) && joinsUsed < 2 && k > f && this.npWord(k + 1) || (tok.pos === 'ADP' && NP_JOINS.has(tok.normal) && joinsUsed < 2 && k > f && (tokens[k + 1]?.pos === 'DET'))) {
        joinsUsed++;
        k++;
        continue;
      }
      break;
    }
    // Do not end on a preposition or determiner.
    while (k > f && (tokens[k - 1]!.pos === 'ADP' || tokens[k - 1]!.pos === 'DET')) k--;
    if (k <= f || !this.hasNoun(f, k)) return null;
    let appositive: [number, number] | null = null;
    if (tokens[k]?.text === ',') {
      let m = k + 1;
      while (m < hi && m - k < APPOSITIVE_MAX_TOKENS && !this.inQuote(m) && !isTerminator(tokens[m]!) && tokens[m]!.text !== ',') m++;
      if (m > k + 1) appositive = [k + 1, m];
    }
    return { start: f, end: k, appositive };
  }

  private hasNoun(start: number, end: number): boolean {
    for (let k = start; k < end; k++) {
      const tok = this.tokens[k]!;
      if (tok.pos === 'NOUN' || tok.pos === 'PROPN' || this.names.mentionAtToken[k]! >= 0 || (isCapitalized(tok) && isWord(tok))) return true;
    }
    return false;
  }

  /** The subject of the clause a participle cue hangs from ("X spoke, saying …"). */
  private clauseSubject(cueStart: number, lo: number, state: AttributionState): SpeakerRef | null {
    let from = cueStart - 1;
    while (from > lo && !this.inQuote(from - 1) && !isTerminator(this.tokens[from - 1]!)) from--;
    for (let t = from; t < cueStart; t++) {
      if (this.isPronoun(t)) return this.interpret({ start: t, end: t + 1, appositive: null }, state);
      const m = this.names.mentionAtToken[t]!;
      if (m >= 0) {
        const mention = this.names.mentions[m]!;
        if (!mention.oblique && !mention.possessive) return this.refFromMention(mention, mention);
      }
      if (this.tokens[t]!.pos === 'VERB') break;
    }
    return null;
  }

  /** Resolves a speaker noun phrase to a name, a referent or a bare nominal. */
  interpret(np: Np, state: AttributionState): SpeakerRef | null {
    const tokens = this.tokens;
    const { start, end } = np;
    if (end - start === 1 && this.isPronoun(start)) return this.resolvePronoun(start, state);

    let head = end - 1;
    while (head > start && (tokens[head]!.normal === "'s" || tokens[head]!.normal === '’s')) head--;
    const headMention = this.names.mentionAtToken[head]!;
    if (headMention >= 0) {
      const mention = this.names.mentions[headMention]!;
      // "The ministry" style heads that are capitalized organizations resolve like names.
      return this.refFromMention(mention, mention);
    }
    // An appositive that is a name: "A spokesman for the ministry, Ivan Petrov, said".
    const appositiveName = np.appositive ? this.nameIn(np.appositive[0], np.appositive[1]) : null;
    const headTok = tokens[head]!;
    const headWord = headTok.normal;
    const headLemma = headTok.lemma || headWord;
    const namesInside = this.mentionsIn(start, head);

    if (SPOKESPERSON_NOUNS.has(headWord) || AFFILIATED_NOUNS.has(headWord) || DOCUMENT_NOUNS.has(headLemma)) {
      if (appositiveName && !DOCUMENT_NOUNS.has(headLemma)) return this.refFromMention(appositiveName, null);
      const affiliation = this.affiliation(start, end, head);
      if (affiliation) return affiliation;
      if (DOCUMENT_NOUNS.has(headLemma) || SPOKESPERSON_NOUNS.has(headWord)) {
        const org = this.recentCluster(head, (c) => c.type === 'ORG', NOMINAL_PARAGRAPH_WINDOW);
        if (org) return this.refFromMention(org, null, np);
        return DOCUMENT_NOUNS.has(headLemma) ? null : this.bareNominal(np, head);
      }
    }
    if (appositiveName) return this.refFromMention(appositiveName, null, np);
    if (namesInside.length > 0 && !PERSON_ROLE_NOUNS.has(headWord) && !ORG_NOUNS.has(headLemma)) {
      const name = namesInside[namesInside.length - 1]!;
      return this.refFromMention(name, name);
    }
    if (ORG_NOUNS.has(headLemma) && !isCapitalized(headTok)) {
      const org = this.recentCluster(head, (c) => c.type === 'ORG' && c.words.some((w) => w.toLowerCase() === headLemma || w.toLowerCase() === headWord), NOMINAL_PARAGRAPH_WINDOW)
        ?? (this.isDefinite(start) ? this.recentCluster(head, (c) => c.type === 'ORG', PRONOUN_PARAGRAPH_WINDOW) : null);
      if (org) return this.refFromMention(org, null, np);
      return this.bareNominal(np, head);
    }
    // A person described by a role: "the general", "the former vice president".
    const plural = headTok.pos === 'NOUN' && headLemma !== headWord && headWord.endsWith('s');
    if (!plural && this.isDefinite(start)) {
      const role = expandRole(headWord);
      const byRole = this.recentCluster(head, (c) => c.type !== 'ORG' && c.roles.has(role), NOMINAL_PARAGRAPH_WINDOW);
      if (byRole) return this.refFromMention(byRole, null, np);
      if (PERSON_ROLE_NOUNS.has(headWord) || /^\d/.test(tokens[start + 1]?.text ?? '') || headWord === 'old') {
        const gender = GENDERED_ROLE_NOUNS[headWord] ?? null;
        const ref = this.resolveByGender(head, gender, state, 'PERSON');
        if (ref) return this.refFromMention(ref, null, np);
      }
    }
    if (namesInside.length > 0) {
      const name = namesInside[namesInside.length - 1]!;
      if (!PERSON_ROLE_NOUNS.has(headWord)) return this.refFromMention(name, name);
    }
    return this.bareNominal(np, head);
  }

  private isDefinite(start: number): boolean {
    return DEFINITE.has(this.tokens[start]!.normal);
  }

  /** "a spokesman for the Pentagon", "the ministry's spokeswoman", "a Pentagon official". */
  private affiliation(start: number, end: number, head: number): SpeakerRef | null {
    const tokens = this.tokens;
    for (let k = head + 1; k < end; k++) {
      if (NP_JOINS.has(tokens[k]!.normal)) {
        const name = this.nameIn(k + 1, end);
        if (name) return this.refFromMention(name, name);
        const nominal = this.lastNoun(k + 1, end);
        if (nominal >= 0 && ORG_NOUNS.has(tokens[nominal]!.lemma)) {
          const org = this.recentCluster(nominal, (c) => c.type === 'ORG' && c.words.some((w) => w.toLowerCase() === tokens[nominal]!.lemma), NOMINAL_PARAGRAPH_WINDOW);
          if (org) return this.refFromMention(org, null, { start: k + 1, end, appositive: null });
        }
      }
    }
    const before = this.nameIn(start, head);
    if (before) return this.refFromMention(before, before);
    for (let k = start; k < head; k++) {
      if (POSSESSIVE_DETERMINERS.has(tokens[k]!.normal) && tokens[k]!.normal !== 'its' && tokens[k]!.normal !== 'their') {
        const ref = this.resolvePronoun(k, { lastSpeaker: null }, tokens[k]!.normal === 'his' ? 'm' : tokens[k]!.normal === 'her' ? 'f' : null);
        if (ref) return ref;
      }
      if (tokens[k]!.normal === 'its' || tokens[k]!.normal === 'their') {
        const org = this.recentCluster(k, (c) => c.type === 'ORG', PRONOUN_PARAGRAPH_WINDOW);
        if (org) return this.refFromMention(org, null, { start: k, end: k + 1, appositive: null });
      }
    }
    return null;
  }

  private lastNoun(start: number, end: number): number {
    for (let k = end - 1; k >= start; k--) if (this.tokens[k]!.pos === 'NOUN') return k;
    return -1;
  }

  private nameIn(start: number, end: number): NameMention | null {
    const inside = this.mentionsIn(start, end);
    return inside.length > 0 ? inside[inside.length - 1]! : null;
  }

  private mentionsIn(start: number, end: number): NameMention[] {
    const found: NameMention[] = [];
    let last = -1;
    for (let k = start; k < end; k++) {
      const m = this.names.mentionAtToken[k]!;
      if (m >= 0 && m !== last) {
        found.push(this.names.mentions[m]!);
        last = m;
      }
    }
    return found;
  }

  /** The head noun of an unresolved nominal ("protesters", "a witness" → "witness"). */
  private bareNominal(np: Np, head: number): SpeakerRef {
    const tok = this.tokens[head]!;
    return { speaker: tok.text, cluster: null, entityId: null, mention: { start: this.tokens[np.start]!.start, end: this.tokens[np.end - 1]!.end } };
  }

  /** The most recent mention before token `t` whose cluster passes `accept`, within `paragraphs`. */
  private recentCluster(t: number, accept: (c: Cluster) => boolean, paragraphs: number): NameMention | null {
    const paragraph = this.ctx.paragraphOfToken[t]!;
    for (let i = lastMentionBefore(this.names, t); i >= 0; i--) {
      const m = this.names.mentions[i]!;
      if (m.paragraph < paragraph - paragraphs) break;
      if (accept(m.cluster)) return m;
    }
    return null;
  }

  /** Resolves "he", "she", "it", "they" at token `t`. */
  private resolvePronoun(t: number, state: AttributionState, forced?: 'm' | 'f' | null): SpeakerRef | null {
    const kind = forced === undefined ? SPEAKER_PRONOUNS[this.tokens[t]!.normal] : forced;
    const span = { start: this.tokens[t]!.start, end: this.tokens[t]!.end, appositive: null };
    void span;
    if (kind === 'self' || kind === undefined) return null;
    let mention: NameMention | null = null;
    if (kind === 'thing' || kind === 'plural') {
      mention = this.recentCluster(t, (c) => c.type === 'ORG', kind === 'thing' ? PRONOUN_PARAGRAPH_WINDOW : 1);
    } else mention = this.resolveByGender(t, kind ?? null, state, 'PERSON');
    if (!mention) return null;
    return this.refFromMention(mention, null, { start: t, end: t + 1, appositive: null });
  }

  /** The best earlier person for a pronoun or definite description of the given gender. */
  private resolveByGender(t: number, gender: 'm' | 'f' | null, state: AttributionState, type: 'PERSON'): NameMention | null {
    const paragraph = this.ctx.paragraphOfToken[t]!;
    const sentence = this.sentenceOf(t);
    let best: NameMention | null = null;
    let bestScore = -Infinity;
    for (let i = lastMentionBefore(this.names, t); i >= 0; i--) {
      const m = this.names.mentions[i]!;
      if (m.paragraph < paragraph - PRONOUN_PARAGRAPH_WINDOW) break;
      const c = m.cluster;
      if (c.type !== type && !(c.type === 'OTHER' && (m.subject || c.gender))) continue;
      if (gender && c.gender && c.gender !== gender) continue;
      let score = -SENTENCE_COST * Math.max(0, sentence - m.sentence);
      if (m.subject) score += SUBJECT_BONUS;
      if (m.oblique || m.possessive) score -= OBLIQUE_COST;
      if (state.lastSpeaker === c) score += SPEAKER_BONUS;
      if (score > bestScore) {
        best = m;
        bestScore = score;
      }
    }
    return best;
  }

  private sentenceOf(t: number): number {
    for (let k = t; k >= 0; k--) if (this.tokens[k]!.sentence >= 0) return this.tokens[k]!.sentence;
    return 0;
  }

  /** A speaker reference for a mention's cluster, pointing at `at` (or at `np` when given). */
  refFromMention(mention: NameMention, at: NameMention | null, np?: Np): SpeakerRef {
    const c = mention.cluster;
    const words = mention.ambiguous ? mention.words : c.words;
    const where = at ? { start: at.start, end: at.end } : np ? { start: this.tokens[np.start]!.start, end: this.tokens[np.end - 1]!.end } : { start: mention.start, end: mention.end };
    return { speaker: words.join(' '), cluster: c, entityId: c.entityId, mention: where };
  }

  /**
   * The speaker introduced before a quote that has no cue of its own: the subject of the
   * last sentence of narrative before it in the paragraph ("Smith was blunt. “…”"), or of
   * a sentence that ends in a colon.
   */
  introducer(q: number, state: AttributionState): Attribution | null {
    const [qs] = this.ctx.spanTokens[q]!;
    const [lo] = this.ctx.paragraphTokens[this.ctx.spans[q]!.paragraph]!;
    let end = qs;
    while (end > lo && (this.tokens[end - 1]!.pos === 'PUNCT' || this.tokens[end - 1]!.pos === 'SPACE') && !this.inQuote(end - 1)) end--;
    if (end <= lo || this.inQuote(end - 1)) return null;
    let from = end - 1;
    while (from > lo && !this.inQuote(from - 1) && !isTerminator(this.tokens[from - 1]!)) from--;
    const ref = this.clauseSubject(end, from, state);
    return ref ? { ...ref, cue: null, source: 'inherited' } : null;
  }

  /** The last reporting subject in a paragraph's narrative (for a quote that opens the next one). */
  lastReporter(paragraph: number, state: AttributionState): Attribution | null {
    const [lo, hi] = this.ctx.paragraphTokens[paragraph]!;
    for (let t = hi - 1; t >= lo; t--) {
      if (this.inQuote(t)) continue;
      const cue = cueAt(this.tokens, t);
      if (!cue || cue.kind === 'naming') continue;
      const left = this.npLeft(cue.tokenStart - 1, lo);
      if (!left) continue;
      const ref = this.interpret(left, state);
      if (ref && ref.cluster) return { ...ref, cue: null, source: 'inherited' };
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

  /** The subject of a paragraph whose last sentence ends with a colon. */
  colonSubject(paragraph: number, state: AttributionState): Attribution | null {
    const [lo, hi] = this.ctx.paragraphTokens[paragraph]!;
    let end = hi;
    while (end > lo && this.tokens[end - 1]!.text !== ':') end--;
    if (end <= lo) return null;
    let from = end - 1;
    while (from > lo && !this.inQuote(from - 1) && !isTerminator(this.tokens[from - 1]!)) from--;
    for (let t = end - 2; t >= from; t--) {
      const cue = cueAt(this.tokens, t);
      if (cue) {
        const found = this.fromCue(cue, 'left', end - 1, from, end, state);
        if (found) return { ...found, source: 'inherited' };
      }
    }
    const ref = this.clauseSubject(end - 1, from, state);
    return ref ? { ...ref, cue: null, source: 'inherited' } : null;
  }
}

/** A resolved speaker before its cue is known. */
export interface SpeakerRef {
  speaker: string | null;
  cluster: Cluster | null;
  entityId: string | null;
  mention: { start: number; end: number } | null;
}
