import type { CouncilDashboard } from '../../contracts/council-dashboard';
import type { KpiSnapshot } from '../kpi/kpi-snapshot';
import { isBefore, localDateOf, yearOf, type IsoDate } from '../shared/calendar';
import { councilDashboardOf, type CouncilDashboardInput } from './council-dashboard';
import { dashboardGoalAreas } from './dashboard-goal-areas';
import { yearsWithData } from './dashboard-year';
import { endOfDayIn } from './end-of-day';
import { keptSnapshotAsOf } from './kept-kpis-as-of';
import { kpiTrend } from './kpi-trend';
import { registersAsOf, STATES_KEPT_AS_TODAY, type StateKeptAsToday } from './registers-as-of';

/** A follow-up's period (R-REP): its first and last day, within one year. */
export interface PeriodSpan {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/**
 * On what a period's figures rest (R-REP), for the report to say honestly:
 * - live: the period is still running; everything is today's (`day`);
 * - kept: the period is over; the KPIs are those kept on `keptOn` (the daily job's or a meeting's),
 *   the rest is computed as of `day`, the period's last day;
 * - computed: the period is over and no snapshot was kept near its end; the KPIs are computed from
 *   the registers as of `day`, today (`computedOn`), like the rest.
 * For a finished period, `keptAsToday` names what the registers cannot rewind (registers-as-of.ts).
 */
export type FiguresBasis =
  | { readonly kind: 'live'; readonly day: IsoDate }
  | { readonly kind: 'kept'; readonly day: IsoDate; readonly keptOn: IsoDate; readonly source: KpiSnapshot['source']; readonly computedOn: IsoDate; readonly keptAsToday: readonly StateKeptAsToday[] }
  | { readonly kind: 'computed'; readonly day: IsoDate; readonly computedOn: IsoDate; readonly keptAsToday: readonly StateKeptAsToday[] };

export interface PeriodDashboard {
  readonly dashboard: CouncilDashboard;
  readonly basis: FiguresBasis;
}

/** R-INC, R-REP: the cases reported within the period (first to last day, in the region's zone), by category. */
export function incidentsReportedIn(incidents: CouncilDashboardInput['snapshot']['incidents'], period: PeriodSpan, timeZone: string): Record<string, number> {
  const byCategory: Record<string, number> = {};
  for (const incident of incidents) {
    const day = localDateOf(incident.reportedAt, timeZone);
    if (isBefore(day, period.from) || isBefore(period.to, day)) continue;
    byCategory[incident.category] = (byCategory[incident.category] ?? 0) + 1;
  }
  return byCategory;
}

/**
 * The council's dashboard for a follow-up period (R-REP, R-KPI), by councilDashboardOf's rules:
 * - a period still running (its last day today or later) is live, as of today, as the tab shows it;
 * - a finished period shows itself as at its last day: its KPIs as kept then (keptSnapshotAsOf: the
 *   newest snapshot within a week before the end), else computed from the registers as of the end;
 *   overdue work, open risks, incidents, maturity, meetings and the action plan's states computed
 *   from the registers rewound to the end (registersAsOf), the 72-hour clocks at the end's last
 *   minute, the trend from what was kept up to the end.
 * Either way incidents are counted as reported within the period, not the whole year.
 * `computedAt` stays `now`: when the report was made.
 */
export function councilDashboardOfPeriod(input: Omit<CouncilDashboardInput, 'year'> & { readonly period: PeriodSpan }): PeriodDashboard {
  const { period, config, now } = input;
  const year = yearOf(period.to);
  const today = localDateOf(now, config.timeZone);
  if (!isBefore(period.to, today)) {
    const dashboard = councilDashboardOf({ ...input, year });
    const running = { from: period.from, to: today };
    return { dashboard: { ...dashboard, incidents: { ...dashboard.incidents, byCategory: incidentsReportedIn(input.snapshot.incidents, running, config.timeZone) } }, basis: { kind: 'live', day: today } };
  }
  const end = period.to;
  const snapshot = registersAsOf(input.snapshot, end, config.timeZone);
  const keptUpToEnd = input.kpiSnapshots.filter((kept) => !isBefore(end, kept.asOf));
  const atEnd = councilDashboardOf({ ...input, snapshot, kpiSnapshots: keptUpToEnd, year, now: endOfDayIn(end, config.timeZone) });
  const common = {
    ...atEnd,
    computedAt: now,
    years: yearsWithData(input.snapshot, input.kpiSnapshots, today, config.timeZone),
    incidents: { ...atEnd.incidents, byCategory: incidentsReportedIn(snapshot.incidents, period, config.timeZone) }
  };
  const keptAsToday = [...STATES_KEPT_AS_TODAY];
  const kept = keptSnapshotAsOf(keptUpToEnd, end);
  if (kept === undefined) {
    return { dashboard: { ...common, asOf: end, goalAreasFrom: 'live' }, basis: { kind: 'computed', day: end, computedOn: today, keptAsToday } };
  }
  return {
    dashboard: { ...common, asOf: kept.asOf, goalAreas: dashboardGoalAreas(kept.goalAreas, config), goalAreasFrom: kept.source, trend: kpiTrend(keptUpToEnd, config, year, undefined) },
    basis: { kind: 'kept', day: end, keptOn: kept.asOf, source: kept.source, computedOn: today, keptAsToday }
  };
}
