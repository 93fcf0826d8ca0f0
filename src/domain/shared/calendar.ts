import { addDays, addMonths, differenceInCalendarDays } from 'date-fns';
import { TZDate } from '@date-fns/tz';
import { z } from 'zod';

/**
 * Calendar dates are ISO strings (YYYY-MM-DD) in the region's own time zone: a review is due
 * "on 2027-03-01", not at an instant. Instants (incident discovery, a signature) are ISO 8601
 * timestamps with an offset. Rules receive "today" or "now" as a parameter; nothing here reads
 * the clock (DESIGN.md habit 1).
 */
export type IsoDate = string;
export type Instant = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Date.UTC and the Date constructors read years 0–99 as 1900–1999; setUTCFullYear takes the year as written. */
function utcMidnight(year: number, monthIndex: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime();
}

function parts(date: IsoDate): [number, number, number] | undefined {
  const match = ISO_DATE.exec(date);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return undefined;
  const lastDay = new Date(utcMidnight(year, month, 0)).getUTCDate();
  return day <= lastDay ? [year, month, day] : undefined;
}

export function isIsoDate(value: string): boolean {
  return parts(value) !== undefined;
}

export const isoDateSchema = z
  .string()
  .refine(isIsoDate, { message: 'must be a calendar date written YYYY-MM-DD (for example 2026-02-28)' });

export const instantSchema = z
  .string()
  .datetime({ offset: true, message: 'must be an ISO 8601 timestamp with a time zone (for example 2026-03-01T08:30:00+01:00)' });

/** Calendar arithmetic runs in UTC so that the machine's own time zone and DST never move a date. */
function toUtc(date: IsoDate): TZDate {
  const p = parts(date);
  if (!p) throw new RangeError(`Not a calendar date: ${date}`);
  return new TZDate(utcMidnight(p[0], p[1] - 1, p[2]), 'UTC');
}

function fromUtc(date: Date): IsoDate {
  return new Date(date.getTime()).toISOString().slice(0, 10);
}

export function addDaysTo(date: IsoDate, days: number): IsoDate {
  return fromUtc(addDays(toUtc(date), days));
}

/** Adds calendar months; the 31st or a leap day falls back to the month's last day (2024-02-29 + 12 = 2025-02-28). */
export function addMonthsTo(date: IsoDate, months: number): IsoDate {
  return fromUtc(addMonths(toUtc(date), months));
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(toUtc(to), toUtc(from));
}

export function isBefore(a: IsoDate, b: IsoDate): boolean {
  return daysBetween(b, a) < 0;
}

export function laterOf(a: IsoDate, b: IsoDate): IsoDate {
  return isBefore(a, b) ? b : a;
}

export function yearOf(date: IsoDate): number {
  return toUtc(date).getUTCFullYear();
}

/** The calendar date an instant falls on in a time zone (a breach found 23:30 UTC on 31 March is 1 April in Stockholm). */
export function localDateOf(instant: Instant, timeZone: string): IsoDate {
  const local = new TZDate(new Date(instant).getTime(), timeZone);
  const month = String(local.getMonth() + 1).padStart(2, '0');
  const day = String(local.getDate()).padStart(2, '0');
  return `${String(local.getFullYear()).padStart(4, '0')}-${month}-${day}`;
}

export function addHoursTo(instant: Instant, hours: number): Instant {
  return new Date(new Date(instant).getTime() + hours * 3_600_000).toISOString();
}
