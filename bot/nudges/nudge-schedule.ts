import { Cron } from 'croner';
import type { NudgeRunConfig } from '../../src/config/nudge-run-config';

/** croner's pattern for a daily run at `HH:MM` (minute hour day month weekday). */
export function dailyPattern(dailyAt: string): string {
  const [hours, minutes] = dailyAt.split(':').map(Number);
  return `${minutes} ${hours} * * *`;
}

export interface NudgeSchedule {
  /** The next run's instant, or undefined when stopped. */
  nextRun(): Date | undefined;
  stop(): void;
}

/**
 * The daily nudge run inside the app service (issue 9): at `dailyAt` in the region's time zone
 * (Europe/Stockholm; croner keeps the local time across daylight saving), one run at a time in this
 * process (croner's `protect`) — and across instances, the run's own lease (run-lease.ts). A failed
 * run is logged and tried again the next day; it never takes the app service down.
 */
export function scheduleNudgeRun(settings: Pick<NudgeRunConfig, 'dailyAt'>, timeZone: string, run: () => Promise<void>, log: (line: string) => void): NudgeSchedule {
  const job = new Cron(dailyPattern(settings.dailyAt), { timezone: timeZone, protect: true, unref: true, name: 'tillit-nudge-run' }, async () => {
    try {
      await run();
    } catch (error) {
      log(`nudge: the scheduled run failed (the next one is at ${job.nextRun()?.toISOString() ?? '?'}): ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  return {
    nextRun: () => job.nextRun() ?? undefined,
    stop: () => job.stop()
  };
}

/**
 * The app service's daily nudge run over `services` (wired at the app service's start: `npm start`
 * locally, the production start alike), unless the region turned the schedule off. Each run's
 * summary goes to the log; the lease makes a second instance's run a no-op.
 */
export function startNudgeSchedule(
  config: { readonly timeZone: string; readonly nudgeRun: Pick<NudgeRunConfig, 'dailyAt' | 'scheduled'> },
  runOnce: () => Promise<readonly string[]>,
  log: (line: string) => void
): NudgeSchedule | undefined {
  if (!config.nudgeRun.scheduled) return undefined;
  return scheduleNudgeRun(
    config.nudgeRun,
    config.timeZone,
    async () => {
      for (const line of await runOnce()) log(line);
    },
    log
  );
}
