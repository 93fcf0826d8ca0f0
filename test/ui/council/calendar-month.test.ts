import { isoDate } from '../../../src/domain/shared/calendar';
import { fullDate, monthName, monthWeeks, weekdayFromMonday, weekdayNames } from '../../../src/ui/council/calendar-month';

describe('the date picker\'s month, Monday first, in the page\'s language (issue 10)', () => {
  test.each([
    ['2026-11-30', 0],
    ['2026-11-29', 6],
    ['2024-02-29', 3],
    ['1970-01-01', 3]
  ])('%s is %i days from Monday', (date, expected) => {
    expect(weekdayFromMonday(isoDate(date))).toBe(expected);
  });

  test.each([
    // November 2026 begins on a Sunday: the first week starts on Monday 26 October; six weeks.
    ['2026-11-15', '2026-10-26', '2026-12-06', 6],
    // February 2027 begins on a Monday and has exactly four weeks.
    ['2027-02-10', '2027-02-01', '2027-02-28', 4],
    ['2024-02-29', '2024-01-29', '2024-03-03', 5]
  ])('the month of %s runs from %s to %s in %i weeks', (date, first, last, count) => {
    const weeks = monthWeeks(isoDate(date));
    expect(weeks).toHaveLength(count);
    expect(weeks[0][0]).toBe(first);
    expect(weeks[weeks.length - 1][6]).toBe(last);
    expect(weeks.every((week) => week.length === 7 && weekdayFromMonday(week[0]) === 0)).toBe(true);
  });

  test('Swedish and English names', () => {
    expect(weekdayNames('sv')[0]).toEqual({ short: 'mån', full: 'måndag' });
    expect(weekdayNames('sv')[6].full).toBe('söndag');
    expect(weekdayNames('en')[0]).toEqual({ short: 'Mon', full: 'Monday' });
    expect(monthName(isoDate('2026-11-30'), 'sv')).toBe('november 2026');
    expect(monthName(isoDate('2026-11-30'), 'en')).toBe('November 2026');
    expect(fullDate(isoDate('2026-11-30'), 'sv')).toBe('måndag 30 november 2026');
    // ICU versions differ on the comma after the weekday.
    expect(fullDate(isoDate('2026-11-30'), 'en')).toMatch(/^Monday,? 30 November 2026$/);
  });
});
