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
 * R-KPI, R-REP: the points a report's trend is drawn from, oldest first: each earlier year by its
 * last kept point (the figures at its end, as the council saw them: like is compared with like), the
 * report's year by every point kept up to the period's end (the meetings' and follow-ups' snapshots),
 * and the report's own figures last when no kept point is of that day, so the trend ends where the
 * tables stand. A region with four meetings a year would otherwise draw a dozen points a year.
 */
export function trendPoints(dashboard: CouncilDashboard, period: ReportPeriod): TrendPoint[] {
  const byDate = (a: TrendPoint, b: TrendPoint): number => (a.asOf < b.asOf ? -1 : a.asOf > b.asOf ? 1 : 0);
  const kept = dashboard.trend.filter((point) => !isBefore(period.to, point.asOf)).sort(byDate);
  const lastOfYear = new Map<number, TrendPoint>();
  for (const point of kept) if (point.year < dashboard.year) lastOfYear.set(point.year, point);
  const points = [...lastOfYear.values(), ...kept.filter((point) => point.year >= dashboard.year)].sort(byDate);
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
