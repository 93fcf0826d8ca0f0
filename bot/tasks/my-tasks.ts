import type { EscalatedTask, MyTasksAnswer, SnoozeAnswer, SnoozeRequest, TaskItem } from '../../src/contracts/my-tasks';
import type { NudgeItem } from '../../src/domain/nudges/nudge-item';
import type { Digest } from '../../src/domain/nudges/nudge-plan';
import { applySnoozes, newSnooze, type Snooze } from '../../src/domain/nudges/snooze';
import { staffOverdueTraining } from '../../src/domain/nudges/staff-training';
import type { Person } from '../../src/domain/people/person';
import { instantOf, localDateOf, type IsoDate } from '../../src/domain/shared/calendar';
import { subjectLink } from '../../src/sharepoint/lists/item-links';
import { eq } from '../../src/sharepoint/odata-literal';
import type { AppApiServices } from '../api/app-api-services';
import { PlanCache, type PlannedDay } from './plan-cache';

type TaskServices = Pick<AppApiServices, 'registers' | 'config' | 'now' | 'log' | 'sitePath'>;

/** Why a snooze was not recorded: the route turns these into 400 and 403. */
export type SnoozeOutcome =
  | { readonly outcome: 'snoozed'; readonly answer: SnoozeAnswer }
  | { readonly outcome: 'length-not-offered'; readonly offered: readonly number[] }
  | { readonly outcome: 'not-in-your-digest' };

/**
 * My tasks (issue 8, web part 2) and the bot's digests (issue 9) from one place: the day's nudge
 * plan (R-NDG-1..3) for one person, less what they snoozed (R-NDG-2). Routes and bot turns call this
 * thinly; the rules themselves are the domain's (planNudges, applySnoozes, staffOverdueTraining).
 */
export class MyTasks {
  public readonly plans: PlanCache;

  public constructor(private readonly services: TaskServices, ttlMs?: number) {
    this.plans = new PlanCache({ registers: services.registers, config: services.config, now: services.now, ttlMs, log: services.log });
  }

  /** The region's calendar day now: what "overdue" means in the region, wherever the server runs. */
  public today(): IsoDate {
    return localDateOf(instantOf(this.services.now()), this.services.config.timeZone);
  }

  /** The person's digest today, snoozes applied, with what a manager sees of the staff's training. */
  public async digestOf(email: string): Promise<{ readonly today: IsoDate; readonly planned: PlannedDay; readonly digest: Digest; readonly snoozedCount: number; readonly staffTraining: NudgeItem[] }> {
    const today = this.today();
    const [planned, snoozes] = await Promise.all([this.plans.plan(today), this.snoozesOf(email)]);
    const full = planned.digests.get(email) ?? { recipientEmail: email, owed: [], escalated: [] };
    const { digest, hidden } = applySnoozes(full, snoozes, today);
    const escalatedKeys = new Set(full.escalated.map((escalated) => escalated.item.key));
    const staffTraining = staffOverdueTraining(email, planned.digests, planned.staff.values(), escalatedKeys);
    return { today, planned, digest, snoozedCount: hidden.length, staffTraining };
  }

  /** GET /api/my-tasks's answer. */
  public async answerFor(email: string): Promise<MyTasksAnswer> {
    const { today, planned, digest, snoozedCount, staffTraining } = await this.digestOf(email);
    const task = (item: NudgeItem): TaskItem => taskOf(item, planned.staff, this.services.sitePath);
    return {
      asOf: today,
      email,
      owed: digest.owed.map(task),
      escalated: digest.escalated.map((escalated): EscalatedTask => ({ key: escalated.key, route: escalated.route, item: task(escalated.item) })),
      staffTraining: staffTraining.map(task),
      snoozedCount,
      snoozeDays: [...this.services.config.nudges.snoozeDays]
    };
  }

  /**
   * R-NDG-2, R-SEC-1: the caller snoozes an item of their own digest (owed by them or escalated to
   * them), for one of the lengths the region offers; anything else is refused and nothing is stored.
   * The snooze is bound to the item's due state (applySnoozes), and kept as a record (R-SEC-4).
   */
  public async snooze(email: string, request: SnoozeRequest): Promise<SnoozeOutcome> {
    const offered = this.services.config.nudges.snoozeDays;
    if (!offered.includes(request.days)) return { outcome: 'length-not-offered', offered };
    const today = this.today();
    const planned = await this.plans.plan(today);
    const digest = planned.digests.get(email);
    const item = digest?.owed.find((owed) => owed.key === request.key) ?? digest?.escalated.find((escalated) => escalated.key === request.key)?.item;
    if (item === undefined) return { outcome: 'not-in-your-digest' };
    const record = newSnooze(request.key, item, email, today, request.days, instantOf(this.services.now()));
    // The id is SharePoint's; the schema asks for one, so the record carries a placeholder until it is added.
    await this.services.registers.snoozes.add({ id: 'new', ...record });
    return { outcome: 'snoozed', answer: { key: request.key, until: record.until } };
  }

  /** The person's snoozes, read afresh (Person is indexed): a snooze made on another instance counts at once. */
  private async snoozesOf(email: string): Promise<Snooze[]> {
    const read = await this.services.registers.snoozes.readAll(eq('Person/EMail', email));
    for (const rejected of read.rejected) this.services.log(`my tasks: snooze ${rejected.id ?? '?'} is malformed and ignored`);
    return read.valid;
  }
}

function taskOf(item: NudgeItem, staff: ReadonlyMap<string, Person>, sitePath: string): TaskItem {
  return {
    key: item.key,
    topic: item.topic,
    detail: item.detail,
    subjectKind: item.subjectKind,
    subjectId: item.subjectId,
    subjectName: item.subjectName,
    responsibleEmail: item.responsibleEmail,
    responsibleName: staff.get(item.responsibleEmail)?.displayName,
    urgency: item.urgency,
    link: subjectLink(sitePath, item.subjectKind, item.subjectId),
    dueOn: item.dueOn,
    daysOverdue: item.daysOverdue
  };
}

const perServices = new WeakMap<object, MyTasks>();

/**
 * The one MyTasks (and so the one plan cache) of an app service: the My tasks routes, the bot and any
 * route that must invalidate the plan after a write (`myTasksOf(services).plans.invalidate()`) share it.
 */
export function myTasksOf(services: TaskServices): MyTasks {
  let tasks = perServices.get(services);
  if (tasks === undefined) {
    tasks = new MyTasks(services);
    perServices.set(services, tasks);
  }
  return tasks;
}
