import type { KpiSnapshot } from '../kpi/kpi-snapshot';
import type { RegisterSnapshot } from '../registers';
import { isoDate, localDateOf, yearOf, type IsoDate } from '../shared/calendar';

/**
 * The day a year's live figures are of (R-KPI, R-REP): today in the region for the current year,
 * 31 December for an earlier one (the year's end, as the annual report states it).
 */
export function dashboardAsOf(year: number, today: IsoDate): IsoDate {
  return year >= yearOf(today) ? today : isoDate(`${year}-12-31`);
}

/**
 * The years the council can choose (newest first): the current year and every earlier year the
 * registers or the kept snapshots have something of — KPI snapshots, maturity, meetings, incidents.
 */
export function yearsWithData(snapshot: Pick<RegisterSnapshot, 'maturity' | 'meetings' | 'incidents'>, snapshots: readonly KpiSnapshot[], today: IsoDate, timeZone: string): number[] {
  const current = yearOf(today);
  const years = new Set<number>([current]);
  for (const kept of snapshots) years.add(yearOf(kept.asOf));
  for (const assessment of snapshot.maturity) years.add(assessment.year);
  for (const meeting of snapshot.meetings) years.add(yearOf(meeting.heldOn));
  for (const incident of snapshot.incidents) years.add(yearOf(localDateOf(incident.reportedAt, timeZone)));
  return [...years].filter((year) => year <= current).sort((a, b) => b - a);
}
