import type { MyTasksAnswer, TaskItem } from '../../../src/contracts/my-tasks';
import type { RegionConfig } from '../../../src/config/region-config';
import { generateDemoRegion } from '../../../src/demo';
import type { NudgeItem } from '../../../src/domain/nudges/nudge-item';
import { planNudges } from '../../../src/domain/nudges/nudge-plan';
import { staffOverdueTraining } from '../../../src/domain/nudges/staff-training';
import { currentStaff } from '../../../src/domain/people/person';
import type { IsoDate } from '../../../src/domain/shared/calendar';
import { subjectLink } from '../../../src/sharepoint/lists/item-links';

/**
 * Every digest of the demo region as My tasks answers it (bot/tasks/my-tasks.ts does the same from
 * SharePoint; here from the generated region, no snoozes), with the recipient's roster name.
 */
export function demoAnswers(config: RegionConfig, asOf: IsoDate, scale: number): Array<{ answer: MyTasksAnswer; name: string }> {
  const region = generateDemoRegion({ asOf, scale }, config);
  const plan = planNudges(region, config, { firstSentOn: new Map() }, asOf);
  const staff = new Map(currentStaff(region.roster, asOf).map((person) => [person.email, person]));
  const digests = new Map(plan.digests.map((digest) => [digest.recipientEmail, digest]));
  const task = (item: NudgeItem): TaskItem => ({
    key: item.key,
    topic: item.topic,
    detail: item.detail,
    subjectKind: item.subjectKind,
    subjectId: item.subjectId,
    subjectName: item.subjectName,
    responsibleEmail: item.responsibleEmail,
    responsibleName: staff.get(item.responsibleEmail)?.displayName,
    urgency: item.urgency,
    link: subjectLink('/sites/tillit', item.subjectKind, item.subjectId),
    dueOn: item.dueOn,
    daysOverdue: item.daysOverdue
  });
  return plan.digests.map((digest) => {
    const escalatedKeys = new Set(digest.escalated.map((escalated) => escalated.item.key));
    const person = staff.get(digest.recipientEmail);
    return {
      name: person?.displayName ?? digest.recipientEmail,
      answer: {
        asOf,
        email: digest.recipientEmail,
        owed: digest.owed.map(task),
        escalated: digest.escalated.map((escalated) => ({ key: escalated.key, route: escalated.route, item: task(escalated.item) })),
        staffTraining: staffOverdueTraining(digest.recipientEmail, digests, staff.values(), escalatedKeys).map(task),
        snoozedCount: 0,
        snoozeDays: [...config.nudges.snoozeDays]
      }
    };
  });
}
