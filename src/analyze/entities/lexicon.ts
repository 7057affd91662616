/**
 * The entity stage's word lists, loaded once per process: phrase gazetteers (places,
 * nationalities, first names) matched over token sequences, and single-word sets.
 */
import gazetteerData from '../../data/entity-gazetteer.json' with { type: 'json' };
import commonData from '../../data/entity-common-words.json' with { type: 'json' };
import {
  COUNTRY_ABBREVIATIONS,
  HONORIFICS,
  KNOWN_ORGS,
  CORPORATE_SUFFIXES,
  NOT_NAMES,
  PLACE_HEADS,
  TEAM_HEADS,
  NATIONALITIES,
  ORG_HEADS,
  ORG_OPENERS,
  PERSON_TITLES,
  REGIONS,
  SENTENCE_OPENERS,
  SPEECH_VERBS,
  SPORTS_SLUGS,
  nationalityForms,
} from '../../data/entity-lexicon.js';

/** Gazetteer classes, as feature names. */
export type GazetteerClass = 'COUNTRY' | 'CITY' | 'REGION' | 'NAT' | 'FIRST';

/** Splits a lexicon entry the way wink splits running text, near enough for matching. */
export function lexiconTokens(entry: string): string[] {
  return entry
    .toLowerCase()
    .split(/\s+|(?=-)|(?<=-)/u)
    .filter((t) => t.length > 0);
}

/** A phrase dictionary keyed by its first token, for longest-match lookup. */
export class PhraseSet {
  private readonly byFirst = new Map<string, string[][]>();
  private longest = 0;

  add(entry: string): void {
    const tokens = lexiconTokens(entry);
    if (tokens.length === 0) return;
    const list = this.byFirst.get(tokens[0]!) ?? [];
    list.push(tokens);
    this.byFirst.set(tokens[0]!, list);
    this.longest = Math.max(this.longest, tokens.length);
  }

  /** Length in tokens of the longest entry matching `words` from `at`, or 0. */
  matchAt(words: readonly string[], at: number): number {
    const list = this.byFirst.get(words[at]!);
    if (!list) return 0;
    let best = 0;
    for (const entry of list) {
      if (entry.length <= best || at + entry.length > words.length) continue;
      let ok = true;
      for (let k = 1; k < entry.length; k++) {
        if (entry[k] !== words[at + k]) {
          ok = false;
          break;
        }
      }
      if (ok) best = entry.length;
    }
    return best;
  }

  /** Entries grouped by first token. */
  entries(): IterableIterator<[string, string[][]]> {
    return this.byFirst.entries();
  }

  has(phrase: string): boolean {
    const tokens = lexiconTokens(phrase);
    return tokens.length > 0 && this.matchAt(tokens, 0) === tokens.length;
  }
}

function phraseSet(entries: Iterable<string>): PhraseSet {
  const set = new PhraseSet();
  for (const entry of entries) set.add(entry);
  return set;
}

const data = gazetteerData as { countries: string[]; cities: string[]; firstNames: string[] };

/** Countries with their common short forms. */
export const COUNTRIES = phraseSet([...data.countries, ...COUNTRY_ABBREVIATIONS, 'britain', 'great britain', 'england', 'scotland', 'wales', 'northern ireland', 'holland', 'soviet union', 'czechoslovakia', 'yugoslavia', 'burma', 'zaire', 'ivory coast', 'west germany', 'east germany']);
export const CITIES = phraseSet(data.cities);
export const REGION_SET = phraseSet(REGIONS);
export const NATIONALITY_SET = phraseSet(NATIONALITIES.flatMap(nationalityForms));
export const FIRST_NAMES = new Set(data.firstNames.map((n) => n.toLowerCase()));

/** Every gazetteer entry by its first token, for one lookup per position. */
export const GAZETTEER_INDEX = new Map<string, Array<{ cls: GazetteerClass; tokens: string[] }>>();

export const GAZETTEERS: ReadonlyArray<[GazetteerClass, PhraseSet]> = [
  ['COUNTRY', COUNTRIES],
  ['REGION', REGION_SET],
  ['CITY', CITIES],
  ['NAT', NATIONALITY_SET],
];

for (const [cls, set] of GAZETTEERS) {
  for (const [first, entries] of set.entries()) {
    const list = GAZETTEER_INDEX.get(first) ?? [];
    for (const tokens of entries) list.push({ cls, tokens });
    GAZETTEER_INDEX.set(first, list);
  }
}

export const TITLE_WORDS = new Set(PERSON_TITLES);
export const HONORIFIC_WORDS = new Set(HONORIFICS);
export const ORG_HEAD_WORDS = new Set(ORG_HEADS);
export const ORG_OPENER_WORDS = new Set(ORG_OPENERS);
export const SPEECH_VERB_LEMMAS = new Set(SPEECH_VERBS);
export const SPORTS_SLUG_SET = phraseSet(SPORTS_SLUGS);
export const OPENER_WORDS = new Set(SENTENCE_OPENERS);

/** Words written in lower case mid-sentence nearly always (from the training texts). */
export const COMMON_WORDS = new Set((commonData as { words: string[] }).words);
export const KNOWN_ORG_SET = phraseSet(KNOWN_ORGS);
export const PLACE_HEAD_WORDS = new Set(PLACE_HEADS);
export const TEAM_HEAD_WORDS = new Set(TEAM_HEADS);
export const CORPORATE_SUFFIX_WORDS = new Set(CORPORATE_SUFFIXES);
export const NOT_NAME_WORDS = new Set(NOT_NAMES);
