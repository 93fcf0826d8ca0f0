import type { KpiSnapshot } from '../kpi/kpi-snapshot';
import { daysBetween, isBefore, type IsoDate } from '../shared/calendar';

/**
 * How far before a period's last day a kept snapshot may be and still stand for the period's end
 * (R-KPI, R-REP): a week — the daily job keeps one every day, so a gap means the service was down
 * (a weekend, a holiday); an older one (the last council meeting, months back) would pass weeks of
 * work off as the period's end, so then the figures are computed as of the end instead.
 */
export const KEPT_SNAPSHOT_MARGIN_DAYS = 7;

/**
 * The kept KPI snapshot a finished period's figures are read from (R-KPI, R-REP): the newest kept
 * on or before `day` (its last day), no more than `marginDays` before it; of two kept the same day
 * (the daily job's and one taken at a meeting), the one taken last. Undefined when none is that near.
 */
export function keptSnapshotAsOf(snapshots: readonly KpiSnapshot[], day: IsoDate, marginDays: number = KEPT_SNAPSHOT_MARGIN_DAYS): KpiSnapshot | undefined {
  let best: KpiSnapshot | undefined;
  for (const snapshot of snapshots) {
    if (isBefore(day, snapshot.asOf) || daysBetween(snapshot.asOf, day) > marginDays) continue;
    if (best === undefined || snapshot.asOf > best.asOf || (snapshot.asOf === best.asOf && Date.parse(snapshot.takenAt) > Date.parse(best.takenAt))) best = snapshot;
  }
  return best;
}
