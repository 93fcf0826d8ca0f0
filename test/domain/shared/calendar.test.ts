import { execFileSync } from 'child_process';
import * as path from 'path';
import {
  addDaysTo,
  addHoursTo,
  addMonthsTo,
  daysBetween,
  instant,
  instantSchema,
  isBefore,
  isIsoDate,
  isoDate,
  isoDateSchema,
  laterOf,
  localDateOf,
  yearOf,
  type IsoDate
} from '../../../src/domain/shared/calendar';

/** A string passed off as a calendar date without the check, as a cast elsewhere could: the arithmetic must still refuse it. */
const unchecked = (value: string): IsoDate => value as IsoDate;

/*
 * Calendar arithmetic behind every due date (R-CLS-2 review intervals, R-SYS-1 re-approvals,
 * R-TRN deadlines, R-RSK-1 follow-ups) and the day an instant falls on (R-INC). Stockholm's
 * DST changes in 2026 are on Sunday 29 March and Sunday 25 October.
 */

describe('isIsoDate: calendar dates written YYYY-MM-DD (R-SEC-2 validated input)', () => {
  test.each([
    ['2026-02-28', true],
    ['2026-02-29', false], // 2026 is not a leap year
    ['2024-02-29', true],
    ['2000-02-29', true], // divisible by 400
    ['1900-02-29', false], // divisible by 100, not by 400
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-04-31', false],
    ['2026-04-30', true],
    ['2026-01-00', false],
    ['2026-01-32', false],
    ['2026-12-31', true],
    ['2026-1-05', false],
    ['26-01-05', false],
    ['2026-01-05T00:00:00Z', false],
    [' 2026-01-05', false],
    ['2026/01/05', false],
    ['', false],
    ['0000-02-29', true], // year 0 is a leap year in the proleptic Gregorian calendar
    ['0100-02-29', false]
  ])('%s → %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  test('isoDateSchema rejects 2026-02-29 with a message that shows the expected form', () => {
    const result = isoDateSchema.safeParse('2026-02-29');
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0].message).toContain('YYYY-MM-DD');
  });

  test.each([
    ['2026-03-02T08:00:00+01:00', true],
    ['2026-03-02T07:00:00Z', true],
    ['2026-03-02T08:00:00', false], // no zone: the instant would depend on the reader's clock
    ['2026-03-02', false],
    ['2026-02-29T08:00:00Z', false]
  ])('instantSchema: %s → %s', (value, expected) => {
    expect(instantSchema.safeParse(value).success).toBe(expected);
  });
});

describe('addMonthsTo: review intervals in months (R-CLS-2, R-SYS-1)', () => {
  test.each([
    ['2024-02-29', 12, '2025-02-28'], // leap day falls back to the month's last day
    ['2024-02-29', 48, '2028-02-29'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-01-31', 1, '2025-02-28'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-11-15', 2, '2027-01-15'],
    ['2025-03-01', 12, '2026-03-01'],
    ['2026-01-15', 0, '2026-01-15'],
    ['0024-02-29', 12, '0025-02-28'] // years below 100 stay as written, not 1924/1925
  ])('%s + %i months = %s', (date, months, expected) => {
    expect(addMonthsTo(isoDate(date), months)).toBe(expected);
  });

  test('a date that is not a calendar date is refused, not rolled over', () => {
    expect(() => addMonthsTo(unchecked('2026-02-29'), 1)).toThrow(RangeError);
  });
});

describe('addDaysTo: whole days, untouched by daylight saving time', () => {
  test.each([
    ['2026-03-28', 1, '2026-03-29'], // into Stockholm's spring-forward Sunday
    ['2026-03-29', 1, '2026-03-30'], // out of it (a 23-hour day)
    ['2026-03-28', 2, '2026-03-30'],
    ['2026-03-30', -1, '2026-03-29'],
    ['2026-10-24', 1, '2026-10-25'], // into the fall-back Sunday
    ['2026-10-25', 1, '2026-10-26'], // out of it (a 25-hour day)
    ['2026-10-26', -2, '2026-10-24'],
    ['2026-03-08', 1, '2026-03-09'], // US spring forward
    ['2026-11-01', 1, '2026-11-02'], // US fall back
    ['2026-03-01', 30, '2026-03-31'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2026-01-01', 365, '2027-01-01'],
    ['2026-05-05', 0, '2026-05-05'],
    ['0050-01-01', 1, '0050-01-02']
  ])('%s + %i days = %s', (date, days, expected) => {
    expect(addDaysTo(isoDate(date), days)).toBe(expected);
  });

  test('a date that is not a calendar date is refused', () => {
    expect(() => addDaysTo(unchecked('2026-13-01'), 1)).toThrow(RangeError);
  });
});

describe('daysBetween, isBefore, laterOf, yearOf', () => {
  test.each([
    ['2026-03-28', '2026-03-30', 2], // across spring forward
    ['2026-10-24', '2026-10-26', 2], // across fall back
    ['2026-03-30', '2026-03-28', -2],
    ['2026-05-05', '2026-05-05', 0],
    ['2024-01-01', '2025-01-01', 366],
    ['2025-01-01', '2026-01-01', 365],
    ['2026-02-28', '2026-03-01', 1],
    ['2024-02-28', '2024-03-01', 2],
    ['2026-01-01', '2026-12-31', 364],
    ['0099-12-31', '0100-01-01', 1]
  ])('daysBetween(%s, %s) = %i', (from, to, expected) => {
    expect(daysBetween(isoDate(from), isoDate(to))).toBe(expected);
  });

  test.each([
    ['2026-03-01', '2026-03-02', true],
    ['2026-03-02', '2026-03-01', false],
    ['2026-03-01', '2026-03-01', false],
    ['2025-12-31', '2026-01-01', true]
  ])('isBefore(%s, %s) = %s', (a, b, expected) => {
    expect(isBefore(isoDate(a), isoDate(b))).toBe(expected);
  });

  test.each([
    ['2026-03-01', '2026-03-02', '2026-03-02'],
    ['2026-03-02', '2026-03-01', '2026-03-02'],
    ['2027-01-01', '2026-12-31', '2027-01-01']
  ])('laterOf(%s, %s) = %s', (a, b, expected) => {
    expect(laterOf(isoDate(a), isoDate(b))).toBe(expected);
  });

  test.each([
    ['2026-01-01', 2026],
    ['2025-12-31', 2025],
    ['0050-06-01', 50]
  ])('yearOf(%s) = %i', (date, expected) => {
    expect(yearOf(isoDate(date))).toBe(expected);
  });
});

describe('localDateOf: the calendar day an instant falls on in the region (R-INC)', () => {
  test.each([
    // Summer time, UTC+2
    ['2026-03-31T23:30:00Z', 'Europe/Stockholm', '2026-04-01'],
    ['2026-03-31T21:59:59Z', 'Europe/Stockholm', '2026-03-31'],
    ['2026-03-31T22:00:00Z', 'Europe/Stockholm', '2026-04-01'],
    ['2026-07-15T21:59:59Z', 'Europe/Stockholm', '2026-07-15'],
    ['2026-07-15T22:00:00Z', 'Europe/Stockholm', '2026-07-16'],
    // Winter time, UTC+1
    ['2026-01-15T22:59:59Z', 'Europe/Stockholm', '2026-01-15'],
    ['2026-01-15T23:00:00Z', 'Europe/Stockholm', '2026-01-16'],
    ['2026-12-31T23:00:00Z', 'Europe/Stockholm', '2027-01-01'],
    // The DST Sundays themselves
    ['2026-03-28T22:59:59Z', 'Europe/Stockholm', '2026-03-28'],
    ['2026-03-28T23:00:00Z', 'Europe/Stockholm', '2026-03-29'],
    ['2026-03-29T21:59:59Z', 'Europe/Stockholm', '2026-03-29'],
    ['2026-03-29T22:00:00Z', 'Europe/Stockholm', '2026-03-30'],
    ['2026-10-24T21:59:59Z', 'Europe/Stockholm', '2026-10-24'],
    ['2026-10-24T22:00:00Z', 'Europe/Stockholm', '2026-10-25'],
    ['2026-10-25T22:59:59Z', 'Europe/Stockholm', '2026-10-25'],
    ['2026-10-25T23:00:00Z', 'Europe/Stockholm', '2026-10-26'],
    // Instants written with an offset
    ['2026-04-01T01:30:00+02:00', 'Europe/Stockholm', '2026-04-01'],
    ['2026-03-31T19:30:00-04:00', 'Europe/Stockholm', '2026-04-01'],
    // Other zones
    ['2026-03-31T23:30:00Z', 'UTC', '2026-03-31'],
    ['2026-03-31T23:30:00Z', 'America/New_York', '2026-03-31'],
    ['2026-03-31T10:30:00Z', 'Pacific/Kiritimati', '2026-04-01']
  ])('%s in %s is %s', (at, zone, expected) => {
    expect(localDateOf(instant(at), zone)).toBe(expected);
  });
});

describe('addHoursTo: absolute hours, as the 72-hour breach clock needs (R-INC)', () => {
  test.each([
    ['2026-03-28T12:00:00+01:00', 24, '2026-03-29T11:00:00.000Z'], // 13:00 local after spring forward
    ['2026-03-28T12:00:00+01:00', 72, '2026-03-31T11:00:00.000Z'],
    ['2026-10-24T12:00:00+02:00', 24, '2026-10-25T10:00:00.000Z'], // 11:00 local after fall back
    ['2026-03-02T08:00:00Z', -2, '2026-03-02T06:00:00.000Z'],
    ['2026-03-02T08:00:00Z', 0.5, '2026-03-02T08:30:00.000Z'],
    ['2026-12-31T23:30:00Z', 1, '2027-01-01T00:30:00.000Z'],
    ['2024-02-28T23:00:00Z', 24, '2024-02-29T23:00:00.000Z'],
    ['2026-03-02T08:00:00.250Z', 1, '2026-03-02T09:00:00.250Z']
  ])('%s + %s h = %s', (at, hours, expected) => {
    expect(addHoursTo(instant(at), hours)).toBe(expected);
  });
});

describe('the machine time zone never moves a date (R-ORG-MULTI: servers and laptops in any zone)', () => {
  // Each call with the answer worked out by hand; the probe evaluates them under each zone.
  const cases: Array<[string, Array<string | number>, string | number]> = [
    ['addDaysTo', ['2026-03-28', 1], '2026-03-29'],
    ['addDaysTo', ['2026-03-29', 1], '2026-03-30'],
    ['addDaysTo', ['2026-10-25', 1], '2026-10-26'],
    ['addDaysTo', ['2026-10-26', -1], '2026-10-25'],
    ['addDaysTo', ['2026-03-08', 1], '2026-03-09'],
    ['addMonthsTo', ['2024-02-29', 12], '2025-02-28'],
    ['addMonthsTo', ['2024-01-31', 1], '2024-02-29'],
    ['addMonthsTo', ['2026-03-29', 7], '2026-10-29'],
    ['daysBetween', ['2026-03-28', '2026-03-30'], 2],
    ['daysBetween', ['2026-10-24', '2026-10-26'], 2],
    ['daysBetween', ['2024-01-01', '2025-01-01'], 366],
    ['localDateOf', ['2026-03-31T23:30:00Z', 'Europe/Stockholm'], '2026-04-01'],
    ['localDateOf', ['2026-01-15T23:00:00Z', 'Europe/Stockholm'], '2026-01-16'],
    ['addHoursTo', ['2026-03-28T12:00:00+01:00', 72], '2026-03-31T11:00:00.000Z']
  ];
  // Minutes west of UTC on 1 January 2026 (January is summer in Lord Howe, +11).
  const zones: Array<[string, number]> = [
    ['UTC', 0],
    ['Europe/Stockholm', -60],
    ['America/New_York', 300],
    ['Pacific/Kiritimati', -840],
    ['Pacific/Pago_Pago', 660],
    ['Australia/Lord_Howe', -660]
  ];

  test('every call gives the same, hand-computed answer in six process time zones', () => {
    const root = path.resolve(__dirname, '../../..');
    const output = execFileSync(
      process.execPath,
      [
        '-r',
        'tsx/cjs',
        path.join(__dirname, 'calendar-zone-probe.ts'),
        JSON.stringify(zones.map(([zone]) => zone)),
        JSON.stringify(cases.map(([name, args]) => [name, ...args]))
      ],
      { cwd: root, encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } }
    );
    const results = JSON.parse(output) as Array<{ zone: string; offsetOnNewYear: number; values: unknown[] }>;
    expect(results.map((result) => [result.zone, result.offsetOnNewYear])).toEqual(zones);
    const expected = cases.map(([, , answer]) => answer);
    for (const result of results) expect({ zone: result.zone, values: result.values }).toEqual({ zone: result.zone, values: expected });
  }, 30_000);
});
