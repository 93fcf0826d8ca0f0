import type { RegionConfig } from '../../config/region-config';
import { goalAreaFigures, type KpiSnapshot, type StoredGoalArea } from '../../domain/kpi/kpi-snapshot';
import { goalAreaKpis } from '../../domain/kpi/goal-area-kpis';
import { maturitySummary } from '../../domain/maturity/maturity-status';
import type { RegisterSnapshot } from '../../domain/registers';
import { daysBetween, instant, isBefore, isoDate, type IsoDate } from '../../domain/shared/calendar';
import { demoContext } from '../demo-context';
import { DEMO_PERSONAS } from '../demo-personas';
import { yearOfDate } from '../demo-dates';

/**
 * Where each measure stood at the end of the year three years before asOf (the 2023 report's
 * situation, seed informationssakerhetsberattelse-2023), as a share of where it stands on asOf:
 * training had not begun (the micro-training started in the autumn of 2024; the old 47.8 % had no
 * current denominator), classification and risk analyses were barely documented, roles existed
 * without mandate. From there each measure rises to today's figure.
 */
const START_SHARE: ReadonlyArray<readonly [RegExp, number]> = [
  [/^trained:/, 0.04],
  [/^current-systems-classified$/, 0.12],
  [/^prioritised-assets-classified$/, 0.15],
  [/^critical-areas-with-risk-analysis$/, 0.1],
  [/^open-risks-with-owner-and-follow-up$/, 0.35],
  [/^roles-filled$/, 0.7],
  [/^roles-with-mandate$/, 0.25]
];

export type DemoKpiSnapshot = Omit<KpiSnapshot, 'id'>;

function startShareOf(key: string): number {
  return START_SHARE.find(([pattern]) => pattern.test(key))?.[1] ?? 0.5;
}

/**
 * The demo region's kept KPI snapshots before asOf (issue 10; R-KPI, R-REP), so the council's trend
 * has years behind it: the daily snapshot of each of the three year-ends before asOf's year, and one
 * taken at each council meeting of the demo (R-MTG) before asOf. Deterministic (a seeded stream, no
 * clock). Figures are today's computed by goalAreaKpis, scaled back along a rising path with a little
 * noise, the denominators a few per cent apart (the registers grew); the management system's measure
 * is the demo's own maturity history (maturitySummary of that year), so the two sections agree.
 */
export function generateKpiHistory(region: RegisterSnapshot, config: RegionConfig, asOf: IsoDate, seed: number): DemoKpiSnapshot[] {
  const random = demoContext(asOf, config, 1, seed).random('kpi-history');
  const today = goalAreaFigures(goalAreaKpis(region, config, asOf));
  const year = yearOfDate(asOf);
  const first = isoDate(`${year - 3}-12-31`);
  const span = Math.max(1, daysBetween(first, asOf));
  const points: Array<{ readonly day: IsoDate; readonly source: KpiSnapshot['source'] }> = [
    ...[3, 2, 1].map((back) => ({ day: isoDate(`${year - back}-12-31`), source: 'daily' as const })),
    ...region.meetings.filter((meeting) => isBefore(meeting.heldOn, asOf)).map((meeting) => ({ day: meeting.heldOn, source: 'meeting' as const }))
  ].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));

  return points.map(({ day, source }) => {
    // 0 at the first year-end, 1 on asOf; before the first year-end, held at its figures.
    const progress = Math.max(0, daysBetween(first, day)) / span;
    const maturity = maturitySummary(region.maturity, config, yearOfDate(day));
    const goalAreas: StoredGoalArea[] = today.map((area) => ({
      area: area.area,
      measures: area.measures.map((m) => {
        if (m.key === 'areas-at-target-maturity') return { ...m, numerator: maturity.atTarget, denominator: maturity.applicable };
        const denominator = Math.max(0, Math.round(m.denominator * (0.94 + 0.06 * progress + (random.float() - 0.5) * 0.02)));
        const share = m.denominator === 0 ? 0 : m.numerator / m.denominator;
        const start = startShareOf(m.key);
        const reached = share * (start + (1 - start) * progress) * (1 + (random.float() - 0.5) * 0.06);
        return { ...m, denominator, numerator: Math.min(denominator, Math.max(0, Math.round(reached * denominator))) };
      })
    }));
    return {
      asOf: day,
      // The daily job runs at 06:15 in Stockholm; a meeting's snapshot is taken during the meeting.
      takenAt: instant(source === 'daily' ? `${day}T05:15:00Z` : `${day}T13:30:00Z`),
      source,
      ...(source === 'meeting' ? { takenBy: DEMO_PERSONAS.securityCoordinator.email } : {}),
      goalAreas
    };
  });
}
