import { DEFAULT_REGION_CONFIG } from '../../../src/config/default-region';
import {
  classificationDueOn,
  classificationDuties,
  classificationState,
  latestClassifications,
  needsAction,
  requiresClassification,
  type ClassificationDuty,
  type ClassificationState
} from '../../../src/domain/classification/classification-status';
import type { Classification } from '../../../src/domain/classification/classification';
import { isoDate } from '../../../src/domain/shared/calendar';
import { aClassification, anAsset, aSystem } from '../builders';
import { configWith } from '../builders-extra';

const config = DEFAULT_REGION_CONFIG; // 12-month interval, due soon within 30 days, prioritised + business-critical

describe('which targets must be classified (R-CLS-1)', () => {
  test.each([
    ['normal', false],
    ['prioritised', true],
    ['business-critical', true]
  ] as const)('an asset of priority %s: required %s', (priority, expected) => {
    expect(requiresClassification({ kind: 'asset', asset: anAsset({ id: 'a1', priority }) }, config)).toBe(expected);
  });

  test.each([
    ['active', true],
    ['planned', false],
    ['retired', false]
  ] as const)('a system that is %s: required %s', (lifecycle, expected) => {
    expect(requiresClassification({ kind: 'system', system: aSystem({ id: 's1', lifecycle }) }, config)).toBe(expected);
  });

  test.each<[string, Array<'normal' | 'prioritised' | 'business-critical'>, string[]]>([
    ['the default', ['prioritised', 'business-critical'], ['a-crit', 'a-prio']],
    ['business-critical only', ['business-critical'], ['a-crit']],
    ['every priority', ['normal', 'prioritised', 'business-critical'], ['a-crit', 'a-norm', 'a-prio']]
  ])('configured priorities (%s) decide which assets get a duty', (_what, priorities, expectedIds) => {
    const assets = [
      anAsset({ id: 'a-norm', priority: 'normal' }),
      anAsset({ id: 'a-prio', priority: 'prioritised' }),
      anAsset({ id: 'a-crit', priority: 'business-critical' })
    ];
    const duties = classificationDuties(assets, [], [], configWith({ classification: { requiredForAssetPriorities: priorities } }), isoDate('2026-06-15'));
    expect(duties.map((duty) => duty.targetId)).toEqual(expectedIds);
  });
});

describe('classificationDuties (R-CLS-1, R-CLS-2)', () => {
  const today = isoDate('2026-06-15');

  test('with nothing classified, prioritised and business-critical assets and active systems are missing', () => {
    const duties = classificationDuties(
      [
        anAsset({ id: 'a-norm', priority: 'normal' }),
        anAsset({ id: 'a-prio', priority: 'prioritised', ownerEmail: 'agare@region.se', unitId: 'u-akut' }),
        anAsset({ id: 'a-crit', priority: 'business-critical' })
      ],
      [
        aSystem({ id: 's-active', lifecycle: 'active', ownerEmail: 'systemagare@region.se', unitId: 'u-it' }),
        aSystem({ id: 's-planned', lifecycle: 'planned' }),
        aSystem({ id: 's-retired', lifecycle: 'retired' })
      ],
      [],
      config,
      today
    );
    expect(duties.map((duty) => [duty.targetKind, duty.targetId, duty.state, duty.dueOn, duty.latest])).toEqual([
      ['asset', 'a-crit', 'missing', undefined, undefined],
      ['asset', 'a-prio', 'missing', undefined, undefined],
      ['system', 's-active', 'missing', undefined, undefined]
    ]);
    expect(duties.map((duty) => [duty.targetId, duty.ownerEmail, duty.unitId, duty.targetName])).toEqual([
      ['a-crit', undefined, 'u-enhet', 'Asset a-crit'],
      ['a-prio', 'agare@region.se', 'u-akut', 'Asset a-prio'],
      ['s-active', 'systemagare@region.se', 'u-it', 'System s-active']
    ]);
  });

  test('empty registers give no duties', () => {
    expect(classificationDuties([], [], [], config, today)).toEqual([]);
  });

  test('classifications without a matching target create no duties', () => {
    expect(classificationDuties([], [], [aClassification({ id: 'k1', targetId: 'a1' })], config, today)).toEqual([]);
  });

  test('output is sorted: assets before systems, each by id, whatever the input order', () => {
    const duties = classificationDuties(
      [anAsset({ id: 'a-z' }), anAsset({ id: 'a-a' }), anAsset({ id: 'a-m' })],
      [aSystem({ id: 's-b' }), aSystem({ id: 's-a' })],
      [],
      config,
      today
    );
    expect(duties.map((duty) => duty.targetId)).toEqual(['a-a', 'a-m', 'a-z', 's-a', 's-b']);
  });

  test('an asset\'s classification does not count for a system with the same id, nor the other way round', () => {
    const duties = classificationDuties(
      [anAsset({ id: 'x1' })],
      [aSystem({ id: 'x1' })],
      [aClassification({ id: 'k1', targetKind: 'system', targetId: 'x1', classifiedOn: '2026-05-01' })],
      config,
      today
    );
    expect(duties.map((duty) => [duty.targetKind, duty.state, duty.latest?.id])).toEqual([
      ['asset', 'missing', undefined],
      ['system', 'current', 'k1']
    ]);
  });

  test.each<[string, string, string | undefined, string, ClassificationState]>([
    // [today, classifiedOn, nextReviewOn, expected dueOn, expected state]
    ['2026-06-15', '2026-01-15', undefined, '2027-01-15', 'current'],
    ['2026-06-15', '2025-07-16', undefined, '2026-07-16', 'current'], // 31 days left
    ['2026-06-15', '2025-07-15', undefined, '2026-07-15', 'due-soon'], // 30 days left: the window's edge
    ['2026-06-15', '2025-06-15', undefined, '2026-06-15', 'due-soon'], // due today is not yet overdue
    ['2026-06-15', '2025-06-14', undefined, '2026-06-14', 'overdue'], // one day past 12 months
    ['2026-06-15', '2024-01-10', undefined, '2025-01-10', 'overdue'],
    ['2025-02-28', '2024-02-29', undefined, '2025-02-28', 'due-soon'], // leap day + 12 months = 28 Feb
    ['2025-03-01', '2024-02-29', undefined, '2025-02-28', 'overdue'],
    ['2026-06-15', '2026-01-15', '2026-06-01', '2026-06-01', 'overdue'], // the classifier's earlier date wins
    ['2026-06-15', '2026-01-15', '2026-07-01', '2026-07-01', 'due-soon'],
    ['2026-06-15', '2025-06-01', '2027-01-01', '2026-06-01', 'overdue'], // a later explicit date never extends the interval
    ['2026-06-15', '2025-07-01', '2026-07-01', '2026-07-01', 'due-soon'] // equal to the interval
  ])('today %s, classified %s, next review %s: due %s, %s', (today2, classifiedOn, nextReviewOn, dueOn, state) => {
    const classification = aClassification({ id: 'k1', targetId: 'a1', classifiedOn, nextReviewOn });
    expect(classificationDueOn(classification, config)).toBe(dueOn);
    expect(classificationState(classification, config, isoDate(today2))).toEqual({ state, dueOn });
    const [duty] = classificationDuties([anAsset({ id: 'a1' })], [], [classification], config, isoDate(today2));
    expect([duty.state, duty.dueOn, duty.latest?.id]).toEqual([state, dueOn, 'k1']);
  });

  test.each<[string, Record<string, unknown>, string, string, ClassificationState]>([
    // [what, classification overrides, classifiedOn, expected dueOn, expected state] on 2026-06-15
    ['a 24-month interval keeps a 17-month-old classification current', { reviewIntervalMonths: 24 }, '2025-01-10', '2027-01-10', 'current'],
    ['a 6-month interval makes a 5-month-old classification due soon', { reviewIntervalMonths: 6 }, '2026-01-10', '2026-07-10', 'due-soon'],
    ['a 6-month interval makes a 7-month-old classification overdue', { reviewIntervalMonths: 6 }, '2025-11-14', '2026-05-14', 'overdue'],
    ['no due-soon window: 30 days left is current', { dueSoonDays: 0 }, '2025-07-15', '2026-07-15', 'current'],
    ['no due-soon window: due today is still due soon', { dueSoonDays: 0 }, '2025-06-15', '2026-06-15', 'due-soon'],
    ['a 60-day window', { dueSoonDays: 60 }, '2025-08-14', '2026-08-14', 'due-soon']
  ])('configured: %s (R-CLS-2)', (_what, classificationOverrides, classifiedOn, dueOn, state) => {
    const configured = configWith({ classification: classificationOverrides });
    const classification = aClassification({ id: 'k1', targetId: 'a1', classifiedOn });
    expect(classificationState(classification, configured, isoDate('2026-06-15'))).toEqual({ state, dueOn });
  });
});

describe('latestClassifications: the newest by date is in force, ties by id, regardless of order (R-CLS-2)', () => {
  const old = aClassification({ id: 'k-old', targetId: 'a1', classifiedOn: '2025-01-10' });
  const newest = aClassification({ id: 'k-new', targetId: 'a1', classifiedOn: '2026-02-01' });
  const middle = aClassification({ id: 'k-mid', targetId: 'a1', classifiedOn: '2025-09-01' });

  test.each<[string, Classification[]]>([
    ['old, middle, newest', [old, middle, newest]],
    ['old, newest, middle', [old, newest, middle]],
    ['middle, old, newest', [middle, old, newest]],
    ['middle, newest, old', [middle, newest, old]],
    ['newest, old, middle', [newest, old, middle]],
    ['newest, middle, old', [newest, middle, old]]
  ])('read as %s → k-new', (_order, classifications) => {
    expect(latestClassifications(classifications).get('asset:a1')?.id).toBe('k-new');
    const [duty] = classificationDuties([anAsset({ id: 'a1' })], [], classifications, config, isoDate('2026-06-15'));
    expect([duty.latest?.id, duty.dueOn]).toEqual(['k-new', '2027-02-01']);
  });

  const tieA = aClassification({ id: 'k-a', targetId: 'a1', classifiedOn: '2026-03-01' });
  const tieB = aClassification({ id: 'k-b', targetId: 'a1', classifiedOn: '2026-03-01' });
  test.each<[string, Classification[]]>([
    ['k-a first', [tieA, tieB]],
    ['k-b first', [tieB, tieA]]
  ])('same date, %s → the higher id k-b', (_order, classifications) => {
    expect(latestClassifications(classifications).get('asset:a1')?.id).toBe('k-b');
  });

  test('one entry per target, keyed by kind and id', () => {
    const latest = latestClassifications([
      aClassification({ id: 'k1', targetId: 'a1', classifiedOn: '2025-01-01' }),
      aClassification({ id: 'k2', targetId: 'a2', classifiedOn: '2025-02-01' }),
      aClassification({ id: 'k3', targetKind: 'system', targetId: 'a1', classifiedOn: '2024-03-01' }),
      aClassification({ id: 'k4', targetId: 'a1', classifiedOn: '2024-12-31' })
    ]);
    expect([...latest.entries()].map(([key, classification]) => [key, classification.id]).sort()).toEqual([
      ['asset:a1', 'k1'],
      ['asset:a2', 'k2'],
      ['system:a1', 'k3']
    ]);
  });

  test('no classifications, an empty map', () => {
    expect(latestClassifications([]).size).toBe(0);
  });
});

describe('needsAction: missing and overdue classifications are nudged (R-CLS-2, R-NDG-1)', () => {
  test.each<[ClassificationState, boolean]>([
    ['missing', true],
    ['overdue', true],
    ['due-soon', false],
    ['current', false]
  ])('%s → %s', (state, expected) => {
    const duty: ClassificationDuty = {
      targetKind: 'asset',
      targetId: 'a1',
      targetName: 'Journal',
      ownerEmail: undefined,
      unitId: 'u1',
      state,
      latest: undefined,
      dueOn: undefined
    };
    expect(needsAction(duty)).toBe(expected);
  });
});
