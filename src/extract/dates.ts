/**
 * Publication dates as the page writes them. A date keeps the precision and the offset it was
 * written with: `2019-11-19T20:50:59-05:00` stays on the 19th (as UTC it would be the 20th), a
 * date-time without a zone stays without one, a bare date stays a date. Nothing is read in the
 * machine's time zone (no `Date.parse`), so the same page gives the same JSON everywhere.
 */

/** Years accepted as a news page's date. */
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?$/;

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11,
  dec: 12, december: 12,
};

/** Zone names with one offset all year, in minutes east of UTC. */
const FIXED_ZONES: Readonly<Record<string, number>> = {
  z: 0, gmt: 0, utc: 0, ut: 0,
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
  akst: -540, akdt: -480, hst: -600,
  bst: 60, cet: 60, cest: 120, eet: 120, eest: 180, msk: 180, jst: 540, kst: 540, aest: 600, aedt: 660,
};

/** US zone names written without standard or daylight time ("ET"): their standard offset, daylight time adding an hour. */
const US_GENERIC_ZONES: Readonly<Record<string, number>> = { et: -300, ct: -360, mt: -420, pt: -480 };

/** A time of day: `10:00`, `10.00`, `10:00:30`, `10am`, `10:00 p.m.` */
const TIME = /\b(\d{1,2})(?:[:.](\d{2})(?:[:.](\d{2}))?\s*([ap])\.?\s?m\b\.?|[:.](\d{2})(?:[:.](\d{2}))?(?![\d.:])|\s*([ap])\.?\s?m\b\.?)/i;
/** An offset after the time: `+0100`, `-05:00`, `GMT+2`, `UTC-05:30`, or a zone name. */
const ZONE = /(?:^|\s|\()(?:(?:gmt|utc)? ?([+-])(\d{1,2})(?::?(\d{2}))?|([a-z]{1,4}))(?=$|[\s),.])/i;

/**
 * Normalizes a date as written to ISO 8601, keeping the page's precision and offset (an offset of
 * zero is written `Z`). Null when the value is not a plausible publication date or leaves its
 * day in doubt (`03/04/2019`).
 */
export function normalizeDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = value.trim();
  const iso = ISO_DATE_TIME.exec(text);
  if (iso) {
    const [, y, mo, d, h, mi, s, frac, zone] = iso;
    if (!validYmd(Number(y), Number(mo), Number(d))) return null;
    if (h === undefined) return `${y}-${mo}-${d}`;
    if (Number(h) > 23 || Number(mi) > 59 || (s !== undefined && Number(s) > 59)) return null;
    const offset = zone === undefined ? '' : /^z$/i.test(zone) ? 'Z' : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
    return `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${frac ?? ''}${offset === '+00:00' || offset === '-00:00' ? 'Z' : offset}`;
  }
  const compact = COMPACT_DATE.exec(text);
  if (compact) {
    const [, y, mo, d, h, mi, s] = compact;
    if (!validYmd(Number(y), Number(mo), Number(d))) return null;
    return h === undefined ? `${y}-${mo}-${d}` : `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}`;
  }
  return writtenDate(text);
}

/** A date written out: `Thu, 14 Mar 2024 14:30:00 GMT`, `November 19, 2019 at 10:41 a.m. ET`, `19.01.2020`. */
function writtenDate(text: string): string | null {
  if (text.length > 100) return null;
  const found = dayOf(text);
  if (!found) return null;
  const { year, month, day, rest } = found;
  const ymd = `${year}-${pad(month)}-${pad(day)}`;
  const time = TIME.exec(rest);
  if (!time) return /\d/.test(rest) ? null : ymd;
  let hour = Number(time[1]);
  const minute = Number(time[2] ?? time[5] ?? 0);
  const second = Number(time[3] ?? time[6] ?? 0);
  const meridiem = (time[4] ?? time[7])?.toLowerCase();
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return null;
  const local = `${ymd}T${pad(hour)}:${pad(minute)}:${pad(second)}`;
  const after = rest.slice(time.index + time[0].length);
  const offset = offsetOf(after, year, month, day, hour);
  // A zone that is not known leaves the instant in doubt, not the day as written.
  if (offset === undefined) return ymd;
  return offset === null ? local : `${local}${offsetText(offset)}`;
}

/**
 * The year, month and day named in `text` (years from `minYear`), and the text with them taken
 * out; null when missing or in doubt.
 */
function dayOf(text: string, minYear: number = MIN_YEAR): { year: number; month: number; day: number; rest: string } | null {
  // Month by name: `14 Mar 2024`, `3rd of Sept. 1968`, `March 14, 2024`; `14. März`-style orders are not English and are left out.
  const named = /\b(\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:of\s+)?([a-z]{3,9})\.?,?\s+(\d{4})\b|\b([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/i.exec(text);
  if (named) {
    const month = MONTHS[(named[2] ?? named[4])!.toLowerCase()];
    const day = Number(named[1] ?? named[5]);
    const year = Number(named[3] ?? named[6]);
    if (month === undefined || !validYmd(year, month, day, minYear)) return null;
    return { year, month, day, rest: without(text, named) };
  }
  // Numbers: year first (`2019/11/19`), or day and month before the year (`19.01.2020`, `19/01/2020`).
  const yearFirst = /\b(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/.exec(text);
  if (yearFirst) {
    const [year, month, day] = [Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3])];
    if (!validYmd(year, month, day, minYear)) return null;
    return { year, month, day, rest: without(text, yearFirst) };
  }
  const yearLast = /\b(\d{1,2})([/.])(\d{1,2})\2(\d{4})\b/.exec(text);
  if (yearLast) {
    const [first, second, year] = [Number(yearLast[1]), Number(yearLast[3]), Number(yearLast[4])];
    // Dots are written day first (19.01.2020). With slashes, the order is known only when one
    // number cannot be a month (or both are the same).
    let day: number;
    let month: number;
    if (yearLast[2] === '.' || first > 12 || first === second) [day, month] = [first, second];
    else if (second > 12) [day, month] = [second, first];
    else return null;
    if (!validYmd(year, month, day, minYear)) return null;
    return { year, month, day, rest: without(text, yearLast) };
  }
  return null;
}

/** An ISO date at the start of a text: `2024-03-14`, `2024-03-14T09:00`. */
const ISO_DAY_PREFIX = /^(\d{4})-(\d{2})-(\d{2})(?!\d)/;

/**
 * The day a text states with its day, month and year ("14 March 1968", "March 14, 1968",
 * "1968-03-14"), as YYYY-MM-DD; null when it states none or leaves it in doubt. Years from
 * `minYear`: a story's timeline reaches further back than a page's own date.
 */
export function statedDay(text: string, minYear: number = MIN_YEAR): string | null {
  const trimmed = text.trim();
  const iso = ISO_DAY_PREFIX.exec(trimmed);
  if (iso) {
    const [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    return validYmd(year, month, day, minYear) ? `${iso[1]}-${iso[2]}-${iso[3]}` : null;
  }
  const found = dayOf(trimmed, minYear);
  return found ? `${found.year}-${pad(found.month)}-${pad(found.day)}` : null;
}

/** `text` with the stretch `match` found replaced by a space. */
function without(text: string, match: RegExpExecArray): string {
  return `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}`;
}

/**
 * The offset written after a time, in minutes: null when none is written, undefined when one is
 * written that is not known (`IST` is Indian, Irish or Israeli).
 */
function offsetOf(after: string, year: number, month: number, day: number, hour: number): number | null | undefined {
  const zone = ZONE.exec(after);
  if (!zone) return null;
  if (zone[1]) {
    const hours = Number(zone[2]);
    const minutes = Number(zone[3] ?? 0);
    // `+0530` read as one number: hours and minutes.
    if (hours > 14 || minutes > 59) return undefined;
    return (zone[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
  }
  const name = zone[4]!.toLowerCase();
  if (name in FIXED_ZONES) return FIXED_ZONES[name]!;
  if (name in US_GENERIC_ZONES) return US_GENERIC_ZONES[name]! + (usDaylightTime(year, month, day, hour) ? 60 : 0);
  // A word after the time that is not a zone (`10:00 in London`) names no offset.
  return /^(?:[a-z]{3,4}t|[a-z]st|[a-z]dt)$/.test(name) ? undefined : null;
}

/** Whether US daylight saving time is in force at `hour` local time on that day (rules since 2007, and 1987–2006). */
function usDaylightTime(year: number, month: number, day: number, hour: number): boolean {
  const [startMonth, startDay] = year >= 2007 ? [3, nthSunday(year, 3, 2)] : [4, nthSunday(year, 4, 1)];
  const [endMonth, endDay] = year >= 2007 ? [11, nthSunday(year, 11, 1)] : [10, lastSunday(year, 10)];
  const at = (month * 100 + day) * 100 + hour;
  return at >= (startMonth * 100 + startDay) * 100 + 2 && at < (endMonth * 100 + endDay) * 100 + 2;
}

function nthSunday(year: number, month: number, n: number): number {
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  return 1 + ((7 - first) % 7) + (n - 1) * 7;
}

function lastSunday(year: number, month: number): number {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const last = new Date(Date.UTC(year, month - 1, days)).getUTCDay();
  return days - last;
}

function offsetText(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** Whether the day exists and the year is a plausible one for a news page. */
function validYmd(year: number, month: number, day: number, minYear: number = MIN_YEAR): boolean {
  if (year < minYear || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A date written in the URL path (`/2019/11/19/`, `/2019-11-19/`), as YYYY-MM-DD. */
export function dateFromUrl(url: string | null): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const match = /(?:^|[/_-])((?:19|20)\d{2})([/_-])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])(?=$|[/_.-])/.exec(path);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[3]), Number(match[4])];
  if (!validYmd(year, month, day)) return null;
  return `${match[1]}-${pad(month)}-${pad(day)}`;
}
