/**
 * Small closed classes of English words that several stages read: dates written as words,
 * pronouns, determiners, words that open sentences, and the sports pages' own words.
 *
 * Source: written for precis by its authors from general knowledge (no list was copied from
 * another project or derived from evaluation data). Licence: MIT, with precis.
 */

/** Weekdays, months and holidays: capitalized, never a name. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
  'september', 'october', 'november', 'december', 'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.', 'today',
  'yesterday', 'tomorrow', 'christmas', 'easter',
]);

/** Words that never begin a name when capitalized at the start of a sentence or line. */
export const SENTENCE_OPENERS: readonly string[] = [
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my', 'your',
  'in', 'on', 'at', 'for', 'from', 'to', 'with', 'by', 'after', 'before', 'during', 'since', 'until', 'when', 'while', 'if', 'as', 'but', 'and', 'or',
  'so', 'yet', 'also', 'however', 'meanwhile', 'earlier', 'later', 'now', 'then', 'there', 'here', 'what', 'who', 'which', 'where', 'why', 'how',
  'some', 'many', 'most', 'all', 'both', 'each', 'every', 'no', 'not', 'one', 'two', 'three', 'other', 'another', 'such', 'several', 'few',
  'under', 'over', 'about', 'against', 'between', 'among', 'through', 'despite', 'although', 'though', 'because', 'instead', 'still', 'even',
  'only', 'just', 'last', 'next', 'first', 'second', 'third', 'final', 'new', 'former', 'asked', 'says', 'said', 'according',
];

/** Capitalized abbreviations that are not names: time zones and units. */
export const NOT_NAMES: readonly string[] = ['gmt', 'utc', 'est', 'edt', 'cst', 'cdt', 'pst', 'pdt', 'bst', 'cet', 'cest', 'am', 'pm', 'a.m.', 'p.m.'];

/** Words whose presence marks a sports story when the headline has no sports slug. */
export const SPORTS_WORDS: readonly string[] = [
  'innings', 'wicket', 'wickets', 'batsman', 'bowler', 'striker', 'midfielder', 'goalkeeper', 'defender', 'semifinal', 'semi-final', 'quarterfinal',
  'quarter-final', 'halftime', 'half-time', 'inning', 'homer', 'touchdown', 'penalty', 'goals', 'seeded', 'tiebreak', 'lap', 'laps', 'podium',
  'league', 'cup', 'championship', 'tournament', 'match', 'beat', 'draw', 'drew', 'scored', 'coach', 'season', 'playoff', 'playoffs', 'standings',
];

/** Words that open a sports desk headline ("SOCCER - ...", "TENNIS - ..."). */
export const SPORTS_SLUGS: readonly string[] = [
  'soccer', 'football', 'cricket', 'tennis', 'golf', 'rugby', 'rugby union', 'rugby league', 'athletics', 'cycling', 'boxing', 'baseball', 'basketball',
  'ice hockey', 'hockey', 'nhl ice hockey', 'nba basketball', 'nfl football', 'american football', 'motor racing', 'motorcycling', 'formula one', 'rallying',
  'horse racing', 'racing', 'sailing', 'rowing', 'swimming', 'skiing', 'alpine skiing', 'volleyball', 'handball', 'badminton', 'squash', 'snooker',
  'darts', 'judo', 'wrestling', 'weightlifting', 'fencing', 'gymnastics', 'triathlon', 'olympics', 'chess', 'sport', 'sports',
];

/** What a pronoun can stand for: a man, a woman, a thing (an organization), a group, or the speaker. */
export type PronounClass = 'm' | 'f' | 'thing' | 'plural' | 'self';

/** Personal and possessive pronouns and what they can stand for. */
export const PRONOUNS: Readonly<Record<string, PronounClass>> = {
  he: 'm', him: 'm', his: 'm', himself: 'm',
  she: 'f', her: 'f', hers: 'f', herself: 'f',
  it: 'thing', its: 'thing', itself: 'thing',
  they: 'plural', them: 'plural', their: 'plural', theirs: 'plural', themselves: 'plural',
  i: 'self', we: 'self',
};

/** Pronouns that can be the subject of a reporting verb ("he said", "they said", "I said"). */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'it', 'they', 'i', 'we']);

/** Determiners that make a noun phrase point back to something known ("the general", "this company"). */
export const DEFINITE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'this', 'that']);

/** Possessive determiners ("his spokeswoman"). */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your']);

/** Determiners and quantifiers that introduce someone new ("a witness said" names no earlier person). */
export const INDEFINITE_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'one', 'another', 'some', 'many', 'several', 'other', 'others', 'few', 'two', 'three']);

/** Words tagged as prepositions that open a clause with a subject of its own ("as the heckler yelled"). */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['as', 'while', 'after', 'before', 'since', 'until', 'till', 'when', 'because', 'if', 'than', 'though', 'although', 'whereas', 'once', 'unless']);

/** Tokens after a name that make it possessive ("Trump's", "the Joneses'"). */
export const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'s", '’s', "'", '’']);

/**
 * Words that an apostrophe shortens at their start ('em, 'til, 'cause, rock 'n' roll), lower
 * case: a mark before one of them is an apostrophe, not an opening quotation mark.
 */
export const ELIDED_WORD_STARTS: ReadonlySet<string> = new Set(['em', 'n', 'til', 'tis', 'twas', 'twill', 'cause', 'cos', 'coz', 'bout', 'nuff', 'fraid', 'scuse', 'neath']);

/**
 * Words that an apostrophe shortens at their end (good ol' days, rock an' roll), lower case, besides
 * the -in' of goin' and nothin': a mark after one of them may be an apostrophe, not a closing mark.
 */
export const ELIDED_WORD_ENDS: ReadonlySet<string> = new Set(['ol', 'an', 'o', 'n', 'th']);

/** Period codes of financial reports: half-years, quarters, fiscal years, months to date ("H1", "Q2", "FY2024", "9M"). */
export const REPORTING_PERIOD_CODE = /^(?:[HQ][1-4]|FY\d{0,4}|[1-9]M)$/;

/** Small words a title-case line leaves in lower case ("Man Shot at Gas Station Dies", "Smith v. Jones", "Paris de Nuit"). */
export const TITLE_CASE_SMALL_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'from', 'as', 'is', 'vs', 'vs.', 'v.', 'via', 'into', 'onto', 'per', 'de',
]);
