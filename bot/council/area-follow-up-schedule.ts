import { Cron } from 'croner';
import type { AreaFollowUpSchedule } from '../../src/config/area-follow-up-config';
import { dueAreaFollowUp } from '../../src/domain/council/area-follow-up-plan';
import { runAreaFollowUp, areaFollowUpSummaryLines, type AreaFollowUpServices } from './area-follow-up-run';
import { councilToday } from './council-dashboard-service';

export interface AreaFollowUpJob {
  /** The next scheduled run's instant, or undefined when stopped. */
  nextRun(): Date | undefined;
  stop(): void;
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The region's local time of day, HH:MM (h23), on the service's clock. */
export function localTimeOf(now: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(now);
}

/**
 * Sends the follow-up due now, if one is (dueAreaFollowUp: from its day and time to the end of its
 * month); the outcome logged, a failure logged and never thrown (the next start or day tries again;
 * the run is idempotent per chief, area and follow-up).
 */
export async function runDueAreaFollowUp(services: AreaFollowUpServices): Promise<void> {
  const schedule = services.config.areaFollowUp;
  const due = dueAreaFollowUp(councilToday(services), localTimeOf(services.now(), services.config.timeZone), schedule.at, schedule.runs);
  if (due === undefined) return;
  try {
    const result = await runAreaFollowUp(services, due);
    if (result.status === 'busy') services.log(`area follow-up: another instance is sending it: ${result.reason}`);
    else for (const line of [...areaFollowUpSummaryLines(result.summary, false), ...(result.stoppedEarly === undefined ? [] : [`area follow-up: stopped early: ${result.stoppedEarly}`])]) services.log(line);
  } catch (error) {
    services.log(`area follow-up: the run of ${due.year} ${due.period} failed (tried again at the next start or scheduled day): ${messageOf(error)}`);
  }
}

/** croner's pattern: each configured day of its month at `at`. */
function patternOf(schedule: Pick<AreaFollowUpSchedule, 'at' | 'runs'>, run: AreaFollowUpSchedule['runs'][number]): string {
  const [hours, minutes] = schedule.at.split(':').map(Number);
  return `${minutes} ${hours} ${run.day} ${run.month} *`;
}

/**
 * The May and December area follow-up inside the app service (issue 10; R-REP, the action plan's
 * section 4): at `areaFollowUp.at` on each configured day, in the region's time zone (croner keeps
 * the local time across daylight saving), one run at a time in this process (croner's `protect`), across
 * instances the run's lease; and once at the start as a catch-up, for a service that was down on the
 * day (sent only within the month, and only what was not sent already). Undefined when turned off.
 */
export function scheduleAreaFollowUps(services: AreaFollowUpServices, options: { readonly catchUp?: boolean } = {}): AreaFollowUpJob | undefined {
  const schedule = services.config.areaFollowUp;
  if (!schedule.scheduled) return undefined;
  const jobs = schedule.runs.map(
    (run) => new Cron(patternOf(schedule, run), { timezone: services.config.timeZone, protect: true, unref: true, name: `tillit-area-follow-up-${run.month}` }, () => runDueAreaFollowUp(services))
  );
  if (options.catchUp ?? true) void runDueAreaFollowUp(services);
  return {
    nextRun: () =>
      jobs
        .map((job) => job.nextRun())
        .filter((next): next is Date => next !== null)
        .sort((a, b) => a.getTime() - b.getTime())[0],
    stop: () => jobs.forEach((job) => job.stop())
  };
}
