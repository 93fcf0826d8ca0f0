import type { RegionConfig } from '../../config/region-config';
import { unitChain, type OrgUnit } from '../organisation/org-unit';
import { currentStaff, type Person } from '../people/person';
import type { RegisterSnapshot } from '../registers';
import { firstHolderUpTheTree, roleSlots, unitHolders } from '../roles/role-slots';
import { daysBetween, type IsoDate } from '../shared/calendar';
import { compareNudgeItems, type NudgeItem } from './nudge-item';
import { owedItems, type OwedItem } from './owed-items';

export type EscalationRoute = 'manager' | 'area-responsible' | 'fallback-role';

/** An item past its grace period, told to someone above the person who owes it (R-NDG-3). */
export interface EscalatedItem {
  readonly key: string;
  readonly item: NudgeItem;
  readonly route: EscalationRoute;
}

/** R-NDG-2: one message per person per run, with what they owe and what is escalated to them. */
export interface Digest {
  readonly recipientEmail: string;
  readonly owed: NudgeItem[];
  readonly escalated: EscalatedItem[];
}

export interface NudgePlan {
  readonly asOf: IsoDate;
  readonly digests: Digest[];
  /** Items nobody can be found for: no owner, no area responsible, no fallback role holder. The council sees these. */
  readonly unroutable: OwedItem[];
}

export interface NudgeHistory {
  /** From the NudgeLog: the first day each item key was sent, which starts the grace of an item without a due date. */
  readonly firstSentOn: ReadonlyMap<string, IsoDate>;
}

/** Who can be reached and who answers for an area, indexed once per run (R-NDG-3 looks them up per item). */
interface Directory {
  readonly staff: ReadonlyMap<string, Person>;
  readonly units: ReadonlyMap<string, OrgUnit>;
  /** The area-responsible role's holder per unit (config.nudges.areaResponsibleRoleKey). */
  readonly areaHolders: ReadonlyMap<string, string>;
  /** Reachable holders of the fallback role, in slot order (config.nudges.fallbackRoleKey). */
  readonly fallbackHolders: readonly string[];
}

function isReachable(email: string | undefined, directory: Pick<Directory, 'staff'>): email is string {
  return email !== undefined && directory.staff.has(email);
}

/** The area's responsible person (the information owner up the tree), else the fallback role's holder. */
function areaContact(
  unitId: string | undefined,
  exclude: string | undefined,
  directory: Directory
): { email: string; route: EscalationRoute } | undefined {
  const chain = unitChain(directory.units, unitId).map((unit) => unit.id);
  const areaHolder = firstHolderUpTheTree(directory.areaHolders, chain);
  if (isReachable(areaHolder, directory) && areaHolder !== exclude) return { email: areaHolder, route: 'area-responsible' };
  const fallback = directory.fallbackHolders.find((email) => email !== exclude);
  return fallback === undefined ? undefined : { email: fallback, route: 'fallback-role' };
}

function isPastGrace(item: NudgeItem, config: RegionConfig, history: NudgeHistory, today: IsoDate): boolean {
  const grace = config.nudges.escalateAfterDays[item.topic];
  if (item.urgency === 'due-soon') return false;
  if (item.dueOn !== undefined) return item.daysOverdue > grace;
  // Never done, so no due date: the grace runs from the first reminder the person got.
  const firstSent = history.firstSentOn.get(item.key);
  return firstSent !== undefined && daysBetween(firstSent, today) > grace;
}

function escalationTarget(
  item: NudgeItem,
  directory: Directory
): { email: string; route: EscalationRoute } | undefined {
  const person = directory.staff.get(item.responsibleEmail);
  const manager = person?.managerEmail;
  if (isReachable(manager, directory) && manager !== item.responsibleEmail) return { email: manager, route: 'manager' };
  // A roster member without a manager (or whose manager left): the information owner of the area is told.
  return areaContact(item.unitId ?? person?.unitId, item.responsibleEmail, directory);
}

/**
 * R-NDG-1..3: from all registers and the roster, one digest per person listing everything they
 * owe, plus escalations to managers (or the area's information owner) past the grace period.
 * Pure and deterministic: the same snapshot, history and day give the same plan, in the same order.
 */
export function planNudges(snapshot: RegisterSnapshot, config: RegionConfig, history: NudgeHistory, today: IsoDate): NudgePlan {
  const staff = new Map(currentStaff(snapshot.roster, today).map((person) => [person.email, person]));
  const slots = roleSlots(config, snapshot.units, snapshot.systems, snapshot.roleAssignments, today);
  const directory: Directory = {
    staff,
    units: new Map(snapshot.units.map((unit) => [unit.id, unit])),
    areaHolders: unitHolders(slots, config.nudges.areaResponsibleRoleKey),
    fallbackHolders: slots
      .filter((slot) => slot.roleKey === config.nudges.fallbackRoleKey)
      .flatMap((slot) => (isReachable(slot.holderEmail, { staff }) ? [slot.holderEmail] : []))
  };

  const owedByPerson = new Map<string, NudgeItem[]>();
  const escalatedByPerson = new Map<string, EscalatedItem[]>();
  const unroutable: OwedItem[] = [];
  const push = <T>(map: Map<string, T[]>, email: string, value: T): void => {
    const list = map.get(email) ?? [];
    list.push(value);
    map.set(email, list);
  };

  for (const owed of owedItems(snapshot, slots, config, today)) {
    // An owner who is not on the current roster (left, or never there) cannot act: the area answers for it.
    const responsible = isReachable(owed.responsibleEmail, directory)
      ? owed.responsibleEmail
      : areaContact(owed.unitId, undefined, directory)?.email;
    if (responsible === undefined) {
      unroutable.push(owed);
      continue;
    }
    // A risk can owe two things at once (no owner and no follow-up date, or no owner and an overdue
    // follow-up), told to the same area contact: the problem is part of the duty, or the two items
    // would share one key and the NudgeLog would drop one as already sent (R-NDG-4). Other topics owe
    // one thing per subject; their detail (a state that changes as the duty ages) stays out of the key.
    const duty = owed.topic === 'risk-follow-up' ? `${owed.subjectId}:${owed.detail}` : owed.subjectId;
    const item: NudgeItem = {
      ...owed,
      responsibleEmail: responsible,
      key: `${owed.topic}:${owed.subjectKind}:${duty}:${responsible}`
    };
    push(owedByPerson, responsible, item);
    if (!isPastGrace(item, config, history, today)) continue;
    const target = escalationTarget(item, directory);
    if (target !== undefined) push(escalatedByPerson, target.email, { key: `escalation:${item.key}:${target.email}`, item, route: target.route });
  }

  const recipients = [...new Set([...owedByPerson.keys(), ...escalatedByPerson.keys()])].sort();
  const digests = recipients.map((recipientEmail) => ({
    recipientEmail,
    owed: (owedByPerson.get(recipientEmail) ?? []).sort(compareNudgeItems),
    escalated: (escalatedByPerson.get(recipientEmail) ?? []).sort(
      (a, b) => a.item.responsibleEmail.localeCompare(b.item.responsibleEmail) || compareNudgeItems(a.item, b.item)
    )
  }));
  return { asOf: today, digests, unroutable };
}
