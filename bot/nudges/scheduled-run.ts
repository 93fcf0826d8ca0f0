import { runNudges, type NudgeRunServices } from './nudge-run';
import { startNudgeSchedule, type NudgeSchedule } from './nudge-schedule';
import { summaryLines } from './run-summary';

/** Schedules the daily run of `services` (nudge-schedule.ts) and logs what each run did. */
export function scheduleDailyNudges(services: NudgeRunServices): NudgeSchedule | undefined {
  return startNudgeSchedule(
    services.config,
    async () => {
      const result = await runNudges(services);
      if (result.status === 'busy') return [`nudge: the scheduled run sent nothing: ${result.reason}`];
      return [...summaryLines(result.summary, false), ...(result.stoppedEarly === undefined ? [] : [`nudge: stopped early: ${result.stoppedEarly}`])];
    },
    services.log
  );
}
