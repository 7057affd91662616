/**
 * Full dates in a figure's text, for a story's timeline. Only a date that names its day, month
 * and year counts: "14 March" or "Tuesday" would need a year or a week guessed from the
 * article's own date, and a wrong guess would put an event in the wrong place of the timeline.
 */

/** English month names and their usual abbreviations, folded to lower case, with their number. */
const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4], ['apr', 4], ['may', 5],
  ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8], ['september', 9], ['sep', 9], ['sept', 9],
  ['october', 10], ['oct', 10], ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
]);

/** Earliest and latest years read as a date: outside them a four-digit number is more likely a count or a code. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;

/** 2024-03-14, at the start of the text. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?!\d)/;
/** 14 March 2024, 14th of March, 2024, 14 Mar. 2024. */
const DAY_MONTH_YEAR = /(?<!\d)(\d{1,2})(?:st|nd|rd|th)? (?:of )?([A-Za-z]{3,9})\.?,? (\d{4})(?!\d)/;
/** March 14, 2024, Mar. 14th 2024. */
const MONTH_DAY_YEAR = /(?<![A-Za-z])([A-Za-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})(?!\d)/;

/** Runs of white space, one space in what the patterns read. */
const SPACES = /\s+/g;

/** YYYY-MM-DD of a valid day, or null. */
function isoDay(year: number, month: number | undefined, day: number): string | null {
  if (month === undefined || year < FIRST_YEAR || year > LAST_YEAR || day < 1) return null;
  // Day 0 of the next month is the last day of this one.
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The date a DATE figure's text states, as YYYY-MM-DD, when it gives day, month and year ("14
 * March 2024", "March 14, 2024", "2024-03-14"); null otherwise.
 */
export function fullDate(text: string): string | null {
  const spaced = text.trim().replace(SPACES, ' ');
  const iso = ISO_DATE.exec(spaced);
  if (iso) return isoDay(Number(iso[1]), Number(iso[2]) >= 1 && Number(iso[2]) <= 12 ? Number(iso[2]) : undefined, Number(iso[3]));
  const dayFirst = DAY_MONTH_YEAR.exec(spaced);
  if (dayFirst) {
    const date = isoDay(Number(dayFirst[3]), MONTHS.get(dayFirst[2]!.toLowerCase()), Number(dayFirst[1]));
    if (date) return date;
  }
  const monthFirst = MONTH_DAY_YEAR.exec(spaced);
  if (monthFirst) return isoDay(Number(monthFirst[3]), MONTHS.get(monthFirst[1]!.toLowerCase()), Number(monthFirst[2]));
  return null;
}
