/**
 * Corrections to the tagger from knowledge it cannot learn from encyclopedic text: dates are
 * not names, a country's name is a place, capitalized common words open sentences, and on
 * the sports pages a town's name usually stands for its team.
 */
import { type NlpDoc, type Token, analyzeText } from '../../nlp/doc.js';
import type { Mention } from './mentions.js';
import { type DocContext, matchSequence, spanListed } from './features.js';
import { Cls, GAZ_CLASSES, HYPHEN_PARTICLE_SET, PLACE_OPENER_SET, PLACE_PREPOSITION_SET, POLITY_WORD_SET, STREET_WORD_SET, INDEX_NOUN_WORDS, ORG_NOUN_WORDS, TEAM_ROLE_WORDS, SPEECH_VERB_LEMMAS, TITLE_WORDS, NOT_NAME_WORDS, HONORIFIC_WORDS, ORG_HEAD_WORDS, PLACE_HEAD_WORDS, TEAM_HEAD_WORDS, wordClasses } from './lexicon.js';
import { Lex, type WordInfo } from './words.js';
import { ACRONYM_SMALL_WORDS, HYPHEN_PARTICLES, isBrandShaped } from '../../language/names.js';
import { isFiniteReportingForm } from '../../language/cues.js';
import { OPENER_WORDS } from './lexicon.js';
import { EMPLOYEE_ROLE_NOUNS, LEADER_BODY_NOUNS, PLAYER_POSITIONS, ROLE_NOUNS } from '../../language/people.js';
import { WEB_DOMAINS } from '../../language/organizations.js';
import { COUNTRY_ABBREVIATIONS } from '../../language/places.js';

const COUNTRY_ABBREVIATION_SET: ReadonlySet<string> = new Set(COUNTRY_ABBREVIATIONS);
const WEB_DOMAIN_SET: ReadonlySet<string> = new Set(WEB_DOMAINS);
const LEADER_BODY_SET: ReadonlySet<string> = new Set(LEADER_BODY_NOUNS);
/** The texts these rules look for, tested once per story before any token walk. */
const LEADER_BODY_TEXT = new RegExp(` (?:${LEADER_BODY_NOUNS.join('|')})\\b`);
const PARTICLE_NAME_TEXT = new RegExp(`\\b(?:${HYPHEN_PARTICLES.join('|')})-[A-Z]`);
import { PREFIX_BIT } from './tables.js';
import { after, before, gapWords, isListGap, titleAfterName, typeByContext } from './context.js';
import { REPORTING_PERIOD_CODE } from '../../language/words.js';

/** Distinct sports words (SPORTS_WORDS in the lexicon) needed to call a story sports without a slug. */
const SPORTS_MIN_WORDS = 4;

/** True when the story is from the sports pages: a sports slug opens it, or its words say so. */
export function isSportsStory(doc: NlpDoc, ctx: DocContext): boolean {
  const slug = slugTokens(doc, ctx);
  if (slug[1] > slug[0]) return true;
  const seen = new Set<string>();
  for (const w of ctx.words) if (w && w.norm.lex & Lex.Sports) seen.add(w.normal);
  return seen.size >= SPORTS_MIN_WORDS;
}

/** Applies the corrections in place and returns the mentions that remain. */
export function applyRules(doc: NlpDoc, ctx: DocContext, mentions: Mention[]): Mention[] {
  const dateTokens = ctx.dates;
  const seqStarts = new Set(ctx.sequences.map((s) => s.tokens[0]!));
  const sports = isSportsStory(doc, ctx);
  mentions = splitPlayerPositions(doc, mentions);
  mentions = splitPartyOfPlace(doc, ctx, mentions);
  mentions = addListedNames(doc, ctx, mentions);
  mentions = joinCountryToOrg(doc, mentions);
  mentions = splitPlaceFromAcronym(doc, ctx, mentions);
  mentions = addPartyStates(doc, mentions);
  mentions = addLeaders(doc, ctx, mentions);
  mentions = addTitledOffices(doc, mentions);
  mentions = addParticleNames(doc, mentions);
  for (const m of mentions) takeInWebDomain(doc, m);
  mentions = addInitialedNames(doc, mentions);
  mentions = joinNicknames(doc, ctx, mentions);
  mentions = addSpeakingNames(doc, ctx, mentions);
  extendToOrgHeads(doc, ctx, mentions);
  mentions = spelledByAcronym(doc, ctx, mentions);
  if (sports) mentions = addResultTeams(doc, ctx, mentions);
  const slug = slugTokens(doc, ctx);
  // Last words of full personal names: "Jordan" after "Michael Jordan" is his surname, not the country.
  const surnames = new Set<string>();
  for (const m of mentions) if (m.type === 'PERSON' && m.last > m.first) surnames.add(doc.tokens[m.last]!.normal);
  const personEnds = new Set(mentions.filter((m) => m.type === 'PERSON').map((m) => m.last));
  // "Granollers and Lopez defeated …" after "Marcel Granollers and Feliciano Lopez": players, not sides.
  const isSurname = (m: Mention): boolean => m.first === m.last && surnames.has(doc.tokens[m.first]!.normal);
  let out: Mention[] = [];
  for (const m of mentions) {
    if (m.first >= slug[0] && m.last < slug[1]) continue;
    // Months and weekdays are dates, not names ("July", "Monday").
    let allDate = true;
    for (let t = m.first; t <= m.last; t++) if (doc.tokens[t]!.pos !== 'SPACE' && !dateTokens[t]) allDate = false;
    if (allDate && m.source !== 'rule') continue;
    if (m.first === m.last && NOT_NAME_WORDS.has(doc.tokens[m.first]!.normal)) continue;
    // "the Google Stadia Founder's Edition": a role noun with a possessive opens the next name
    // ("Founder's Edition", "Director's Cut"); it is no last word of the name before.
    if (m.last > m.first && m.source !== 'rule') roleBeforePossessiveName(doc, m);
    // "Halvorsen Compares Layoffs to …" in a title-case line: the headline's verb ends the name.
    const headline = m.source !== 'propagated' && ctx.sequences[m.seq]?.titleLine === true;
    if (headline && !trimHeadlineWords(doc, ctx, m)) continue;
    // A reporting period alone is no name ("the Q2 results").
    if (m.first === m.last && m.source !== 'rule' && REPORTING_PERIOD_CODE.test(doc.tokens[m.first]!.text)) continue;
    // "Republican Gov. Jo Rand", "a Liberal prime minister": a party's adjective before a noun or
    // a title is no party's name (a party's own name, "Labour", is no adjective).
    if (m.type === 'ORG' && m.source !== 'rule' && m.first === m.last && partyAdjective(doc, ctx, m)) m.type = 'NORP';
    // "Jane Doe, Head of Research at Acme": a job's title is no organization's name.
    if (m.source !== 'rule' && jobTitle(doc, ctx, m)) continue;
    // A title or a role alone ("General Manager" cut to "Manager", "Sens."), or a lone initial
    // ("E. coli") is no name.
    if (m.first === m.last && m.source !== 'rule' && m.type !== 'NORP' && !surnames.has(doc.tokens[m.first]!.normal) && !(ctx.words[m.first]!.classes & Cls.Nat) && (ROLE_NOUNS.has(doc.tokens[m.first]!.normal) || /^\p{Lu}\.$/u.test(doc.tokens[m.first]!.text))) continue;
    // A capitalized common word opening a sentence, or common words in a capitals or title-case
    // headline, are no name unless the text capitalizes them elsewhere ("Officials said", "OIL
    // PRICES FALL", "Woman Hurt at Bus Depot Dies").
    if ((m.source === 'tagger' || headline) && (m.capsLine || (ctx.sequences[m.seq]?.titleLine && !spanListed(ctx, m.first, m.last, GAZ_CLASSES | Cls.KnownOrg))) && allCommon(doc, ctx, m, Cls.Common | Cls.Dict)) continue;
    if (m.source === 'tagger' && m.first === m.last && openerPosition(doc, seqStarts, m.first) && allCommon(doc, ctx, m, Cls.Common | Cls.Dict)) continue;
    // … nor is a word the document itself writes in lower case and never capitalized
    // mid-sentence ("Kimchi will keep" where the recipe says "make kimchi").
    if (m.source !== 'rule' && m.first === m.last && (m.capsLine || ctx.sequences[m.seq]?.titleLine || openerPosition(doc, seqStarts, m.first)) && writtenAsCommonWord(ctx, m.first)) continue;
    const listed = spanListed(ctx, m.first, m.last, Cls.Country) || spanListed(ctx, m.first, m.last, Cls.KnownOrg);
    // "President Clinton", "Gen. Gerasimov": an honorific makes a person.
    // "a former Miss Universe": the title is a pageant's, no woman's name.
    if (!listed && m.source !== 'rule' && m.first === m.last && m.title !== undefined && namesAPageant(doc, m)) {
      const honorific = before(doc, m.first);
      m.first = honorific;
      m.start = doc.tokens[honorific]!.start;
      m.title = undefined;
      m.type = 'MISC';
      m.source = 'rule';
    }
    if (!listed && m.source !== 'rule') {
      const prev = previousWord(doc, m.first);
      if (prev && HONORIFIC_WORDS.has(prev.normal) && /^\p{Lu}/u.test(prev.text) && !titleAfterName(doc, m.first, personEnds) && !namesAPageant(doc, m)) {
        // "Miss Universe Alicia Machado": the person's name starts at the given name.
        startAtGivenName(doc, ctx, m);
        m.type = 'PERSON';
        m.source = 'rule';
      }
    }
    // "Lindsay Davenport": a known first name before a capitalized word that heads no organization.
    if ((m.type === 'PLACE' || m.type === 'MISC' || (m.type === 'ORG' && ctx.sequences[m.seq]?.tableLine)) && !listed && looksLikePersonName(doc, ctx, m)) {
      m.type = 'PERSON';
    }
    // "Eric Pahon, a Pentagon spokesperson": an appositive naming a role makes a person.
    if (m.type !== 'PERSON' && !listed && m.source !== 'rule' && appositiveRole(doc, m)) m.type = 'PERSON';
    const article = afterArticle(doc, m);
    // The subject of "said" speaks: a person or an organization, not a place or an event.
    if ((m.type === 'PLACE' || m.type === 'MISC') && !listed && m.source !== 'rule' && speaks(doc, m) && !spanListed(ctx, m.first, m.last, GAZ_CLASSES)) {
      m.type = article || ORG_HEAD_WORDS.has(doc.tokens[m.last]!.normal) ? 'ORG' : 'PERSON';
    }
    // People take no article: "the China Daily said", "the Sun reported" name organizations
    // (but in "the Paul Lindqvist case" the article is the noun's after the name).
    if (m.type === 'PERSON' && article && !m.title && m.source !== 'rule' && !nounAfter(doc, m)) m.type = 'ORG';
    // "WeWork said", "investigating PayPal": one word written as a brand is no person.
    if (m.type === 'PERSON' && m.first === m.last && !m.title && !listed && m.source !== 'rule' && isBrandShaped(doc.tokens[m.first]!.text)) m.type = 'ORG';
    // A common noun naming a kind of organization beside the name says what it is:
    // "the news agency Tanjug", "Le Matin newspaper", "mineral water firm Multico".
    if (m.type !== 'NORP' && !listed && m.source !== 'rule' && orgNounBeside(doc, ctx, m)) {
      m.type = 'ORG';
      m.source = 'rule';
    }
    // "the Dow Jones industrial average", "the Nasdaq composite index": a market's index is no organization.
    if ((m.type === 'ORG' || (m.type === 'PERSON' && m.first === m.last)) && m.source !== 'rule' && namesIndex(doc, m)) m.type = 'MISC';
    // "Front Street", "Port Wexley", "Mount Kenya": a name whose own words say it is a street or
    // a place is one, unless it ends on an organization's head word ("Port Authority").
    if (m.type !== 'PLACE' && m.source !== 'rule' && !listed && namesItselfAPlace(doc, m)) m.type = 'PLACE';
    // A country's or region's name is a place, whatever the tagger guessed.
    if (m.type !== 'PLACE' && (m.type === 'PERSON' || m.type === 'MISC' || m.capsLine) && !surnames.has(doc.tokens[m.first]!.normal) && (spanListed(ctx, m.first, m.last, Cls.Country) || (m.type === 'PERSON' && spanListed(ctx, m.first, m.last, Cls.Region)))) {
      m.type = 'PLACE';
      m.source = 'rule';
    }
    // A listed town's name alone, which no full name of the story ends with and no title
    // precedes, is the town ("Tehran expects …"), not a person the story never introduced.
    // (A town named like a common word, "God", "Police", proves nothing.)
    if (m.type === 'PERSON' && m.source !== 'rule' && m.first === m.last && !m.title && !surnames.has(doc.tokens[m.first]!.normal) && !(ctx.words[m.first]!.classes & (Cls.First | Cls.Common | Cls.Dict)) && spanListed(ctx, m.first, m.last, Cls.City)) m.type = 'PLACE';
    if (m.type === 'PERSON' && m.source !== 'rule') startAtGivenName(doc, ctx, m);
    out.push(m);
  }
  out = typeByContext(doc, ctx, out, sports);
  out = titleChains(doc, ctx, out);
  unifyLists(doc, out);
  if (sports) {
    for (const m of out) {
      // "Deportivo chairman Augusto Lendoiro", "Rotor are well placed": a side, whatever the tagger said.
      if (m.source !== 'rule' && m.type !== 'NORP' && !spanListed(ctx, m.first, m.last, GAZ_CLASSES) && !(m.type === 'PERSON' && m.last > m.first) && !isSurname(m) && sideCue(doc, m)) {
        m.type = 'ORG';
        m.source = 'rule';
      }
    }
  }
  if (sports) {
    const owner = new Int32Array(doc.tokens.length).fill(-1);
    out.forEach((m, i) => owner.fill(i, m.first, m.last + 1));
    for (const m of out) if (!isSurname(m) && isTeamMention(doc, ctx, m, out, owner)) m.role = 'team';
  }
  for (const m of out) if (m.role === 'team') m.type = 'ORG';
  return out;
}


/** A group word shaped as an adjective ("Republican", "Liberal") before a lower-case word or a capitalized title. */
function partyAdjective(doc: NlpDoc, ctx: DocContext, m: Mention): boolean {
  const w = ctx.words[m.first];
  if (!w || !(w.classes & Cls.Nat) || !/(?:an|al|ic)$/.test(w.normal)) return false;
  const next = nextWord(doc, m.last);
  return next !== undefined && (/^\p{Ll}/u.test(next.text) || (TITLE_WORDS.has(next.normal) && /^\p{Lu}/u.test(next.text)));
}


/** True when token `t` is a possessive "'s" written onto the word before it. */
function possessiveAt(doc: NlpDoc, t: number): boolean {
  const token = doc.tokens[t];
  return token !== undefined && token.before === '' && /^['’]s$/.test(token.text);
}

/** Drops a capitalized role noun ending `m` when a possessive and a capitalized word follow it ("Founder's Edition"). */
function roleBeforePossessiveName(doc: NlpDoc, m: Mention): void {
  const tokens = doc.tokens;
  const role = tokens[m.last]!;
  const next = tokens[m.last + 2];
  if (!ROLE_NOUNS.has(role.normal) || !/^\p{Lu}/u.test(role.text) || !possessiveAt(doc, m.last + 1)) return;
  if (!next || next.before === '' || !/^\p{Lu}/u.test(next.text)) return;
  let last = m.last - 1;
  while (last > m.first && tokens[last]!.pos === 'SPACE') last--;
  m.last = last;
  m.end = tokens[last]!.end;
}

/** Parts of speech of headline words that open or end no name: "But The Price Tag", "Provided You", "Stadia Is …". */
const HEADLINE_OPENER_TAGS = new Set(['DET', 'PRON', 'CCONJ', 'SCONJ', 'ADP', 'PART', 'AUX', 'VERB', 'ADV']);
const HEADLINE_BREAK_TAGS = new Set(['PRON', 'CCONJ', 'SCONJ', 'AUX', 'VERB']);
const HEADLINE_NOUN_TAGS = new Set(['NOUN', 'PROPN']);

/**
 * In a title-case line, where every word is capitalized, a name neither opens with a function
 * word or a verb ("But The Price Tag" → "Price Tag") nor runs on past the headline's verb, a
 * pronoun or a conjunction ("Halvorsen Compares Layoffs to …" → "Halvorsen"), when that word is
 * a common one the document never capitalizes elsewhere. (Lines of names are title-case too:
 * only such words cut.) False when no name is left.
 */
function trimHeadlineWords(doc: NlpDoc, ctx: DocContext, m: Mention): boolean {
  if (spanListed(ctx, m.first, m.last, GAZ_CLASSES | Cls.KnownOrg)) return true;
  const tags = sentenceCaseTags(doc, ctx, m.seq);
  // A given name and one word, the whole mention, is a person's name in a list of them ("Kevin
  // Bishop, Maureen Manning, …"), whatever the family name means in lower case.
  const familyName = (t: number): boolean => {
    if (t !== m.last) return false;
    let k = t - 1;
    while (k > m.first && doc.tokens[k]!.pos === 'SPACE') k--;
    return k === m.first && ((ctx.words[k]?.classes ?? 0) & Cls.First) !== 0;
  };
  const common = (t: number, wanted: ReadonlySet<string>): boolean => {
    const w = ctx.words[t];
    return w !== undefined && wanted.has(tags.get(t) ?? doc.tokens[t]!.pos) && (doc.tokens[t]!.stop || (w.classes & (Cls.Common | Cls.Dict)) !== 0) && !keepsHeadlineCapital(w) && !familyName(t);
  };
  // Nor on a mark ("Knew’ About Him" trimmed of its words).
  const mark = (t: number): boolean => !/[\p{L}\p{N}]/u.test(doc.tokens[t]!.text);
  let first = m.first;
  while (first <= m.last && (mark(first) || common(first, HEADLINE_OPENER_TAGS))) first++;
  if (first > m.last) return false;
  let last = m.last;
  for (let t = first + 1; t <= m.last; t++) {
    if (!common(t, HEADLINE_BREAK_TAGS)) continue;
    last = t - 1;
    break;
  }
  // Nor does a name end on a function word ("Sanders To Release …" → "Sanders") or on a role the
  // headline gives it ("Herald Owner Sells …" → "Herald").
  while (last > first && (mark(last) || common(last, HEADLINE_OPENER_TAGS) || (common(last, HEADLINE_NOUN_TAGS) && ROLE_NOUNS.has(doc.tokens[last]!.normal)))) last--;
  if (first === m.first && last === m.last) return true;
  m.first = first;
  m.start = doc.tokens[first]!.start;
  m.last = last;
  m.end = doc.tokens[last]!.end;
  // The tagger's type was read with the headline's words: the name's other mentions decide.
  m.source = 'propagated';
  return true;
}

/** A headline word that is a name whatever its case: a listed place or given name, or one the document capitalizes outside headlines too. */
function keepsHeadlineCapital(w: WordInfo): boolean {
  return (w.classes & (GAZ_CLASSES | Cls.First)) !== 0 || w.norm.up > w.norm.titleUp;
}

/** Per document, per title-case sequence: its words' parts of speech as read in sentence case. */
const sentenceCaseCache = new WeakMap<DocContext, Map<number, ReadonlyMap<number, string>>>();

/**
 * The parts of speech of sequence `seq`'s words (by token index), as the tagger reads the line
 * with its title-case capitals taken off: in "Sanders To Release Medical Records" every word is
 * capitalized, so the tagger calls them all proper nouns, and "release" is a verb only in lower
 * case. A word keeps its capital where the document capitalizes it elsewhere too, or a list
 * knows it as a name (given names, places).
 */
function sentenceCaseTags(doc: NlpDoc, ctx: DocContext, seq: number): ReadonlyMap<number, string> {
  let perSequence = sentenceCaseCache.get(ctx);
  if (!perSequence) sentenceCaseCache.set(ctx, (perSequence = new Map()));
  const known = perSequence.get(seq);
  if (known) return known;
  const tags = new Map<number, string>();
  perSequence.set(seq, tags);
  const sequence = ctx.sequences[seq];
  // A table row ("Sheffield United 2 0 1") is a list of names, not a headline to read as a sentence.
  if (!sequence || sequence.tokens.length === 0 || sequence.tableLine) return tags;
  const tokens = sequence.tokens;
  const start = doc.tokens[tokens[0]!]!.start;
  const chars = doc.text.slice(start, doc.tokens[tokens.at(-1)!]!.end).split('');
  tokens.forEach((t) => {
    const token = doc.tokens[t]!;
    const w = ctx.words[t];
    if (!w || keepsHeadlineCapital(w) || token.text === token.text.toUpperCase()) return;
    const lower = token.text.toLowerCase();
    // Only where lower case keeps the length, so offsets still align.
    if (lower.length === token.text.length) chars.splice(token.start - start, lower.length, ...lower);
  });
  const line = chars.join('');
  const read = analyzeText(line);
  const byStart = new Map<number, string>();
  for (const token of read.tokens) byStart.set(token.start, token.pos);
  for (const t of tokens) {
    const pos = byStart.get(doc.tokens[t]!.start - start);
    if (pos !== undefined) tags.set(t, pos);
  }
  return tags;
}

/** "Head of Research", "Director of Communications": a role, "of" or "for", then only common words. */
function jobTitle(doc: NlpDoc, ctx: DocContext, m: Mention): boolean {
  const first = doc.tokens[m.first]!;
  if (m.last - m.first < 2 || !/^\p{Lu}/u.test(first.text) || !(ROLE_NOUNS.has(first.normal) || EMPLOYEE_ROLE_NOUNS.has(first.normal))) return false;
  let t = m.first + 1;
  while (t <= m.last && doc.tokens[t]!.pos === 'SPACE') t++;
  if (t > m.last || (doc.tokens[t]!.normal !== 'of' && doc.tokens[t]!.normal !== 'for')) return false;
  for (t++; t <= m.last; t++) {
    const w = ctx.words[t];
    if (!w || !w.letter) continue;
    if (!(w.classes & (Cls.Common | Cls.Dict)) || w.classes & (Cls.First | GAZ_CLASSES)) return false;
  }
  return true;
}

/** A name of two or more capitalized words that calls itself a street or a place (see the sets above). */
function namesItselfAPlace(doc: NlpDoc, m: Mention): boolean {
  if (m.last <= m.first) return false;
  const first = doc.tokens[m.first]!;
  const last = doc.tokens[m.last]!;
  if (!/^\p{Lu}/u.test(first.text) || !/^\p{Lu}/u.test(last.text) || ORG_HEAD_WORDS.has(last.normal)) return false;
  return STREET_WORD_SET.has(last.normal) || PLACE_OPENER_SET.has(first.normal) || POLITY_WORD_SET.has(first.normal) || POLITY_WORD_SET.has(last.normal);
}

/**
 * The document writes the word at `t` in lower case mid-sentence and never capitalized there
 * (title-case lines apart); given names and listed places are left alone ("Bill", "Bath").
 */
function writtenAsCommonWord(ctx: DocContext, t: number): boolean {
  const w = ctx.words[t];
  if (!w || w.classes & (GAZ_CLASSES | Cls.First)) return false;
  const norm = w.norm;
  return norm.stamp === ctx.stamp && norm.low > 0 && norm.up === norm.titleUp;
}

/** Every word of the mention is a common word (classes `common`) the document never capitalizes mid-sentence. */
function allCommon(doc: NlpDoc, ctx: DocContext, m: Mention, common: number): boolean {
  for (let t = m.first; t <= m.last; t++) {
    const w = ctx.words[t];
    if (!w) continue;
    const norm = w.norm;
    if (!(norm.classes & common) || norm.classes & (GAZ_CLASSES | Cls.First) || (norm.stamp === ctx.stamp && norm.up > norm.titleUp)) return false;
  }
  return true;
}

/** Letters in an acronym in brackets after a name. */
const ACRONYM_MIN = 2;
const ACRONYM_MAX = 8;

/**
 * "The Organisation for Security and Cooperation in Europe (OSCE)": a name followed by an
 * acronym in brackets. Names and the small words between them that the acronym spells out
 * are one organization's name, however the tagger cut it.
 */
function spelledByAcronym(doc: NlpDoc, ctx: DocContext, mentions: Mention[]): Mention[] {
  // Most documents have no name followed by "(": nothing to sort then.
  if (!mentions.some((m) => doc.tokens[m.last + 1]?.text === '(' || (doc.tokens[m.last + 1]?.pos === 'SPACE' && doc.tokens[m.last + 2]?.text === '('))) return mentions;
  const sorted = [...mentions].sort((a, b) => a.first - b.first);
  const drop = new Set<Mention>();
  const added: Mention[] = [];
  sorted.forEach((m, index) => {
    const open = nextWord(doc, m.last);
    if (!open || open.text !== '(') return;
    const openAt = doc.tokens.indexOf(open, m.last);
    const acr = doc.tokens[openAt + 1];
    const close = doc.tokens[openAt + 2];
    if (!acr || !close || close.text !== ')' || !/^\p{Lu}+$/u.test(acr.text) || acr.text.length < ACRONYM_MIN || acr.text.length > ACRONYM_MAX) return;
    // Walk back over earlier names joined by small words; the widest stretch the acronym spells wins.
    // Every capitalized word needs a letter of its own, so the walk ends once the stretch has more
    // of them than the acronym has letters: no wider stretch can be spelled, and a chain of
    // thousands of names ("A and B and C …") is not read back for each acronym after it.
    let start = index;
    const starts = [index];
    let needed = requiredLetters(doc, m.first, m.last + 1);
    while (start > 0) {
      const prev = sorted[start - 1]!;
      if (!onlyConnectors(doc, prev.last + 1, sorted[start]!.first)) break;
      needed += requiredLetters(doc, prev.first, sorted[start]!.first);
      if (needed > acr.text.length) break;
      start--;
      starts.push(start);
    }
    for (let k = starts.length - 1; k >= 0; k--) {
      const first = sorted[starts[k]!]!;
      if (!spells(doc, first.first, m.last, acr.text)) continue;
      if (k === 0 && m.type === 'ORG') return;
      for (let j = starts[k]!; j <= index; j++) drop.add(sorted[j]!);
      added.push({ start: first.start, end: m.end, first: first.first, last: m.last, type: 'ORG', capsLine: m.capsLine, seq: first.seq, source: 'rule', title: undefined, role: undefined });
      return;
    }
  });
  if (added.length === 0) return mentions;
  return [...mentions.filter((m) => !drop.has(m)), ...added].sort((a, b) => a.start - b.start);
}

/** Only small connecting words (and spaces on one line) between tokens `from` and `to` (exclusive). */
function onlyConnectors(doc: NlpDoc, from: number, to: number): boolean {
  const words = gapWords(doc, from, to, (tok) => ACRONYM_SMALL_WORDS.has(tok.normal));
  return words > 0 && words <= 3;
}


/** What a word gives to an acronym that spells it (see {@link spells}), or null for a token that is no word. */
function acronymPart(tok: Token): { letters: string; optional: boolean } | null {
  if (tok.pos === 'SPACE' || !/\p{L}/u.test(tok.text)) return null;
  if (/^(?:\p{Lu}\.)+$/u.test(tok.text)) return { letters: tok.text.replace(/\./g, ''), optional: false };
  if (/^\p{Lu}/u.test(tok.text)) return { letters: tok.text[0]!, optional: false };
  return { letters: tok.text[0]!.toUpperCase(), optional: true };
}

/** How many letters an acronym must have to spell the tokens from `from` to `to` (exclusive): those of its words that are not optional. */
function requiredLetters(doc: NlpDoc, from: number, to: number): number {
  let letters = 0;
  for (let t = from; t < to; t++) {
    const part = acronymPart(doc.tokens[t]!);
    if (part && !part.optional) letters += part.letters.length;
  }
  return letters;
}

/**
 * True when `acronym` spells the words from `first` to `last`: every capitalized word gives its
 * initial (an initialism like "U.N." all its capitals), small words may give theirs or not.
 */
function spells(doc: NlpDoc, first: number, last: number, acronym: string): boolean {
  const parts: Array<{ letters: string; optional: boolean }> = [];
  for (let t = first; t <= last; t++) {
    const part = acronymPart(doc.tokens[t]!);
    if (part) parts.push(part);
  }
  const memo = new Map<number, boolean>();
  const match = (p: number, a: number): boolean => {
    if (p === parts.length) return a === acronym.length;
    const key = p * 64 + a;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const part = parts[p]!;
    let ok = acronym.startsWith(part.letters, a) && match(p + 1, a + part.letters.length);
    if (!ok && part.optional) ok = match(p + 1, a);
    memo.set(key, ok);
    return ok;
  };
  return parts.length > 1 && match(0, 0);
}

/**
 * An index noun right after the name, or after one lower-case word or number ("industrial
 * average", "100 index"), or in lower case right before it ("the benchmark Velnex").
 */
function namesIndex(doc: NlpDoc, m: Mention): boolean {
  const prev = previousWord(doc, m.first);
  if (prev && /^\p{Ll}/u.test(prev.text) && INDEX_NOUN_WORDS.has(prev.normal)) return true;
  const next = nextWord(doc, m.last);
  if (!next) return false;
  if (INDEX_NOUN_WORDS.has(next.normal)) return true;
  if (!/^(?:\p{Ll}+|\d+)$/u.test(next.text)) return false;
  const after = nextWord(doc, doc.tokens.indexOf(next, m.last));
  return after !== undefined && INDEX_NOUN_WORDS.has(after.normal);
}

/** Plural verbs after a singular name: on the sports pages, a side ("Rotor are", "Deportivo were"). */
const PLURAL_VERBS = new Set(['are', 'were', 'have']);

/** A team role noun or a plural verb right after the mention. */
function sideCue(doc: NlpDoc, m: Mention): boolean {
  const next = nextWord(doc, m.last);
  if (!next) return false;
  if (TEAM_ROLE_WORDS.has(next.text)) return true;
  return PLURAL_VERBS.has(next.text) && !/s$/.test(doc.tokens[m.last]!.text);
}

/** True when a lower-case noun follows the mention ("the Paul Lindqvist case", "the Halvorsen campaign"). */
function nounAfter(doc: NlpDoc, m: Mention): boolean {
  const next = nextWord(doc, m.last);
  return next !== undefined && next.pos === 'NOUN' && /^\p{Ll}/u.test(next.text);
}

/** True when the word right before the mention is the article "the" (in any case). */
function afterArticle(doc: NlpDoc, m: Mention): boolean {
  const prev = previousWord(doc, m.first);
  return prev !== undefined && prev.normal === 'the';
}

/** Lower-case nouns for a company's parts: "of" a name after them makes it a company's. */
const COMPANY_PART_NOUNS: ReadonlySet<string> = new Set(['unit', 'units', 'subsidiary', 'subsidiaries', 'division', 'divisions', 'affiliate', 'affiliates', 'shareholders', 'shareholder']);

/**
 * A lower-case organization noun right before the name ("agency Tanjug"), or right after it
 * ("Le Matin newspaper") unless the name is a listed place ("a Moscow newspaper").
 */
function orgNounBeside(doc: NlpDoc, ctx: DocContext, m: Mention): boolean {
  const prev = previousWord(doc, m.first);
  if (prev && ORG_NOUN_WORDS.has(prev.text)) return true;
  // "a unit of Terran Orbital", "a subsidiary of Acme": what has units and subsidiaries is a company.
  if (prev?.normal === 'of' && !spanListed(ctx, m.first, m.last, GAZ_CLASSES)) {
    const noun = previousWord(doc, m.first - 1);
    if (noun && COMPANY_PART_NOUNS.has(noun.text)) return true;
  }
  const next = nextWord(doc, m.last);
  // "the Ivanka Trump brand": a person's full name before the noun is the person's, not the body's.
  if (m.last > m.first && ctx.words[m.first]!.classes & Cls.First) return false;
  return next !== undefined && ORG_NOUN_WORDS.has(next.text) && !spanListed(ctx, m.first, m.last, GAZ_CLASSES);
}

/** Small words that join an organization's head to what it is of or for ("Commission on Presidential Debates"). */
const ORG_HEAD_JOINS = new Set(['of', 'on', 'for']);
/** Capitalized words read back between such a join and a name the tagger found. */
const ORG_HEAD_REACH = 3;

/**
 * A capitalized organization head the tagger left out of a name makes the whole an
 * organization's name: right after it ("Bucharest Newsroom", "Paris Club"), or before it with
 * a join ("Commission on Presidential Debates", "Council of Europe").
 */
function extendToOrgHeads(doc: NlpDoc, ctx: DocContext, mentions: Mention[]): void {
  const covered = new Uint8Array(doc.tokens.length);
  for (const m of mentions) for (let t = m.first; t <= m.last; t++) covered[t] = 1;
  for (const m of mentions) {
    if (m.type === 'PERSON' || m.type === 'NORP') continue;
    let t = m.last + 1;
    let last = -1;
    for (;;) {
      while (t < doc.tokens.length && doc.tokens[t]!.pos === 'SPACE' && doc.tokens[t]!.text === ' ') t++;
      const w = ctx.words[t];
      if (!w || covered[t] || !w.upper || !(w.norm.lex & Lex.OrgHead) || doc.tokens[t]!.before !== ' ') break;
      last = t;
      t++;
    }
    if (last < 0) continue;
    m.last = last;
    m.end = doc.tokens[last]!.end;
    m.type = 'ORG';
    m.source = 'rule';
    for (let k = m.first; k <= last; k++) covered[k] = 1;
  }
  // Backwards, to a head and a join (mentions just extended forwards are left as they are).
  // "in the Service of Trump": a person the story names in full stays a person.
  const surnames = new Set(mentions.filter((m) => m.type === 'PERSON' && m.last > m.first).map((m) => doc.tokens[m.last]!.normal));
  const capitalized = (t: number): boolean => {
    const w = ctx.words[t];
    return !!w && w.upper && covered[t] === 0 && doc.tokens[t]!.pos !== 'DET';
  };
  for (const m of mentions) {
    // Capitals in headlines, and on a sentence's first word, say nothing.
    const sequence = ctx.sequences[m.seq];
    if (m.type === 'NORP' || m.source === 'rule' || m.capsLine || !sequence || sequence.titleLine || (m.type === 'PERSON' && surnames.has(doc.tokens[m.last]!.normal))) continue;
    let t = before(doc, m.first);
    for (let n = 0; t >= 0 && n < ORG_HEAD_REACH && capitalized(t); n++) t = before(doc, t);
    if (t < 0 || !ORG_HEAD_JOINS.has(doc.tokens[t]!.text)) continue;
    const head = before(doc, t);
    if (head < 0 || head === sequence.tokens[0] || !capitalized(head) || !(ctx.words[head]!.norm.lex & Lex.OrgHead)) continue;
    m.first = head;
    m.start = doc.tokens[head]!.start;
    m.type = 'ORG';
    m.source = 'rule';
    for (let k = head; k <= m.last; k++) covered[k] = 1;
  }
}

/** True when token `t` opens a sentence, or a quotation within one (“Pay our staff,” they shouted). */
function openerPosition(doc: NlpDoc, seqStarts: Set<number>, t: number): boolean {
  if (seqStarts.has(t)) return true;
  const prev = doc.tokens[t - 1];
  if (prev === undefined) return false;
  if (/^["“‘'(\-–—:*]$/.test(prev.text) && seqStarts.has(t - 1)) return true;
  // After a colon a clause begins ("… First Drive: Welcome to the future").
  if (prev.text === ':' && doc.tokens[t]!.before !== '') return true;
  // An opening quotation mark: set off by a space before it and none after.
  return (prev.text === '“' || prev.text === '"') && prev.before !== '' && doc.tokens[t]!.before === '';
}

/** In a sports story, a town or region named as a side (not as where something happens) is a team. */
function isTeamMention(doc: NlpDoc, ctx: DocContext, m: Mention, all: Mention[], owner: Int32Array): boolean {
  if (m.type !== 'PLACE' || m.source === 'rule') return false;
  if (spanListed(ctx, m.first, m.last, Cls.Country)) return false;
  const prev = previousWord(doc, m.first);
  // "at Lord's", "in Leeds", "the people of Leeds": a place, even on the sports pages.
  if (prev && (PLACE_PREPOSITION_SET.has(prev.normal) || prev.normal === 'of')) return false;
  // Another mention ending in the `reach` tokens before the mention, or starting in those after it.
  const ending = (from: number, to: number, test: (o: Mention) => boolean): boolean => {
    for (let t = Math.max(0, from); t <= to; t++) {
      const k = owner[t]!;
      if (k < 0) continue;
      const o = all[k]!;
      if (o !== m && o.last === t && test(o)) return true;
    }
    return false;
  };
  const starting = (from: number, to: number, test: (o: Mention) => boolean): boolean => {
    for (let t = from; t <= Math.min(doc.tokens.length - 1, to); t++) {
      const k = owner[t]!;
      if (k < 0) continue;
      const o = all[k]!;
      if (o !== m && o.first === t && test(o)) return true;
    }
    return false;
  };
  // "Leeds" in "at Headingley, Leeds" and "Wigan, England": a place apposed to a place (not
  // one of a list of sides, "Essex, Derbyshire and Surrey").
  const next = nextWord(doc, m.last);
  const inList = next !== undefined && (next.normal === 'and' || next.normal === 'or' || next.text === ',') && starting(m.last + 1, m.last + 3, () => true);
  if (prev && prev.text === ',' && !inList) {
    if (ending(m.first - 3, m.first - 1, (o) => o.type === 'PLACE')) return false;
  }
  if (next && next.text === ',') {
    if (starting(m.last + 1, m.last + 3, (o) => o.type === 'PLACE' && spanListed(ctx, o.first, o.last, Cls.Country))) return false;
  }
  // "Tunbridge Wells: Kent 108-3": a venue heading the line.
  if (next && next.text === ':' && (!prev || prev.text.includes('\n') || prev.pos === 'SPACE')) return false;
  return true;
}

/**
 * "a former Miss Universe", "the Miss America pageant": "Miss" after an article is part of a
 * title or an event's name, not a woman's honorific (which takes no article).
 */
function namesAPageant(doc: NlpDoc, m: Mention): boolean {
  const honorific = before(doc, m.first);
  if (honorific < 0 || doc.tokens[honorific]!.normal !== 'miss') return false;
  for (let k = before(doc, honorific), n = 0; k >= 0 && n < 2; k = before(doc, k), n++) {
    const tok = doc.tokens[k]!;
    if (tok.pos === 'DET') return true;
    if (tok.pos !== 'ADJ') return false;
  }
  return false;
}

function previousWord(doc: NlpDoc, t: number): Token | undefined {
  for (let k = t - 1; k >= 0; k--) {
    const tok = doc.tokens[k]!;
    if (tok.pos === 'SPACE') return tok.text.includes('\n') ? tok : undefined;
    return tok;
  }
  return undefined;
}

function nextWord(doc: NlpDoc, t: number): Token | undefined {
  for (let k = t + 1; k < doc.tokens.length; k++) {
    const tok = doc.tokens[k]!;
    if (tok.pos === 'SPACE') return undefined;
    return tok;
  }
  return undefined;
}

/** The token range [from, to) of a sports slug opening the story ("SOCCER -"), or an empty range. */
function slugTokens(doc: NlpDoc, ctx: DocContext): [number, number] {
  const first = ctx.sequences[0];
  if (!first) return [0, 0];
  const n = matchSequence(ctx, first.tokens, 0, Cls.Slug);
  if (n === 0 || !/^[-–—:]/.test(doc.tokens[first.tokens[n] ?? -1]?.text ?? '')) return [0, 0];
  return [first.tokens[0]!, first.tokens[n - 1]! + 1];
}

/**
 * "U.S. Treasury", "U.K. Border Force": a country's abbreviation written right before an
 * organization's name is part of it. Before an acronym it stays apart ("US FDA").
 */
function joinCountryToOrg(doc: NlpDoc, mentions: Mention[]): Mention[] {
  // The listed names were merged in text order: no sort needed.
  const sorted = mentions;
  const drop = new Set<Mention>();
  for (let i = 0; i + 1 < sorted.length; i++) {
    const a = sorted[i]!;
    const b = sorted[i + 1]!;
    if (a.first !== a.last || !COUNTRY_ABBREVIATION_SET.has(doc.tokens[a.first]!.normal) || b.type !== 'ORG') continue;
    if (b.first !== a.last + 1 || doc.tokens[b.first]!.before !== ' ' || !/\p{Ll}/u.test(doc.text.slice(b.start, b.end))) continue;
    b.first = a.first;
    b.start = a.start;
    drop.add(a);
    i++;
  }
  return drop.size === 0 ? mentions : mentions.filter((m) => !drop.has(m));
}

/** "Acme.com", "Veritas.info": a domain written onto a name makes it a website's name (an organization). */
function takeInWebDomain(doc: NlpDoc, m: Mention): void {
  const dot = doc.tokens[m.last + 1];
  const domain = doc.tokens[m.last + 2];
  if (!dot || !domain || dot.text !== '.' || dot.before !== '' || domain.before !== '' || !WEB_DOMAIN_SET.has(domain.text)) return;
  // "Acme.com.au": the whole address.
  let last = m.last + 2;
  while (doc.tokens[last + 1]?.text === '.' && doc.tokens[last + 1]!.before === '' && doc.tokens[last + 2]?.before === '' && WEB_DOMAIN_SET.has(doc.tokens[last + 2]!.text)) last += 2;
  m.last = last;
  m.end = doc.tokens[last]!.end;
  m.type = 'ORG';
  m.source = 'rule';
}

/** Party letters in a lawmaker's party-and-state tag ("(D-Minn.)", "(R-Texas)"). */
const PARTY_LETTERS = new Set(['D', 'R', 'I']);
/** A party tag's opening as the text writes it. */
const PARTY_TAG_TEXT = /\([DRI]-\p{Lu}/u;
/** Most tokens of the state in such a tag ("N" "." "Y."). */
const PARTY_STATE_MAX_TOKENS = 4;

/**
 * "Rep. Dana Kirk (D-Minn.)", "Sen. Lou Ferris (R-Texas)": the state in a lawmaker's party tag
 * is a place (the party letter is no name).
 */
function addPartyStates(doc: NlpDoc, mentions: Mention[]): Mention[] {
  // Most stories have no party tag: one scan of the text spares the token walk.
  if (!PARTY_TAG_TEXT.test(doc.text)) return mentions;
  const tokens = doc.tokens;
  const added: Mention[] = [];
  for (let t = 0; t + 4 < tokens.length; t++) {
    if (tokens[t]!.text !== '(' || !PARTY_LETTERS.has(tokens[t + 1]!.text) || tokens[t + 2]!.text !== '-') continue;
    if (tokens[t + 1]!.before !== '' || tokens[t + 2]!.before !== '' || tokens[t + 3]!.before !== '' || !/^\p{Lu}/u.test(tokens[t + 3]!.text)) continue;
    let close = t + 3;
    while (close < tokens.length && close - t - 3 <= PARTY_STATE_MAX_TOKENS && tokens[close]!.text !== ')' && tokens[close]!.before === '') close++;
    if (tokens[close]?.text !== ')' || close === t + 3) continue;
    added.push({ start: tokens[t + 3]!.start, end: tokens[close - 1]!.end, first: t + 3, last: close - 1, type: 'PLACE', capsLine: false, seq: -1, source: 'rule', title: undefined, role: undefined });
    t = close;
  }
  if (added.length === 0) return mentions;
  const inTag = (m: Mention): boolean => added.some((a) => m.first <= a.last && m.last >= a.first - 2);
  return [...mentions.filter((m) => !inTag(m)), ...added].sort((a, b) => a.start - b.start);
}

const PLAYER_POSITION_SET: ReadonlySet<string> = new Set(PLAYER_POSITIONS);

/**
 * "Browns DL Sheldon Richardson", "QB Baker Mayfield": a player's position in capitals before two
 * capitalized words is the player's title, not part of the name; the words before it name the
 * player's side.
 */
function splitPlayerPositions(doc: NlpDoc, mentions: Mention[]): Mention[] {
  const tokens = doc.tokens;
  const out: Mention[] = [];
  for (const m of mentions) {
    // The position alone before the name, which the tagger found apart ("QB" in "QB Baker Mayfield").
    if (m.first === m.last && PLAYER_POSITION_SET.has(tokens[m.first]!.text) && /^\p{Lu}\p{Ll}/u.test(tokens[m.first + 1]?.text ?? '')) continue;
    let position = -1;
    for (let t = m.first; t <= m.last - 2 && position < 0; t++) {
      if (PLAYER_POSITION_SET.has(tokens[t]!.text) && /^\p{Lu}\p{Ll}/u.test(tokens[t + 1]!.text) && /^\p{Lu}\p{Ll}/u.test(tokens[m.last]!.text)) position = t;
    }
    if (position < 0) {
      out.push(m);
      continue;
    }
    if (position > m.first) {
      out.push({ ...m, last: position - 1, end: tokens[position - 1]!.end, type: 'ORG', source: 'rule', title: undefined, role: 'team' });
    }
    out.push({ ...m, first: position + 1, start: tokens[position + 1]!.start, type: 'PERSON', source: 'rule', title: tokens[position]!.text, role: undefined });
  }
  return out;
}

/** Quotation marks that may wrap a nickname inside a name. */
const NICKNAME_MARKS: ReadonlySet<string> = new Set(['"', '“', '”', "'", '‘', '’', "''", '``']);
/** Words a nickname inside a name has at most ("Bobby", "The Rock"). */
const NICKNAME_MAX_WORDS = 2;

/**
 * `Robert C. "Bobby" Scott`, `Marcia "Cia" Price`: a nickname in quotation marks between a given
 * name (or a titled name) and a capitalized family name is inside one person's name, not three
 * names. The mention spans the whole, marks included.
 */
function joinNicknames(doc: NlpDoc, ctx: DocContext, mentions: Mention[]): Mention[] {
  const tokens = doc.tokens;
  const byFirst = new Map<number, Mention>();
  for (const m of mentions) byFirst.set(m.first, m);
  let out: Mention[] | null = null;
  for (const m of [...mentions].sort((a, b) => a.first - b.first)) {
    if (m.type !== 'PERSON' && !((ctx.words[m.first]?.classes ?? 0) & Cls.First)) continue;
    // Right after the name: a mark, one or two capitalized words, a mark, a capitalized word.
    const open = after(doc, m.last);
    if (open < 0 || !NICKNAME_MARKS.has(tokens[open]!.text) || tokens[open]!.before === '') continue;
    let close = after(doc, open);
    let words = 0;
    while (close >= 0 && words <= NICKNAME_MAX_WORDS && /^\p{Lu}/u.test(tokens[close]!.text)) {
      words++;
      close = after(doc, close);
    }
    if (close < 0 || words === 0 || words > NICKNAME_MAX_WORDS || !NICKNAME_MARKS.has(tokens[close]!.text)) continue;
    const family = after(doc, close);
    if (family < 0 || tokens[family]!.before === '' || !/^\p{Lu}\p{Ll}/u.test(tokens[family]!.text)) continue;
    const tail = byFirst.get(family);
    const last = tail ? tail.last : family;
    out ??= [...mentions];
    // The nickname and the family name found apart go; the name takes them in.
    out = out.filter((other) => other === m || other.last < open || other.first > last);
    out[out.indexOf(m)] = { ...m, last, end: tokens[last]!.end, type: 'PERSON', source: 'rule' };
  }
  return out ?? mentions;
}

/**
 * "Patrick J. Leahy, Democrat of Vermont": a party's member and the state a lawmaker serves,
 * as some papers write a party tag, are a group and a place, not one organization's name.
 */
function splitPartyOfPlace(doc: NlpDoc, ctx: DocContext, mentions: Mention[]): Mention[] {
  const tokens = doc.tokens;
  let out: Mention[] | null = null;
  for (const m of mentions) {
    const w = ctx.words[m.first];
    if (m.last - m.first < 2 || !w || !(w.classes & Cls.Nat) || m.type === 'PERSON') continue;
    let of = m.first + 1;
    while (of < m.last && tokens[of]!.pos === 'SPACE') of++;
    if (tokens[of]!.normal !== 'of') continue;
    let first = of + 1;
    while (first <= m.last && tokens[first]!.pos === 'SPACE') first++;
    if (first > m.last || !/^\p{Lu}/u.test(tokens[first]!.text)) continue;
    out ??= [...mentions];
    out.splice(
      out.indexOf(m),
      1,
      { ...m, last: m.first, end: tokens[m.first]!.end, type: 'NORP', source: 'rule', title: undefined, role: undefined },
      { ...m, first, start: tokens[first]!.start, type: 'PLACE', source: 'rule', title: undefined, role: undefined },
    );
  }
  return out ?? mentions;
}

/** An office named after its head, as a story writes it: "Attorney's Office", "Sheriff’s Office", "Attorney General". */
const TITLED_OFFICE_TEXT = /['’]s Office\b| General\b/;

/**
 * "the U.S. Attorney's Office for the Western District of New York", "the Manhattan District
 * Attorney's Office", "the Kellford County Sheriff's Office": an office named after the official
 * who heads it is one organization, from the capitalized words before the title (where it
 * serves) to "Office", and on over "for" or "of" and the capitalized words of the district it
 * serves. So is a jurisdiction's "Attorney General" or "Inspector General" that no name follows
 * ("an inquiry from the New York State Attorney General"): the office, not a person's title. The
 * places inside the name are no names of their own.
 */
function addTitledOffices(doc: NlpDoc, mentions: Mention[]): Mention[] {
  if (!TITLED_OFFICE_TEXT.test(doc.text)) return mentions;
  const tokens = doc.tokens;
  const capitalized = (t: number): boolean => tokens[t] !== undefined && /^\p{Lu}/u.test(tokens[t]!.text) && tokens[t]!.normal !== 'the';
  const added: Mention[] = [];
  for (let t = 2; t < tokens.length; t++) {
    const word = tokens[t]!.text;
    let titleAt: number;
    if (word === 'Office' && possessiveAt(doc, t - 1)) titleAt = t - 2;
    else if (word === 'General' && tokens[t]!.before === ' ') {
      titleAt = t - 1;
      // A name after it makes it a person's title ("Attorney General Letitia James").
      let next = t + 1;
      while (tokens[next]?.pos === 'SPACE') next++;
      if (capitalized(next) || (possessiveAt(doc, t + 1) && tokens[t + 2]?.text === 'Office')) continue;
    } else continue;
    if (!TITLE_WORDS.has(tokens[titleAt]!.normal) || !capitalized(titleAt)) continue;
    const sentence = tokens[t]!.sentence;
    let first = titleAt;
    while (first > 0 && tokens[first - 1]!.sentence === sentence && tokens[first - 1]!.pos !== 'SPACE' && capitalized(first - 1)) first--;
    let last = t;
    const joiner = tokens[t + 1]?.normal;
    if (word === 'Office' && (joiner === 'for' || joiner === 'of')) {
      let k = t + 2;
      if (tokens[k]?.normal === 'the') k++;
      // A district's words, with "of" between capitalized ones ("Western District of New York").
      while (capitalized(k) || (tokens[k]?.normal === 'of' && k > t + 2 && capitalized(k - 1) && capitalized(k + 1))) {
        if (capitalized(k)) last = k;
        k++;
      }
    }
    // "the Sheriff's Office" or "the Attorney General" alone names no office in particular.
    if (first === titleAt && last === t) continue;
    added.push({ start: tokens[first]!.start, end: tokens[last]!.end, first, last, type: 'ORG', capsLine: false, seq: -1, source: 'rule', title: undefined, role: undefined });
    t = last;
  }
  if (added.length === 0) return mentions;
  const inOffice = (m: Mention): boolean => added.some((a) => m.first <= a.last && m.last >= a.first);
  return [...mentions.filter((m) => !inOffice(m)), ...added].sort((a, b) => a.start - b.start);
}

/**
 * "the Halvorsen administration", "the Marov regime": a lone capitalized word between "the" and
 * what a leader heads is the leader's surname, a person's name, unless it is a listed place or
 * organization ("the Kremlin administration").
 */
function addLeaders(doc: NlpDoc, ctx: DocContext, mentions: Mention[]): Mention[] {
  if (!LEADER_BODY_TEXT.test(doc.text)) return mentions;
  const starts = new Map<number, Mention>();
  const covered = new Uint8Array(doc.tokens.length);
  for (const m of mentions) {
    starts.set(m.first, m);
    for (let t = m.first; t <= m.last; t++) covered[t] = 1;
  }
  const added: Mention[] = [];
  for (let t = 1; t + 1 < doc.tokens.length; t++) {
    const body = doc.tokens[t + 1]!;
    if (!LEADER_BODY_SET.has(body.text) || body.before !== ' ') continue;
    const tok = doc.tokens[t]!;
    const w = ctx.words[t];
    if (!w || !w.upper || !/^\p{Lu}\p{Ll}+$/u.test(tok.text) || doc.tokens[t - 1]!.normal !== 'the' || tok.before !== ' ') continue;
    if (spanListed(ctx, t, t, GAZ_CLASSES | Cls.KnownOrg)) continue;
    const m = starts.get(t);
    if (m && m.first === m.last) {
      m.type = 'PERSON';
      m.source = 'rule';
    } else if (!covered[t]) {
      added.push({ start: tok.start, end: tok.end, first: t, last: t, type: 'PERSON', capsLine: false, seq: -1, source: 'rule', title: undefined, role: undefined });
    }
  }
  return added.length === 0 ? mentions : [...mentions, ...added].sort((a, b) => a.start - b.start);
}

/**
 * "al-Ruwaid", "el-Arish": a particle joined by a hyphen to a capitalized word is a name even where
 * the tagger, reading three tokens, saw none. After a place's preposition or before a place's
 * noun ("in al-Ruwaid", "the al-Ruwaid camp") it is a place; elsewhere it takes the type the name's
 * other mentions vote for.
 */
function addParticleNames(doc: NlpDoc, mentions: Mention[]): Mention[] {
  if (!PARTICLE_NAME_TEXT.test(doc.text)) return mentions;
  const covered = new Uint8Array(doc.tokens.length);
  for (const m of mentions) for (let t = m.first; t <= m.last; t++) covered[t] = 1;
  const added: Mention[] = [];
  const tokens = doc.tokens;
  for (let t = 0; t + 2 < tokens.length; t++) {
    const particle = tokens[t]!;
    if (!HYPHEN_PARTICLE_SET.has(particle.text) || covered[t] || covered[t + 2]) continue;
    const dash = tokens[t + 1]!;
    const word = tokens[t + 2]!;
    if (dash.text !== '-' || dash.before !== '' || word.before !== '' || !/^\p{Lu}\p{Ll}+$/u.test(word.text)) continue;
    const prev = previousWord(doc, t);
    const next = nextWord(doc, t + 2);
    const place = (prev !== undefined && PLACE_PREPOSITION_SET.has(prev.normal)) || (next !== undefined && /^\p{Ll}/u.test(next.text) && PLACE_HEAD_WORDS.has(next.normal));
    added.push({ start: particle.start, end: word.end, first: t, last: t + 2, type: place ? 'PLACE' : 'MISC', capsLine: false, seq: -1, source: place ? 'rule' : 'propagated', title: undefined, role: undefined });
    t += 2;
  }
  return added.length === 0 ? mentions : [...mentions, ...added].sort((a, b) => a.start - b.start);
}

/** Letters of an acronym a place's name may stand before ("Texas GOP", "US FDA"). */
const PLACE_ACRONYM = /^\p{Lu}{2,5}$/u;

/**
 * "Texas GOP", "US FDA": a listed country's or region's name before an acronym are two names,
 * the place and the organization the acronym stands for.
 */
function splitPlaceFromAcronym(doc: NlpDoc, ctx: DocContext, mentions: Mention[]): Mention[] {
  let out: Mention[] | null = null;
  for (const m of mentions) {
    // In a capitals line every word looks like an acronym ("KANSAS CITY").
    if (m.last <= m.first || m.source === 'rule' || m.capsLine || !PLACE_ACRONYM.test(doc.tokens[m.last]!.text)) continue;
    const prev = m.last - 1;
    if (doc.tokens[m.last]!.before !== ' ' || prev < m.first || !spanListed(ctx, m.first, prev, Cls.Country | Cls.Region) || spanListed(ctx, m.first, m.last, Cls.KnownOrg)) continue;
    out ??= [...mentions];
    const place: Mention = { ...m, last: prev, end: doc.tokens[prev]!.end, type: 'PLACE', source: 'rule' };
    const org: Mention = { ...m, first: m.last, start: doc.tokens[m.last]!.start, type: 'ORG', source: 'rule', title: undefined };
    out.splice(out.indexOf(m), 1, place, org);
  }
  return out ?? mentions;
}

/** Acronyms are matched only when written in capitals ("WHO", not "who"). */
const LISTED_ACRONYM_MAX = 4;

/**
 * Adds listed organizations ("Reuters", "U.N.") and, in capitals lines where the tagger is
 * weakest, places from the gazetteers ("DETROIT", "NEW YORK").
 */
function addListedNames(doc: NlpDoc, ctx: DocContext, mentions: Mention[]): Mention[] {
  const covered = new Int32Array(doc.tokens.length).fill(-1);
  // Surnames of the story's people ("Anna Bloomberg"): the word alone is the person, not a listed organization.
  const surnames = new Set<string>();
  mentions.forEach((m, i) => {
    for (let t = m.first; t <= m.last; t++) covered[t] = i;
    if (m.type === 'PERSON' && m.last > m.first && ctx.words[m.first]!.classes & Cls.First) surnames.add(doc.tokens[m.last]!.normal);
  });
  const drop = new Set<number>();
  const added: Mention[] = [];
  ctx.sequences.forEach((seq, s) => {
    const ts = seq.tokens;
    for (let i = 0; i < ts.length; i++) {
      const first = ts[i]!;
      const w = ctx.words[first]!;
      if (!w.upper || (w.classes & (Cls.KnownOrg | Cls.Country | Cls.Region | Cls.City | PREFIX_BIT)) === 0) continue;
      let n = matchSequence(ctx, ts, i, Cls.KnownOrg);
      let type: Mention['type'] = 'ORG';
      if (n > 0) {
        const surface = doc.text.slice(doc.tokens[first]!.start, doc.tokens[seq.tokens[i + n - 1]!]!.end);
        // A short listed name counts in capitals ("WHO"), or capitalized mid-sentence in mixed-case text ("the Fed"), never as a word ("who").
        const short = surface.replace(/\./g, '').length <= LISTED_ACRONYM_MAX;
        const capitalized = n === 1 && i > 0 && !seq.capsLine && !ctx.words[ts[i - 1]!]!.opener && /^\p{Lu}\p{Ll}+$/u.test(surface);
        if (short && surface !== surface.toUpperCase() && !capitalized) n = 0;
        if (n === 1 && surnames.has(w.normal)) n = 0;
        // "WHO WILL LEAD THE PARTY?": in a capitals question, a listed acronym that is a
        // function word is the word.
        if (n === 1 && seq.capsLine && doc.tokens[first]!.stop && doc.tokens[ts[ts.length - 1]!]!.text === '?') n = 0;
      }
      if (n === 0 && seq.capsLine) {
        n = matchSequence(ctx, ts, i, Cls.Country | Cls.Region | Cls.City);
        if (n === 1 && w.classes & Cls.Common) n = 0;
        type = 'PLACE';
      }
      if (n === 0) continue;
      const last = seq.tokens[i + n - 1]!;
      // Replace the tagger's mentions inside the span; leave it alone if one crosses its edges.
      const inside = new Set<number>();
      let crosses = false;
      for (let t = first; t <= last; t++) {
        const c = covered[t]!;
        if (c < 0) continue;
        const m = mentions[c]!;
        if (m.first < first || m.last > last) crosses = true;
        else inside.add(c);
      }
      if (crosses) continue;
      if (type === 'PLACE' && inside.size > 0) continue;
      for (const c of inside) drop.add(c);
      const source = type === 'ORG' ? 'rule' : 'tagger';
      added.push({ start: doc.tokens[first]!.start, end: doc.tokens[last]!.end, first, last, type, capsLine: seq.capsLine, seq: s, source, title: undefined, role: undefined });
      i += n - 1;
    }
  });
  return [...mentions.filter((_, i) => !drop.has(i)), ...added].sort((a, b) => a.start - b.start);
}

/**
 * "Grant said …": a single capitalized word the tagger left out, right before a reporting verb,
 * is someone's name (a person's, as the tagger has no other evidence) unless it is a word that
 * opens sentences or a plural ("Officials said").
 */
/** Tags wink gives a name it does not know ("Grant" may be read as a verb). */
const NAME_LIKE_TAGS = new Set(['PROPN', 'NOUN', 'VERB', 'ADJ', 'X']);

function addSpeakingNames(doc: NlpDoc, ctx: DocContext, mentions: Mention[]): Mention[] {
  const covered = new Uint8Array(doc.tokens.length);
  for (const m of mentions) for (let t = m.first; t <= m.last; t++) covered[t] = 1;
  const out = [...mentions];
  for (let t = 0; t + 1 < doc.tokens.length; t++) {
    const tok = doc.tokens[t]!;
    const next = doc.tokens[t + 1]!;
    if (covered[t] || covered[t + 1] || !NAME_LIKE_TAGS.has(tok.pos) || next.before !== ' ' || !/^\p{Lu}\p{Ll}+$/u.test(tok.text)) continue;
    if (OPENER_WORDS.has(tok.normal) || tok.normal.endsWith('s') || ctx.dates[t] || !ctx.words[t]) continue;
    if (!isFiniteReportingForm(next)) continue;
    // Joined to a name before it ("… Lopez Grant said") it would be part of that name.
    const prev = doc.tokens[t - 1];
    if (prev && prev.before !== '\n' && covered[t - 1] && prev.pos !== 'PUNCT') continue;
    out.push({ start: tok.start, end: tok.end, first: t, last: t, type: 'PERSON', capsLine: false, seq: -1, source: 'tagger', title: undefined, role: undefined });
  }
  return out.length === mentions.length ? mentions : out.sort((a, b) => a.start - b.start);
}

/** "P. Simmons", "J.R. Ewing": initials before a capitalized word make a person's name. */
function addInitialedNames(doc: NlpDoc, mentions: Mention[]): Mention[] {
  const starts = new Map<number, Mention>();
  const covered = new Uint8Array(doc.tokens.length);
  for (const m of mentions) {
    starts.set(m.first, m);
    for (let t = m.first; t <= m.last; t++) covered[t] = 1;
  }
  const out = [...mentions];
  for (let t = 0; t + 1 < doc.tokens.length; t++) {
    if (covered[t] || !isInitials(doc.tokens[t]!.text)) continue;
    let k = t;
    while (k + 1 < doc.tokens.length && !covered[k + 1] && /^(?:\p{Lu}\.)+$/u.test(doc.tokens[k + 1]!.text) && doc.tokens[k + 1]!.before.length <= 1) k++;
    const next = doc.tokens[k + 1];
    if (!next || next.before.length > 1 || next.before.includes('\n') || !/^\p{Lu}\p{Ll}/u.test(next.text)) continue;
    const m = starts.get(k + 1);
    if (m && m.type === 'PERSON') {
      m.first = t;
      m.start = doc.tokens[t]!.start;
    } else if (!m && !covered[k + 1] && !(wordClasses(next.normal) & Cls.Common)) {
      out.push({ start: doc.tokens[t]!.start, end: next.end, first: t, last: k + 1, type: 'PERSON', capsLine: false, seq: -1, source: 'tagger', title: undefined, role: undefined });
    }
    t = k + 1;
  }
  return out;
}

/** "P." or "J.R.": capitals each followed by a period (the cheap test first: most tokens fail it). */
function isInitials(text: string): boolean {
  return text.length >= 2 && text.charCodeAt(text.length - 1) === 46 && /^(?:\p{Lu}\.)+$/u.test(text);
}

/** Tokens read back from a person's name for a title joined by "of" ("General of the Army", "Secretary of State"). */
const TITLE_CHAIN_TOKENS = 12;

/**
 * "General of the Army Valery Gerasimov", "Secretary of State Mike Pompeo": a title that holds
 * "of (the)" and a capitalized word ends right before a person's name. It becomes the name's
 * title, and a one-word organization or common word inside it ("Army", "State") is no name of
 * its own; a listed place inside it ("President of Russia") stays one.
 */
function titleChains(doc: NlpDoc, ctx: DocContext, mentions: Mention[]): Mention[] {
  const byLast = new Map<number, Mention>();
  for (const m of mentions) byLast.set(m.last, m);
  const drop = new Set<Mention>();
  for (const m of mentions) {
    if (m.type !== 'PERSON') continue;
    let k = m.first - 1;
    let start = -1;
    let joined = false;
    for (let n = 0; k >= 0 && n < TITLE_CHAIN_TOKENS; n++) {
      const tok = doc.tokens[k]!;
      if (tok.pos === 'SPACE') {
        if (tok.text.includes('\n')) break;
        k--;
        continue;
      }
      if (tok.normal === 'of' || tok.normal === 'the') joined ||= tok.normal === 'of';
      else if (/^\p{Lu}/u.test(tok.text)) {
        if (TITLE_WORDS.has(tok.normal)) start = k;
      } else break;
      k--;
    }
    if (start < 0 || !joined) continue;
    // The chain must hold "of" after its first title word and end right before the name.
    let hasOf = false;
    for (let t = start; t < m.first; t++) if (doc.tokens[t]!.normal === 'of') hasOf = true;
    if (!hasOf) continue;
    for (let t = start; t < m.first; t++) {
      const inner = byLast.get(t);
      if (!inner || inner === m || inner.first < start) continue;
      const listedPlace = spanListed(ctx, inner.first, inner.last, GAZ_CLASSES);
      if (!listedPlace && inner.first === inner.last && (inner.type === 'ORG' || inner.type === 'MISC')) drop.add(inner);
    }
    m.title = doc.text.slice(doc.tokens[start]!.start, doc.tokens[m.first - 1]!.end).trim();
  }
  return drop.size === 0 ? mentions : mentions.filter((m) => !drop.has(m));
}

/**
 * "Crooked Hillary Clinton", "Democrat Hillary Clinton": a person's name starts at its given
 * name when only common words, party or nationality words stand before it.
 */
function startAtGivenName(doc: NlpDoc, ctx: DocContext, m: Mention): void {
  if (m.last - m.first < 2) return;
  for (let t = m.first; t < m.last; t++) {
    const w = ctx.words[t];
    if (!w) continue;
    if (w.classes & Cls.First && t > m.first) {
      // What is left must still be a full name, a given name and another word ("Song Min-ho"
      // is not cut to "Min-ho").
      if (!doc.text.slice(doc.tokens[t]!.start, m.end).includes(' ')) return;
      m.first = t;
      m.start = doc.tokens[t]!.start;
      return;
    }
    if (w.classes & Cls.First || !/^\p{Lu}\p{Ll}/u.test(doc.tokens[t]!.text) || !(w.classes & (Cls.Dict | Cls.Common | Cls.Nat))) return;
  }
}

/** Most words in a person's name the first-name rule accepts ("Anne Marie Smith"). */
const PERSON_NAME_MAX_WORDS = 3;

function looksLikePersonName(doc: NlpDoc, ctx: DocContext, m: Mention): boolean {
  const words: string[] = [];
  for (let t = m.first; t <= m.last; t++) if (doc.tokens[t]!.pos !== 'SPACE') words.push(doc.tokens[t]!.text);
  if (words.length < 2 || words.length > PERSON_NAME_MAX_WORDS) return false;
  const first = words[0]!.toLowerCase();
  if (!(wordClasses(first) & Cls.First) || !/^\p{Lu}\p{Ll}/u.test(words[0]!)) return false;
  // First names that are also places ("Sheffield", "Florida") prove nothing.
  if (wordClasses(first) & GAZ_CLASSES) return false;
  const last = words[words.length - 1]!;
  const lastLower = last.toLowerCase();
  if (!/^\p{Lu}/u.test(last) || ORG_HEAD_WORDS.has(lastLower) || PLACE_HEAD_WORDS.has(lastLower) || TEAM_HEAD_WORDS.has(lastLower) || wordClasses(lastLower) & Cls.Common) return false;
  return !spanListed(ctx, m.first, m.last, GAZ_CLASSES);
}

/**
 * Names listed together ("Essex, Derbyshire and Surrey") are of one kind: the list takes the
 * type most of its members have.
 */
function unifyLists(doc: NlpDoc, mentions: Mention[]): void {
  const sorted = [...mentions].sort((a, b) => a.first - b.first);
  let run: Mention[] = [];
  const close = (): void => {
    if (run.length >= 3) {
      const votes = new Map<string, number>();
      for (const m of run) votes.set(m.type, (votes.get(m.type) ?? 0) + 1);
      const [top, n] = [...votes.entries()].sort((a, b) => b[1] - a[1])[0]!;
      if (n * 2 > run.length) for (const m of run) if (m.source !== 'rule' && (m.type === 'PERSON' || m.type === 'ORG' || m.type === 'PLACE')) m.type = top as Mention['type'];
    }
    run = [];
  };
  for (const m of sorted) {
    const prev = run[run.length - 1];
    if (prev && isListGap(doc, prev.last + 1, m.first)) run.push(m);
    else {
      close();
      run = [m];
    }
  }
  close();
}


/** Words read after the comma for the role in an appositive ("a senior Pentagon spokesperson"). */
const APPOSITIVE_MAX_WORDS = 5;

function appositiveRole(doc: NlpDoc, m: Mention): boolean {
  let t = m.last + 1;
  const skip = (): void => {
    while (t < doc.tokens.length && doc.tokens[t]!.pos === 'SPACE' && !doc.tokens[t]!.text.includes('\n')) t++;
  };
  skip();
  if (doc.tokens[t]?.text !== ',') return false;
  t++;
  for (let k = 0; k < APPOSITIVE_MAX_WORDS && t < doc.tokens.length; k++, t++) {
    skip();
    const tok = doc.tokens[t];
    if (!tok || /^[,.;:!?]$/.test(tok.text)) return false;
    if (k === 0 && (tok.normal === 'a' || tok.normal === 'an' || tok.normal === 'the')) continue;
    if (TITLE_WORDS.has(tok.normal) && /^\p{Ll}/u.test(tok.text)) {
      const after = doc.tokens[t + 1];
      return !after || /^[,.;]$/.test(after.text) || after.normal === 'for' || after.normal === 'of' || after.normal === 'at' || after.normal === 'who';
    }
  }
  return false;
}

function speaks(doc: NlpDoc, m: Mention): boolean {
  const next = nextWord(doc, m.last);
  return next !== undefined && next.pos === 'VERB' && SPEECH_VERB_LEMMAS.has(next.lemma);
}

/** Most words in a team's name read off a results line ("Queen of the South" is longer; such are left to the tagger). */
const TEAM_MAX_WORDS = 3;

/** Numbers a standings row holds after the name at least (played, won, lost, points …). */
const STANDINGS_MIN_NUMBERS = 3;

/** True when tokens from position `from` of the line are only numbers and table marks, at least STANDINGS_MIN_NUMBERS numbers. */
function standingsRow(doc: NlpDoc, toks: number[], from: number): boolean {
  let numbers = 0;
  for (let k = from; k < toks.length; k++) {
    const text = doc.tokens[toks[k]!]!.text;
    // Two linear tests: one regex with a digit between two starred classes backtracks quadratically.
    if (/^[\d.,/:-]+$/.test(text) && /\d/.test(text)) numbers++;
    else if (!/^[-–—+/()]$/.test(text)) return false;
  }
  return numbers >= STANDINGS_MIN_NUMBERS;
}

/**
 * A results line "Home 2 Away 1" (or "Home 2-1 Away") names two teams: each capitalized run
 * directly followed by a score is a team.
 */
function addResultTeams(doc: NlpDoc, ctx: DocContext, mentions: Mention[]): Mention[] {
  // The teams found, and the token ranges whose other mentions they replace, applied in one pass
  // at the end: a table of thousands of rows would otherwise search and splice the whole list once
  // per row. Rows are lines of their own, so no row's range overlaps another's mentions or teams.
  const teams: Mention[] = [];
  const cuts: Array<[number, number]> = [];
  let bySpan: Map<string, Mention> | null = null;
  ctx.sequences.forEach((seq, s) => {
    if (!seq.tableLine) return;
    const toks = seq.tokens;
    // Runs of capitalized words, each followed by a number.
    const runs: Array<[number, number]> = [];
    let i = 0;
    while (i < toks.length) {
      let j = i;
      while (j < toks.length && /^\p{Lu}[\p{L}'.-]*$/u.test(doc.tokens[toks[j]!]!.text)) j++;
      const next = doc.tokens[toks[j] ?? -1];
      if (j > i && j - i <= TEAM_MAX_WORDS && next && /^\d+(?:-\d+)?$/.test(next.text)) runs.push([i, j - 1]);
      i = j > i ? j : i + 1;
    }
    if (runs.length !== 2) {
      // A standings row: one name, then only numbers ("Puchon 3 1 0 6 1 10").
      if (runs.length === 1 && runs[0]![0] === 0 && standingsRow(doc, toks, runs[0]![1] + 1)) {
        const [a, b] = runs[0]!;
        const first = toks[a]!;
        const last = toks[b]!;
        bySpan ??= mentionsByTokens(mentions);
        const tagged = bySpan.get(`${first}:${last}`);
        // Leave people alone (golf and athletics tables list players): a two-word name the tagger calls a person.
        if (tagged && tagged.type === 'PERSON' && b > a) return;
        cuts.push([first, last]);
        const m: Mention = { start: doc.tokens[first]!.start, end: doc.tokens[last]!.end, first, last, type: 'ORG', capsLine: seq.capsLine, seq: s, source: 'rule', title: undefined, role: 'team' };
        if (spanListed(ctx, m.first, m.last, Cls.Country)) {
          m.type = 'PLACE';
          m.role = undefined;
        }
        teams.push(m);
      }
      return;
    }
    for (const [a, b] of runs) {
      const first = toks[a]!;
      const last = toks[b]!;
      cuts.push([first, last]);
      const m: Mention = { start: doc.tokens[first]!.start, end: doc.tokens[last]!.end, first, last, type: 'ORG', capsLine: seq.capsLine, seq: s, source: 'rule', title: undefined, role: 'team' };
      // A national side goes by its country's name, which stays a place.
      if (spanListed(ctx, m.first, m.last, Cls.Country)) {
        m.type = 'PLACE';
        m.role = undefined;
      }
      teams.push(m);
    }
  });
  return [...mentions.filter((m) => !overlapsAny(m, cuts)), ...teams].sort((x, y) => x.start - y.start);
}

/** The first mention of each token span `first:last`. */
function mentionsByTokens(mentions: readonly Mention[]): Map<string, Mention> {
  const bySpan = new Map<string, Mention>();
  for (const m of mentions) {
    const key = `${m.first}:${m.last}`;
    if (!bySpan.has(key)) bySpan.set(key, m);
  }
  return bySpan;
}

/** True when the mention shares a token with one of `ranges` (inclusive token ranges, in order, not overlapping). */
function overlapsAny(m: Mention, ranges: ReadonlyArray<[number, number]>): boolean {
  // The first range ending at or after the mention's first token is the only one that may overlap it first.
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]![1] < m.first) lo = mid + 1;
    else hi = mid;
  }
  return lo < ranges.length && ranges[lo]![0] <= m.last;
}
