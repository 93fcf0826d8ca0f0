import { TZDate } from '@date-fns/tz';
import { addDaysTo, addMonthsTo, daysBetween, instant, yearOf, type Instant, type IsoDate } from '../domain/shared/calendar';

/**
 * Calendar steps for the generators, relative to a given day and never to the clock: the domain's
 * own calendar (zone-free day numbers, fast enough for the demo's some 100,000 date steps) under
 * the generators' shorter names. ISO dates with four-digit years compare correctly as strings, so
 * comparisons are string ones.
 */
export const addDays = addDaysTo;

export function daysBefore(date: IsoDate, days: number): IsoDate {
  return addDaysTo(date, -days);
}

/** Calendar months; the 31st or a leap day falls back to the month's last day, as in the domain. */
export const addMonths = addMonthsTo;

export const daysFromTo = daysBetween;

export function earliestOf(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}

export function latestOf(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? b : a;
}

export const yearOfDate = yearOf;

/** On the roster on `date`: started, and not yet left (the domain's isCurrentStaff, by string comparison). */
export function employedOn(person: { readonly startDate: IsoDate; readonly endDate?: IsoDate }, date: IsoDate): boolean {
  return person.startDate <= date && (person.endDate === undefined || person.endDate >= date);
}

/**
 * A wall-clock time on a calendar day in the region's time zone, as an instant with its offset
 * (2026-03-29T14:10:00.000+02:00): the demo's incidents and signatures happen in office hours
 * in Stockholm, whatever the time zone of the machine that generates them.
 */
export function localInstant(date: IsoDate, hour: number, minute: number, timeZone: string): Instant {
  return instant(new TZDate(yearOf(date), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), hour, minute, 0, timeZone).toISOString());
}
