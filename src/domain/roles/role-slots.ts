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
  const slots: RoleSlot[] = [];
  const held = (roleKey: string, unitId: string | undefined): RoleAssignment | undefined =>
    active.find((assignment) => assignment.roleKey === roleKey && assignment.unitId === unitId && assignment.holderEmail !== undefined);

  for (const role of config.roles) {
    const scope = role.scope;
    if (scope.kind === 'region') {
      const assignment = held(role.key, undefined) ?? active.find((a) => a.roleKey === role.key && a.holderEmail !== undefined);
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

/** The holder of a role for a unit, looking up the tree: an enhet's information owner is its område's. */
export function holderUpTheTree(
  slots: readonly RoleSlot[],
  roleKey: string,
  unitChainIds: readonly string[]
): string | undefined {
  for (const unitId of unitChainIds) {
    const slot = slots.find((s) => s.roleKey === roleKey && s.unitId === unitId && s.systemId === undefined && s.holderEmail !== undefined);
    if (slot) return slot.holderEmail;
  }
  return undefined;
}
