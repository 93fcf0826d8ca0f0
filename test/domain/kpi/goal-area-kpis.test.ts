import { DEFAULT_REGION_CONFIG } from '../../../src/config/default-region';
import { GOAL_AREAS, goalAreaKpis } from '../../../src/domain/kpi/goal-area-kpis';
import type { Measure } from '../../../src/domain/kpi/measure';
import { EMPTY_SNAPSHOT } from '../../../src/domain/registers';
import { isoDate } from '../../../src/domain/shared/calendar';
import type { TrainingRecord } from '../../../src/domain/training/training-record';
import {
  aClassification,
  anAsset,
  aMaturityAssessment,
  aPerson,
  aRisk,
  aRiskAnalysis,
  aRoleAssignment,
  aSnapshot,
  aSystem,
  aUnit
} from '../builders';
import { courseRecord, microRecords, reorderedSnapshot } from '../builders-more';

const config = DEFAULT_REGION_CONFIG;
const asOf = isoDate('2026-06-15');

/** [key, numerator, denominator, percent, target] — the figures the council sees, percent rounded to 2 decimals. */
const figures = (measures: readonly Measure[]): Array<[string, number, number, number | undefined, number | undefined]> =>
  measures.map((m) => [m.key, m.numerator, m.denominator, m.percent === undefined ? undefined : Math.round(m.percent * 100) / 100, m.targetPercent]);

const twelveModules = (email: string): TrainingRecord[] =>
  microRecords(email, Object.fromEntries(Array.from({ length: 12 }, (_, i) => [i + 1, '2026-02-01'])));

/*
 * A small region, every figure counted by hand:
 *  - two business-critical områden, one with a valid risk analysis;
 *  - five open risks (one without an owner, one without a follow-up date) and one closed;
 *  - 14 role slots of which 9 are held; 12 need a mandate, 6 have one;
 *  - three active systems (one retired), two classified in time; two prioritised assets, one classified;
 *  - five current staff, two of whom finished the micro-training; one manager, trained; one förvaltningsledare, not;
 *  - maturity: 11 applicable areas in 2026, two at the target "Definierat".
 */
const snapshot = aSnapshot({
  units: [
    aUnit({ id: 'u-forv', level: 'forvaltning' }),
    aUnit({ id: 'u-omr-a', level: 'omrade', parentId: 'u-forv', businessCritical: true }),
    aUnit({ id: 'u-omr-b', level: 'omrade', parentId: 'u-forv', businessCritical: true }),
    aUnit({ id: 'u-enhet', level: 'enhet', parentId: 'u-omr-a' })
  ],
  riskAnalyses: [
    aRiskAnalysis({ id: 'ra-a', unitId: 'u-omr-a', performedOn: '2026-03-01' }),
    aRiskAnalysis({ id: 'ra-b-old', unitId: 'u-omr-b', performedOn: '2025-05-01' }), // valid to 2026-05-01 only
    aRiskAnalysis({ id: 'ra-b-future', unitId: 'u-omr-b', performedOn: '2026-07-01' }), // not yet performed on asOf
    aRiskAnalysis({ id: 'ra-enhet', unitId: 'u-enhet', performedOn: '2026-03-01' }) // not a critical area
  ],
  risks: [
    aRisk({ id: 'r1', likelihood: 2, consequence: 2 }), // 4 → medel
    aRisk({ id: 'r2', likelihood: 1, consequence: 1, ownerEmail: undefined }), // 1 → lag, no owner
    aRisk({ id: 'r3', likelihood: 4, consequence: 3, status: 'closed' }), // closed: not counted at all
    aRisk({ id: 'r4', likelihood: 4, consequence: 3, followUpOn: undefined }), // 12 → kritisk, no follow-up date
    aRisk({ id: 'r5', likelihood: 3, consequence: 2 }), // 6 → hog
    aRisk({ id: 'r6', likelihood: 2, consequence: 1 }) // 2 → lag
  ],
  roleAssignments: [
    aRoleAssignment({ id: 'ra01', roleKey: 'informationssakerhetsansvarig', holderEmail: 'ciso@region.se' }),
    aRoleAssignment({ id: 'ra02', roleKey: 'informationssakerhetssamordnare', holderEmail: 'sara@region.se', mandateDocumented: false }),
    aRoleAssignment({ id: 'ra03', roleKey: 'dataskyddsombud', holderEmail: 'dso@region.se', until: '2026-06-14' }),
    aRoleAssignment({ id: 'ra04', roleKey: 'bitradande-dataskyddsombud', unitId: 'u-forv', holderEmail: 'bdso@region.se' }),
    aRoleAssignment({ id: 'ra05', roleKey: 'registerkoordinator', unitId: 'u-omr-a', holderEmail: 'rk@region.se' }),
    aRoleAssignment({ id: 'ra06', roleKey: 'informationsagare', unitId: 'u-omr-a', holderEmail: 'ingrid@region.se' }),
    aRoleAssignment({ id: 'ra07', roleKey: 'informationsagare', unitId: 'u-omr-b', holderEmail: 'ivar@region.se', since: '2026-07-01' }),
    aRoleAssignment({ id: 'ra08', roleKey: 'radsledamot', holderEmail: 'l1@region.se', mandateDocumented: false }),
    aRoleAssignment({ id: 'ra09', roleKey: 'radsledamot', holderEmail: 'l2@region.se' })
  ],
  systems: [
    aSystem({ id: 's1', ownerEmail: 'olle@region.se', administratorEmail: 'fl@region.se' }),
    aSystem({ id: 's2' }),
    aSystem({ id: 's3', lifecycle: 'retired', ownerEmail: 'x@region.se' }),
    aSystem({ id: 's4', ownerEmail: 'olle@region.se' })
  ],
  assets: [
    anAsset({ id: 'a1', priority: 'prioritised' }),
    anAsset({ id: 'a2', priority: 'business-critical' }),
    anAsset({ id: 'a3', priority: 'normal' })
  ],
  classifications: [
    aClassification({ id: 'k-s1', targetKind: 'system', targetId: 's1', classifiedOn: '2026-01-15' }), // current
    aClassification({ id: 'k-s2', targetKind: 'system', targetId: 's2', classifiedOn: '2025-05-01' }), // overdue since 2026-05-01
    aClassification({ id: 'k-s4', targetKind: 'system', targetId: 's4', classifiedOn: '2025-07-01' }), // due soon: still classified
    aClassification({ id: 'k-a1', targetKind: 'asset', targetId: 'a1', classifiedOn: '2026-02-01' })
  ],
  roster: [
    aPerson({ email: 'perm@region.se', employmentType: 'permanent' }),
    aPerson({ email: 'hour@region.se', employmentType: 'hourly' }),
    aPerson({ email: 'cons@region.se', employmentType: 'consultant' }),
    aPerson({ email: 'left@region.se', endDate: '2026-01-31' }),
    aPerson({ email: 'chef@region.se', managerSince: '2025-01-01' }),
    aPerson({ email: 'fl@region.se' })
  ],
  trainingRecords: [
    ...twelveModules('perm@region.se'),
    ...twelveModules('cons@region.se'),
    ...twelveModules('left@region.se'),
    courseRecord('chef@region.se', 'chefsutbildning', '2025-02-01')
  ],
  maturity: [
    aMaturityAssessment({ id: 'm1', areaKey: 'ledningssystem', statusKey: 'definierat' }),
    aMaturityAssessment({ id: 'm2', areaKey: 'styrdokument', statusKey: 'managerat' }),
    aMaturityAssessment({ id: 'm3', areaKey: 'organisation', statusKey: 'paborjat' }),
    aMaturityAssessment({ id: 'm4', areaKey: 'informationsklassning', statusKey: 'ej-applicerbart' }),
    aMaturityAssessment({ id: 'm5', areaKey: 'riskbedomning', statusKey: 'optimerat', year: 2025, assessedOn: '2025-11-01' })
  ]
});

describe('goalAreaKpis: the five goal areas with numerators and denominators (R-KPI)', () => {
  const report = goalAreaKpis(snapshot, config, asOf);

  test('the five goal areas, in the policy\'s order', () => {
    expect(GOAL_AREAS).toEqual(['management-system', 'risk-management', 'security-organisation', 'classification', 'training']);
    expect([report.asOf, report.year]).toEqual(['2026-06-15', 2026]);
  });

  test('1. management system: areas at the target maturity of the applicable ones, this year\'s assessments only', () => {
    // 12 areas, Ej applicerbart out: 11; Definierat and Managerat reach the target; Optimerat was 2025's.
    expect(figures(report.managementSystem.measures)).toEqual([['areas-at-target-maturity', 2, 11, 18.18, undefined]]);
    expect(report.managementSystem.maturity.byStatus).toMatchObject({ okant: 8, definierat: 1, managerat: 1, paborjat: 1, 'ej-applicerbart': 1, optimerat: 0 });
  });

  test('2. risk management: critical areas with a valid analysis, governed open risks, risks by level', () => {
    expect(figures(report.riskManagement.measures)).toEqual([
      ['critical-areas-with-risk-analysis', 1, 2, 50, 100],
      // Open: r1, r2, r4, r5, r6; with both owner and follow-up date: r1, r5, r6.
      ['open-risks-with-owner-and-follow-up', 3, 5, 60, 100]
    ]);
    expect(report.riskManagement.openRisksByLevel).toEqual({ lag: 2, medel: 1, hog: 1, kritisk: 1 });
    expect(report.riskManagement.criticalAreasWithoutAnalysis).toEqual(['u-omr-b']);
  });

  test('3. security organisation: roles filled and with a mandate; vacancies listed', () => {
    expect(figures(report.securityOrganisation.measures)).toEqual([
      // 4 region + 1 deputy DSO + 2 RK + 2 information owners + 3 active systems + 2 council members = 14 slots.
      ['roles-filled', 9, 14, 64.29, 100],
      // Council members need no mandate: 12 slots; CISO, deputy DSO, RK, information owner, 2 system owners = 6.
      ['roles-with-mandate', 6, 12, 50, 100]
    ]);
    expect(report.securityOrganisation.vacancies.map((slot) => [slot.roleKey, slot.unitId ?? slot.systemId ?? '-'])).toEqual([
      ['it-sakerhetsansvarig', '-'],
      ['dataskyddsombud', '-'],
      ['registerkoordinator', 'u-omr-b'],
      ['informationsagare', 'u-omr-b'],
      ['systemagare', 'u-enhet']
    ]);
    expect(report.securityOrganisation.vacancies.find((slot) => slot.roleKey === 'systemagare')?.systemId).toBe('s2');
  });

  test('4. classification: current systems and prioritised assets classified (due soon still counts)', () => {
    expect(figures(report.classification.measures)).toEqual([
      ['current-systems-classified', 2, 3, 66.67, 100],
      ['prioritised-assets-classified', 1, 2, 50, 100]
    ]);
  });

  test('5. training: trained per audience against the current roster, hourly staff and consultants included', () => {
    expect(figures(report.training.measures)).toEqual([
      // perm, hour, cons, chef, fl are current; perm and cons trained; left is not counted.
      ['trained:alla-medarbetare', 2, 5, 40, 80],
      ['trained:chefer', 1, 1, 100, 100],
      ['trained:forvaltningsledare', 0, 1, 0, 100],
      ['trained:regionstyrelsen', 0, 0, undefined, 100]
    ]);
  });

  test('the same report whatever order the registers are read in', () => {
    expect(goalAreaKpis(reorderedSnapshot(snapshot), config, asOf)).toEqual(report);
    expect(goalAreaKpis(snapshot, config, asOf)).toEqual(report);
  });
});

describe('per year: the report as of another day uses that year\'s figures (R-KPI trends)', () => {
  test('management system maturity as of 2025-12-31 and 2026-06-15', () => {
    const [y2025, y2026] = ['2025-12-31', '2026-06-15'].map((day) => goalAreaKpis(snapshot, config, isoDate(day)));
    expect(y2025.year).toBe(2025);
    // 2025: only riskbedomning was assessed (Optimerat): 1 of 12 applicable.
    expect(figures(y2025.managementSystem.measures)).toEqual([['areas-at-target-maturity', 1, 12, 8.33, undefined]]);
    expect(figures(y2026.managementSystem.measures)).toEqual([['areas-at-target-maturity', 2, 11, 18.18, undefined]]);
  });

  test('as of 2025-12-31: the analysis of 2025-05-01 is still valid, the DSO still in office, and later training does not count', () => {
    const y2025 = goalAreaKpis(snapshot, config, isoDate('2025-12-31'));
    expect(figures(y2025.riskManagement.measures)[0]).toEqual(['critical-areas-with-risk-analysis', 1, 2, 50, 100]);
    expect(y2025.riskManagement.criticalAreasWithoutAnalysis).toEqual(['u-omr-a']);
    // The DSO (until 2026-06-14) still holds the slot: 10 of 14.
    expect(figures(y2025.securityOrganisation.measures)[0]).toEqual(['roles-filled', 10, 14, 71.43, 100]);
    // Micro-training done 2026-02-01 is after 2025-12-31; left@ was still employed then (until 2026-01-31): 0 of 6.
    expect(figures(y2025.training.measures)[0]).toEqual(['trained:alla-medarbetare', 0, 6, 0, 80]);
  });
});

describe('an empty register: no division by zero (R-KPI)', () => {
  const report = goalAreaKpis(EMPTY_SNAPSHOT, config, asOf);

  test('0 of 0 is "no figure" (percent undefined), never NaN, 0 % or 100 %', () => {
    expect(figures(report.riskManagement.measures)).toEqual([
      ['critical-areas-with-risk-analysis', 0, 0, undefined, 100],
      ['open-risks-with-owner-and-follow-up', 0, 0, undefined, 100]
    ]);
    expect(figures(report.classification.measures)).toEqual([
      ['current-systems-classified', 0, 0, undefined, 100],
      ['prioritised-assets-classified', 0, 0, undefined, 100]
    ]);
    expect(figures(report.training.measures)).toEqual([
      ['trained:alla-medarbetare', 0, 0, undefined, 80],
      ['trained:chefer', 0, 0, undefined, 100],
      ['trained:forvaltningsledare', 0, 0, undefined, 100],
      ['trained:regionstyrelsen', 0, 0, undefined, 100]
    ]);
    expect(report.riskManagement.openRisksByLevel).toEqual({ lag: 0, medel: 0, hog: 0, kritisk: 0 });
    expect(report.riskManagement.criticalAreasWithoutAnalysis).toEqual([]);
  });

  test('what is required regardless of the registers is 0 %: the region roles are vacant, the maturity areas unknown', () => {
    expect(figures(report.securityOrganisation.measures)).toEqual([
      ['roles-filled', 0, 4, 0, 100],
      ['roles-with-mandate', 0, 4, 0, 100]
    ]);
    expect(report.securityOrganisation.vacancies.map((slot) => slot.roleKey)).toEqual([
      'informationssakerhetsansvarig',
      'informationssakerhetssamordnare',
      'it-sakerhetsansvarig',
      'dataskyddsombud'
    ]);
    // Okänt counts as applicable: an unassessed area is unknown, not exempt.
    expect(figures(report.managementSystem.measures)).toEqual([['areas-at-target-maturity', 0, 12, 0, undefined]]);
  });

  test('no measure of the empty report is NaN or infinite', () => {
    const all = [
      ...report.managementSystem.measures,
      ...report.riskManagement.measures,
      ...report.securityOrganisation.measures,
      ...report.classification.measures,
      ...report.training.measures
    ];
    expect(all).toHaveLength(11);
    for (const m of all) expect(m.percent === undefined || Number.isFinite(m.percent)).toBe(true);
  });
});
