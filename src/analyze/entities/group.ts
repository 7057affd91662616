/**
 * From mentions to entities: one type per name across the document, names the tagger missed
 * where the document names them elsewhere, surnames, acronyms and short forms joined to the
 * full name, and a salience score.
 */
import type { Entity, EntityType } from '../../summary.js';
import { type NlpDoc, textSpan } from '../../nlp/doc.js';
import type { Mention } from './mentions.js';
import type { DocContext } from './features.js';
import type { NormInfo } from './words.js';
import { CORPORATE_SUFFIX_WORDS, Cls, GAZ_CLASSES, SPEECH_VERB_LEMMAS, matchWords } from './lexicon.js';

/** Vote weight of a mention's type, by how it was found and where. */
const VOTE_RULE = 10;
const VOTE_TAGGER = 1;
/** A capitals line gives the tagger little to go on. */
const VOTE_TAGGER_CAPS = 0.3;

/** Salience weights (they sum to 1): frequency, early first mention, title, lead, speaker. */
const SALIENCE_FREQUENCY = 0.35;
const SALIENCE_POSITION = 0.2;
const SALIENCE_TITLE = 0.15;
const SALIENCE_LEAD = 0.15;
const SALIENCE_SPEAKER = 0.15;
/** Sentences counted as the lead. */
const LEAD_SENTENCES = 3;
/** Entities mentioned this many times get the full frequency score. */
const FREQUENCY_SATURATION = 5;

/** Short and long names of the same country, joined as one entity. */
const COUNTRY_ALIASES: ReadonlyArray<readonly string[]> = [
  ['united states', 'us', 'usa', 'united states of america', 'america'],
  ['united kingdom', 'uk', 'britain', 'great britain'],
  ['united arab emirates', 'uae'],
  ['soviet union', 'ussr'],
  ['european union', 'eu'],
  ['united nations', 'un'],
];

/** Words left out when an acronym is read off a name ("Institute for the Study of War" → ISW). */
const ACRONYM_SKIP = new Set(['of', 'for', 'the', 'and', 'de', 'du', 'des', 'la', 'le', 'on', 'in', '&', 'to', 'at']);

/** The key that identifies a surface form: case, periods and a leading "the" do not matter. */
export function nameKey(text: string): string {
  const lower = text.toLowerCase();
  // Most names need none of the changes below: one test instead of four replacements.
  if (!/[’‘.]|\s\s|[^\S ]|^the |^\s|\s$/.test(lower)) return lower;
  return lower
    .replace(/[’‘]/g, "'")
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .replace(/^the /, '')
    .trim();
}

interface Group {
  mentions: Mention[];
  votes: Map<EntityType, number>;
  type: EntityType;
  keys: Set<string>;
  /** The first key (the name as first grouped), kept apart so it is read without copying the set. */
  key: string;
}

function voteOf(m: Mention): number {
  if (m.source === 'rule') return VOTE_RULE;
  if (m.source === 'propagated') return 0;
  return m.capsLine ? VOTE_TAGGER_CAPS : VOTE_TAGGER;
}

function topType(votes: Map<EntityType, number>, fallback: EntityType): EntityType {
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

function addVotes(into: Map<EntityType, number>, from: Map<EntityType, number>): void {
  for (const [t, v] of from) into.set(t, (into.get(t) ?? 0) + v);
}

/** Merges mentions into entities, sorted most salient first with ids e1, e2, … */
export function groupEntities(doc: NlpDoc, mentions: Mention[], title: string | null): Entity[] {
  const groups = new Map<string, Group>();
  for (const m of mentions) {
    const key = nameKey(doc.text.slice(m.start, m.end)) + (m.role ? `|${m.role}` : '');
    const group = groups.get(key) ?? { mentions: [] as Mention[], votes: new Map<EntityType, number>(), type: m.type, keys: new Set([key]), key };
    group.mentions.push(m);
    group.votes.set(m.type, (group.votes.get(m.type) ?? 0) + voteOf(m));
    groups.set(key, group);
  }
  for (const g of groups.values()) g.type = topType(g.votes, g.mentions[0]!.type);

  const merged = mergeGroups(doc, [...groups.values()]);
  const where: TitleInfo = title !== null ? { title: title.toLowerCase().replace(/\./g, ''), headline: 0 } : { title: null, headline: headlineEnd(doc) };
  const entities = merged.map((g) => toEntity(doc, g, where));
  entities.sort((a, b) => b.salience - a.salience || a.mentions[0]!.start - b.mentions[0]!.start);
  entities.forEach((e, i) => {
    e.id = `e${i + 1}`;
  });
  return entities;
}

/** Joins surnames to full names, acronyms to expansions and country short forms to their names. */
function mergeGroups(doc: NlpDoc, groups: Group[]): Group[] {
  const parent = new Map<Group, Group>();
  const root = (g: Group): Group => {
    let r = g;
    while (parent.has(r)) r = parent.get(r)!;
    return r;
  };
  const join = (short: Group, long: Group): void => {
    const a = root(short);
    const b = root(long);
    if (a !== b) parent.set(a, b);
  };
  const byKey = new Map<string, Group>();
  for (const g of groups) for (const k of g.keys) byKey.set(k, g);

  // A side named as a team somewhere and as an organization elsewhere is one entity.
  for (const g of groups) {
    if (!g.key.endsWith('|team')) continue;
    const plain = byKey.get(g.key.slice(0, -'|team'.length));
    if (plain && plain.type === 'ORG' && g.type === 'ORG') join(plain, g);
  }

  // Country short forms.
  for (const names of COUNTRY_ALIASES) {
    const present = names.map((n) => byKey.get(n)).filter((g): g is Group => !!g);
    for (let k = 1; k < present.length; k++) join(present[k]!, present[0]!);
  }

  const words0 = new Map<Group, string[]>(groups.map((g) => [g, g.key.split('|')[0]!.split(' ')]));
  const wordsOf = (g: Group): string[] => words0.get(g)!;
  // Names of two words or more, by first and by last word (in document order, so the first
  // owner found is the one a scan of all names would find).
  const byFirst = new Map<string, Group[]>();
  const byLast = new Map<string, Group[]>();
  const byInitials = new Map<string, Group[]>();
  const push = (map: Map<string, Group[]>, key: string, g: Group): void => {
    const list = map.get(key);
    if (list) list.push(g);
    else map.set(key, [g]);
  };
  for (const g of groups) {
    const words = wordsOf(g);
    if (words.length < 2) continue;
    push(byFirst, words[0]!, g);
    push(byLast, words[words.length - 1]!, g);
    push(byInitials, initials(doc, g), g);
  }
  for (const g of groups) {
    const words = wordsOf(g);
    const sure = g.mentions.some((m) => m.source === 'rule' || m.role);
    // A surname (or shorter tail of a person's name) joins the full name.
    if (words.length <= 2) {
      const owners = (byLast.get(words[words.length - 1]!) ?? []).filter((long) => long !== g && long.type === 'PERSON' && endsWith(wordsOf(long), words));
      // Unless the short form is surely something else (a dateline's town, a country).
      if (owners.length > 0 && (g.type === 'PERSON' || !sure)) {
        join(g, longest(owners));
        continue;
      }
    }
    // A company's short name joins its full name ("Magna" → "Magna International Inc"); a
    // place's name does not ("Wuxi" in "Wuxi Textiles Co"), nor does a person's unless the full
    // name is surely a company's.
    const companies = byFirst.get(words[0]!);
    if (companies && !sure && !placeLike(doc, g, words)) {
      const owner = companies.find((long) => {
        if (long === g || long.type !== 'ORG') return false;
        const lw = wordsOf(long);
        if (lw.length <= words.length || !startsWith(lw, words)) return false;
        return g.type !== 'PERSON' || CORPORATE_SUFFIX_WORDS.has(lw[lw.length - 1]!);
      });
      if (owner) {
        join(g, owner);
        continue;
      }
    }
    // An acronym joins the name whose initials it spells.
    if (words.length === 1 && /^[a-z&]{2,6}$/.test(words[0]!)) {
      const raw = doc.text.slice(g.mentions[0]!.start, g.mentions[0]!.end);
      if (/^[\p{Lu}.&]+$/u.test(raw)) {
        const owner = byInitials.get(words[0]!)?.find((long) => long.type !== 'PERSON');
        if (owner) join(g, owner);
      }
    }
  }

  const out = new Map<Group, Group>();
  for (const g of groups) {
    const r = root(g);
    const target = out.get(r) ?? { mentions: [] as Mention[], votes: new Map<EntityType, number>(), type: r.type, keys: new Set<string>(), key: r.key };
    target.mentions.push(...g.mentions);
    addVotes(target.votes, g.votes);
    for (const k of g.keys) target.keys.add(k);
    out.set(r, target);
  }
  for (const [r, g] of out) {
    // The full name's type wins for its surnames and acronyms.
    g.type = r.type === 'PERSON' || r.type === 'ORG' ? r.type : topType(g.votes, r.type);
    g.mentions.sort((a, b) => a.start - b.start);
    for (const m of g.mentions) m.type = g.type;
  }
  return [...out.values()];
}

/** Prepositions before a name that make it a place ("in Wuxi", "from Markham"). */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'near', 'to', 'outside', 'into', 'across']);

/**
 * A short form that is surely a place: a country, region or people, or a listed town the
 * document writes as a place somewhere ("in Wuxi"). A listed town never written so ("Magna
 * was up 1/8") may be a company's short name.
 */
function placeLike(doc: NlpDoc, g: Group, words: string[]): boolean {
  if (matchWords(words, 0, GAZ_CLASSES) !== words.length) return false;
  if (matchWords(words, 0, Cls.Country | Cls.Region | Cls.Nat) === words.length) return true;
  return g.mentions.some((m) => {
    for (let t = m.first - 1; t >= 0; t--) {
      const tok = doc.tokens[t]!;
      if (tok.pos === 'SPACE') continue;
      return PLACE_PREPOSITIONS.has(tok.normal);
    }
    return false;
  });
}

function longest(groups: Group[]): Group {
  return groups.reduce((a, b) => (b.key.length > a.key.length ? b : a));
}

function endsWith(long: string[], short: string[]): boolean {
  if (short.length >= long.length) return false;
  for (let k = 1; k <= short.length; k++) if (long[long.length - k] !== short[short.length - k]) return false;
  return true;
}

function startsWith(long: string[], short: string[]): boolean {
  for (let k = 0; k < short.length; k++) if (long[k] !== short[k]) return false;
  return true;
}

function initials(doc: NlpDoc, g: Group): string {
  const m = g.mentions[0]!;
  let out = '';
  for (let t = m.first; t <= m.last; t++) {
    const tok = doc.tokens[t]!;
    if (tok.pos === 'SPACE' || ACRONYM_SKIP.has(tok.normal) || !/^\p{L}/u.test(tok.text)) continue;
    out += tok.normal[0];
  }
  return out;
}

/** Minimum length of a name copied to places where the tagger missed it. */
const PROPAGATE_MIN_CHARS = 3;

/**
 * Adds mentions where a name the document already uses appears untagged: in capitals
 * headlines, at the start of a sentence, or where the tagger lost confidence.
 */
export function propagate(doc: NlpDoc, ctx: DocContext, found: Mention[]): Mention[] {
  const covered = new Uint8Array(doc.tokens.length);
  for (const m of found) for (let t = m.first; t <= m.last; t++) covered[t] = 1;
  // Names by their first word's record: a token is a candidate when its word starts a name.
  const names = new Map<NormInfo, Array<{ words: NormInfo[]; type: EntityType }>>();
  for (const m of found) {
    if (m.capsLine || m.end - m.start < PROPAGATE_MIN_CHARS) continue;
    const words: NormInfo[] = [];
    for (let t = m.first; t <= m.last; t++) {
      const w = ctx.words[t];
      if (w) words.push(w.norm);
    }
    if (words.length === 0) continue;
    const list = names.get(words[0]!) ?? [];
    if (!list.some((n) => n.words.length === words.length && n.words.every((w, k) => w === words[k]))) list.push({ words, type: m.type });
    names.set(words[0]!, list);
  }
  const out = [...found];
  if (names.size === 0) return out;
  const tokens = doc.tokens;
  for (let t = 0; t < tokens.length; t++) {
    if (covered[t]) continue;
    const w = ctx.words[t];
    // In running text a name keeps its capital; a lower-case homonym is not the name.
    if (!w || !w.upper) continue;
    const candidates = names.get(w.norm);
    if (!candidates) continue;
    let best: { words: NormInfo[]; type: EntityType } | null = null;
    let bestEnd = -1;
    for (const c of candidates) {
      let k = t;
      let ok = true;
      for (const norm of c.words) {
        while (k < tokens.length && tokens[k]!.pos === 'SPACE' && !tokens[k]!.text.includes('\n')) k++;
        if (k >= tokens.length || covered[k] || ctx.words[k]?.norm !== norm) {
          ok = false;
          break;
        }
        k++;
      }
      if (ok && (!best || c.words.length > best.words.length)) {
        best = c;
        bestEnd = k - 1;
      }
    }
    if (!best) continue;
    const first = tokens[t]!;
    const last = tokens[bestEnd]!;
    const caps = isCapsSpan(doc, first.start, last.end);
    out.push({ start: first.start, end: last.end, first: t, last: bestEnd, type: best.type, capsLine: caps, seq: -1, source: 'propagated', title: undefined, role: undefined });
    for (let k = t; k <= bestEnd; k++) covered[k] = 1;
    t = bestEnd;
  }
  return out;
}

function isCapsSpan(doc: NlpDoc, start: number, end: number): boolean {
  const s = doc.text.slice(start, end);
  return s === s.toUpperCase() && /\p{Lu}{2}/u.test(s);
}

function toEntity(doc: NlpDoc, g: Group, where: TitleInfo): Entity {
  const surfaces = new Map<string, number>();
  for (const m of g.mentions) {
    const text = doc.text.slice(m.start, m.end);
    surfaces.set(text, (surfaces.get(text) ?? 0) + (m.capsLine ? 0.01 : 1));
  }
  // The fullest name: most words, then written in mixed case, then most frequent.
  const ranked = [...surfaces.entries()].map(([text, weight]) => ({ text, weight, words: words(text) }));
  ranked.sort((a, b) => b.words - a.words || b.weight - a.weight || b.text.length - a.text.length);
  const name = ranked[0]!.text;
  const aliases = ranked.slice(1).map((r) => r.text).filter((s) => s.toLowerCase() !== name.toLowerCase() || s === s.toUpperCase() === false);
  const mentions = g.mentions.map((m) => {
    const span = textSpan(doc.text, m.start, m.end);
    return m.title ? { ...span, title: m.title } : span;
  });
  // The id is set once entities are ranked; it stays the last field, as the output has always had it.
  return { name, type: g.type, mentions, aliases: [...new Set(aliases)], count: mentions.length, salience: salience(doc, g, where), id: '' };
}

function words(s: string): number {
  return s.split(/\s+/).length;
}

/** The article's title (lower case, periods dropped) or, without one, where the body's own headline ends. */
interface TitleInfo {
  title: string | null;
  headline: number;
}

function salience(doc: NlpDoc, g: Group, where: TitleInfo): number {
  const sentences = Math.max(1, doc.sentences.length);
  const firstToken = doc.tokens[g.mentions[0]!.first]!;
  const firstSentence = Math.max(0, firstToken.sentence);
  const frequency = Math.min(1, g.mentions.length / FREQUENCY_SATURATION);
  const position = 1 - firstSentence / sentences;
  const { title, headline } = where;
  const inTitle = title !== null ? [...g.keys].some((k) => k.length > 2 && title.includes(k.split('|')[0]!)) : g.mentions.some((m) => m.end <= headline);
  const inLead = g.mentions.some((m) => doc.tokens[m.first]!.sentence >= 0 && doc.tokens[m.first]!.sentence < LEAD_SENTENCES);
  const speaker = g.mentions.some((m) => isSpeaker(doc, m));
  const score =
    SALIENCE_FREQUENCY * frequency +
    SALIENCE_POSITION * position +
    (inTitle ? SALIENCE_TITLE : 0) +
    (inLead ? SALIENCE_LEAD : 0) +
    (speaker ? SALIENCE_SPEAKER : 0);
  return Math.round(Math.min(1, score) * 1000) / 1000;
}

/** A first line longer than this is a paragraph, not a headline. */
const HEADLINE_MAX_CHARS = 160;

/** Where the body's own headline ends (a short first line without a final period), or 0. */
function headlineEnd(doc: NlpDoc): number {
  const end = doc.text.indexOf('\n');
  if (end <= 0 || end > HEADLINE_MAX_CHARS) return 0;
  return /[.!?]["”’]?\s*$/.test(doc.text.slice(0, end)) && !/^[^a-z]*$/.test(doc.text.slice(0, end)) ? 0 : end;
}

/** Words looked at on each side of a name for a reporting verb ("X said", "said X"). */
const SPEAKER_WINDOW = 2;

function isSpeaker(doc: NlpDoc, m: Mention): boolean {
  for (let k = 1, t = m.last + 1; k <= SPEAKER_WINDOW && t < doc.tokens.length; t++) {
    const tok = doc.tokens[t]!;
    if (tok.pos === 'SPACE') continue;
    if (tok.pos === 'VERB' && SPEECH_VERB_LEMMAS.has(tok.lemma)) return true;
    k++;
  }
  for (let k = 1, t = m.first - 1; k <= SPEAKER_WINDOW && t >= 0; t--) {
    const tok = doc.tokens[t]!;
    if (tok.pos === 'SPACE') continue;
    if (tok.pos === 'VERB' && SPEECH_VERB_LEMMAS.has(tok.lemma)) return true;
    k++;
  }
  return false;
}
