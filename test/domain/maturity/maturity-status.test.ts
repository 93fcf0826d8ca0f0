import { DEFAULT_REGION_CONFIG } from '../../../src/config/default-region';
import type { MaturityAssessment } from '../../../src/domain/maturity/maturity-assessment';
import { maturityForYear, maturitySummary } from '../../../src/domain/maturity/maturity-status';
import { aMaturityAssessment } from '../builders';
import { configWith } from '../builders-extra';

/*
 * R-MAT, R-KPI 1: one status per MSBFS 2020:6 area per year. Default scale (rank): okant (–),
 * finns-ej 0, paborjat 1, begransat 2, definierat 3, managerat 4, optimerat 5, ej-applicerbart (–);
 * target "definierat". The 12 default areas, in order: ledningssystem, styrdokument, organisation,
 * informationsklassning, riskbedomning, gapanalys, sakerhetsatgarder, utbildning, incidenthantering,
 * kontinuitet, uppfoljning, ledningens-genomgang.
 */
const config = DEFAULT_REGION_CONFIG;
const assessed = (id: string, areaKey: string, statusKey: string, assessedOn: string, year = 2026): MaturityAssessment =>
  aMaturityAssessment({ id, areaKey, statusKey, assessedOn, year });

describe('maturityForYear: the newest assessment of the year wins (R-MAT)', () => {
  const early = assessed('m1', 'ledningssystem', 'paborjat', '2026-02-01');
  const late = assessed('m2', 'ledningssystem', 'definierat', '2026-09-01');
  const nextYear = assessed('m3', 'ledningssystem', 'optimerat', '2027-03-01', 2027);
  const lastYear = assessed('m4', 'ledningssystem', 'managerat', '2025-11-01', 2025);

  test.each<[string, MaturityAssessment[]]>([
    ['oldest first', [lastYear, early, late, nextYear]],
    ['newest first', [nextYear, late, early, lastYear]],
    ['mixed', [early, nextYear, lastYear, late]]
  ])('read %s → definierat from 1 September; 2025 and 2027 ignored', (_order, assessments) => {
    const [area] = maturityForYear(assessments, config, 2026);
    expect(area).toEqual({ areaKey: 'ledningssystem', statusKey: 'definierat', assessed: true });
  });

  test('each year sees only its own assessments', () => {
    const all = [early, late, nextYear, lastYear];
    expect(maturityForYear(all, config, 2025)[0].statusKey).toBe('managerat');
    expect(maturityForYear(all, config, 2027)[0].statusKey).toBe('optimerat');
    expect(maturityForYear(all, config, 2024)[0]).toEqual({ areaKey: 'ledningssystem', statusKey: 'okant', assessed: false });
  });

  test('the year field decides, not the assessment date (2026 assessed in January 2027)', () => {
    const [, area] = maturityForYear(
      [assessed('m1', 'styrdokument', 'begransat', '2026-11-01'), assessed('m2', 'styrdokument', 'managerat', '2027-01-15', 2026)],
      config,
      2026
    );
    expect(area).toEqual({ areaKey: 'styrdokument', statusKey: 'managerat', assessed: true });
  });

  test.each<[string, MaturityAssessment[]]>([
    ['m-a first', [assessed('m-a', 'organisation', 'begransat', '2026-05-05'), assessed('m-b', 'organisation', 'managerat', '2026-05-05')]],
    ['m-b first', [assessed('m-b', 'organisation', 'managerat', '2026-05-05'), assessed('m-a', 'organisation', 'begransat', '2026-05-05')]]
  ])('same date, %s → the higher id m-b (managerat)', (_order, assessments) => {
    expect(maturityForYear(assessments, config, 2026)[2]).toEqual({ areaKey: 'organisation', statusKey: 'managerat', assessed: true });
  });

  test('every configured area is listed in order; unassessed areas are okant; unknown areas ignored', () => {
    const areas = maturityForYear([assessed('m1', 'utbildning', 'paborjat', '2026-04-01'), assessed('m2', 'inte-ett-omrade', 'optimerat', '2026-04-01')], config, 2026);
    expect(areas.map((area) => [area.areaKey, area.statusKey, area.assessed])).toEqual([
      ['ledningssystem', 'okant', false],
      ['styrdokument', 'okant', false],
      ['organisation', 'okant', false],
      ['informationsklassning', 'okant', false],
      ['riskbedomning', 'okant', false],
      ['gapanalys', 'okant', false],
      ['sakerhetsatgarder', 'okant', false],
      ['utbildning', 'paborjat', true],
      ['incidenthantering', 'okant', false],
      ['kontinuitet', 'okant', false],
      ['uppfoljning', 'okant', false],
      ['ledningens-genomgang', 'okant', false]
    ]);
  });
});

describe('maturitySummary: areas at target over applicable areas (R-MAT, R-KPI 1)', () => {
  const assessments = [
    assessed('m01', 'ledningssystem', 'definierat', '2026-03-01'), // rank 3: at target
    assessed('m02', 'styrdokument', 'managerat', '2026-03-01'), // 4: at target
    assessed('m03', 'organisation', 'optimerat', '2026-03-01'), // 5: at target
    assessed('m04', 'informationsklassning', 'begransat', '2026-03-01'), // 2
    assessed('m05', 'riskbedomning', 'paborjat', '2026-03-01'), // 1
    assessed('m06', 'gapanalys', 'finns-ej', '2026-03-01'), // 0
    assessed('m07', 'sakerhetsatgarder', 'ej-applicerbart', '2026-03-01'), // left out
    assessed('m08', 'utbildning', 'ej-applicerbart', '2026-03-01'), // left out
    assessed('m09', 'incidenthantering', 'okant', '2026-03-01'), // known to be unknown: counts
    assessed('m10', 'kontinuitet', 'optimerat', '2025-03-01', 2025) // another year: kontinuitet is okant in 2026
    // uppfoljning and ledningens-genomgang never assessed: okant
  ];

  test('3 of 10 applicable areas at "definierat" or above; two "ej applicerbart" excluded', () => {
    const summary = maturitySummary(assessments, config, 2026);
    expect([summary.year, summary.atTarget, summary.applicable]).toEqual([2026, 3, 10]);
    expect(summary.byStatus).toEqual({
      okant: 4,
      'finns-ej': 1,
      paborjat: 1,
      begransat: 1,
      definierat: 1,
      managerat: 1,
      optimerat: 1,
      'ej-applicerbart': 2
    });
    expect(summary.areas).toHaveLength(12);
  });

  test('a higher configured target ("managerat") counts only managerat and optimerat', () => {
    const summary = maturitySummary(assessments, configWith({ maturity: { targetStatus: 'managerat' } }), 2026);
    expect([summary.atTarget, summary.applicable]).toEqual([2, 10]);
  });

  test('a lower configured target ("paborjat") counts ranks 1 and up, never okant or finns-ej', () => {
    const summary = maturitySummary(assessments, configWith({ maturity: { targetStatus: 'paborjat' } }), 2026);
    expect([summary.atTarget, summary.applicable]).toEqual([5, 10]);
  });

  test('nothing assessed: every area okant, all applicable, none at target', () => {
    const summary = maturitySummary([], config, 2026);
    expect([summary.atTarget, summary.applicable]).toEqual([0, 12]);
    expect(summary.byStatus).toEqual({
      okant: 12,
      'finns-ej': 0,
      paborjat: 0,
      begransat: 0,
      definierat: 0,
      managerat: 0,
      optimerat: 0,
      'ej-applicerbart': 0
    });
  });

  test('every area not applicable: an empty denominator', () => {
    const all = config.maturity.areas.map((area, index) => assessed(`m${index}`, area.key, 'ej-applicerbart', '2026-03-01'));
    const summary = maturitySummary(all, config, 2026);
    expect([summary.atTarget, summary.applicable, summary.byStatus['ej-applicerbart']]).toEqual([0, 0, 12]);
  });

  test('a status key the scale does not know is counted as applicable, not at target, and shown', () => {
    const summary = maturitySummary([assessed('m1', 'ledningssystem', 'halvfardigt', '2026-03-01')], config, 2026);
    expect([summary.atTarget, summary.applicable, summary.byStatus.halvfardigt, summary.byStatus.okant]).toEqual([0, 12, 1, 11]);
  });
});
