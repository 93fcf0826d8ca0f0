import { TZDate } from '@date-fns/tz';
import { z } from 'zod';

/**
 * Calendar dates are ISO strings (YYYY-MM-DD) in the region's own time zone: a review is due
 * "on 2027-03-01", not at an instant. Instants (incident discovery, a signature) are ISO 8601
 * timestamps with an offset. Rules receive "today" or "now" as a parameter; nothing here reads
 * the clock (DESIGN.md habit 1).
 *
 * A calendar date has no time zone, so comparing, subtracting and adding dates is integer
 * arithmetic on day numbers: no Date object, no zone lookup, nothing the machine's zone or DST can
 * move. Only turning an instant into the date it falls on somewhere (localDateOf) needs a zone.
 */

/** A calendar date written YYYY-MM-DD, checked: only isoDateSchema, isoDate() and the functions here make one. */
export type IsoDate = z.infer<typeof isoDateSchema>;
/** An ISO 8601 timestamp with a zone, checked: only instantSchema, instant() and the functions here make one. */
export type Instant = z.infer<typeof instantSchema>;

const HYPHEN = 45;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month of the proleptic Gregorian calendar (year 0 is a leap year). */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The number written in `text` from `start` to `end`, or -1 if a character there is not a digit. */
function digitsAt(text: string, start: number, end: number): number {
  let value = 0;
  for (let index = start; index < end; index += 1) {
    const digit = text.charCodeAt(index) - 48;
    if (!(digit >= 0 && digit <= 9)) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/*
 * Dates are read by hand, into plain numbers: no RegExp, no Date, no object per date. The rules
 * read and compare hundreds of thousands of dates per run at region scale (issue 6).
 */
const yearIn = (date: string): number => digitsAt(date, 0, 4);
const monthIn = (date: string): number => digitsAt(date, 5, 7);
const dayIn = (date: string): number => digitsAt(date, 8, 10);

function isCalendarDate(date: string): boolean {
  if (date.length !== 10 || date.charCodeAt(4) !== HYPHEN || date.charCodeAt(7) !== HYPHEN) return false;
  const year = yearIn(date);
  const month = monthIn(date);
  const day = dayIn(date);
  return year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function check(date: string): void {
  if (!isCalendarDate(date)) throw new RangeError(`Not a calendar date: ${date}`);
}

/*
 * Day numbers: days since 1970-01-01 of the proleptic Gregorian calendar, by Howard Hinnant's
 * days_from_civil / civil_from_days (eras of 400 years, years starting on 1 March so that the
 * leap day is the last day of its year).
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function dateOfDayNumber(dayNumber: number): IsoDate {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return written(yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day);
}

/** '00' … '31': months and days written without building a padded string per date. */
const TWO_DIGITS = Array.from({ length: 32 }, (_, value) => String(value).padStart(2, '0'));

/** Four-digit years only: the form compares correctly as a string and is what the registers hold. */
function written(year: number, month: number, day: number): IsoDate {
  if (year < 0 || year > 9999) throw new RangeError(`The date falls outside the years 0000–9999: year ${year}`);
  const yyyy = year >= 1000 ? String(year) : String(year).padStart(4, '0');
  // Built from a valid year, month and day: a calendar date by construction.
  return `${yyyy}-${TWO_DIGITS[month]}-${TWO_DIGITS[day]}` as IsoDate;
}

/** Days since 1970-01-01; throws a RangeError for a string that is not a calendar date. */
export function dayNumberOf(date: IsoDate): number {
  check(date);
  return daysFromCivil(yearIn(date), monthIn(date), dayIn(date));
}

export function isIsoDate(value: string): value is IsoDate {
  return isCalendarDate(value);
}

/*
 * Branded (R-SEC-2 validated input): a plain string, or an instant, passed where a calendar date
 * is expected does not compile. Data read through the schemas is branded by them; code and tests
 * that hold a literal use isoDate('2026-01-01') / instant('2026-03-01T08:30:00+01:00').
 */
export const isoDateSchema = z
  .string()
  .refine((value) => isIsoDate(value), { message: 'must be a calendar date written YYYY-MM-DD (for example 2026-02-28)' })
  .brand<'IsoDate'>();

export const instantSchema = z
  .string()
  .datetime({ offset: true, message: 'must be an ISO 8601 timestamp with a time zone (for example 2026-03-01T08:30:00+01:00)' })
  .brand<'Instant'>();

/** A calendar date from a string that must be one; a RangeError names the value otherwise. */
export function isoDate(value: string): IsoDate {
  if (!isIsoDate(value)) throw new RangeError(`Not a calendar date written YYYY-MM-DD: ${value}`);
  return value;
}

export function isInstant(value: string): value is Instant {
  return instantSchema.safeParse(value).success;
}

/** An instant from a string that must be an ISO 8601 timestamp with a zone; a RangeError otherwise. */
export function instant(value: string): Instant {
  if (!isInstant(value)) throw new RangeError(`Not an ISO 8601 timestamp with a time zone: ${value}`);
  return value;
}

export function addDaysTo(date: IsoDate, days: number): IsoDate {
  return dateOfDayNumber(dayNumberOf(date) + days);
}

/** Adds calendar months; the 31st or a leap day falls back to the month's last day (2024-02-29 + 12 = 2025-02-28). */
export function addMonthsTo(date: IsoDate, months: number): IsoDate {
  check(date);
  const monthsSinceYearZero = yearIn(date) * 12 + (monthIn(date) - 1) + months;
  const targetYear = Math.floor(monthsSinceYearZero / 12);
  const targetMonth = monthsSinceYearZero - targetYear * 12 + 1;
  return written(targetYear, targetMonth, Math.min(dayIn(date), daysInMonth(targetYear, targetMonth)));
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumberOf(to) - dayNumberOf(from);
}

/**
 * Dates written YYYY-MM-DD with four-digit years sort as strings in calendar order, so ordering
 * needs no parsing: the rules compare dates some hundreds of thousands of times per run.
 */
export function isBefore(a: IsoDate, b: IsoDate): boolean {
  return a < b;
}

export function laterOf(a: IsoDate, b: IsoDate): IsoDate {
  return isBefore(a, b) ? b : a;
}

export function yearOf(date: IsoDate): number {
  check(date);
  return yearIn(date);
}

/** The calendar date an instant falls on in a time zone (a breach found 23:30 UTC on 31 March is 1 April in Stockholm). */
export function localDateOf(at: Instant, timeZone: string): IsoDate {
  const epochMs = Date.parse(at);
  if (Number.isNaN(epochMs)) throw new RangeError(`Not an instant: ${at}`);
  const local = new TZDate(epochMs, timeZone);
  return written(local.getFullYear(), local.getMonth() + 1, local.getDate());
}

/** The instant a Date holds, written in UTC (toISOString throws a RangeError for an invalid Date). */
export function instantOf(date: Date): Instant {
  return date.toISOString() as Instant;
}

export function addHoursTo(at: Instant, hours: number): Instant {
  return instantOf(new Date(new Date(at).getTime() + hours * 3_600_000));
}
