import { Cron } from 'croner';
import type { KpiSnapshotSchedule } from '../../src/config/kpi-snapshot-config';
import { dailyPattern } from '../nudges/nudge-schedule';
import { NO_COUNCIL_PERMISSIONS } from '../../src/domain/council/council-permissions';
import { yearOf } from '../../src/domain/shared/calendar';
import { councilReadsOf, councilToday, liveDashboardOf, type CouncilServices } from './council-dashboard-service';
import { takeDailyKpiSnapshot } from './daily-kpi-snapshot';
import { storeDashboard, storeDashboardIfStale, type StoreOutcome } from './stored-council-dashboard';

export interface KpiSnapshotJob {
  /** The next run's instant, or undefined when stopped. */
  nextRun(): Date | undefined;
  stop(): void;
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export interface DailyRunOptions {
  /**
   * When the run keeps the current year's dashboard for the first render (stored-council-dashboard.ts):
   * 'always' at the daily hour; 'when-stale' at the start's catch-up — only when none is stored or the
   * stored one is older than ten minutes (a restart does not write one each time).
   */
  readonly storeDashboard?: 'always' | 'when-stale';
}

/** The current year's dashboard from the read the snapshot just made, kept as the stored one (issue 10). Never throws. */
export async function storeCurrentDashboard(services: CouncilServices, when: 'always' | 'when-stale'): Promise<StoreOutcome> {
  try {
    const read = await councilReadsOf(services).current();
    const dashboard = liveDashboardOf(services, read, yearOf(councilToday(services)), NO_COUNCIL_PERMISSIONS);
    return await (when === 'always' ? storeDashboard(services, dashboard) : storeDashboardIfStale(services, dashboard));
  } catch (error) {
    services.log(`council: computing the dashboard to store failed (the next live computation stores it): ${messageOf(error)}`);
    return 'failed';
  }
}

/**
 * One run of the daily snapshot, its outcome logged, then the current year's stored dashboard; a
 * failure is logged, never thrown (the next day tries again).
 */
export async function runDailyKpiSnapshot(services: CouncilServices, options: DailyRunOptions = {}): Promise<void> {
  try {
    const result = await takeDailyKpiSnapshot(services);
    services.log(result.outcome === 'taken' ? `kpi snapshot: ${result.asOf} kept (item ${result.id})` : `kpi snapshot: ${result.asOf} already kept (item ${result.id})`);
  } catch (error) {
    services.log(`kpi snapshot: taking the day's snapshot failed (tried again at the next run): ${messageOf(error)}`);
  }
  await storeCurrentDashboard(services, options.storeDashboard ?? 'always');
}

/**
 * The daily KPI snapshot inside the app service (issue 10): at `kpiSnapshots.dailyAt` in the region's
 * time zone (Europe/Stockholm; croner keeps the local time across daylight saving), one run at a time
 * in this process (croner's `protect`), and once at the start as a catch-up — a service that was down
 * at the hour still keeps the day's figures; the job is idempotent per day, and its read of the
 * registers is the dashboard's, so the catch-up also makes the council's first open fast, and it
 * stores the current year's dashboard when none is (or it is stale) for the next start's first render. Undefined when the region turned the schedule off.
 */
export function scheduleDailyKpiSnapshots(services: CouncilServices, settings: KpiSnapshotSchedule, options: { readonly catchUp?: boolean } = {}): KpiSnapshotJob | undefined {
  if (!settings.scheduled) return undefined;
  const job = new Cron(dailyPattern(settings.dailyAt), { timezone: services.config.timeZone, protect: true, unref: true, name: 'tillit-kpi-snapshot' }, () => runDailyKpiSnapshot(services));
  if (options.catchUp ?? true) void runDailyKpiSnapshot(services, { storeDashboard: 'when-stale' });
  return {
    nextRun: () => job.nextRun() ?? undefined,
    stop: () => job.stop()
  };
}
