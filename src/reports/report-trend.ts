import type { CouncilDashboard } from '../contracts/council-dashboard';
import { isBefore } from '../domain/shared/calendar';
import type { ReportPeriod } from './report-period';

type TrendPoint = CouncilDashboard['trend'][number];
type GoalAreaKey = CouncilDashboard['goalAreas'][number]['area'];

export interface TrendSeries {
  readonly measureKey: string;
  /** One value per point; null where the point did not measure it (or had nothing to measure): docx/charts draws null as a gap. */
  // eslint-disable-next-line @rushstack/no-new-null -- docx's ChartSeries takes null for a gap
  readonly values: (number | null)[];
}

/**
 * R-KPI, R-REP: the points a report's trend is drawn from: the dashboard's stored snapshots up to
 * the period's end, oldest first, and the report's own figures as the last point when no snapshot
 * is of that day (so the trend always ends where the tables stand).
 */
export function trendPoints(dashboard: CouncilDashboard, period: ReportPeriod): TrendPoint[] {
  const points = dashboard.trend.filter((point) => !isBefore(period.to, point.asOf)).sort((a, b) => (a.asOf < b.asOf ? -1 : a.asOf > b.asOf ? 1 : 0));
  if (!points.some((point) => point.asOf === dashboard.asOf)) {
    points.push({ year: dashboard.year, asOf: dashboard.asOf, source: 'live', goalAreas: dashboard.goalAreas });
  }
  return points;
}

/** Each point's label: its year when it is the year's only point, else its date. */
export function pointLabels(points: readonly TrendPoint[]): string[] {
  const perYear = new Map<number, number>();
  for (const point of points) perYear.set(point.year, (perYear.get(point.year) ?? 0) + 1);
  return points.map((point) => (perYear.get(point.year) === 1 ? String(point.year) : point.asOf));
}

/** A goal area's measures over the points, in the order of the report's (current) measures. */
export function trendSeries(points: readonly TrendPoint[], area: GoalAreaKey, measureKeys: readonly string[]): TrendSeries[] {
  return measureKeys.map((measureKey) => ({
    measureKey,
    values: points.map((point) => {
      const measure = point.goalAreas.find((goal) => goal.area === area)?.measures.find((m) => m.key === measureKey);
      return measure?.percent === undefined ? null : Math.round(measure.percent * 10) / 10;
    })
  }));
}
