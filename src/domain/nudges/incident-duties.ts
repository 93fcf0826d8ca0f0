import type { RegionConfig } from '../../config/region-config';
import { isPossibleBreach, type Incident } from '../incidents/incident';
import { incidentDeciders, type IncidentDirectory } from '../incidents/incident-deciders';
import { addHoursTo, daysBetween, localDateOf, type IsoDate } from '../shared/calendar';
import type { NudgeUrgency } from './nudge-item';
import type { OwedItem } from './owed-items';

/** Who is asked to assess: the unit chief ('assess'), or the DSO about a (possible) breach and IMY ('breach'). */
export type IncidentDutyDetail = 'assess' | 'breach';

/** A breach is unsettled until the DSO has judged it not reportable or it has been reported to IMY. */
function breachUnsettled(incident: Incident): boolean {
  return incident.reportedToAuthorityAt === undefined && incident.reportableToAuthority !== false;
}

/**
 * R-INC, R-NDG-1: every reported, not yet assessed incident is owed by its unit's chief (up the
 * tree when the post is vacant), and a possible personal data breach (personal data involved or
 * "don't know") by the DSO as well, until the DSO has settled it, due 72 hours after discovery
 * (config.incidents.breachNotificationHours). A DSO who is also the unit's chief owes it once.
 * Unassigned (no chief anywhere up the tree) leaves responsibleEmail undefined: the planner finds
 * the area's information owner, then the security coordinator.
 */
export function incidentDuties(incidents: readonly Incident[], directory: IncidentDirectory, config: RegionConfig, today: IsoDate): OwedItem[] {
  const items: OwedItem[] = [];
  for (const incident of incidents) {
    const possibleBreach = isPossibleBreach(incident) && breachUnsettled(incident);
    if (incident.status !== 'reported' && !possibleBreach) continue;
    const deciders = incidentDeciders(incident, directory);
    const dueAt = possibleBreach ? addHoursTo(incident.discoveredAt, config.incidents.breachNotificationHours) : undefined;
    const dueOn = dueAt === undefined ? undefined : localDateOf(dueAt, config.timeZone);
    const daysOverdue = dueOn === undefined ? 0 : Math.max(0, daysBetween(dueOn, today));
    // By the calendar day, as every other topic: the exact minute is in dueAt, for the pages to count down.
    const urgency: NudgeUrgency = dueOn === undefined ? 'missing' : daysBetween(today, dueOn) < 0 ? 'overdue' : 'due-soon';
    const owed = (responsibleEmail: string | undefined, detail: IncidentDutyDetail): OwedItem => ({
      topic: 'incident-assessment',
      detail,
      subjectKind: 'incident',
      subjectId: incident.id,
      subjectName: incident.title,
      unitId: incident.unitId,
      responsibleEmail,
      urgency,
      dueOn,
      ...(dueAt === undefined ? {} : { dueAt }),
      daysOverdue
    });
    const officers = possibleBreach ? deciders.dataProtectionOfficers.slice(0, 1) : [];
    if (incident.status === 'reported' && !officers.includes(deciders.unitChief ?? '')) items.push(owed(deciders.unitChief, 'assess'));
    for (const officer of officers) items.push(owed(officer, 'breach'));
  }
  return items;
}
