import { Cron } from 'croner';
import type { KpiSnapshotSchedule } from '../../src/config/kpi-snapshot-config';
import { dailyPattern } from '../nudges/nudge-schedule';
import type { CouncilServices } from './council-dashboard-service';
import { takeDailyKpiSnapshot } from './daily-kpi-snapshot';

export interface KpiSnapshotJob {
  /** The next run's instant, or undefined when stopped. */
  nextRun(): Date | undefined;
  stop(): void;
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** One run of the daily snapshot, its outcome logged; a failure is logged, never thrown (the next day tries again). */
export async function runDailyKpiSnapshot(services: CouncilServices): Promise<void> {
  try {
    const result = await takeDailyKpiSnapshot(services);
    services.log(result.outcome === 'taken' ? `kpi snapshot: ${result.asOf} kept (item ${result.id})` : `kpi snapshot: ${result.asOf} already kept (item ${result.id})`);
  } catch (error) {
    services.log(`kpi snapshot: taking the day's snapshot failed (tried again at the next run): ${messageOf(error)}`);
  }
}

/**
 * The daily KPI snapshot inside the app service (issue 10): at `kpiSnapshots.dailyAt` in the region's
 * time zone (Europe/Stockholm; croner keeps the local time across daylight saving), one run at a time
 * in this process (croner's `protect`), and once at the start as a catch-up — a service that was down
 * at the hour still keeps the day's figures; the job is idempotent per day, and its read of the
 * registers is the dashboard's, so the catch-up also makes the council's first open fast. Undefined when the region turned the schedule off.
 */
export function scheduleDailyKpiSnapshots(services: CouncilServices, settings: KpiSnapshotSchedule, options: { readonly catchUp?: boolean } = {}): KpiSnapshotJob | undefined {
  if (!settings.scheduled) return undefined;
  const job = new Cron(dailyPattern(settings.dailyAt), { timezone: services.config.timeZone, protect: true, unref: true, name: 'tillit-kpi-snapshot' }, () => runDailyKpiSnapshot(services));
  if (options.catchUp ?? true) void runDailyKpiSnapshot(services);
  return {
    nextRun: () => job.nextRun() ?? undefined,
    stop: () => job.stop()
  };
}
