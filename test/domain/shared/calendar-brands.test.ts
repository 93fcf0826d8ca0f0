import { personSchema } from '../../../src/domain/people/person';
import {
  addDaysTo,
  addHoursTo,
  instant,
  instantOf,
  instantSchema,
  isoDate,
  isoDateSchema,
  localDateOf,
  type Instant,
  type IsoDate
} from '../../../src/domain/shared/calendar';

/*
 * Calendar dates and instants are distinct branded types (R-SEC-2 validated input): an instant
 * where a calendar date is expected, or a plain string, does not compile. The @ts-expect-error
 * lines are checked by `npm run typecheck`: if one of them compiled, the type check would fail.
 */

describe('IsoDate and Instant are distinct, checked types', () => {
  test('the constructors check what they brand and refuse the rest with a RangeError', () => {
    expect(isoDate('2024-02-29')).toBe('2024-02-29');
    expect(() => isoDate('2026-02-29')).toThrow(RangeError);
    expect(() => isoDate('2026-03-02T08:00:00Z')).toThrow(RangeError);
    expect(instant('2026-03-02T08:00:00+01:00')).toBe('2026-03-02T08:00:00+01:00');
    expect(() => instant('2026-03-02T08:00:00')).toThrow(RangeError);
    expect(() => instant('2026-03-02')).toThrow(RangeError);
    expect(instantOf(new Date(Date.UTC(2026, 2, 2, 7)))).toBe('2026-03-02T07:00:00.000Z');
    expect(() => instantOf(new Date(Number.NaN))).toThrow(RangeError);
  });

  test('the schemas brand what they read: a record read through its schema holds IsoDates', () => {
    const person = personSchema.parse({ email: 'anna@region.se', displayName: 'Anna', unitId: 'u1', employmentType: 'permanent', startDate: '2026-01-05' });
    const start: IsoDate = person.startDate;
    const date: IsoDate = isoDateSchema.parse('2026-01-05');
    const at: Instant = instantSchema.parse('2026-03-02T08:00:00+01:00');
    expect(addDaysTo(start, 1)).toBe('2026-01-06');
    expect(addDaysTo(date, -5)).toBe('2025-12-31');
    expect(localDateOf(at, 'Europe/Stockholm')).toBe('2026-03-02');
  });

  test('an instant is not a calendar date, nor the other way round, and a plain string is neither', () => {
    const date = isoDate('2026-03-02');
    const at = instant('2026-03-02T08:00:00+01:00');
    const text: string = '2026-03-02';
    // Run anyway, most of these would silently give an answer: the types are what stops them.
    // @ts-expect-error an Instant where an IsoDate is expected
    expect(() => addDaysTo(at, 1)).toThrow(RangeError);
    // @ts-expect-error a plain string where an IsoDate is expected
    expect(addDaysTo(text, 1)).toBe('2026-03-03');
    // @ts-expect-error an IsoDate where an Instant is expected
    expect(addHoursTo(date, 1)).toBe('2026-03-02T01:00:00.000Z');
    // @ts-expect-error a plain string where an Instant is expected
    expect(localDateOf(text, 'Europe/Stockholm')).toBe('2026-03-02');
    // Both are strings, so they read, print and compare as strings do.
    const asText: string = date;
    expect(asText < at).toBe(true);
  });
});
