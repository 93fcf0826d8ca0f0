import { addDaysTo, dayNumberOf, isoDate, type IsoDate } from '../../domain/shared/calendar';
import type { Locale } from '../../domain/shared/localized-text';
import { intlLocale } from './council-format';

/** The first day of the date's month. */
export function firstOfMonth(date: IsoDate): IsoDate {
  return isoDate(`${date.slice(0, 7)}-01`);
}

/** 0 for Monday … 6 for Sunday: Swedish and British calendars start the week on Monday (ISO 8601). */
export function weekdayFromMonday(date: IsoDate): number {
  // 1970-01-01 was a Thursday (3 from Monday).
  return (((dayNumberOf(date) + 3) % 7) + 7) % 7;
}

/**
 * The month a date lies in as a calendar shows it: whole weeks, Monday first, from the Monday on or
 * before the 1st to the Sunday on or after the last day (days of the neighbouring months included).
 */
export function monthWeeks(date: IsoDate): IsoDate[][] {
  const first = firstOfMonth(date);
  const month = first.slice(0, 7);
  let day = addDaysTo(first, -weekdayFromMonday(first));
  const weeks: IsoDate[][] = [];
  do {
    weeks.push(Array.from({ length: 7 }, (_unused, index) => addDaysTo(day, index)));
    day = addDaysTo(day, 7);
  } while (day.slice(0, 7) === month);
  return weeks;
}

const utc = (date: IsoDate): Date => new Date(`${date}T12:00:00Z`);

/** The weekdays' short and full names, Monday first, in the page's language ("mån", "måndag" / "Mon", "Monday"). */
export function weekdayNames(locale: Locale): Array<{ readonly short: string; readonly full: string }> {
  const short = new Intl.DateTimeFormat(intlLocale(locale), { weekday: 'short', timeZone: 'UTC' });
  const full = new Intl.DateTimeFormat(intlLocale(locale), { weekday: 'long', timeZone: 'UTC' });
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_unused, index) => utc(addDaysTo(isoDate('2024-01-01'), index))).map((day) => ({ short: short.format(day), full: full.format(day) }));
}

/** "november 2026" / "November 2026". */
export function monthName(date: IsoDate, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(utc(date));
}

/** A day as a screen reader reads it: "måndag 30 november 2026" / "Monday 30 November 2026". */
export function fullDate(date: IsoDate, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(utc(date));
}
