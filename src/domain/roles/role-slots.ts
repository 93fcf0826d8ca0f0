import type { RegionConfig } from '../../config/region-config';
import type { OrgUnit } from '../organisation/org-unit';
import { isBefore, type IsoDate } from '../shared/calendar';
import { isCurrentSystem, type ItSystem } from '../systems/it-system';
import type { RoleAssignment } from './role-assignment';

/** A place in the organisation that needs a holder; `holderEmail` undefined is a vacancy (R-ORG). */
export interface RoleSlot {
  readonly roleKey: string;
  readonly unitId: string | undefined;
  readonly systemId: string | undefined;
  readonly holderEmail: string | undefined;
  readonly mandateDocumented: boolean;
  readonly requiresMandate: boolean;
}

export function isAssignmentActive(assignment: RoleAssignment, today: IsoDate): boolean {
  const started = assignment.since === undefined || !isBefore(today, assignment.since);
  const notEnded = assignment.until === undefined || !isBefore(assignment.until, today);
  return started && notEnded;
}

/**
 * Every slot the region's role catalogue requires on `today`: one per region role, one per unit
 * of the role's level, one per active system (the system owner is kept in the systems register,
 * not twice). Optional roles contribute the slots that are actually held.
 */
export function roleSlots(
  config: RegionConfig,
  units: readonly OrgUnit[],
  systems: readonly ItSystem[],
  assignments: readonly RoleAssignment[],
  today: IsoDate
): RoleSlot[] {
  const active = assignments
    .filter((assignment) => isAssignmentActive(assignment, today))
    .sort((a, b) => a.id.localeCompare(b.id));
  // The first held assignment (in id order) per role and unit, and per role anywhere: indexed once,
  // not searched once per slot (a region has hundreds of units and thousands of assignments).
  const heldByRoleAndUnit = new Map<string, Map<string | undefined, RoleAssignment>>();
  const heldByRole = new Map<string, RoleAssignment>();
  for (const assignment of active) {
    if (assignment.holderEmail === undefined) continue;
    if (!heldByRole.has(assignment.roleKey)) heldByRole.set(assignment.roleKey, assignment);
    const byUnit = heldByRoleAndUnit.get(assignment.roleKey) ?? new Map<string | undefined, RoleAssignment>();
    if (!byUnit.has(assignment.unitId)) byUnit.set(assignment.unitId, assignment);
    heldByRoleAndUnit.set(assignment.roleKey, byUnit);
  }
  const held = (roleKey: string, unitId: string | undefined): RoleAssignment | undefined => heldByRoleAndUnit.get(roleKey)?.get(unitId);
  const slots: RoleSlot[] = [];

  for (const role of config.roles) {
    const scope = role.scope;
    if (scope.kind === 'region') {
      const assignment = held(role.key, undefined) ?? heldByRole.get(role.key);
      slots.push({
        roleKey: role.key,
        unitId: undefined,
        systemId: undefined,
        holderEmail: assignment?.holderEmail,
        mandateDocumented: assignment?.mandateDocumented ?? false,
        requiresMandate: role.requiresMandate
      });
    } else if (scope.kind === 'per-unit') {
      const unitsAtLevel = units.filter((unit) => unit.level === scope.level).sort((a, b) => a.id.localeCompare(b.id));
      for (const unit of unitsAtLevel) {
        const assignment = held(role.key, unit.id);
        slots.push({
          roleKey: role.key,
          unitId: unit.id,
          systemId: undefined,
          holderEmail: assignment?.holderEmail,
          mandateDocumented: assignment?.mandateDocumented ?? false,
          requiresMandate: role.requiresMandate
        });
      }
    } else if (scope.kind === 'per-system') {
      const current = systems.filter(isCurrentSystem).sort((a, b) => a.id.localeCompare(b.id));
      for (const system of current) {
        // The systems register has no mandate field: the owner's mandate is their appointment in it.
        slots.push({
          roleKey: role.key,
          unitId: system.unitId,
          systemId: system.id,
          holderEmail: system.ownerEmail,
          mandateDocumented: system.ownerEmail !== undefined,
          requiresMandate: role.requiresMandate
        });
      }
    } else {
      for (const assignment of active.filter((a) => a.roleKey === role.key && a.holderEmail !== undefined)) {
        slots.push({
          roleKey: role.key,
          unitId: assignment.unitId,
          systemId: undefined,
          holderEmail: assignment.holderEmail,
          mandateDocumented: assignment.mandateDocumented,
          requiresMandate: role.requiresMandate
        });
      }
    }
  }
  return slots;
}

/** Role keys per person, from the slots they hold: who must acknowledge what, who is in which audience. */
export function rolesByPerson(slots: readonly RoleSlot[]): Map<string, Set<string>> {
  const byPerson = new Map<string, Set<string>>();
  for (const slot of slots) {
    if (slot.holderEmail === undefined) continue;
    const roles = byPerson.get(slot.holderEmail) ?? new Set<string>();
    roles.add(slot.roleKey);
    byPerson.set(slot.holderEmail, roles);
  }
  return byPerson;
}

/** The holder of a role per unit (the first slot held, as holderUpTheTree finds it), for rules that ask for many units. */
export function unitHolders(slots: readonly RoleSlot[], roleKey: string): Map<string, string> {
  const holders = new Map<string, string>();
  for (const slot of slots) {
    if (slot.roleKey !== roleKey || slot.unitId === undefined || slot.systemId !== undefined || slot.holderEmail === undefined) continue;
    if (!holders.has(slot.unitId)) holders.set(slot.unitId, slot.holderEmail);
  }
  return holders;
}

/** The holder of a role for a unit, looking up the tree: an enhet's information owner is its område's. */
export function holderUpTheTree(
  slots: readonly RoleSlot[],
  roleKey: string,
  unitChainIds: readonly string[]
): string | undefined {
  return firstHolderUpTheTree(unitHolders(slots, roleKey), unitChainIds);
}

/** holderUpTheTree over holders already indexed by unitHolders. */
export function firstHolderUpTheTree(holders: ReadonlyMap<string, string>, unitChainIds: readonly string[]): string | undefined {
  for (const unitId of unitChainIds) {
    const holder = holders.get(unitId);
    if (holder !== undefined) return holder;
  }
  return undefined;
}
