import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { DEFAULT_NUDGE_RUN_CONFIG, type NudgeRunConfig } from '../../src/config/nudge-run-config';
import type { RegionConfig } from '../../src/config/region-config';
import { nudgeHistoryOf } from '../../src/domain/nudges/nudge-history';
import { planNudges } from '../../src/domain/nudges/nudge-plan';
import { instantOf, localDateOf, type IsoDate } from '../../src/domain/shared/calendar';
import type { RegisterRepositories } from '../../src/sharepoint/repositories/register-repositories';
import type { ConnectorPort } from '../sender/connector-port';
import { snoozesByPerson } from '../tasks/my-tasks-answer';
import { plannedDayOf } from '../tasks/planned-day';
import type { RunMode } from './claim-protocol';
import { dispatchClaimed } from './message-dispatch';
import type { DigestCardBuilder } from './digest-card-input';
import { claimMessages, rowsByRecipient, sweepSending } from './message-claims';
import { dispatchContext } from './dispatch-context';
import { chunksOf } from '../../src/sharepoint/batches-in-flight';
import { runKeyOf } from './message-key';
import { NudgeLogStore } from './nudge-log-store';
import { planMessages, usableInstallations } from './nudge-messages';
import { readRunInputs } from './run-inputs';
import { LeaseLostError, RunLease } from './run-lease';
import { emptySummary, type RunSummary } from './run-summary';

export interface NudgeRunServices {
  readonly registers: Pick<RegisterRepositories, keyof RegisterRepositories>;
  readonly config: RegionConfig;
  /** The Tillit site, absolute (`https://region.sharepoint.com/sites/tillit`). */
  readonly siteUrl: string;
  /** The My tasks page, absolute: where a long digest's "and N more" leads. */
  readonly myTasksUrl?: string;
  readonly connector: ConnectorPort;
  readonly buildCard: DigestCardBuilder;
  readonly now: () => Date;
  readonly log: (line: string) => void;
}

export interface NudgeRunOptions {
  readonly mode?: RunMode;
  /** Plan and count, write and send nothing. */
  readonly dryRun?: boolean;
  /** Only this person's message. */
  readonly only?: string;
  /** The run day; the region's today by default. */
  readonly asOf?: IsoDate;
  /** Who this run is in the NudgeLog (claims and lease); a new id per process by default. */
  readonly holder?: string;
  /** The region's nudge-run settings with these laid over them (tests: a short lease). */
  readonly settings?: Partial<NudgeRunConfig>;
  /** Progress: messages handled of those to send. */
  readonly onProgress?: (done: number, total: number) => void;
}

export type NudgeRunResult =
  | { readonly status: 'done'; readonly summary: RunSummary; readonly stoppedEarly?: string }
  | { readonly status: 'busy'; readonly reason: string; readonly summary: RunSummary };

export function newRunHolder(): string {
  return `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

/**
 * The nudge run (issue 9; R-NDG-1..4): reads what the planner needs, each list once (run-inputs.ts),
 * plans with the domain's pure planner, builds one message per person (nudge-messages.ts), takes the
 * run day's lease and hands the messages through the claim protocol (claim-protocol.ts) to the
 * sender. Dry runs stop after planning. Every outcome is in the NudgeLog; the summary counts them.
 */
export async function runNudges(services: NudgeRunServices, options: NudgeRunOptions = {}): Promise<NudgeRunResult> {
  const settings: NudgeRunConfig = { ...DEFAULT_NUDGE_RUN_CONFIG, ...services.config.nudgeRun, ...options.settings };
  const mode = options.mode ?? 'run';
  const runDay = options.asOf ?? localDateOf(instantOf(services.now()), services.config.timeZone);
  const holder = options.holder ?? newRunHolder();
  const summary = emptySummary(runDay);
  const store = new NudgeLogStore(services.registers.nudgeLog);
  const sitePath = new URL(services.siteUrl).pathname.replace(/\/$/, '');

  const inputs = await readRunInputs(services.registers, store, services.log);
  const messageRows = inputs.log.filter((row) => row.record.kind === 'message');
  const planned = plannedDayOf(planNudges(inputs.snapshot, services.config, nudgeHistoryOf(messageRows.map((row) => row.record)), runDay), inputs.snapshot.roster, runDay, { readMs: 0, planMs: 0 });
  const installations = usableInstallations(inputs.installations);
  for (const email of installations.unusable) services.log(`nudge: the installation of ${email} has no usable conversation reference; counted as not installed`);
  const plan = planMessages(planned, snoozesByPerson(inputs.snoozes), installations.byEmail, runDay, { config: services.config, sitePath, only: options.only });
  summary.planned = plan.messages.length;
  summary.snoozed = plan.snoozedAway;
  if (options.dryRun === true) return { status: 'done', summary };

  const lease = new RunLease(store, holder, runDay, settings.leaseSeconds, services.now);
  const taken = await lease.acquire(inputs.log.find((row) => row.record.kind === 'run' && row.record.key === runKeyOf(runDay)));
  if (!taken.acquired) return { status: 'busy', reason: taken.reason, summary };
  try {
    const swept = await sweepSending(store, messageRows, holder);
    summary.unknown += swept.marked;
    const rows = rowsByRecipient(swept.rows, runDay);
    const claimContext = { store, holder, mode, summary };
    const dispatch = dispatchContext(services, settings, { store, holder, summary, lease });
    const total = plan.messages.length;
    let done = 0;
    options.onProgress?.(0, total);
    // Claims of the next batch are written while this batch is sent (a $batch of 100 adds takes a while).
    const batches = chunksOf(plan.messages, settings.claimBatchSize);
    let claiming = batches.length > 0 ? claimMessages(batches[0], rows, claimContext) : undefined;
    for (let index = 0; claiming !== undefined; index += 1) {
      const claimed = await claiming;
      claiming = index + 1 < batches.length ? claimMessages(batches[index + 1], rows, claimContext) : undefined;
      // Settled either way before this loop can throw, so a failed claim is never an unhandled rejection.
      claiming?.catch(() => undefined);
      await dispatchClaimed(claimed, dispatch);
      done += batches[index].length;
      options.onProgress?.(done, total);
    }
    await lease.release('finished', JSON.stringify(summary));
    return { status: 'done', summary };
  } catch (error) {
    if (error instanceof LeaseLostError) return { status: 'done', summary, stoppedEarly: error.message };
    await lease.release('stopped', JSON.stringify({ ...summary, error: error instanceof Error ? error.message : String(error) })).catch((releaseError: unknown) => {
      services.log(`nudge: the run's end could not be recorded (its lease runs out by itself): ${releaseError instanceof Error ? releaseError.message : String(releaseError)}`);
    });
    throw error;
  }
}
