/**
 * Linking names: the mentions the names stage found, grouped into the story's referents.
 * The same name is one referent (and takes one type, by a vote of its mentions); a surname
 * joins the full name it ends ("Gerasimov" → "Valery Gerasimov"), a company's short name its
 * full name, an acronym the name it spells, a country's short form its name. A surname two
 * people of the story share ("Clinton") is linked mention by mention, to the one the context
 * names.
 */
import type { EntityType } from '../../summary.js';
import { type NlpDoc, isCapitalized } from '../../nlp/doc.js';
import { type Mention, topType, typeVote } from '../entities/mentions.js';
import { CORPORATE_SUFFIX_WORDS, Cls, GAZ_CLASSES, ORG_HEAD_WORDS, PLACE_PREPOSITION_SET, matchWords } from '../entities/lexicon.js';
import { givenNameGender, isGivenName, roleGender } from './gender.js';
import { paragraphOfToken } from './syntax.js';
import { COUNTRY_ALIASES } from '../../language/places.js';
import { ACRONYM_SMALL_WORDS, NAME_PARTICLES, nameKey } from '../../language/names.js';
import { NAME_SUFFIXES } from '../../language/people.js';


/** Letters a short given name must have to be read as the start of a longer one ("Pat" → "Patrick"; not "Al" → "Alan"). */
const SHORT_GIVEN_NAME_MIN = 3;
/** The mentions of one surface form (one key), with their type votes. */
interface Group {
  mentions: Mention[];
  votes: Map<EntityType, number>;
  type: EntityType;
  key: string;
  words: string[];
}

/** One referent's name mentions, in document order, and the type they share. */
export interface NameCluster {
  type: EntityType;
  mentions: Mention[];
  /** Name mentions that a surname shared by two referents gave this one (context decided). */
  ambiguous: Set<Mention>;
}

/** Groups name mentions into referents; each mention's type becomes its referent's. */
export function linkNames(doc: NlpDoc, mentions: readonly Mention[]): NameCluster[] {
  const groups = new Map<string, Group>();
  for (const m of mentions) {
    const key = nameKey(doc.text.slice(m.start, m.end)) + (m.role ? `|${m.role}` : '');
    let group = groups.get(key);
    if (!group) {
      group = { mentions: [], votes: new Map(), type: m.type, key, words: linkingWords(key) };
      groups.set(key, group);
    }
    group.mentions.push(m);
    group.votes.set(m.type, (group.votes.get(m.type) ?? 0) + typeVote(m));
  }
  const all = [...groups.values()];
  for (const g of all) g.type = topType(g.votes, g.mentions[0]!.type);
  return mergeGroups(doc, all);
}

/** Union-find over groups. */
class Links {
  private readonly parent = new Map<Group, Group>();
  root(g: Group): Group {
    let r = g;
    while (this.parent.has(r)) r = this.parent.get(r)!;
    return r;
  }
  join(short: Group, long: Group): void {
    const a = this.root(short);
    const b = this.root(long);
    if (a !== b) this.parent.set(a, b);
  }
}

/** Joins surnames to full names, acronyms to expansions and country short forms to their names. */
function mergeGroups(doc: NlpDoc, groups: Group[]): NameCluster[] {
  const links = new Links();
  const byKey = new Map<string, Group>();
  for (const g of groups) byKey.set(g.key, g);

  // A side named as a team somewhere and as an organization elsewhere is one referent.
  for (const g of groups) {
    if (!g.key.endsWith('|team')) continue;
    const plain = byKey.get(g.key.slice(0, -'|team'.length));
    if (plain && plain.type === 'ORG' && g.type === 'ORG') links.join(plain, g);
  }

  // Country short forms.
  for (const names of COUNTRY_ALIASES) {
    const present = names.map((n) => byKey.get(n)).filter((g): g is Group => !!g);
    for (let k = 1; k < present.length; k++) links.join(present[k]!, present[0]!);
  }

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
    if (g.words.length < 2) continue;
    push(byFirst, g.words[0]!, g);
    push(byLast, g.words[g.words.length - 1]!, g);
    push(byInitials, initials(doc, g), g);
  }

  // One person written two ways: "Hillary Clinton" and "Hillary Rodham Clinton", "Donald J. Trump".
  for (const list of byLast.values()) {
    const people = list.filter((g) => g.type === 'PERSON');
    for (let i = 0; i < people.length; i++) {
      for (let j = i + 1; j < people.length; j++) {
        if (sameFullName(people[i]!.words, people[j]!.words)) links.join(shorter(people[i]!, people[j]!), longer(people[i]!, people[j]!));
      }
    }
  }

  /** Surname groups whose mentions are shared out, one by one, among several people. */
  const shared = new Map<Group, Group[]>();
  for (const g of groups) {
    const words = g.words;
    const sure = g.mentions.some((m) => m.source === 'rule' || m.role);
    // A surname (or shorter tail of a person's name) joins the full name.
    if (words.length <= 2) {
      const owners = (byLast.get(words[words.length - 1]!) ?? []).filter((long) => long !== g && long.type === 'PERSON' && endsWith(long.words, words));
      // Unless the short form is surely something else (a dateline's town, a country).
      if (owners.length > 0 && (g.type === 'PERSON' || !sure)) {
        const people = distinct(owners.map((o) => links.root(o)));
        if (people.length > 1 && g.type === 'PERSON') shared.set(g, owners);
        else links.join(g, longest(owners));
        continue;
      }
    }
    // A given name alone ("Bill") joins the one full name that starts with it ("Bill Clinton"); so
    // does a family name written first, as Chinese and Korean names are ("Xi" → "Xi Jinping",
    // "Moon" → "Moon Jae-in"): no full name of the story ends with it (that case is above).
    if (words.length === 1 && g.type === 'PERSON') {
      const people = distinct((byFirst.get(words[0]!) ?? []).filter((long) => long !== g && long.type === 'PERSON' && writtenAsName(doc, long)).map((o) => links.root(o)));
      if (people.length === 1) {
        links.join(g, people[0]!);
        continue;
      }
    }
    // A company's short name joins its full name ("Magna" → "Magna International Inc"); a
    // place's name does not ("Wuxi" in "Wuxi Textiles Co"), nor does a person's unless the full
    // name is surely a company's, nor an acronym: a name that opens with one names a part of it
    // ("ESA Topical Team", "UN Security Council"); an acronym joins the name it spells, below.
    const companies = byFirst.get(words[0]!);
    if (companies && !sure && !placeLike(doc, g, words) && !writtenAsAcronym(doc, g, words)) {
      const owner = companies.find((long) => {
        if (long === g || long.type !== 'ORG') return false;
        if (long.words.length <= words.length || !startsWith(long.words, words)) return false;
        return g.type !== 'PERSON' || CORPORATE_SUFFIX_WORDS.has(long.words[long.words.length - 1]!);
      });
      if (owner) {
        links.join(g, owner);
        continue;
      }
    }
    // An acronym joins the name whose initials it spells.
    if (writtenAsAcronym(doc, g, words)) {
      const owner = byInitials.get(words[0]!)?.find((long) => long.type !== 'PERSON');
      if (owner) links.join(g, owner);
    }
  }

  const clusters = new Map<Group, NameCluster & { votes: Map<EntityType, number>; root: Group }>();
  const clusterOf = (g: Group): NameCluster & { votes: Map<EntityType, number>; root: Group } => {
    const r = links.root(g);
    let c = clusters.get(r);
    if (!c) {
      c = { type: r.type, mentions: [], ambiguous: new Set(), votes: new Map(), root: r };
      clusters.set(r, c);
    }
    return c;
  };
  for (const g of groups) {
    if (shared.has(g)) continue;
    const c = clusterOf(g);
    c.mentions.push(...g.mentions);
    for (const [t, v] of g.votes) c.votes.set(t, (c.votes.get(t) ?? 0) + v);
  }
  for (const [g, owners] of shared) shareSurname(doc, g, owners.map(clusterOf));

  const out: NameCluster[] = [];
  // Surnames of the story's people by their full names ("trump" of "Donald Trump").
  const familyNames = new Set<string>();
  for (const c of clusters.values()) if (c.root.type === 'PERSON' && c.root.words.length >= 2) familyNames.add(c.root.words[c.root.words.length - 1]!);
  for (const c of clusters.values()) {
    if (c.mentions.length === 0) continue;
    // The full name's type wins for its surnames and acronyms.
    const r = c.root;
    c.type = r.type === 'PERSON' || r.type === 'ORG' ? r.type : topType(c.votes, r.type);
    // "Ivanka Trump" beside "Donald Trump": a two-word name ending on the family name of one of
    // the story's people is a person of that family, whatever a cue said of its brand.
    if (c.type === 'ORG' && isFamilyMember(r.words, familyNames)) c.type = 'PERSON';
    c.mentions.sort((a, b) => a.start - b.start);
    for (const m of c.mentions) m.type = c.type;
    out.push({ type: c.type, mentions: c.mentions, ambiguous: c.ambiguous });
  }
  return out;
}

const PARTICLE_SET: ReadonlySet<string> = new Set(NAME_PARTICLES);

/** True when every word of the name's first mention is capitalized or a particle ("Alwaleed bin Talal", "Park Min-jun"; not "Sanders late Monday"). */
function writtenAsName(doc: NlpDoc, g: Group): boolean {
  const m = g.mentions[0]!;
  for (let t = m.first; t <= m.last; t++) {
    const tok = doc.tokens[t]!;
    // The second half of a hyphenated given name is written in lower case ("Min-jun", "Ki-moon").
    const afterHyphen = tok.before === '' && doc.tokens[t - 1]?.text === '-';
    if (/^\p{Ll}/u.test(tok.text) && !afterHyphen && !PARTICLE_SET.has(tok.normal)) return false;
  }
  return true;
}

/** True for a one-word name written in 2 to 6 capitals ("ESA", "AT&T", "U.N."). */
function writtenAsAcronym(doc: NlpDoc, g: Group, words: readonly string[]): boolean {
  if (words.length !== 1 || !/^[a-z&]{2,6}$/.test(words[0]!)) return false;
  return /^[\p{Lu}.&]+$/u.test(doc.text.slice(g.mentions[0]!.start, g.mentions[0]!.end));
}

/**
 * Shares out the mentions of a surname that several people of the story bear: each goes to
 * the person whose full name the paragraph gave last before it, else to the one a title's
 * gender allows ("Mrs. Clinton"), else to the one the story named first (its main referent).
 */
function shareSurname(doc: NlpDoc, g: Group, owners: NameCluster[]): void {
  const candidates = distinct(owners);
  const firstAt = (c: NameCluster): number => c.mentions.find((m) => m.last > m.first)?.start ?? Infinity;
  const genders = new Map(candidates.map((c) => [c, clusterGender(doc, c)]));
  const agrees = (c: NameCluster, gender: 'm' | 'f' | null): boolean => !gender || !genders.get(c) || genders.get(c) === gender;
  for (const m of g.mentions) {
    const paragraph = paragraphOfToken(doc, m.first);
    const gender = titleGender(m.title);
    let best: NameCluster | null = null;
    let bestAt = -1;
    for (const c of candidates) {
      if (!agrees(c, gender)) continue;
      for (const full of c.mentions) {
        if (full.last === full.first || full.start >= m.start) continue;
        if (paragraphOfToken(doc, full.first) === paragraph && full.start > bestAt) {
          best = c;
          bestAt = full.start;
        }
      }
    }
    if (!best) {
      const allowed = candidates.filter((c) => agrees(c, gender));
      best = (allowed.length > 0 ? allowed : candidates).reduce((a, b) => (firstAt(a) <= firstAt(b) ? a : b));
    }
    best.mentions.push(m);
    best.ambiguous.add(m);
  }
}

/** A two-word name ending on a family name of the story whose last word heads no organization ("Ivanka Trump", not "Trump Organization"). */
function isFamilyMember(words: readonly string[], familyNames: ReadonlySet<string>): boolean {
  if (words.length !== 2 || !familyNames.has(words[1]!)) return false;
  return !ORG_HEAD_WORDS.has(words[1]!) && !CORPORATE_SUFFIX_WORDS.has(words[1]!) && !ORG_HEAD_WORDS.has(words[0]!);
}

/** Gender of a name's given name in the cluster, when one of its full names has it. */
function clusterGender(doc: NlpDoc, c: NameCluster): 'm' | 'f' | null {
  for (const m of c.mentions) {
    const g = titleGender(m.title);
    if (g) return g;
    if (m.last > m.first) {
      const given = givenNameGender(doc.tokens[m.first]!.text);
      if (given) return given;
    }
  }
  return null;
}

/** The gender a title gives ("Mrs." → f), if any. */
function titleGender(title: string | undefined): 'm' | 'f' | null {
  if (!title) return null;
  return roleGender(title.toLowerCase().split(/\s+/)[0]!);
}

/** "hillary clinton" and "hillary rodham clinton", "donald j trump" and "donald trump": one person's full names. */
function sameFullName(a: string[], b: string[]): boolean {
  if (a.length < 2 || b.length < 2 || a.join(' ') === b.join(' ')) return false;
  if (a[a.length - 1] !== b[b.length - 1]) return false;
  const x = a[0]!.replace(/\.$/, '');
  const y = b[0]!.replace(/\.$/, '');
  if (x.length <= 1 || y.length <= 1) return false;
  // "Pat" and "Patrick", "Alex" and "Alexander": a short form that begins the full given name.
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (x === y) return true;
  if (short.length < SHORT_GIVEN_NAME_MIN || !long.startsWith(short)) return false;
  // "Dan" and "Danielle" are two people.
  const g1 = givenNameGender(short);
  const g2 = givenNameGender(long);
  return !g1 || !g2 || g1 === g2;
}

/** The words a name is linked by: its key's words, without a suffix ("Patrick Carlineo Jr." is linked as "patrick carlineo"). */
function linkingWords(key: string): string[] {
  const words = key.split('|')[0]!.split(' ');
  while (words.length > 2 && NAME_SUFFIXES.has(words[words.length - 1]!)) words.pop();
  return words;
}

function shorter(a: Group, b: Group): Group {
  return a.words.length <= b.words.length ? a : b;
}

function longer(a: Group, b: Group): Group {
  return a.words.length <= b.words.length ? b : a;
}

function distinct<T>(items: T[]): T[] {
  return [...new Set(items)];
}

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
      return PLACE_PREPOSITION_SET.has(tok.normal);
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
    if (tok.pos === 'SPACE' || ACRONYM_SMALL_WORDS.has(tok.normal) || !/^\p{L}/u.test(tok.text)) continue;
    // An acronym spells a name's capitalized words: "AmeriCorps program" is no "AP".
    if (!isCapitalized(tok)) return '';
    out += tok.normal[0];
  }
  return out;
}
