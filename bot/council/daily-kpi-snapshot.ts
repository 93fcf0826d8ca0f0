import { takeKpiSnapshot } from '../../src/domain/kpi/kpi-snapshot';
import { instantOf, type IsoDate } from '../../src/domain/shared/calendar';
import { councilReadsOf, councilToday, type CouncilServices } from './council-dashboard-service';

export type DailySnapshotOutcome =
  | { readonly outcome: 'taken'; readonly id: string; readonly asOf: IsoDate }
  | { readonly outcome: 'already-taken'; readonly id: string; readonly asOf: IsoDate };

/**
 * The app service's daily KPI snapshot (issue 10; R-KPI, R-REP): the five goal areas computed by
 * goalAreaKpis over the registers read afresh, once, kept in the KpiSnapshots list as the day's figures.
 * The read is the dashboard's (council-read-cache.ts refresh()), so the job also warms the tab's first
 * open. Idempotent per day: a day that has its snapshot is left alone, and the add's write key
 * `kpi-snapshot:daily:<day>` (unique) makes a second instance's or a retried add find the first
 * instead of writing another (R-SEC-2).
 */
export async function takeDailyKpiSnapshot(services: CouncilServices): Promise<DailySnapshotOutcome> {
  const today = councilToday(services);
  const read = await councilReadsOf(services).refresh();
  const existing = read.kpiSnapshots.find((snapshot) => snapshot.source === 'daily' && snapshot.asOf === today);
  if (existing !== undefined) return { outcome: 'already-taken', id: existing.id, asOf: today };
  const taken = takeKpiSnapshot(read.snapshot, services.config, { asOf: today, takenAt: instantOf(services.now()) }, 'daily');
  const stored = await services.registers.kpiSnapshots.add({ id: 'new', ...taken });
  // The kept read is not invalidated: the current year's trend shows today's live point in place of
  // today's daily one (kpi-trend.ts), so no dashboard shows the new item until the next read anyway.
  return { outcome: 'taken', id: stored.id, asOf: today };
}
