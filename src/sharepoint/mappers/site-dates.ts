import { tzOffset } from '@date-fns/tz';
import { instantOf, isIsoDate, localDateOf, type Instant, type IsoDate } from '../../domain/shared/calendar';

/**
 * Dates as SharePoint keeps them. A date-only column holds midnight in the site's regional time
 * zone, expressed in UTC: 1 March 2026 on a Stockholm site is `2026-02-28T23:00:00Z`, and
 * 1 July 2026 is `2026-06-30T22:00:00Z` (summer time). DateTime columns keep whole seconds.
 * The calendar arithmetic itself stays in src/domain/shared/calendar.ts.
 */

const SITE_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function utcText(epochMs: number): string {
  // SharePoint answers without milliseconds; writing the same form keeps a value stable through a round trip.
  return `${new Date(epochMs).toISOString().slice(0, 19)}Z`;
}

/** The calendar date a date-only column holds, or undefined when the value is not a timestamp. */
export function calendarDateOfSiteValue(value: string, siteTimeZone: string): IsoDate | undefined {
  // Date.parse rolls 30 February over into March; the written date must exist.
  if (!SITE_TIMESTAMP.test(value) || !isIsoDate(value.slice(0, 10)) || Number.isNaN(Date.parse(value))) return undefined;
  return localDateOf(instantOf(new Date(value)), siteTimeZone);
}

/** Site midnights already worked out, by zone and date (see siteValueOfCalendarDate). */
const MAX_REMEMBERED_MIDNIGHTS = 20_000;
const siteMidnights = new Map<string, string>();

/**
 * What to write to a date-only column for a calendar date: the site's midnight of that day, in UTC.
 * Where a zone skips midnight (a DST change at 24:00, as in Chile) the day starts at the first
 * instant that exists, so the value still reads back as the same date.
 */
export function siteValueOfCalendarDate(date: IsoDate, siteTimeZone: string): string {
  const key = `${siteTimeZone} ${date}`;
  let value = siteMidnights.get(key);
  if (value === undefined) {
    value = computeSiteMidnight(date, siteTimeZone);
    // A bulk write names the same few thousand days over and over; the time-zone lookups behind
    // one are the costly part of mapping a record. Bounded, so a long-running process stays small.
    if (siteMidnights.size >= MAX_REMEMBERED_MIDNIGHTS) siteMidnights.clear();
    siteMidnights.set(key, value);
  }
  return value;
}

function computeSiteMidnight(date: IsoDate, siteTimeZone: string): string {
  if (!isIsoDate(date)) throw new RangeError(`Not a calendar date: ${date}`);
  const [year, month, day] = date.split('-').map(Number);
  const wallClock = new Date(0);
  wallClock.setUTCFullYear(year, month - 1, day);
  const midnightAsUtc = wallClock.getTime();
  const offsetMs = (epochMs: number): number => tzOffset(siteTimeZone, new Date(epochMs)) * 60_000;
  // The offset at UTC midnight may be the one from the other side of a DST change: refine once with the offset at the guess.
  const guess = midnightAsUtc - offsetMs(midnightAsUtc);
  const refined = midnightAsUtc - offsetMs(guess);
  const sameDay = [refined, guess].find((epochMs) => localDateOf(instantOf(new Date(epochMs)), siteTimeZone) === date);
  return utcText(sameDay ?? refined);
}

/**
 * An instant in the form SharePoint stores and answers: UTC, whole seconds. Code that hashes an
 * instant (an acknowledgement's signedAt) must hash this form, or the hash will not match what
 * is read back.
 */
export function siteInstant(instant: Instant): string {
  const epochMs = Date.parse(instant);
  if (Number.isNaN(epochMs)) throw new RangeError(`Not an instant: ${instant}`);
  return utcText(epochMs);
}
