import { isCurrentStaff, isManager, type Person } from '../people/person';
import type { IsoDate } from '../shared/calendar';
import { unitChain, type OrgUnit } from './org-unit';

/**
 * Who is chief (enhetschef, områdeschef …) of which unit, from the staff roster as HR keeps it: a
 * unit's chief is a current member of that unit who is a manager on `today` (Person.managerSince).
 * Should a unit have two, the one most of its current staff report to is its chief (then the
 * first by e-mail, so the answer never depends on roster order). The units list names no chief, and
 * the roster is what R-NDG-3 already trusts for managers.
 */
export function unitChiefs(roster: readonly Person[], today: IsoDate): Map<string, string> {
  const managersByUnit = new Map<string, Person[]>();
  const reportsTo = new Map<string, number>();
  for (const person of roster) {
    if (!isCurrentStaff(person, today)) continue;
    if (isManager(person, today)) managersByUnit.set(person.unitId, [...(managersByUnit.get(person.unitId) ?? []), person]);
    if (person.managerEmail !== undefined) {
      const key = `${person.unitId}|${person.managerEmail}`;
      reportsTo.set(key, (reportsTo.get(key) ?? 0) + 1);
    }
  }
  const chiefs = new Map<string, string>();
  for (const [unitId, managers] of managersByUnit) {
    const staffOf = (manager: Person): number => reportsTo.get(`${unitId}|${manager.email}`) ?? 0;
    const [chief] = [...managers].sort((a, b) => staffOf(b) - staffOf(a) || a.email.localeCompare(b.email));
    chiefs.set(unitId, chief.email);
  }
  return chiefs;
}

/** The unit's chief, or (a vacant post, a chief who has left) the nearest chief up the tree; undefined when there is none at all. */
export function chiefUpTheTree(chiefs: ReadonlyMap<string, string>, units: ReadonlyMap<string, OrgUnit>, unitId: string): string | undefined {
  const chain = unitChain(units, unitId);
  // A unit the tree does not know still has its own chief, if the roster names one.
  if (chain.length === 0) return chiefs.get(unitId);
  for (const unit of chain) {
    const chief = chiefs.get(unit.id);
    if (chief !== undefined) return chief;
  }
  return undefined;
}
