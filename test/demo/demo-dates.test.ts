import { addDays, addMonths, daysFromTo, employedOn, localInstant } from '../../src/demo/demo-dates';
import { addDaysTo, addMonthsTo, daysBetween, isoDate } from '../../src/domain/shared/calendar';

describe('demo-dates: the generators\' fast calendar agrees with the domain\'s', () => {
  const dates = ['2024-01-31', '2024-02-29', '2025-03-30', '2025-10-26', '2026-12-31', '2023-08-15'].map(isoDate);

  test.each(dates)('addDays and daysFromTo from %s', (date) => {
    for (const days of [-800, -366, -31, -1, 0, 1, 29, 365, 1000]) {
      expect(addDays(date, days)).toBe(addDaysTo(date, days));
      expect(daysFromTo(date, addDays(date, days))).toBe(daysBetween(date, addDaysTo(date, days)));
    }
  });

  test.each(dates)('addMonths from %s, month ends and leap days included', (date) => {
    for (const months of [-48, -38, -13, -12, -4, -1, 0, 1, 11, 12, 14]) {
      expect(addMonths(date, months)).toBe(addMonthsTo(date, months));
    }
  });

  test('employedOn: from the start date to the end date, both included', () => {
    const person = { startDate: isoDate('2025-01-01'), endDate: isoDate('2025-06-30') };
    expect(employedOn(person, isoDate('2024-12-31'))).toBe(false);
    expect(employedOn(person, isoDate('2025-01-01'))).toBe(true);
    expect(employedOn(person, isoDate('2025-06-30'))).toBe(true);
    expect(employedOn(person, isoDate('2025-07-01'))).toBe(false);
    expect(employedOn({ startDate: isoDate('2025-01-01') }, isoDate('2099-01-01'))).toBe(true);
  });

  test('localInstant writes Stockholm wall-clock time with the offset of the day (CET and CEST)', () => {
    expect(localInstant(isoDate('2026-01-15'), 9, 5, 'Europe/Stockholm')).toBe('2026-01-15T09:05:00.000+01:00');
    expect(localInstant(isoDate('2026-07-01'), 14, 10, 'Europe/Stockholm')).toBe('2026-07-01T14:10:00.000+02:00');
  });
});
