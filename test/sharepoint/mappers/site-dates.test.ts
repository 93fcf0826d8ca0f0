import { execFileSync } from 'child_process';
import * as path from 'path';
import { addDaysTo, instant, isoDate, type Instant, type IsoDate } from '../../../src/domain/shared/calendar';
import { calendarDateOfSiteValue, siteInstant, siteValueOfCalendarDate } from '../../../src/sharepoint/mappers/site-dates';

/*
 * Date-only columns hold midnight in the site's time zone, in UTC. Stockholm is UTC+1 in winter
 * and UTC+2 in summer; in 2026 the clocks change on Sunday 29 March (02:00 → 03:00) and Sunday
 * 25 October (03:00 → 02:00), both after midnight, so those days still start at the old offset.
 */
const STOCKHOLM = 'Europe/Stockholm';

describe('a calendar date as a Stockholm site stores it (R-CLS-2, R-RSK-1: due dates must not move)', () => {
  test.each([
    ['2026-03-01', '2026-02-28T23:00:00Z'], // the example from SharePoint: winter time
    ['2026-07-01', '2026-06-30T22:00:00Z'], // summer time
    ['2026-03-28', '2026-03-27T23:00:00Z'], // the day before summer time
    ['2026-03-29', '2026-03-28T23:00:00Z'], // the change day starts in winter time
    ['2026-03-30', '2026-03-29T22:00:00Z'], // the first whole day of summer time
    ['2026-10-24', '2026-10-23T22:00:00Z'],
    ['2026-10-25', '2026-10-24T22:00:00Z'], // the change day starts in summer time
    ['2026-10-26', '2026-10-25T23:00:00Z'], // back to winter time
    ['2026-12-31', '2026-12-30T23:00:00Z'],
    ['2027-01-01', '2026-12-31T23:00:00Z'], // the stored value is in the previous year
    ['2028-02-29', '2028-02-28T23:00:00Z'] // leap day
  ])('%s is stored as %s and read back as the same date', (date, stored) => {
    expect(siteValueOfCalendarDate(isoDate(date), STOCKHOLM)).toBe(stored);
    expect(calendarDateOfSiteValue(stored, STOCKHOLM)).toBe(date);
  });

  test.each([
    ['2026-03-01T00:00:00Z', '2026-03-01'], // written as UTC midnight by an import: still the same day in Stockholm
    ['2026-12-31T23:00:00Z', '2027-01-01'], // New Year's Day across the year boundary
    ['2026-06-30T22:00:00Z', '2026-07-01'],
    ['2026-03-28T23:00:00.000Z', '2026-03-29'], // with milliseconds
    ['2026-03-01T00:00:00+01:00', '2026-03-01'] // with an offset
  ])('reads %s as %s', (stored, date) => {
    expect(calendarDateOfSiteValue(stored, STOCKHOLM)).toBe(date);
  });

  test.each(['2026-03-01', 'not a date', '2026-02-30T23:00:00Z', ''])('does not read %p as a site timestamp', (value) => {
    expect(calendarDateOfSiteValue(value, STOCKHOLM)).toBeUndefined();
  });

  test('refuses to write something that is not a calendar date', () => {
    expect(() => siteValueOfCalendarDate('2026-02-29' as IsoDate, STOCKHOLM)).toThrow(RangeError); // past the brand, as a cast could
  });
});

describe('other site time zones (R-ORG-MULTI: the site time zone is a setting)', () => {
  test.each([
    ['UTC', '2026-03-01', '2026-03-01T00:00:00Z'],
    ['America/New_York', '2026-03-08', '2026-03-08T05:00:00Z'], // DST starts 02:00 that day
    ['America/New_York', '2026-03-09', '2026-03-09T04:00:00Z'],
    ['Australia/Sydney', '2027-01-01', '2026-12-31T13:00:00Z'],
    // Chile moves its clocks at midnight: 6 September 2026 has no 00:00 and starts at 01:00 (-03:00).
    ['America/Santiago', '2026-09-06', '2026-09-06T04:00:00Z']
  ])('%s: %s is stored as %s', (zone, date, stored) => {
    expect(siteValueOfCalendarDate(isoDate(date), zone)).toBe(stored);
    expect(calendarDateOfSiteValue(stored, zone)).toBe(date);
  });

  test.each([STOCKHOLM, 'UTC', 'America/New_York', 'America/Santiago', 'Australia/Sydney', 'Asia/Kolkata'])(
    '%s: every day of 2026 and 2027 reads back as itself',
    (zone) => {
      const moved: string[] = [];
      for (let date = isoDate('2026-01-01'); date !== '2028-01-01'; date = addDaysTo(date, 1)) {
        if (calendarDateOfSiteValue(siteValueOfCalendarDate(date, zone), zone) !== date) moved.push(date);
      }
      expect(moved).toEqual([]);
    }
  );
});

describe('instants as SharePoint keeps them: UTC, whole seconds', () => {
  test.each([
    ['2026-03-01T08:30:00+01:00', '2026-03-01T07:30:00Z'],
    ['2026-03-01T07:30:00.987Z', '2026-03-01T07:30:00Z'],
    ['2026-12-31T23:59:59Z', '2026-12-31T23:59:59Z']
  ])('%s is stored as %s', (at, stored) => {
    expect(siteInstant(instant(at))).toBe(stored);
  });

  test('refuses what is not an instant', () => {
    expect(() => siteInstant('yesterday' as Instant)).toThrow(RangeError); // past the brand, as a cast could
  });
});

test('the machine time zone never moves a stored date (the probe runs in a child process under other TZs)', () => {
  const zones = ['UTC', 'Europe/Stockholm', 'America/Los_Angeles', 'Pacific/Kiritimati'];
  const root = path.resolve(__dirname, '../../..');
  const results = zones.map((zone) =>
    execFileSync(
      process.execPath,
      [
        '-r',
        'tsx/cjs',
        '-e',
        "const d = require('./src/sharepoint/mappers/site-dates.ts');" +
          "process.stdout.write(JSON.stringify([new Date(2026, 0, 1).getTimezoneOffset(), d.siteValueOfCalendarDate('2026-03-29', 'Europe/Stockholm'), d.calendarDateOfSiteValue('2026-12-31T23:00:00Z', 'Europe/Stockholm')]));"
      ],
      { cwd: root, encoding: 'utf8', env: { ...process.env, TZ: zone } }
    )
  );
  const parsed = results.map((output) => JSON.parse(output) as [number, string, string]);
  // The zones really differ (offsets on New Year's Day), and the answers do not.
  expect(new Set(parsed.map(([offset]) => offset)).size).toBe(zones.length);
  expect(parsed.map(([, stored, date]) => [stored, date])).toEqual(zones.map(() => ['2026-03-28T23:00:00Z', '2027-01-01']));
});
