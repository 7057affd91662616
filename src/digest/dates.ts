/**
 * Full dates in a figure's text, for a story's timeline. Only a date that names its day, month
 * and year counts: "14 March" or "Tuesday" would need a year or a week guessed from the
 * article's own date, and a wrong guess would put an event in the wrong place of the timeline.
 */
import { statedDay } from '../extract/dates.js';

/** Earliest year read as an event's date: a story may recall events long before the page's own date. */
const FIRST_YEAR = 1900;

/**
 * The date a DATE figure's text states, as YYYY-MM-DD, when it gives day, month and year ("14
 * March 2024", "March 14, 2024", "2024-03-14"); null otherwise. Read by the same parser as a
 * page's own dates (`extract/dates.ts`).
 */
export function fullDate(text: string): string | null {
  return statedDay(text, FIRST_YEAR);
}
