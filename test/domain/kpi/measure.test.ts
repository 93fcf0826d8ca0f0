import { measure, meetsTarget } from '../../../src/domain/kpi/measure';

describe('measure: a percentage with its numerator and denominator (R-KPI)', () => {
  test.each<[number, number, number | undefined]>([
    [0, 4, 0],
    [1, 4, 25],
    [3, 4, 75],
    [4, 4, 100],
    [8, 13, (8 / 13) * 100],
    // Nothing to measure is neither 0 % nor 100 %: no division by zero, no NaN.
    [0, 0, undefined]
  ])('%d of %d → %s %%', (numerator, denominator, percent) => {
    const m = measure('k', numerator, denominator, 80);
    expect(m).toEqual({ key: 'k', numerator, denominator, percent, targetPercent: 80 });
    if (percent !== undefined) expect(Number.isFinite(m.percent)).toBe(true);
  });

  test('2 of 3 is 66.67 % (not rounded away)', () => {
    expect(measure('k', 2, 3).percent).toBeCloseTo(66.6667, 3);
  });

  test('without a target the target stays undefined', () => {
    expect(measure('k', 1, 2)).toEqual({ key: 'k', numerator: 1, denominator: 2, percent: 50, targetPercent: undefined });
  });
});

describe('meetsTarget (R-KPI)', () => {
  test.each<[string, number, number, number | undefined, boolean | undefined]>([
    ['exactly at the target', 4, 5, 80, true],
    ['just below', 79, 100, 80, false],
    ['above', 9, 10, 80, true],
    ['a 100 % target missed by one', 99, 100, 100, false],
    ['a 100 % target met', 3, 3, 100, true],
    ['a 0 % target is met by 0 of 5', 0, 5, 0, true],
    ['0 of 0: no verdict', 0, 0, 80, undefined],
    ['no target: no verdict', 1, 2, undefined, undefined]
  ])('%s', (_what, numerator, denominator, target, expected) => {
    expect(meetsTarget(measure('k', numerator, denominator, target))).toBe(expected);
  });
});
