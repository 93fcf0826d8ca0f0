import { TZDate } from '@date-fns/tz';
import type { Instant, IsoDate } from '../domain/shared/calendar';

/**
 * Calendar arithmetic for the generators, relative to a given day and never to the clock. It
 * agrees with the domain's calendar (addDaysTo, addMonthsTo; test/demo checks this) but works on
 * plain UTC milliseconds: the demo does some 100,000 date steps, and building a time-zoned date
 * object for each would make generating the region take seconds instead of well under one.
 * ISO dates with four-digit years compare correctly as strings, so comparisons are string ones.
 */
const DAY_MS = 86_400_000;

function toUtcMs(date: IsoDate): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

function fromUtcMs(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtcMs(toUtcMs(date) + days * DAY_MS);
}

export function daysBefore(date: IsoDate, days: number): IsoDate {
  return addDays(date, -days);
}

/** Calendar months; the 31st or a leap day falls back to the month's last day, as in the domain. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const year = Number(date.slice(0, 4));
  const monthIndex = Number(date.slice(5, 7)) - 1 + months;
  const targetYear = year + Math.floor(monthIndex / 12);
  const targetMonth = ((monthIndex % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  return fromUtcMs(Date.UTC(targetYear, targetMonth, Math.min(Number(date.slice(8, 10)), lastDay)));
}

export function daysFromTo(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

export function earliestOf(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}

export function latestOf(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? b : a;
}

export function yearOfDate(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

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
  return new TZDate(yearOfDate(date), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), hour, minute, 0, timeZone).toISOString();
}
