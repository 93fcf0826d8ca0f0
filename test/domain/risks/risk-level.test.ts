import { DEFAULT_REGION_CONFIG } from '../../../src/config/default-region';
import { analysedCriticalAreas, isOpenRisk, riskFollowUps, risksByLevel, riskLevel } from '../../../src/domain/risks/risk-level';
import type { Risk } from '../../../src/domain/risks/risk';
import { isoDate } from '../../../src/domain/shared/calendar';
import { ValidationError } from '../../../src/domain/shared/errors';
import { aRisk, aRiskAnalysis, aUnit } from '../builders';
import { CONSEQUENCE_SCALE_0_TO_4, configWith, issuePaths, label, validationIssuesOf } from '../builders-extra';

/* Default matrix: likelihood 1–4 × consequence 0–3, score bands ≤2 lag, ≤4 medel, ≤8 hog, else kritisk. */
const config = DEFAULT_REGION_CONFIG;

describe('riskLevel: every cell of the default 4×4 matrix (R-RSK-1, R-KPI 2)', () => {
  test.each([
    [1, 0, 0, 'lag'],
    [1, 1, 1, 'lag'],
    [1, 2, 2, 'lag'],
    [1, 3, 3, 'medel'],
    [2, 0, 0, 'lag'],
    [2, 1, 2, 'lag'],
    [2, 2, 4, 'medel'],
    [2, 3, 6, 'hog'],
    [3, 0, 0, 'lag'],
    [3, 1, 3, 'medel'],
    [3, 2, 6, 'hog'],
    [3, 3, 9, 'kritisk'],
    [4, 0, 0, 'lag'],
    [4, 1, 4, 'medel'],
    [4, 2, 8, 'hog'],
    [4, 3, 12, 'kritisk']
  ])('likelihood %i × consequence %i = %i → %s', (likelihood, consequence, score, levelKey) => {
    expect(riskLevel(likelihood, consequence, config)).toEqual({ score, levelKey });
  });

  test.each<[number, number, string[]]>([
    [0, 1, ['likelihood']],
    [5, 1, ['likelihood']],
    [2.5, 1, ['likelihood']],
    [Number.NaN, 1, ['likelihood']],
    [1, 4, ['consequence']], // 4 is outside the default 0–3 scale
    [1, -1, ['consequence']],
    [1, 1.5, ['consequence']],
    [0, 4, ['likelihood', 'consequence']]
  ])('likelihood %s × consequence %s is refused, naming %j', (likelihood, consequence, paths) => {
    expect(() => riskLevel(likelihood, consequence, config)).toThrow(ValidationError);
    expect(issuePaths(validationIssuesOf(() => riskLevel(likelihood, consequence, config)))).toEqual(paths);
  });

  test('the message lists the allowed values', () => {
    expect(validationIssuesOf(() => riskLevel(5, 4, config))).toEqual([
      { path: 'likelihood', message: 'must be one of 1, 2, 3, 4' },
      { path: 'consequence', message: 'must be a whole number from 0 to 3' }
    ]);
  });

  test.each([
    [1, 4, 4, 'medel'],
    [3, 4, 12, 'kritisk'],
    [4, 4, 16, 'kritisk']
  ])('on a 0–4 consequence scale, %i × %i = %i → %s', (likelihood, consequence, score, levelKey) => {
    const klassa = configWith({ classification: { consequenceScale: CONSEQUENCE_SCALE_0_TO_4 } });
    expect(riskLevel(likelihood, consequence, klassa)).toEqual({ score, levelKey });
  });

  test.each([
    [1, 3, 3, 'lag'],
    [2, 2, 4, 'hog'],
    [4, 3, 12, 'hog']
  ])('with the region\'s own bands (≤3 lag, else hog), %i × %i = %i → %s', (likelihood, consequence, score, levelKey) => {
    const twoBands = configWith({ risk: { levels: [{ key: 'lag', maxScore: 3, label: label('Låg', 'Low') }, { key: 'hog', label: label('Hög', 'High') }] } });
    expect(riskLevel(likelihood, consequence, twoBands)).toEqual({ score, levelKey });
  });
});

describe('riskFollowUps: every open risk has an owner and a follow-up date, kept (R-RSK-1, R-NDG-1)', () => {
  const today = isoDate('2026-06-15');
  const risks: Risk[] = [
    aRisk({ id: 'r8', status: 'monitored', followUpOn: '2026-06-10' }),
    aRisk({ id: 'r2', followUpOn: '2026-06-15' }), // due today: not overdue
    aRisk({ id: 'r6', status: 'closed', ownerEmail: undefined, followUpOn: '2025-01-01' }),
    aRisk({ id: 'r1', followUpOn: '2026-06-01', title: 'Obehörig åtkomst' }),
    aRisk({ id: 'r4', ownerEmail: undefined, followUpOn: '2026-12-31' }),
    aRisk({ id: 'r7', ownerEmail: undefined, followUpOn: '2026-05-16' }),
    aRisk({ id: 'r3', followUpOn: '2026-06-14' }),
    aRisk({ id: 'r5', followUpOn: undefined }),
    aRisk({ id: 'r9', status: 'in-treatment', followUpOn: '2026-09-01' })
  ];

  test('overdue, ownerless and undated open risks, sorted by id; closed risks ignored', () => {
    expect(riskFollowUps(risks, today).map((finding) => [finding.riskId, finding.problem, finding.daysOverdue])).toEqual([
      ['r1', 'follow-up-overdue', 14],
      ['r3', 'follow-up-overdue', 1],
      ['r4', 'no-owner', 0],
      ['r5', 'no-follow-up-date', 0],
      ['r7', 'no-owner', 0],
      ['r7', 'follow-up-overdue', 30],
      ['r8', 'follow-up-overdue', 5]
    ]);
  });

  test('a finding carries what the owner needs to find the risk', () => {
    const [first] = riskFollowUps(risks, today);
    expect(first).toEqual({
      riskId: 'r1',
      title: 'Obehörig åtkomst',
      ownerEmail: 'riskagare@region.se',
      unitId: 'u-enhet',
      followUpOn: '2026-06-01',
      daysOverdue: 14,
      problem: 'follow-up-overdue'
    });
  });

  test.each([
    ['2025-12-31', '2026-01-01', 1],
    ['2024-02-28', '2024-03-01', 2],
    ['2025-06-15', '2026-06-15', 365]
  ])('followed up %s, today %s: %i days overdue', (followUpOn, today2, days) => {
    expect(riskFollowUps([aRisk({ id: 'r1', followUpOn })], isoDate(today2)).map((finding) => finding.daysOverdue)).toEqual([days]);
  });

  test('no risks, no findings', () => {
    expect(riskFollowUps([], today)).toEqual([]);
  });

  test.each([
    ['identified', true],
    ['in-treatment', true],
    ['monitored', true],
    ['closed', false]
  ] as const)('a risk that is %s is open: %s', (status, expected) => {
    expect(isOpenRisk(aRisk({ id: 'r1', status }))).toBe(expected);
  });
});

describe('risksByLevel: open risks per level, zeros included (R-RSK-1, R-KPI 2)', () => {
  test('counts per level; closed and out-of-scale risks are not placed', () => {
    const risks = [
      aRisk({ id: 'r1', likelihood: 1, consequence: 1 }), // 1 lag
      aRisk({ id: 'r2', likelihood: 2, consequence: 2 }), // 4 medel
      aRisk({ id: 'r3', likelihood: 4, consequence: 3 }), // 12 kritisk
      aRisk({ id: 'r4', likelihood: 3, consequence: 3 }), // 9 kritisk
      aRisk({ id: 'r5', likelihood: 4, consequence: 3, status: 'closed' }),
      aRisk({ id: 'r6', likelihood: 1, consequence: 5 }), // outside 0–3
      aRisk({ id: 'r7', likelihood: 7, consequence: 1 }) // outside 1–4
    ];
    expect(risksByLevel(risks, config)).toEqual({ lag: 1, medel: 1, hog: 0, kritisk: 2 });
  });

  test('no risks: every level present with 0', () => {
    expect(risksByLevel([], config)).toEqual({ lag: 0, medel: 0, hog: 0, kritisk: 0 });
  });

  test('the keys follow the region\'s own bands', () => {
    const twoBands = configWith({ risk: { levels: [{ key: 'lag', maxScore: 3, label: label('Låg', 'Low') }, { key: 'hog', label: label('Hög', 'High') }] } });
    expect(risksByLevel([aRisk({ id: 'r1', likelihood: 2, consequence: 2 })], twoBands)).toEqual({ lag: 0, hog: 1 });
  });
});

describe('analysedCriticalAreas: business-critical areas with a valid risk analysis (R-RSK-1, R-KPI 2)', () => {
  const today = isoDate('2026-06-15');
  const units = [
    aUnit({ id: 'u-f', businessCritical: true }),
    aUnit({ id: 'u-a', businessCritical: true }),
    aUnit({ id: 'u-e', businessCritical: false }),
    aUnit({ id: 'u-d', businessCritical: true }),
    aUnit({ id: 'u-c', businessCritical: true }),
    aUnit({ id: 'u-b', businessCritical: true }),
    aUnit({ id: 'u-g', businessCritical: true })
  ];
  const analyses = [
    aRiskAnalysis({ id: 'ra1', unitId: 'u-a', performedOn: '2026-03-01' }),
    aRiskAnalysis({ id: 'ra2', unitId: 'u-b', performedOn: '2025-06-15' }), // exactly 12 months: still valid
    aRiskAnalysis({ id: 'ra3', unitId: 'u-c', performedOn: '2025-06-14' }), // 12 months and a day: expired
    aRiskAnalysis({ id: 'ra4', unitId: 'u-d', performedOn: '2026-06-16' }), // tomorrow: does not count yet
    aRiskAnalysis({ id: 'ra5', unitId: 'u-e', performedOn: '2026-03-01' }), // not a critical unit
    aRiskAnalysis({ id: 'ra6', unitId: 'u-f', performedOn: '2025-01-01' }),
    aRiskAnalysis({ id: 'ra7', unitId: 'u-f', performedOn: '2026-05-01' }), // the newer one is valid
    aRiskAnalysis({ id: 'ra8', unitId: 'u-g', performedOn: '2026-06-15' }), // today
    aRiskAnalysis({ id: 'ra9', unitId: 'u-x', performedOn: '2026-06-01' }) // a unit not in the tree
  ];

  test('default 12-month validity', () => {
    expect(analysedCriticalAreas(units, analyses, config, today)).toEqual({
      analysed: ['u-a', 'u-b', 'u-f', 'u-g'],
      missing: ['u-c', 'u-d']
    });
  });

  test('a 24-month validity keeps the 12-months-and-a-day analysis', () => {
    expect(analysedCriticalAreas(units, analyses, configWith({ risk: { analysisValidMonths: 24 } }), today)).toEqual({
      analysed: ['u-a', 'u-b', 'u-c', 'u-f', 'u-g'],
      missing: ['u-d']
    });
  });

  test('no analyses: every critical unit is missing, non-critical ones are not listed', () => {
    expect(analysedCriticalAreas(units, [], config, today)).toEqual({
      analysed: [],
      missing: ['u-a', 'u-b', 'u-c', 'u-d', 'u-f', 'u-g']
    });
  });

  test('no units, nothing to analyse', () => {
    expect(analysedCriticalAreas([], analyses, config, today)).toEqual({ analysed: [], missing: [] });
  });
});
