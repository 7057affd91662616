/**
 * From tags to mentions: the tagger's BIO spans, cleaned of titles and possessives, plus the
 * names that news layout makes certain (datelines).
 */
import type { EntityType } from '../../summary.js';
import type { NlpDoc, Token } from '../../nlp/doc.js';
import { type DocContext, spanListed } from './features.js';
import type { Label } from './model.js';
import { CORPORATE_SUFFIX_WORDS, Cls, HYPHEN_PARTICLE_SET, ORG_HEAD_WORDS, ORG_OPENER_WORDS, TITLE_WORDS, isListed, isNationality, matchWords } from './lexicon.js';
import { NAME_CONNECTORS } from '../../language/names.js';
import { PEOPLE_PLURALS, PERSONAL_HONORIFICS } from '../../language/people.js';
import { REPORTING_PERIOD_CODE } from '../../language/words.js';

const PERSONAL_HONORIFIC_WORDS: ReadonlySet<string> = new Set(PERSONAL_HONORIFICS);
const PEOPLE_PLURAL_SET: ReadonlySet<string> = new Set(PEOPLE_PLURALS);

/** One name in the text, before mentions are merged into entities. */
export interface Mention {
  start: number;
  end: number;
  /** First and last token (inclusive) in `doc.tokens`. */
  first: number;
  last: number;
  type: EntityType;
  /** A title written right before the name ("President", "Gen."). */
  title?: string;
  /** The mention stands in a capitals line (headline), where the tagger is least sure. */
  capsLine: boolean;
  /** Index of the sequence in the document context. */
  seq: number;
  /** How the mention was found: sure rules outrank the tagger in type votes. */
  source: 'tagger' | 'rule' | 'propagated';
  /** On the sports pages, a town named as a side: the team, an entity apart from the town. */
  role?: 'team';
}

/** Vote weight of a mention's type, by how it was found and where. */
const VOTE_RULE = 10;
const VOTE_TAGGER = 1;
/** A capitals line gives the tagger little to go on. */
const VOTE_TAGGER_CAPS = 0.3;

/** How much a mention's type counts when a name's mentions vote on its type. */
export function typeVote(m: Mention): number {
  if (m.source === 'rule') return VOTE_RULE;
  if (m.source === 'propagated') return 0;
  return m.capsLine ? VOTE_TAGGER_CAPS : VOTE_TAGGER;
}

/** The type with the most votes, or `fallback` when there are none. */
export function topType(votes: Map<EntityType, number>, fallback: EntityType): EntityType {
  let best = fallback;
  let top = -1;
  for (const [type, v] of votes) {
    if (v > top) {
      top = v;
      best = type;
    }
  }
  return best;
}

const TAG_TYPES: Record<string, EntityType> = { PER: 'PERSON', ORG: 'ORG', LOC: 'PLACE', MISC: 'MISC' };

/** At most this many title words are read before a name ("Deputy Foreign Minister"). */
const MAX_TITLE_WORDS = 4;

/** Joins title words as written, with the body's own spacing. */
function titleText(doc: NlpDoc, from: number, to: number): string {
  return doc.text.slice(doc.tokens[from]!.start, doc.tokens[to]!.end);
}

function isTitleToken(token: Token): boolean {
  return TITLE_WORDS.has(token.normal) && /^\p{Lu}/u.test(token.text);
}

/** Mentions from the tagger's labels, one array of labels per context sequence. */
export function findMentions(doc: NlpDoc, ctx: DocContext, tagged: Label[][]): Mention[] {
  const mentions: Mention[] = [];
  ctx.sequences.forEach((seq, s) => {
    const labels = tagged[s]!;
    let i = 0;
    while (i < labels.length) {
      const label = labels[i]!;
      if (label === 'O') {
        i++;
        continue;
      }
      const kind = label.slice(2);
      const inside = `I-${kind}`;
      let j = i;
      while (j + 1 < labels.length && labels[j + 1] === inside) j++;
      // A tagged run may swallow separators of layout ("Tunbridge Wells: Kent", "Romania - Cosmin Contra").
      let from = i;
      let splitAt = -1;
      /** A title cut at a verb ("Lynch said Thursday"): what follows the verb is not a name the tagger saw. */
      let cutAtVerb = false;
      for (let k = i; k <= j + 1; k++) {
        const verb = kind === 'MISC' && k <= j && breaksTitle(doc.tokens[seq.tokens[k]!]!);
        if (k <= j && !verb && !isSeparator(doc, seq.tokens[k]!) && !(kind !== 'MISC' && breaksName(doc.tokens[seq.tokens[k]!]!)) && !afterGroupWord(doc, seq.tokens, from, k) && !joinsTwoNames(doc, seq.tokens, from, k, j) && !(kind === 'PER' && personOf(doc, seq.tokens, from, k, j))) continue;
        if (k > from && !cutAtVerb) {
          let type = TAG_TYPES[kind] ?? 'MISC';
          // "the Agriculture Department's Drazek": after an organization's possessive, a name without an organization word is a person's.
          if (type === 'ORG' && splitAt >= 0 && !hasOrgWord(doc, seq.tokens, from, k - 1)) type = 'PERSON';
          const mention = cleanMention(doc, ctx, seq.tokens, from, k - 1, type, seq.capsLine, s);
          if (mention) mentions.push(mention);
        }
        if (verb) cutAtVerb = true;
        splitAt = k <= j && isPossessive(doc.tokens[seq.tokens[k]!]!) && joinsTwoNames(doc, seq.tokens, from, k, j) && ORG_HEAD_WORDS.has(doc.tokens[seq.tokens[k - 1]!]!.normal) ? k : -1;
        from = k + 1;
      }
      i = j + 1;
    }
  });
  mentions.push(...datelinePlaces(doc, ctx, mentions));
  for (const m of mentions) joinHyphenParts(doc, m);
  return joinOfNames(doc, ctx, joinHyphenatedNames(doc, mentions));
}

/** True for a hyphen written between two words with no space ("Nano-Satellite", "Jean-Claude"). */
function isTightHyphen(doc: NlpDoc, index: number): boolean {
  const dash = doc.tokens[index];
  const next = doc.tokens[index + 1];
  return dash !== undefined && next !== undefined && (dash.text === '-' || dash.text === '‐') && dash.before === '' && next.before === '';
}

/**
 * Two names the tagger cut at a hyphen written without spaces ("Tyvak Nano" and "Satellite
 * Systems" of "Tyvak Nano-Satellite Systems"; "Inzamam" and "ul-Haq"; "African" and "American")
 * are one name. The part after the hyphen is the head, and its type the name's.
 */
function joinHyphenatedNames(doc: NlpDoc, mentions: Mention[]): Mention[] {
  const ordered = [...mentions].sort((a, b) => a.first - b.first);
  const joined: Mention[] = [];
  for (const mention of ordered) {
    const previous = joined[joined.length - 1];
    // Not two places ("the US-China talks", "the Baghdad-Damascus road": a relation between
    // them), nor in a capitals line, where a hyphen often parts a heading from a name.
    const relation = previous?.type === 'PLACE' && mention.type === 'PLACE';
    if (previous && previous.seq === mention.seq && mention.first === previous.last + 2 && isTightHyphen(doc, previous.last + 1) && !relation && !previous.capsLine && !mention.capsLine) {
      joined[joined.length - 1] = { ...previous, last: mention.last, end: mention.end, type: mention.type, source: mention.source === 'rule' || previous.source === 'rule' ? 'rule' : previous.source };
      continue;
    }
    joined.push(mention);
  }
  return joined;
}

/** Longest lower-case part joined by a hyphen to a name ("Ban Ki-moon", "Park Geun-hye", "al-Qaim"). */
const HYPHEN_PART_MAX = 4;

/**
 * A name the tagger cut at a hyphen: a short lower-case syllable after it ("Ki-moon") or an
 * Arabic article before it ("al-Qaim") belongs to the name.
 */
function joinHyphenParts(doc: NlpDoc, m: Mention): void {
  const tokens = doc.tokens;
  const dash = tokens[m.last + 1];
  const part = tokens[m.last + 2];
  if (dash && part && (dash.text === '-' || dash.text === '‐') && dash.before === '' && part.before === '' && /^\p{Ll}+$/u.test(part.text) && part.text.length <= HYPHEN_PART_MAX && m.type === 'PERSON') {
    m.last += 2;
    m.end = part.end;
  }
  const before = tokens[m.first - 1];
  const particle = tokens[m.first - 2];
  if (before && particle && (before.text === '-' || before.text === '‐') && before.before === '' && tokens[m.first]!.before === '' && HYPHEN_PARTICLE_SET.has(particle.text)) {
    m.first -= 2;
    m.start = particle.start;
  }
}

/** Punctuation that never stands inside a name, and dashes set off by spaces. */
function isSeparator(doc: NlpDoc, t: number): boolean {
  const token = doc.tokens[t]!;
  const code = token.text.charCodeAt(0);
  // Letters and digits separate nothing: most tokens leave here.
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)) return false;
  if (/^[,;:()[\]{}"“”|/]$/.test(token.text)) return true;
  if (/^[-‐‒–—―]+$/.test(token.text)) {
    const next = doc.tokens[t + 1];
    return token.before.length > 0 || (next !== undefined && next.before.length > 0);
  }
  return false;
}

function isPossessive(token: Token): boolean {
  return token.normal === "'s" || token.text === "'s" || token.text === '’s';
}

/** True when a word from position `from` to `to` heads or opens an organization's name. */
function hasOrgWord(doc: NlpDoc, seqTokens: number[], from: number, to: number): boolean {
  for (let t = from; t <= to; t++) {
    const normal = doc.tokens[seqTokens[t]!]!.normal;
    if (ORG_HEAD_WORDS.has(normal) || ORG_OPENER_WORDS.has(normal) || CORPORATE_SUFFIX_WORDS.has(normal)) return true;
  }
  return false;
}

/**
 * True when token k joins two names rather than standing inside one: a possessive before a
 * name ("Farrakhan's Nation of Islam", "the Agriculture Department's Drazek"), or "and"
 * after a company's legal form ("Johnson Controls Inc and Lear Corp").
 */
function joinsTwoNames(doc: NlpDoc, seqTokens: number[], from: number, k: number, j: number): boolean {
  if (k <= from || k >= j) return false;
  const token = doc.tokens[seqTokens[k]!]!;
  const next = doc.tokens[seqTokens[k + 1]!]!;
  if (!/^\p{Lu}/u.test(next.text)) return false;
  if (isPossessive(token)) {
    // "People's Liberation Front", "Workers' Party": a plural noun for people opens one name.
    if (PEOPLE_PLURAL_SET.has(doc.tokens[seqTokens[k - 1]!]!.normal)) return false;
    // "McDonald's Corp": the rest is only a legal form or an organization word, so one name.
    for (let t = k + 1; t <= j; t++) {
      const normal = doc.tokens[seqTokens[t]!]!.normal;
      if (!CORPORATE_SUFFIX_WORDS.has(normal) && !ORG_HEAD_WORDS.has(normal)) return true;
    }
    return false;
  }
  return token.normal === 'and' && CORPORATE_SUFFIX_WORDS.has(doc.tokens[seqTokens[k - 1]!]!.normal);
}

/** A token that cannot stand inside a person's, organization's or place's name: a number or a common word. */
function breaksName(token: Token): boolean {
  if (/^\p{N}[\p{N}.,:-]*$/u.test(token.text)) return true;
  return /^\p{Ll}/u.test(token.text) && !NAME_CONNECTORS.has(token.normal);
}

/** A lower-case verb inside a title or event's name: the name ended before it ("Lynch said Thursday"). */
function breaksTitle(token: Token): boolean {
  return (token.pos === 'VERB' || token.pos === 'AUX') && /^\p{Ll}/u.test(token.text);
}

/**
 * "Stephanie Hooton of Derry", "Patrick Murray of Christie": after a person's full name, "of"
 * starts where the person is from or works, not more of the name.
 */
function personOf(doc: NlpDoc, seqTokens: number[], from: number, k: number, j: number): boolean {
  return k - from >= 2 && k < j && doc.tokens[seqTokens[k]!]!.normal === 'of';
}

/** Prepositions that never join a people's or group's name to what follows ("Democrats in Congress"). */
const GROUP_BREAKS = new Set(['in', 'at', 'on', 'from']);

/** True when token k is such a preposition and the words from `from` before it name a group or nationality. */
function afterGroupWord(doc: NlpDoc, seqTokens: number[], from: number, k: number): boolean {
  if (k <= from || !GROUP_BREAKS.has(doc.tokens[seqTokens[k]!]!.text)) return false;
  const words: string[] = [];
  for (let t = from; t < k; t++) words.push(doc.tokens[seqTokens[t]!]!.normal);
  return matchWords(words, 0, Cls.Nat) === words.length;
}

/** Trims a tagged span `[i, j]` of sequence positions into a mention, or null if nothing is left. */
function cleanMention(doc: NlpDoc, ctx: DocContext, seqTokens: number[], i: number, j: number, type: EntityType, capsLine: boolean, seq: number): Mention | null {
  const tok = (k: number): Token => doc.tokens[seqTokens[k]!]!;
  // "Mr Assange", "Dr. Lee": a personal honorific opens a person's name, whatever the tagger said.
  if (type !== 'PERSON' && i < j && PERSONAL_HONORIFIC_WORDS.has(tok(i).normal) && /^\p{Lu}/u.test(tok(i).text)) type = 'PERSON';
  // A participle or an interjection opening the sentence is no part of a name ("Joining the
  // Acme One, …", "Hey Chirpa, …"), nor is the article after it.
  // So is the auxiliary opening a question ("Will Hanson keep the seat …?").
  const question = tok(seqTokens.length - 1).text === '?';
  // Only a participle or an interjection: a name may open with a verb's form ("Bound Creek").
  const opening = tok(i).pos === 'INTJ' || (tok(i).pos === 'VERB' && /ing$/.test(tok(i).normal));
  if (i === 0 && i < j && /\p{Ll}/u.test(tok(i).text) && ((question && tok(i).pos === 'AUX') || (opening && ctx.words[seqTokens[i]!]!.classes & (Cls.Common | Cls.Dict) && !(ctx.words[seqTokens[i]!]!.classes & Cls.First)))) {
    i++;
    while (i < j && tok(i).normal === 'the') i++;
  }
  // Leading titles go to `title` ("President Clinton" → Clinton, title President).
  let titleFrom = -1;
  while (i < j && isTitleToken(tok(i)) && type === 'PERSON') {
    if (titleFrom < 0) titleFrom = i;
    i++;
  }
  // Trailing possessives, punctuation and (outside events like "Euro 96") scores are not part of the name.
  // A "!" or "?" ending the sentence is the sentence's ("Back to Nadia!"), not one inside a name ("Zonk! said").
  while (j > i && (/^['’]s?$/.test(tok(j).text) || /^[,;:(]$/.test(tok(j).text) || (type !== 'MISC' && (/^[\d.,:-]+$/.test(tok(j).text) || (/^[!?]$/.test(tok(j).text) && j === seqTokens.length - 1))))) j--;
  while (i < j && /^[,;:)"“”'‘’‐‒–—―-]$/.test(tok(i).text)) i++;
  /** Lower-case nouns were cut off a MISC span: the tagger's type was read with them. */
  let trimmed = false;
  // "The Republican is also encouraging …": a party or nationality word after an article is a
  // member of the group, not a work's title.
  if (type === 'MISC' && j === i + 1 && tok(i).normal === 'the' && isNationality(tok(j).normal)) {
    i++;
    type = 'NORP';
  }
  if (type === 'MISC') {
    // An event's name ends before "on Friday" (a year or a number may belong to it: "Euro 96").
    let k = j;
    while (k > i && ctx.dates[seqTokens[k]!] && /^\p{L}/u.test(tok(k).text)) k--;
    if (k < j && k > i && DATE_PREPOSITIONS.has(tok(k).normal)) j = k - 1;
    // A title may hold small words, but does not end on a verb or a common word ("Lynch said"),
    // nor on the lower-case noun a name modifies ("the Acme reaction", "a Kellford flyby").
    while (j > i && /^\p{Ll}/u.test(tok(j).text) && !NAME_CONNECTORS.has(tok(j).normal) && ctx.words[seqTokens[j]!]!.classes & (Cls.Common | Cls.Dict)) {
      j--;
      trimmed = true;
    }
    // The article before the cut noun was the noun's ("A Kellford man", "The Acme case verdict").
    if (trimmed) while (i < j && (tok(i).normal === 'a' || tok(i).normal === 'an' || tok(i).normal === 'the')) i++;
    while (j > i && /^\p{Ll}/u.test(tok(j).text) && (tok(j).pos === 'VERB' || tok(j).pos === 'AUX' || tok(j).pos === 'ADV' || tok(j).pos === 'ADP')) j--;
  } else {
    // An opening article belongs to the sentence, not the name ("The Army Corps of Engineers
    // reviewed …"); a work's title (MISC) keeps it.
    while (i < j && tok(i).normal === 'the') i++;
    // A month or weekday before a name is a date ("the August National Association of …").
    while (i < j && ctx.dates[seqTokens[i]!]) i++;
    // … and after it, with its preposition ("the Treasury Department on Wednesday").
    const jBefore = j;
    while (j > i && ctx.dates[seqTokens[j]!]) j--;
    if (j < jBefore && j > i && DATE_PREPOSITIONS.has(tok(j).normal)) j--;
    // A reporting period after a company's name is not part of it ("Acme H1", "Acme Systems Inc Q2").
    while (j > i && REPORTING_PERIOD_CODE.test(tok(j).text)) j--;
    // "Representatives of First Bank": a capitalized common noun opening the sentence, then "of".
    if (i === 0 && j > i + 1 && tok(i + 1).normal === 'of' && !ORG_OPENER_WORDS.has(tok(i).normal) && ctx.words[seqTokens[i]!]!.classes & (Cls.Common | Cls.Dict)) i += 2;
  }
  // Market codes after a name are not part of it ("Brent crude LCOc1", "the S&P 500 .SPX",
  // "the euro EUR="), and a code alone is no name.
  let priced = false;
  while (j >= i && isMarketCode(doc, seqTokens[j]!)) {
    priced = true;
    j--;
    if (j >= i && tok(j).text === '.' && tok(j).before !== '') j--;
  }
  if (j < i) return null;
  // A name with a code is a price's: a commodity, currency or index (MISC), unless it is the
  // exchange's own ("London Metal Exchange CMZN3").
  if (priced && !ORG_HEAD_WORDS.has(tok(j).normal)) type = 'MISC';
  // A pronoun alone is no name ("I" left from "I think …", "I’m" read as one word).
  if (i === j && (tok(i).pos === 'PRON' || PRONOUN_CONTRACTION.test(tok(i).text))) return null;
  let alnum = false;
  for (let k = i; k <= j && !alnum; k++) alnum = ctx.words[seqTokens[k]!]!.alnum;
  if (!alnum) return null;
  let title: string | undefined;
  if (titleFrom >= 0) title = titleText(doc, seqTokens[titleFrom]!, seqTokens[i - 1]!);
  else if (type === 'PERSON') {
    let k = i - 1;
    while (k >= 0 && i - k <= MAX_TITLE_WORDS && isTitleToken(tok(k))) k--;
    if (k < i - 1) title = titleText(doc, seqTokens[k + 1]!, seqTokens[i - 1]!);
  }
  // A sentence ending on a company's abbreviated legal form ends on one period, the sentence's ("… and Lear Corp.").
  let end = tok(j).end;
  if (j === seqTokens.length - 1 && j > i && tok(j).text.length > 2 && tok(j).text.endsWith('.') && CORPORATE_SUFFIX_WORDS.has(tok(j).normal) && !tok(j).text.slice(0, -1).includes('.')) end--;
  const mention: Mention = {
    start: tok(i).start,
    end,
    first: seqTokens[i]!,
    last: seqTokens[j]!,
    type,
    capsLine,
    seq,
    // A name cut out of a longer span takes its type from the name's other mentions (no vote).
    source: priced ? 'rule' : trimmed ? 'propagated' : 'tagger',
    // Every mention has every field, in this order: one object shape for the engine.
    title: title || undefined,
    role: undefined,
  };
  // Nationalities and peoples are NORP; so are plural group names ("Democrats"), while a
  // party's own name ("Labour") stays an organization.
  const surface = doc.text.slice(mention.start, mention.end);
  if ((type === 'MISC' || (type === 'ORG' && /s$/.test(surface))) && (spanListed(ctx, mention.first, mention.last, Cls.Nat) || (surface.includes('-') && isListed(surface, Cls.Nat)))) mention.type = 'NORP';
  // "North American", "West African": a compass point before a nationality is a nationality too.
  if (j === i + 1 && COMPASS_WORDS.has(tok(i).normal) && ctx.words[seqTokens[j]!]!.classes & Cls.Nat && !spanListed(ctx, mention.first, mention.last, Cls.Country | Cls.Region)) mention.type = 'NORP';
  return mention;
}

/** Compass points that make a region's adjective of a nationality ("North American"). */
const COMPASS_WORDS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeast', 'northwest', 'southeast', 'southwest']);

/** A pronoun and a verb written as one word ("I’m", "We're"). */
const PRONOUN_CONTRACTION = /^(?:i|you|we|they|he|she|it)['’](?:m|re|ve|ll|d|s)$/i;

/**
 * A market data code, as wire copy writes them after a price's name: a future's code ("LCOc1",
 * "CLc1"), a metal's ("CMZN3"), an index's after a spaced period (".SPX") or a currency's
 * or bond's around an equals sign ("EUR=", "US10YT=RR").
 */
function isMarketCode(doc: NlpDoc, t: number): boolean {
  const token = doc.tokens[t]!;
  const text = token.text;
  if (/^[A-Z]{2,}[a-z]\d{1,2}$/.test(text) || /^[A-Z]{4,}\d$/.test(text)) return true;
  if (!/^[A-Z0-9]{2,}$/.test(text)) return false;
  const next = doc.tokens[t + 1];
  if (next && next.text === '=' && next.before === '') return true;
  const prev = doc.tokens[t - 1];
  return prev !== undefined && token.before === '' && ((prev.text === '.' && prev.before !== '') || prev.text === '=');
}

/** Prepositions that tie a date to the sentence, not to a name before it. */
const DATE_PREPOSITIONS = new Set(['on', 'in', 'at', 'of', 'from', 'since', 'until', 'by']);

/** A dateline is this many lines into the text at most (headline, byline, then dateline). */
const DATELINE_MAX_LINE = 4;
/** Most tokens of a dateline's place ("SAN JOSE, Calif.", "ABU DHABI, United Arab Emirates"). */
const DATELINE_MAX_TOKENS = 8;

/**
 * Places in a dateline, which names where the story was filed: a line's opening "CITY, Region"
 * before a date ("LONDON 1996-08-30", "SAN JOSE, Calif. 2024-05-01"), before a dash, with or
 * without the agency in brackets ("LONDON (Reuters) -", "DENVER, Colo. (AP) —"), or a line
 * that is only "CITY, COUNTRY" in capitals.
 */
function datelinePlaces(doc: NlpDoc, ctx: DocContext, found: Mention[]): Mention[] {
  const out: Mention[] = [];
  const limit = lineStartAfter(doc.text, DATELINE_MAX_LINE);
  const dates = doc.winkEntities.filter((e) => e.type === 'DATE' && e.start < limit);
  // The tagger's places by span, and the spans whose other mentions the dateline rule overrides,
  // cut out in one pass at the end: a first line of thousands of "CITY, date." sentences would
  // otherwise search and splice the whole list once per place. The places of different sentences
  // never overlap, so no cut removes a mention a later place would have matched.
  let taggedPlaces: Map<string, Mention> | null = null;
  const cuts: Array<[number, number]> = [];
  ctx.sequences.forEach((seq, s) => {
    const firstTok = doc.tokens[seq.tokens[0]!]!;
    if (firstTok.start >= limit) return;
    const before = datedPlace(doc, seq, dates) ?? undatedPlace(doc, ctx, seq);
    if (!before) return;
    let from = 0;
    for (let k = 0; k <= before.length; k++) {
      if (k < before.length && doc.tokens[before[k]!]!.text !== ',') continue;
      if (k > from) {
        const a = doc.tokens[before[from]!]!;
        const b = doc.tokens[before[k - 1]!]!;
        const end = b.end;
        taggedPlaces ??= placesBySpan(found);
        const same = taggedPlaces.get(spanKey(a.start, end));
        if (same) same.source = 'rule';
        else {
          // The tagger may have typed or cut it otherwise: the dateline rule wins.
          cuts.push([a.start, end]);
          out.push({ start: a.start, end, first: before[from]!, last: before[k - 1]!, type: 'PLACE', capsLine: seq.capsLine, seq: s, source: 'rule', title: undefined, role: undefined });
        }
      }
      from = k + 1;
    }
  });
  if (cuts.length > 0) removeOverlapping(found, cuts);
  return out;
}

function spanKey(start: number, end: number): string {
  return `${start}:${end}`;
}

/** The first PLACE mention of each span of `mentions`. */
function placesBySpan(mentions: readonly Mention[]): Map<string, Mention> {
  const places = new Map<string, Mention>();
  for (const m of mentions) {
    const key = spanKey(m.start, m.end);
    if (m.type === 'PLACE' && !places.has(key)) places.set(key, m);
  }
  return places;
}

/** Removes from `mentions`, in place and keeping their order, those overlapping any of `cuts` (in order, not overlapping each other). */
function removeOverlapping(mentions: Mention[], cuts: ReadonlyArray<[number, number]>): void {
  let kept = 0;
  for (const m of mentions) {
    // The first cut ending after the mention starts is the only one that may overlap it first.
    let lo = 0;
    let hi = cuts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cuts[mid]![1] <= m.start) lo = mid + 1;
      else hi = mid;
    }
    if (lo < cuts.length && cuts[lo]![0] < m.end) continue;
    mentions[kept++] = m;
  }
  mentions.length = kept;
}

/** Capitalized words and commas, opening with a capitals word: a dateline's place. */
function placeTokens(doc: NlpDoc, tokens: number[]): boolean {
  if (tokens.length === 0 || tokens.length > DATELINE_MAX_TOKENS) return false;
  if (!tokens.every((t) => /^(?:\p{Lu}[\p{L}.'-]*|,)$/u.test(doc.tokens[t]!.text))) return false;
  return doc.tokens[tokens[tokens.length - 1]!]!.text !== ',';
}

/** The tokens of the place before a date that the sequence holds ("LONDON 1996-08-30"), or null. */
function datedPlace(doc: NlpDoc, seq: { tokens: number[] }, dates: NlpDoc['winkEntities']): number[] | null {
  // The dates are in document order: the first one after the sequence's first token, by binary search.
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dates[mid]!.tokenStart <= seq.tokens[0]!) lo = mid + 1;
    else hi = mid;
  }
  const date = dates[lo];
  if (!date || date.tokenStart > seq.tokens[seq.tokens.length - 1]!) return null;
  const lastTok = doc.tokens[seq.tokens[seq.tokens.length - 1]!]!;
  if (doc.tokens[date.tokenEnd - 1]!.end < lastTok.end && !/^[-–—.:]$/.test(lastTok.text)) return null;
  // Everything before the date must be capitalized words and commas.
  const before = seq.tokens.filter((t) => t < date.tokenStart);
  if (!placeTokens(doc, before) || !/^\p{Lu}{2}/u.test(doc.tokens[before[0]!]!.text)) return null;
  return before;
}

/**
 * The tokens of an undated dateline's place, or null: at the start of a line, capitalized words
 * and commas before a spaced dash, maybe after the agency in brackets ("DENVER (AP) —",
 * "Denver –") in a mixed-case line; or a whole capitals line "CITY, COUNTRY" whose last part is a listed
 * country or region. A place not in capitals must be listed.
 */
function undatedPlace(doc: NlpDoc, ctx: DocContext, seq: { tokens: number[]; capsLine: boolean }): number[] | null {
  const ts = seq.tokens;
  const first = doc.tokens[ts[0]!]!;
  if (first.start > 0 && doc.text[first.start - 1] !== '\n') return null;
  let k = 0;
  while (k < ts.length && k <= DATELINE_MAX_TOKENS && /^(?:\p{Lu}[\p{L}.'-]*|,)$/u.test(doc.tokens[ts[k]!]!.text)) k++;
  const place = ts.slice(0, k);
  if (!placeTokens(doc, place)) return null;
  const caps = /^\p{Lu}{2}/u.test(first.text) && first.text === first.text.toUpperCase();
  if (k === ts.length) {
    // "ZUG, SWITZERLAND" alone on its line.
    if (!seq.capsLine || !place.some((t) => doc.tokens[t]!.text === ',')) return null;
    let last = place.length - 1;
    while (last > 0 && doc.tokens[place[last - 1]!]!.text !== ',') last--;
    return spanListed(ctx, place[last]!, place[place.length - 1]!, Cls.Country | Cls.Region) ? place : null;
  }
  // The agency in brackets, then a dash set off by spaces, then the story in mixed case (a
  // capitals line "PRESS DIGEST - …" is a headline's slug).
  if (seq.capsLine) return null;
  let d = k;
  const agency = doc.tokens[ts[d]!]!.text === '(';
  if (agency) {
    while (d < ts.length && doc.tokens[ts[d]!]!.text !== ')') d++;
    if (d >= ts.length || d - k > 4) return null;
    d++;
  }
  const dash = doc.tokens[ts[d] ?? -1];
  if (!dash || !/^[-–—]$/.test(dash.text) || dash.before === '') return null;
  // Without the agency, a listed place must be named ("PRESS DIGEST - …" is a slug); a place
  // not in capitals must be listed itself.
  const listed = (from: number, to: number): boolean => spanListed(ctx, place[from]!, place[to]!, Cls.City | Cls.Country | Cls.Region);
  let comma = place.findIndex((t) => doc.tokens[t]!.text === ',');
  if (comma < 0) comma = place.length;
  if (!caps && !listed(0, comma - 1)) return null;
  if (!agency && !listed(0, comma - 1) && !(comma < place.length && listed(comma + 1, place.length - 1))) return null;
  return place;
}

/** The offset where line `n` (0-based) begins, or the text's length. */
function lineStartAfter(text: string, n: number): number {
  let at = 0;
  for (let k = 0; k <= n; k++) {
    const next = text.indexOf('\n', at);
    if (next < 0) return text.length;
    at = next + 1;
  }
  return at;
}

/** Words that join an organization's head to what it is of or for ("Institute for the Study of War"). */
const OF_WORDS = new Set(['of', 'for']);

/**
 * "Institute" + "for the" + "Study of War", "Bank" + "of" + "England": an organization head
 * followed by "of"/"for" and another name is one organization's name.
 */
function joinOfNames(doc: NlpDoc, ctx: DocContext, mentions: Mention[]): Mention[] {
  mentions.sort((a, b) => a.start - b.start);
  const out: Mention[] = [];
  for (const m of mentions) {
    const prev = out[out.length - 1];
    if (prev && ((prev.type !== 'PERSON' && canJoin(doc, prev, m)) || joinsAList(doc, ctx, prev, m))) {
      prev.end = m.end;
      prev.last = m.last;
      prev.type = 'ORG';
      continue;
    }
    out.push(m);
  }
  return out;
}

/** The words of tokens `from` to `to` (exclusive) on one line, or null when a line break comes between. */
function wordsBetween(doc: NlpDoc, from: number, to: number): string[] | null {
  const words: string[] = [];
  for (let t = from; t < to; t++) {
    const tok = doc.tokens[t]!;
    if (tok.pos === 'SPACE') {
      if (tok.text.includes('\n')) return null;
      continue;
    }
    words.push(tok.normal);
  }
  return words;
}

/** Every word of the mention is a capitalized common word, none a given name or a place ("Health", "Human Services"). */
function commonWordsOnly(ctx: DocContext, m: Mention): boolean {
  for (let t = m.first; t <= m.last; t++) {
    const w = ctx.words[t];
    if (!w || !w.letter || NAME_CONNECTORS.has(w.normal)) continue;
    if (!w.upper || !(w.classes & (Cls.Common | Cls.Dict)) || w.classes & (Cls.First | Cls.Country | Cls.Region | Cls.City | Cls.Nat)) return false;
  }
  return true;
}

/**
 * "Health" + "and" + "Human Services", "Ministry of Trade" + "," + "Industry and Energy": a
 * department's name lists its fields, in capitalized common words; the tagger cuts it at the
 * list's joints. "and" joins when one side is an organization's (or ends on an organization's
 * head word); a comma joins after "Ministry of …" when the rest of the list follows with its "and".
 */
function joinsAList(doc: NlpDoc, ctx: DocContext, a: Mention, b: Mention): boolean {
  const between = wordsBetween(doc, a.last + 1, b.first);
  if (!between || between.length !== 1) return false;
  if (between[0] === 'and') {
    // The field before "and" is one word ("Health and Human Services"); two names a company
    // list joins are not one ("Blue Note and United Artists Records").
    if (a.first !== a.last || !commonWordsOnly(ctx, a) || !commonWordsOnly(ctx, b)) return false;
    return a.type === 'ORG' || b.type === 'ORG' || ORG_HEAD_WORDS.has(doc.tokens[b.last]!.normal);
  }
  if (between[0] !== ',' || a.type !== 'ORG' || !commonWordsOnly(ctx, b)) return false;
  let of = -1;
  for (let t = a.first; t < a.last && of < 0; t++) if (ORG_OPENER_WORDS.has(doc.tokens[t]!.normal) && doc.tokens[t + 1]?.normal === 'of') of = t + 1;
  if (of < 0) return false;
  let and = false;
  for (let t = b.first; t <= b.last; t++) if (doc.tokens[t]!.normal === 'and') and = true;
  return and && commonWordsOnly(ctx, { ...a, first: of + 1 });
}

function canJoin(doc: NlpDoc, a: Mention, b: Mention): boolean {
  const head = doc.tokens[a.last]!.normal;
  if (!ORG_OPENER_WORDS.has(head)) return false;
  const between: string[] = [];
  for (let t = a.last + 1; t < b.first; t++) {
    const tok = doc.tokens[t]!;
    if (tok.pos === 'SPACE') {
      if (tok.text.includes('\n')) return false;
      continue;
    }
    between.push(tok.normal);
  }
  return (between.length === 1 && OF_WORDS.has(between[0]!)) || (between.length === 2 && OF_WORDS.has(between[0]!) && between[1] === 'the');
}
