import type { MyTasksAnswer, SnoozeAnswer, SnoozeRequest } from '../../src/contracts/my-tasks';
import { newSnooze, type Snooze } from '../../src/domain/nudges/snooze';
import { instantOf, localDateOf, type IsoDate } from '../../src/domain/shared/calendar';
import { eq } from '../../src/sharepoint/odata-literal';
import type { AppApiServices } from '../api/app-api-services';
import { myTasksAnswerOf, personDigestOf, type PersonDigest } from './my-tasks-answer';
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
  public async digestOf(email: string): Promise<{ readonly today: IsoDate; readonly planned: PlannedDay } & PersonDigest> {
    const today = this.today();
    const [planned, snoozes] = await Promise.all([this.plans.plan(today), this.snoozesOf(email)]);
    return { today, planned, ...personDigestOf(planned, email, snoozes, today) };
  }

  /** GET /api/my-tasks's answer: the pure myTasksAnswerOf over the cached plan and the person's snoozes, read afresh. */
  public async answerFor(email: string): Promise<MyTasksAnswer> {
    const today = this.today();
    const [planned, snoozes] = await Promise.all([this.plans.plan(today), this.snoozesOf(email)]);
    return myTasksAnswerOf(planned, email, snoozes, today, { config: this.services.config, sitePath: this.services.sitePath });
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
