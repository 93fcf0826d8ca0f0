import type { RegisterSnapshot } from '../../src/domain/registers';
import type { Snooze } from '../../src/domain/nudges/snooze';
import type { BotInstallation } from '../../src/sharepoint/mappers/records/bot-installation';
import type { RegisterRepositories } from '../../src/sharepoint/repositories/register-repositories';
import { NUDGE_PLAN_LISTS, readNudgeSnapshot } from '../../src/sharepoint/repositories/snapshot-reader';
import type { LoggedRow, NudgeLogStore } from './nudge-log-store';

/** Everything a nudge run reads, each list once (issue 9: the run's request budget). */
export interface RunInputs {
  readonly snapshot: RegisterSnapshot;
  readonly snoozes: readonly Snooze[];
  /** The whole NudgeLog with ETags: the history, the day's message states and the run's lease. */
  readonly log: readonly LoggedRow[];
  readonly installations: readonly BotInstallation[];
}

/** The lists a run reads: the planner's, then Snoozes, the NudgeLog and BotInstallations. */
export const RUN_INPUT_LISTS = [...NUDGE_PLAN_LISTS, 'snoozes', 'nudgeLog', 'botInstallations'] as const;

/**
 * Reads the run's inputs one list after another (far from SharePoint's throttling), each whole,
 * 5,000 items a page, with no per-person reads: snoozes are applied per person from the one read
 * (bot/tasks/my-tasks-answer.ts). Malformed items are logged with their ids and left out (DESIGN.md habit 2).
 */
export async function readRunInputs(registers: Pick<RegisterRepositories, keyof RegisterRepositories>, store: NudgeLogStore, log: (line: string) => void): Promise<RunInputs> {
  const { snapshot, rejected } = await readNudgeSnapshot(registers);
  for (const [list, items] of Object.entries(rejected)) log(`nudge: ${items.length} malformed item(s) in ${list} left out of the plan (ids ${items.map((item) => item.id ?? '?').join(', ')})`);
  const snoozes = await registers.snoozes.readAll();
  if (snoozes.rejected.length > 0) log(`nudge: ${snoozes.rejected.length} malformed snooze(s) ignored`);
  const logged = await store.readAll();
  if (logged.rejected.length > 0) log(`nudge: ${logged.rejected.length} malformed NudgeLog row(s) ignored (ids ${logged.rejected.map((item) => item.id ?? '?').join(', ')})`);
  const installations = await registers.botInstallations.readAll();
  if (installations.rejected.length > 0) log(`nudge: ${installations.rejected.length} malformed installation(s) ignored; their people count as not installed`);
  return { snapshot, snoozes: snoozes.valid, log: logged.rows, installations: installations.valid };
}
