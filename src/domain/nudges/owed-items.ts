import type { RegionConfig } from '../../config/region-config';
import { outstandingAcknowledgements } from '../acknowledgements/outstanding-acknowledgements';
import { classificationDuties } from '../classification/classification-status';
import { incidentDirectory } from '../incidents/incident-deciders';
import { unitChiefs } from '../organisation/unit-chiefs';
import type { RegisterSnapshot } from '../registers';
import { riskFollowUps } from '../risks/risk-level';
import type { RoleSlot } from '../roles/role-slots';
import { rolesByPerson } from '../roles/role-slots';
import { daysBetween, type IsoDate } from '../shared/calendar';
import { continuityDuties } from '../systems/continuity-duties';
import { trainingObligations } from '../training/training-obligations';
import { incidentDuties } from './incident-duties';
import type { NudgeItem, NudgeUrgency } from './nudge-item';

/**
 * What someone owes, before routing: `responsibleEmail` undefined means the register names nobody,
 * and the planner finds the area's responsible person instead.
 */
export type OwedItem = Omit<NudgeItem, 'responsibleEmail' | 'key'> & { readonly responsibleEmail: string | undefined };

function urgencyOf(dueOn: IsoDate | undefined, today: IsoDate, dueSoonDays: number): NudgeUrgency | undefined {
  if (dueOn === undefined) return 'missing';
  const daysLeft = daysBetween(today, dueOn);
  if (daysLeft < 0) return 'overdue';
  return daysLeft <= dueSoonDays ? 'due-soon' : undefined;
}

/** Everything owed on `today` across the registers (R-NDG-1), one item per duty and person. */
export function owedItems(snapshot: RegisterSnapshot, slots: readonly RoleSlot[], config: RegionConfig, today: IsoDate): OwedItem[] {
  const soon = config.nudges.dueSoonDays;
  const items: OwedItem[] = [];
  const overdueDays = (dueOn: IsoDate | undefined): number => (dueOn === undefined ? 0 : Math.max(0, daysBetween(dueOn, today)));

  for (const duty of classificationDuties(snapshot.assets, snapshot.systems, snapshot.classifications, config, today)) {
    const urgency = duty.state === 'current' ? undefined : urgencyOf(duty.dueOn, today, soon);
    if (urgency === undefined) continue;
    items.push({
      topic: 'classification',
      detail: duty.state,
      subjectKind: duty.targetKind,
      subjectId: duty.targetId,
      subjectName: duty.targetName,
      unitId: duty.unitId,
      responsibleEmail: duty.ownerEmail,
      urgency,
      dueOn: duty.dueOn,
      daysOverdue: overdueDays(duty.dueOn)
    });
  }

  for (const duty of continuityDuties(snapshot.systems, config, today)) {
    if (duty.state === 'current') continue;
    const urgency = duty.state === 'due-soon' ? 'due-soon' : duty.state === 'expired' ? 'overdue' : 'missing';
    items.push({
      topic: duty.document,
      detail: duty.state,
      subjectKind: 'system',
      subjectId: duty.systemId,
      subjectName: duty.systemName,
      unitId: duty.unitId,
      responsibleEmail: duty.ownerEmail,
      urgency,
      dueOn: duty.dueOn,
      daysOverdue: overdueDays(duty.dueOn)
    });
  }

  const roles = rolesByPerson(slots);
  for (const owed of outstandingAcknowledgements(snapshot.documentVersions, snapshot.acknowledgements, roles, snapshot.roster, config, today)) {
    const urgency = urgencyOf(owed.dueOn, today, soon);
    if (urgency === undefined) continue;
    items.push({
      topic: 'acknowledgement',
      detail: `version ${owed.version}`,
      subjectKind: 'document',
      subjectId: owed.documentVersionId,
      subjectName: owed.title,
      unitId: undefined,
      responsibleEmail: owed.personEmail,
      urgency,
      dueOn: owed.dueOn,
      daysOverdue: owed.daysOverdue
    });
  }

  for (const obligation of trainingObligations(snapshot.roster, snapshot.systems, roles, snapshot.trainingRecords, config, today)) {
    if (obligation.state === 'done' || obligation.dueOn === undefined) continue;
    const urgency = urgencyOf(obligation.dueOn, today, soon);
    if (urgency === undefined) continue;
    items.push({
      topic: 'training',
      detail: `${obligation.modulesDone}/${obligation.modulesTotal}`,
      subjectKind: 'course',
      subjectId: obligation.courseKey,
      subjectName: obligation.courseKey,
      unitId: undefined,
      responsibleEmail: obligation.personEmail,
      urgency,
      dueOn: obligation.dueOn,
      daysOverdue: obligation.daysOverdue
    });
  }

  for (const finding of riskFollowUps(snapshot.risks, today)) {
    items.push({
      topic: 'risk-follow-up',
      detail: finding.problem,
      subjectKind: 'risk',
      subjectId: finding.riskId,
      subjectName: finding.title,
      unitId: finding.unitId,
      // A risk without an owner is the area's to fix, not the (absent) owner's.
      responsibleEmail: finding.problem === 'no-owner' ? undefined : finding.ownerEmail,
      urgency: finding.problem === 'follow-up-overdue' ? 'overdue' : 'missing',
      // Naming an owner has no due date of its own: the risk's follow-up date is not it. With that date
      // here, a 'missing' item with daysOverdue 0 would never pass its grace and never escalate
      // (R-NDG-3); without it, the grace runs from the first reminder like every other missing item.
      dueOn: finding.problem === 'no-owner' ? undefined : finding.followUpOn,
      daysOverdue: finding.daysOverdue
    });
  }

  const directory = incidentDirectory(snapshot.units, unitChiefs(snapshot.roster, today), slots, config);
  items.push(...incidentDuties(snapshot.incidents, directory, config, today));
  return items;
}
