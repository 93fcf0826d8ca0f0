import type { RegionConfig } from '../../config/region-config';
import type { KpiSnapshot } from '../kpi/kpi-snapshot';
import { yearOf, type IsoDate } from '../shared/calendar';
import { dashboardGoalAreas, type DashboardGoalArea } from './dashboard-goal-areas';

export interface TrendPoint {
  readonly year: number;
  readonly asOf: IsoDate;
  readonly source: 'daily' | 'meeting' | 'live';
  readonly goalAreas: DashboardGoalArea[];
}

function newer(a: KpiSnapshot, b: KpiSnapshot): boolean {
  return a.asOf > b.asOf || (a.asOf === b.asOf && a.takenAt > b.takenAt);
}

/** The kept snapshot a year's figures are read from: its newest (the year-end's daily one when the year is over). */
export function latestSnapshotOfYear(snapshots: readonly KpiSnapshot[], year: number): KpiSnapshot | undefined {
  return snapshots.filter((snapshot) => yearOf(snapshot.asOf) === year).reduce<KpiSnapshot | undefined>((best, snapshot) => (best === undefined || newer(snapshot, best) ? snapshot : best), undefined);
}

/**
 * R-KPI, R-REP: the KPIs' trend up to `year`, from kept snapshots only (figures as the council saw
 * them), plus today's live point when `year` is the current one. Per year: every snapshot taken at a
 * meeting (the tertial follow-ups) and the year's newest daily one (a daily point per day would drown
 * the years); in the current year the live point stands for the day's daily one. Oldest first.
 */
export function kpiTrend(
  snapshots: readonly KpiSnapshot[],
  config: RegionConfig,
  year: number,
  live: { readonly asOf: IsoDate; readonly goalAreas: DashboardGoalArea[] } | undefined
): TrendPoint[] {
  const upTo = snapshots.filter((snapshot) => yearOf(snapshot.asOf) <= year);
  const years = [...new Set(upTo.map((snapshot) => yearOf(snapshot.asOf)))];
  const kept: KpiSnapshot[] = upTo.filter((snapshot) => snapshot.source === 'meeting');
  for (const pointYear of years) {
    if (live !== undefined && pointYear === yearOf(live.asOf)) continue;
    const daily = latestSnapshotOfYear(upTo.filter((snapshot) => snapshot.source === 'daily'), pointYear);
    if (daily !== undefined) kept.push(daily);
  }
  const points: TrendPoint[] = kept.map((snapshot) => ({
    year: yearOf(snapshot.asOf),
    asOf: snapshot.asOf,
    source: snapshot.source,
    goalAreas: dashboardGoalAreas(snapshot.goalAreas, config)
  }));
  if (live !== undefined) points.push({ year: yearOf(live.asOf), asOf: live.asOf, source: 'live', goalAreas: live.goalAreas });
  const order = { meeting: 0, daily: 1, live: 2 } as const;
  return points.sort((a, b) => (a.asOf < b.asOf ? -1 : a.asOf > b.asOf ? 1 : order[a.source] - order[b.source]));
}
