import type { EscalatedTask, MyTasksAnswer, TaskItem } from '../../src/contracts/my-tasks';
import type { RegionConfig } from '../../src/config/region-config';
import type { NudgeItem } from '../../src/domain/nudges/nudge-item';
import type { Digest } from '../../src/domain/nudges/nudge-plan';
import { applySnoozes, type Snooze } from '../../src/domain/nudges/snooze';
import { staffOverdueTraining } from '../../src/domain/nudges/staff-training';
import type { Person } from '../../src/domain/people/person';
import type { IsoDate } from '../../src/domain/shared/calendar';
import { subjectLink } from '../../src/sharepoint/lists/item-links';
import type { PlannedDay } from './planned-day';

/** A person's digest for the day, snoozes applied, with what a manager sees of the staff's training. */
export interface PersonDigest {
  readonly digest: Digest;
  readonly snoozedCount: number;
  readonly staffTraining: NudgeItem[];
}

/**
 * R-NDG-1..3, R-NDG-2 (snooze): one person's digest from the day's plan and their snoozes. Pure: My
 * tasks (one person, snoozes read afresh) and the nudge run (everyone, snoozes read once) both call
 * it, so the page and the bot's message always agree.
 */
export function personDigestOf(planned: PlannedDay, email: string, snoozes: readonly Snooze[], today: IsoDate): PersonDigest {
  const full = planned.digests.get(email) ?? { recipientEmail: email, owed: [], escalated: [] };
  const { digest, hidden } = applySnoozes(full, snoozes, today);
  const escalatedKeys = new Set(full.escalated.map((escalated) => escalated.item.key));
  const staffTraining = staffOverdueTraining(email, planned.digests, planned.reports.get(email) ?? [], escalatedKeys);
  return { digest, snoozedCount: hidden.length, staffTraining };
}

/** GET /api/my-tasks's answer, and the content of the person's digest card: pure, from the plan, the snoozes and the day. */
export function myTasksAnswerOf(
  planned: PlannedDay,
  email: string,
  snoozes: readonly Snooze[],
  today: IsoDate,
  settings: { readonly config: Pick<RegionConfig, 'nudges'>; readonly sitePath: string }
): MyTasksAnswer {
  const { digest, snoozedCount, staffTraining } = personDigestOf(planned, email, snoozes, today);
  const task = (item: NudgeItem): TaskItem => taskOf(item, planned.staff, settings.sitePath);
  return {
    asOf: today,
    email,
    owed: digest.owed.map(task),
    escalated: digest.escalated.map((escalated): EscalatedTask => ({ key: escalated.key, route: escalated.route, item: task(escalated.item) })),
    staffTraining: staffTraining.map(task),
    snoozedCount,
    snoozeDays: [...settings.config.nudges.snoozeDays]
  };
}

/** Snoozes grouped by the person who set them: a run applies each person's own in one pass. */
export function snoozesByPerson(snoozes: readonly Snooze[]): ReadonlyMap<string, readonly Snooze[]> {
  const byPerson = new Map<string, Snooze[]>();
  for (const snooze of snoozes) {
    const list = byPerson.get(snooze.personEmail) ?? [];
    list.push(snooze);
    byPerson.set(snooze.personEmail, list);
  }
  return byPerson;
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
