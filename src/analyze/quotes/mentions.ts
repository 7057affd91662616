/**
 * Names in the narrative (outside quotation marks), found from tokens alone, and a simple
 * mention chain over them: "Kurt Volker" … "Volker" … "Mr. Volker" are one person, with the
 * titles and descriptions the article gives him ("the envoy"), a gender when the article or
 * the given name tells it, and a link to the entities stage when its mentions agree.
 *
 * The quotes stage does not rely on the entities stage alone: it finds speaker names itself
 * and only borrows entity types and ids where offsets overlap.
 */
import type { Entity } from '../../summary.js';
import type { Token } from '../../nlp/doc.js';
import { type QuoteContext, TITLE_ABBREVIATIONS, isCapitalized, isPluralPeople, isWord } from './context.js';
import { reportingBase } from './cues.js';
import { FIRST_NAMES } from '../../data/quotes-first-names.js';
import { CALENDAR_WORDS, DEMONYMS, GENDERED_ROLE_NOUNS, GROUP_NOUNS, HUMAN_ROLE_NOUNS, ORG_HEAD_WORDS, PERSON_ROLE_NOUNS, TITLE_EXPANSIONS } from '../../data/quotes-lexicon.js';

export type Gender = 'm' | 'f';
export type NameType = 'PERSON' | 'ORG' | 'OTHER';

export interface NameMention {
  /** Token range of the name itself, titles excluded. */
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
  words: string[];
  type: NameType;
  /** Role words the article attaches to this mention ("general", "spokeswoman"). */
  roles: string[];
  gender: Gender | null;
  /** "Trump's …": the name modifies something else. */
  possessive: boolean;
  /** The name follows a preposition ("with Zelensky"). */
  oblique: boolean;
  /** The name is followed by its verb (possibly after an appositive). */
  subject: boolean;
  /** True for a one-word name that could belong to more than one person ("Clinton"). */
  ambiguous: boolean;
  /** True for a definite description standing for a named person ("the senator"). */
  description?: boolean;
  sentence: number;
  paragraph: number;
  cluster: Cluster;
}

export interface Cluster {
  index: number;
  type: NameType;
  /** The fullest form of the name in the article. */
  words: string[];
  gender: Gender | null;
  roles: Set<string>;
  mentions: NameMention[];
  entityId: string | null;
  entityName: string | null;
}

export interface NameIndex {
  mentions: NameMention[];
  /** Index into `mentions` of the mention covering each token, or -1. */
  mentionAtToken: Int32Array;
  clusters: Cluster[];
}

/** Lower-case particles that may sit inside a name ("Ludwig van Beethoven", "bin Salman"). */
const NAME_PARTICLES = new Set(['de', 'da', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'du', 'dos', 'das', 'ben', 'abu']);
/** Tokens after a name that make it possessive. */
const POSSESSIVE_MARKS = new Set(["'s", '’s', "'", '’']);
/** Longest appositive (in tokens) read for role words after or before a name. */
const APPOSITIVE_MAX_TOKENS = 14;
/** Capitalized sentence openers before a reporting verb that are not names ("Officials said"). */
const GENERIC_SUBJECTS = new Set(['officials', 'police', 'critics', 'experts', 'analysts', 'authorities', 'sources', 'witnesses', 'residents', 'researchers', 'scientists', 'others', 'many', 'some', 'both', 'all', 'most', 'few', 'several', 'everyone', 'nobody', 'someone', 'people', 'protesters', 'demonstrators', 'supporters', 'opponents', 'voters', 'democrats', 'republicans', 'prosecutors', 'investigators', 'lawyers', 'doctors', 'teachers', 'students', 'parents', 'workers', 'leaders', 'organizers', 'activists', 'economists', 'observers', 'reports', 'studies', 'documents', 'records', 'polls', 'surveys', 'data', 'figures']);
/** Suffixes that end a person's name without being its surname. */
const NAME_SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

function normalWord(word: string): string {
  const low = word.toLowerCase();
  return low.includes('’') ? low.replace(/’/g, "'") : low;
}

/** True for a title or role word, given in lower case ("gen.", "minister"). */
function isRoleWord(w: string): boolean {
  return PERSON_ROLE_NOUNS.has(w) || w in TITLE_EXPANSIONS || (w.endsWith('.') && PERSON_ROLE_NOUNS.has(w.slice(0, -1)));
}

/** A role word in its long form ("Gen." → "general"). */
export function expandRole(word: string): string {
  const w = word.toLowerCase();
  return TITLE_EXPANSIONS[w] ?? w.replace(/\.$/, '');
}

function isSentenceInitial(ctx: QuoteContext, t: number): boolean {
  if (ctx.tokens[t]!.before.includes('\n')) return true;
  for (let k = t - 1; k >= 0; k--) {
    const token = ctx.tokens[k]!;
    if (token.end <= token.start || token.pos === 'SPACE') continue;
    if (token.sentence !== ctx.tokens[t]!.sentence) return true;
    if (ctx.quoteOfToken[k]! >= 0) return /[.!?]$/.test(ctx.text.slice(ctx.spans[ctx.quoteOfToken[k]!]!.start, ctx.spans[ctx.quoteOfToken[k]!]!.end));
    if (token.pos === 'PUNCT' && /^[.!?:;]$/.test(token.text)) return true;
    return token.pos === 'PUNCT' && /^[“"(\[‘'—–-]$/.test(token.text) && k === 0;
  }
  return true;
}

/** Answers of {@link nameLike} per context: 0 unknown, 1 yes, 2 no (runs ask about the same tokens repeatedly). */
const nameLikeCache = new WeakMap<QuoteContext, Uint8Array>();

/** Could this token be part of a name? Sentence-initial words need a proper-noun tag. */
function nameLike(ctx: QuoteContext, t: number): boolean {
  if (t < 0 || t >= ctx.tokens.length) return false;
  let cache = nameLikeCache.get(ctx);
  if (!cache) {
    cache = new Uint8Array(ctx.tokens.length);
    nameLikeCache.set(ctx, cache);
  }
  if (cache[t] === 0) cache[t] = computeNameLike(ctx, t) ? 1 : 2;
  return cache[t] === 1;
}

function computeNameLike(ctx: QuoteContext, t: number): boolean {
  const token = ctx.tokens[t];
  if (!token || ctx.quoteOfToken[t]! >= 0 || !isCapitalized(token) || !isWord(token)) return false;
  if (token.text === 'I' || CALENDAR_WORDS.has(token.normal)) return false;
  if (token.pos === 'PRON' || token.pos === 'DET' || token.pos === 'CCONJ' || token.pos === 'SCONJ' || token.pos === 'ADP' || token.pos === 'AUX') return false;
  if (isSentenceInitial(ctx, t)) {
    // "Protesters chanted …": a plural people noun opening a sentence is not a name, whatever its tag.
    if (isPluralPeople(token, GROUP_NOUNS)) return false;
    if (token.pos === 'PROPN' || FIRST_NAMES.has(token.normal) || isRoleWord(token.normal)) return true;
    // "Grant said …": a capitalized word right before a reporting verb is a name, whatever its tag.
    const next = ctx.tokens[t + 1];
    return token.pos !== 'PRON' && !!next && next.before !== '' && reportingBase(next) !== null && !GENERIC_SUBJECTS.has(token.normal);
  }
  return true;
}

/** Longest lower-case syllable joined by a hyphen inside a name ("Ban Ki-moon", "Park Geun-hye"). */
const HYPHEN_SYLLABLE_MAX = 4;

function joins(ctx: QuoteContext, j: number, runLength = 1): number {
  // Returns how many connector tokens at j+1 may be skipped to continue a name run (0: none).
  const tokens = ctx.tokens;
  const next = tokens[j + 1];
  if (!next || next.before.includes('\n') || ctx.quoteOfToken[j + 1]! >= 0) return 0;
  if (NAME_PARTICLES.has(next.text) && nameLike(ctx, j + 2)) return 1;
  const glued = tokens[j + 2];
  const syllable = !!glued && runLength >= 2 && /^\p{Ll}+$/u.test(glued.text) && glued.text.length <= HYPHEN_SYLLABLE_MAX;
  if ((next.text === '-' || next.text === '‐') && next.before === '' && glued?.before === '' && ctx.quoteOfToken[j + 2]! < 0 && (nameLike(ctx, j + 2) || glued.pos === 'PROPN' || syllable)) return 1;
  if (next.text === '&' && nameLike(ctx, j + 2)) return 1;
  // "Rev" "." "Peter": wink splits the dot from some title abbreviations.
  if (next.text === '.' && next.before === '' && TITLE_ABBREVIATIONS.has(tokens[j]!.text.toLowerCase()) && nameLike(ctx, j + 2)) return 1;
  const low = next.normal;
  if ((low === 'of' || low === 'for') && ORG_HEAD_WORDS.has(tokens[j]!.normal) && nameLike(ctx, j + 2)) return 1;
  if ((low === 'of' || low === 'for') && tokens[j + 2]?.normal === 'the' && ORG_HEAD_WORDS.has(tokens[j]!.normal) && nameLike(ctx, j + 3)) return 2;
  return 0;
}

interface EntitySpan {
  start: number;
  end: number;
  id: string;
  type: string;
  name: string;
}

/** Builds the name index of the narrative: mentions in order and their clusters. */
export function buildNameIndex(ctx: QuoteContext, entities: readonly Entity[]): NameIndex {
  const tokens = ctx.tokens;
  const entitySpans: EntitySpan[] = [];
  for (const entity of entities) for (const m of entity.mentions) entitySpans.push({ start: m.start, end: m.end, id: entity.id, type: entity.type, name: entity.name });
  entitySpans.sort((a, b) => a.start - b.start);

  const raw: RawMention[] = [];
  let e = 0;
  for (let t = 0; t < tokens.length; t++) {
    if (!nameLike(ctx, t)) continue;
    let j = t;
    for (;;) {
      if (nameLike(ctx, j + 1) && !tokens[j + 1]!.before.includes('\n')) {
        j++;
        continue;
      }
      const skip = joins(ctx, j, j - t + 1);
      if (skip > 0) {
        j += skip + 1;
        continue;
      }
      break;
    }
    const runEnd = j + 1;
    const start = t;
    t = j;

    // Roles inside the run: the name starts after the last one ("Defense Minister Sergei Shoigu").
    const roles: string[] = [];
    /** Titles inside or right before the run: they make it a person (appositive roles do not). */
    let titled = false;
    let nameStart = start;
    const last = runEnd - 1;
    const lastWord = tokens[last]!.normal;
    const isOrgRun = ORG_HEAD_WORDS.has(lastWord) || runHasOrgOf(ctx, start, runEnd) || isAcronymOrg(tokens[last]!, runEnd - start);
    if (!isOrgRun) {
      for (let k = start; k < last; k++) {
        if (isRoleWord(tokens[k]!.normal)) {
          titled = true;
          if (PERSON_ROLE_NOUNS.has(expandRole(tokens[k]!.text)) && tokens[k]!.pos !== 'ADJ') roles.push(expandRole(tokens[k]!.text));
          nameStart = k + 1;
        }
      }
      // A known given name marks where the name starts ("Democrat Hillary Clinton").
      for (let k = nameStart; k < last; k++) {
        if (FIRST_NAMES.has(tokens[k]!.normal)) {
          nameStart = k;
          titled = true;
          break;
        }
      }
      while (nameStart < last && tokens[nameStart]!.text === '.') nameStart++;
      while (nameStart < last && (DEMONYMS.has(tokens[nameStart]!.normal) || /^(?:\p{Lu}\.){2,}$/u.test(tokens[nameStart]!.text))) nameStart++;
    }
    let nameEnd = runEnd;
    while (nameEnd - 1 > nameStart && NAME_SUFFIXES.has(tokens[nameEnd - 1]!.normal)) nameEnd--;
    if (nameEnd <= nameStart) continue;
    // A run that is only a role ("the Foreign Minister") names no one, unless it is someone's
    // surname ("Ken Doctor" … "says Doctor"): kept for now and dropped when no full name takes it.
    const roleOnly = !isOrgRun && nameEnd - nameStart === 1 && isRoleWord(tokens[nameStart]!.normal) && !FIRST_NAMES.has(tokens[nameStart]!.normal);

    const words: string[] = [];
    for (let k = nameStart; k < runEnd; k++) {
      const tok = tokens[k]!;
      if (k > nameStart && tok.before === '' && (tok.text === '-' || tokens[k - 1]!.text === '-')) words[words.length - 1] += tok.text;
      else words.push(tok.text);
    }
    // "Trump's" left whole by the tokenizer: the name without its possessive ending.
    const glued = /^(.+?)['’]s$/u.exec(words[words.length - 1]!);
    if (glued && words.length > 0) words[words.length - 1] = glued[1]!;
    const s = tokens[nameStart]!.start;
    const endOffset = tokens[runEnd - 1]!.end - (glued ? 2 : 0);

    // Role words just before the run ("spokeswoman Hope Hicks", "the former special envoy, Kurt Volker").
    for (let k = start - 1; k >= 0 && k >= start - 3; k--) {
      const tok = tokens[k]!;
      if (ctx.quoteOfToken[k]! >= 0 || isCapitalized(tok) || tok.pos !== 'NOUN') break;
      if (PERSON_ROLE_NOUNS.has(tok.normal)) {
        roles.push(tok.normal);
        titled = true;
      }
    }
    const described: string[] = [];
    if (tokens[start - 1]?.text === ',') described.push(...appositiveRoles(ctx, start - 2, -1));
    const after = tokens[runEnd];
    const possessive = (!!after && POSSESSIVE_MARKS.has(after.normal)) || !!glued;
    let afterAppositive = runEnd;
    if (after?.text === ',') {
      described.push(...appositiveRoles(ctx, runEnd + 1, 1));
      afterAppositive = skipAppositive(ctx, runEnd);
    }
    roles.push(...described);
    // An appositive that can only describe a person ("Priya Raman, an analyst at …") makes one;
    // words a company can also be ("a giant producer") do not.
    if (described.some((role) => HUMAN_ROLE_NOUNS.has(role))) titled = true;
    const before = tokens[start - 1];
    const oblique = !!before && before.pos === 'ADP' && before.normal !== 'to';
    const verbAfter = tokens[afterAppositive];
    // "X said" (or "X, a spokesman, said"), the inverted "…, said (NBC's) X", and a name that opens its sentence.
    const subject = !possessive && !oblique && ((!!verbAfter && (verbAfter.pos === 'VERB' || verbAfter.pos === 'AUX' || verbAfter.pos === 'ADV')) || invertedSubject(ctx, start) || opensSentence(ctx, start));

    while (e < entitySpans.length && entitySpans[e]!.end <= s) e++;
    let entity: EntitySpan | null = null;
    for (let k = e; k < entitySpans.length && entitySpans[k]!.start < endOffset; k++) {
      if (entitySpans[k]!.end > s) {
        entity = entitySpans[k]!;
        break;
      }
    }

    let type: NameType = 'OTHER';
    if (isOrgRun) type = 'ORG';
    else if (titled || (FIRST_NAMES.has(tokens[nameStart]!.normal) && words.length > 1)) type = 'PERSON';
    // "Melanie said": a lone given name in subject position is a person.
    if (type === 'OTHER' && words.length === 1 && subject && FIRST_NAMES.has(tokens[nameStart]!.normal)) type = 'PERSON';
    if (type === 'OTHER' && entity) type = entity.type === 'PERSON' ? 'PERSON' : entity.type === 'ORG' ? 'ORG' : 'OTHER';

    let gender: Gender | null = null;
    for (const role of roles) gender = GENDERED_ROLE_NOUNS[role] ?? gender;
    for (let k = start; k < nameStart; k++) gender = GENDERED_ROLE_NOUNS[tokens[k]!.normal] ?? gender;
    if (type === 'PERSON' && words.length > 1) {
      const given = FIRST_NAMES.get(tokens[nameStart]!.normal);
      if (given === 'm' || given === 'f') gender ??= given;
    }

    raw.push({
      tokenStart: nameStart, tokenEnd: runEnd, start: s, end: endOffset, words, type,
      roles: [...new Set(roles)], gender, possessive, oblique, subject, ambiguous: false,
      sentence: tokens[nameStart]!.sentence, paragraph: ctx.paragraphOfToken[nameStart]!, entity, roleOnly,
      determined: tokens[start - 1]?.pos === 'DET',
    });
  }
  const index = cluster(raw, tokens.length);
  inferGenders(ctx, index);
  addDescriptions(ctx, index);
  return index;
}

/** How many paragraphs back "the senator" may find the senator. */
const DESCRIPTION_PARAGRAPH_WINDOW = 12;
/** Most mentions looked at to find who a description stands for. */
const MAX_DESCRIBED_LOOKBACK = 200;
/** Modifiers (in tokens) read before a description's head ("the former Democratic presidential nominee"). */
const DESCRIPTION_MODIFIERS = 5;

/**
 * Definite descriptions as links of the chain: "the senator", "the former secretary of
 * state" point back to the last person the article gave that role, so that a pronoun after
 * them ("The senator … She said") finds that person and not an earlier name.
 */
function addDescriptions(ctx: QuoteContext, index: NameIndex): void {
  const tokens = ctx.tokens;
  const added: NameMention[] = [];
  for (let t = 1; t < tokens.length; t++) {
    const head = tokens[t]!;
    if (head.pos !== 'NOUN' || ctx.quoteOfToken[t]! >= 0 || index.mentionAtToken[t]! >= 0) continue;
    if (!PERSON_ROLE_NOUNS.has(head.normal) || head.lemma !== head.normal) continue;
    // Walk back over modifiers to a definite determiner; a noun modifier must be a role too ("band leader" is not a leader).
    let k = t - 1;
    let ok = true;
    while (k >= 0 && t - k <= DESCRIPTION_MODIFIERS) {
      const tok = tokens[k]!;
      if (tok.pos === 'DET' || ctx.quoteOfToken[k]! >= 0 || index.mentionAtToken[k]! >= 0) break;
      if (tok.pos === 'NOUN' && !PERSON_ROLE_NOUNS.has(tok.normal)) ok = false;
      if (!(tok.pos === 'ADJ' || tok.pos === 'NOUN' || tok.pos === 'PROPN' || tok.text === '-')) {
        ok = false;
        break;
      }
      k--;
    }
    const det = tokens[k];
    if (!ok || !det || det.pos !== 'DET' || (det.normal !== 'the' && det.normal !== 'this')) continue;
    // "the senator John Smith": the name follows and is its own mention.
    const next = tokens[t + 1];
    if (next && index.mentionAtToken[t + 1]! >= 0) continue;
    const role = expandRole(head.normal);
    let target: Cluster | null = null;
    const stop = Math.max(0, lastMentionBefore(index, k) - MAX_DESCRIBED_LOOKBACK);
    for (let i = lastMentionBefore(index, k); i >= stop; i--) {
      const m = index.mentions[i]!;
      if (m.paragraph < ctx.paragraphOfToken[t]! - DESCRIPTION_PARAGRAPH_WINDOW) break;
      if (m.cluster.type === 'PERSON' && m.cluster.roles.has(role)) {
        target = m.cluster;
        break;
      }
    }
    if (!target) continue;
    const before = tokens[k - 1];
    const possessive = !!next && POSSESSIVE_MARKS.has(next.normal);
    const oblique = !!before && before.pos === 'ADP';
    const subject = !possessive && !oblique && (!!next && (next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'ADV') || opensSentence(ctx, k));
    added.push({
      tokenStart: k, tokenEnd: t + 1, start: det.start, end: head.end, words: target.words, type: 'PERSON', roles: [role],
      gender: GENDERED_ROLE_NOUNS[head.normal] ?? null, possessive, oblique, subject, ambiguous: false, description: true,
      sentence: head.sentence, paragraph: ctx.paragraphOfToken[t]!, cluster: target,
    });
  }
  if (added.length === 0) return;
  const merged = [...index.mentions, ...added].sort((a, b) => a.tokenStart - b.tokenStart);
  index.mentions.length = 0;
  index.mentions.push(...merged);
  index.mentionAtToken.fill(-1);
  merged.forEach((m, i) => {
    for (let k = m.tokenStart; k < m.tokenEnd; k++) index.mentionAtToken[k] = i;
  });
  for (const m of added) m.cluster.mentions.push(m);
}

/** How far after a name (in tokens, same sentence) a pronoun is read as referring to it. */
const GENDER_LOOKAHEAD = 12;
/** Pronouns that reveal a referent's gender. */
const GENDERED_PRONOUNS: Readonly<Record<string, Gender>> = { he: 'm', him: 'm', his: 'm', himself: 'm', she: 'f', her: 'f', hers: 'f', herself: 'f' };

/**
 * Genders the names and titles did not give, from the article's own pronouns: the first
 * "he"/"she" after a subject mention in the same sentence, with no other name between
 * ("Swift said she …"), is a vote; the clear majority wins.
 */
function inferGenders(ctx: QuoteContext, index: NameIndex): void {
  const votes = new Map<Cluster, { m: number; f: number }>();
  const tokens = ctx.tokens;
  for (const mention of index.mentions) {
    const c = mention.cluster;
    if (c.type !== 'PERSON' || c.gender || mention.possessive || mention.oblique) continue;
    for (let t = mention.tokenEnd, n = 0; t < tokens.length && n < GENDER_LOOKAHEAD; t++, n++) {
      const tok = tokens[t]!;
      if (tok.pos === 'SPACE') continue;
      if (tok.sentence !== mention.sentence || ctx.quoteOfToken[t]! >= 0) break;
      const other = index.mentionAtToken[t]!;
      if (other >= 0 && index.mentions[other]!.cluster !== c) break;
      const gender = GENDERED_PRONOUNS[tok.normal];
      if (gender) {
        const v = votes.get(c) ?? { m: 0, f: 0 };
        v[gender]++;
        votes.set(c, v);
        break;
      }
    }
  }
  for (const [c, v] of votes) {
    if (v.m > 2 * v.f) c.gender = 'm';
    else if (v.f > 2 * v.m) c.gender = 'f';
  }
}

/** Tokens (titles, possessors, determiners) looked through between an inverted verb and its subject. */
const INVERSION_GAP = 6;

/** "…," said X / "…, noted NBC's X": a name right after a reporting verb that follows a quote or a comma. */
function invertedSubject(ctx: QuoteContext, start: number): boolean {
  const tokens = ctx.tokens;
  for (let k = start - 1, n = 0; k >= 1 && n <= INVERSION_GAP; k--, n++) {
    const tok = tokens[k]!;
    if (ctx.quoteOfToken[k]! >= 0) return false;
    if (reportingBase(tok) !== null) return ctx.quoteOfToken[k - 1]! >= 0 || tokens[k - 1]!.text === ',';
    if (!(tok.pos === 'DET' || tok.pos === 'ADJ' || tok.pos === 'PROPN' || tok.pos === 'NOUN' || POSSESSIVE_MARKS.has(tok.normal) || tok.text === '.')) return false;
  }
  return false;
}

/** True when only determiners and titles stand before the name in its sentence. */
function opensSentence(ctx: QuoteContext, start: number): boolean {
  const tokens = ctx.tokens;
  for (let k = start - 1; k >= 0; k--) {
    const tok = tokens[k]!;
    if (tok.pos === 'SPACE' || tok.end <= tok.start) continue;
    if (tokens[k + 1]!.before.includes('\n') || tok.sentence !== tokens[start]!.sentence) return true;
    if (tok.pos === 'DET' || isRoleWord(tok.normal) || DEMONYMS.has(tok.normal)) continue;
    return false;
  }
  return true;
}

function runHasOrgOf(ctx: QuoteContext, start: number, end: number): boolean {
  for (let k = start; k < end - 1; k++) if (ctx.tokens[k + 1]!.normal === 'of' && ORG_HEAD_WORDS.has(ctx.tokens[k]!.normal)) return true;
  return false;
}

function isAcronymOrg(token: Token, runLength: number): boolean {
  return runLength === 1 && /^\p{Lu}{2,6}$/u.test(token.text) && !isRoleWord(token.normal);
}

/** Role nouns in the appositive that starts at `from` and runs in `direction`. */
function appositiveRoles(ctx: QuoteContext, from: number, direction: 1 | -1): string[] {
  const roles: string[] = [];
  // After a name, the phrase must close before any verb ("X, the mayor, said"; not "in X, the mayor said").
  if (direction === 1 && !closesBeforeVerb(ctx, from)) return roles;
  for (let k = from, n = 0; n < APPOSITIVE_MAX_TOKENS; k += direction, n++) {
    const tok = ctx.tokens[k];
    if (!tok || ctx.quoteOfToken[k]! >= 0 || tok.pos === 'VERB' || (tok.pos === 'PUNCT' && tok.text !== '-')) break;
    if (tok.pos === 'ADP' && direction === 1) break;
    if ((tok.pos === 'NOUN' || tok.pos === 'PROPN') && PERSON_ROLE_NOUNS.has(tok.normal)) roles.push(expandRole(tok.text));
  }
  return roles;
}

function closesBeforeVerb(ctx: QuoteContext, from: number): boolean {
  for (let k = from, n = 0; n < APPOSITIVE_MAX_TOKENS; k++, n++) {
    const tok = ctx.tokens[k];
    if (!tok || tok.before.includes('\n') || ctx.quoteOfToken[k]! >= 0) return true;
    if (tok.sentence !== ctx.tokens[from]!.sentence && tok.pos !== 'SPACE') return true;
    if (tok.text === ',' || tok.text === ')' || tok.text === ';' || tok.text === '.') return true;
    if (tok.pos === 'VERB' || tok.pos === 'AUX') return false;
  }
  return false;
}

/** Index of the token after an appositive that starts with the comma at `comma`, or `comma` if none. */
export function skipAppositive(ctx: QuoteContext, comma: number): number {
  for (let k = comma + 1, n = 0; n < APPOSITIVE_MAX_TOKENS; k++, n++) {
    const tok = ctx.tokens[k];
    if (!tok || ctx.quoteOfToken[k]! >= 0 || tok.before.includes('\n')) return comma;
    if (tok.text === ',') return k + 1;
    if (tok.pos === 'PUNCT' && /^[.!?;:]$/.test(tok.text)) return comma;
  }
  return comma;
}

type RawMention = Omit<NameMention, 'cluster'> & { entity: EntitySpan | null; roleOnly: boolean; determined: boolean };

function surname(words: string[]): string {
  return normalWord(words[words.length - 1]!);
}

function compatibleGiven(a: string, b: string): boolean {
  const x = normalWord(a).replace(/\.$/, '');
  const y = normalWord(b).replace(/\.$/, '');
  return x === y || (x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y));
}

/** The last of `list` (in token order) that starts before token `t`, by binary search. */
function lastBefore(list: readonly RawMention[], t: number): RawMention | undefined {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.tokenStart < t) lo = mid + 1;
    else hi = mid;
  }
  return list[lo - 1];
}

/** Groups mentions into clusters: full names by surname and given name, single words by surname. */
function cluster(raw: RawMention[], tokenCount: number): NameIndex {
  const clusters: Cluster[] = [];
  const mentions: NameMention[] = [];
  const byKey = new Map<string, Cluster>();
  const personBySurname = new Map<string, Cluster[]>();
  const byGiven = new Map<string, Cluster[]>();
  const newCluster = (m: RawMention): Cluster => {
    const c: Cluster = { index: clusters.length, type: m.type, words: m.words, gender: null, roles: new Set(), mentions: [], entityId: null, entityName: null };
    clusters.push(c);
    return c;
  };
  // Multi-word names first, so that a lone surname can find its full name anywhere.
  const assigned = new Map<RawMention, Cluster>();
  const fullMentions = new Map<Cluster, RawMention[]>();
  for (const m of raw) {
    if (m.words.length < 2) continue;
    const key = m.words.map(normalWord).join(' ');
    let c = byKey.get(key);
    if (!c && m.type !== 'ORG') {
      const same = personBySurname.get(surname(m.words)) ?? [];
      c = same.find((x) => compatibleGiven(x.words[0]!, m.words[0]!));
    }
    if (!c) {
      c = newCluster(m);
      byKey.set(key, c);
      if (m.type !== 'ORG') {
        const list = personBySurname.get(surname(m.words)) ?? [];
        list.push(c);
        personBySurname.set(surname(m.words), list);
        const given = byGiven.get(normalWord(m.words[0]!)) ?? [];
        given.push(c);
        byGiven.set(normalWord(m.words[0]!), given);
      }
    }
    assigned.set(m, c);
    const list = fullMentions.get(c) ?? [];
    list.push(m);
    fullMentions.set(c, list);
  }
  for (const m of raw) {
    if (assigned.has(m)) continue;
    const word = normalWord(m.words[0]!);
    let candidates = m.type === 'ORG' ? [] : (personBySurname.get(word) ?? []).filter((c) => c.type !== 'ORG');
    if (candidates.length === 0 && m.type !== 'ORG' && FIRST_NAMES.has(word)) candidates = (byGiven.get(word) ?? []).filter((c) => c.type === 'PERSON');
    let c: Cluster | undefined;
    if (m.roleOnly && candidates.length === 0) continue;
    if (candidates.length === 1) c = candidates[0];
    else if (candidates.length > 1) {
      // "Clinton" with both Hillary and Bill Clinton in the article: the one named in this paragraph
      // just before, else the one the article introduced first (its main referent).
      m.ambiguous = true;
      let local: Cluster | undefined;
      let localAt = -1;
      for (const candidate of candidates) {
        const full = lastBefore(fullMentions.get(candidate) ?? [], m.tokenStart);
        if (full && full.paragraph === m.paragraph && full.tokenStart > localAt) {
          local = candidate;
          localAt = full.tokenStart;
        }
      }
      c = local ?? candidates.reduce((a, b) => ((fullMentions.get(a)?.[0]?.tokenStart ?? Infinity) <= (fullMentions.get(b)?.[0]?.tokenStart ?? Infinity) ? a : b));
    }
    if (!c) {
      c = byKey.get(word);
      if (!c) {
        c = newCluster(m);
        byKey.set(word, c);
      }
    }
    assigned.set(m, c);
  }
  const mentionAtToken = new Int32Array(tokenCount).fill(-1);
  // Clusters the article also names by a bare last word ("Barlow said"; not "the Statehouse").
  const surnameOnly = new Set<Cluster>();
  for (const m of raw) {
    const c = assigned.get(m);
    if (c && m.words.length === 1 && c.words.length > 1 && !m.possessive && !m.determined) surnameOnly.add(c);
  }
  for (const m of raw) {
    const c = assigned.get(m);
    if (!c) continue;
    const mention: NameMention = {
      tokenStart: m.tokenStart, tokenEnd: m.tokenEnd, start: m.start, end: m.end, words: m.words, type: m.type, roles: m.roles,
      gender: m.gender, possessive: m.possessive, oblique: m.oblique, subject: m.subject, ambiguous: m.ambiguous,
      sentence: m.sentence, paragraph: m.paragraph, cluster: c,
    };
    const entity = m.entity;
    mentions.push(mention);
    c.mentions.push(mention);
    for (let k = m.tokenStart; k < m.tokenEnd; k++) mentionAtToken[k] = mentions.length - 1;
    if (entity && !c.entityId) {
      c.entityId = entity.id;
      c.entityName = entity.name;
    }
  }
  for (const c of clusters) {
    let person = 0;
    let org = 0;
    const genders = new Set<Gender>();
    for (const m of c.mentions) {
      if (m.type === 'PERSON') person++;
      else if (m.type === 'ORG') org++;
      for (const r of m.roles) c.roles.add(r);
      if (m.gender) genders.add(m.gender);
      if (m.words.length > c.words.length) c.words = m.words;
    }
    c.type = person > 0 && person >= org ? 'PERSON' : org > 0 ? 'ORG' : 'OTHER';
    // "Jed Barlow … Barlow said": a two- or three-word name the article later calls by its last
    // word alone is a person's (places and bodies are rarely cut that way; "North Korea" is excluded).
    if (c.type === 'OTHER' && c.words.length >= 2 && c.words.length <= 3 && !DEMONYMS.has(c.words[0]!.toLowerCase()) && surnameOnly.has(c)) c.type = 'PERSON';
    // A person known by a given name alone ("Melanie").
    const given = c.words.length === 1 && c.type === 'PERSON' ? FIRST_NAMES.get(c.words[0]!.toLowerCase()) : undefined;
    if (given === 'm' || given === 'f') genders.add(given);
    if (genders.size === 1) c.gender = [...genders][0]!;
  }
  return { mentions, mentionAtToken, clusters };
}

/** The last mention that ends before token `t` (binary search), as an index, or -1. */
export function lastMentionBefore(index: NameIndex, t: number): number {
  let lo = 0;
  let hi = index.mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index.mentions[mid]!.tokenEnd <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
