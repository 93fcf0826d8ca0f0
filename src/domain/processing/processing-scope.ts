import type { RoleDuties } from '../../config/region-config';
import type { OrgUnit } from '../organisation/org-unit';
import type { RoleAssignment } from '../roles/role-assignment';
import { isBefore, type IsoDate } from '../shared/calendar';

/**
 * The duties that decide which part of the record of processing a person keeps (R-ROPA-1, R-ROPA-2);
 * which catalogue role carries each is the region's configuration (`roleDuties`, R-ORG-MULTI).
 */
export type RopaRoleKeys = Pick<RoleDuties, 'dataProtectionOfficer' | 'deputyDataProtectionOfficer' | 'registryCoordinator'>;

/**
 * Which processing activities a person sees by default: the DSO the whole record, a deputy DSO the
 * administration's part, a registry coordinator her area's; anyone else none (R-ROPA-1, R-ROPA-2).
 * `unitIds` is every unit under the roots (activities are registered per area and per department).
 */
export type ProcessingScope =
  | { readonly kind: 'all' }
  | { readonly kind: 'units'; readonly role: 'deputyDataProtectionOfficer' | 'registryCoordinator'; readonly rootUnitIds: readonly string[]; readonly unitIds: readonly string[] }
  | { readonly kind: 'none' };

function holdsOn(assignment: RoleAssignment, email: string, today: IsoDate): boolean {
  if (assignment.holderEmail?.toLowerCase() !== email.toLowerCase()) return false;
  if (assignment.since !== undefined && isBefore(today, assignment.since)) return false;
  return assignment.until === undefined || !isBefore(assignment.until, today);
}

/** The roots and every unit below them; a cycle in the tree is not followed twice. */
export function unitsUnder(rootIds: readonly string[], units: readonly OrgUnit[]): string[] {
  const children = new Map<string, string[]>();
  for (const unit of units) {
    if (unit.parentId === undefined) continue;
    children.set(unit.parentId, [...(children.get(unit.parentId) ?? []), unit.id]);
  }
  const found = new Set<string>();
  const queue = [...rootIds];
  while (queue.length > 0) {
    const id = queue.shift() as string;
    if (found.has(id)) continue;
    found.add(id);
    queue.push(...(children.get(id) ?? []));
  }
  return [...found].sort((a, b) => Number(a) - Number(b) || a.localeCompare(b));
}

export function processingScopeOf(
  email: string,
  assignments: readonly RoleAssignment[],
  units: readonly OrgUnit[],
  today: IsoDate,
  roles: RopaRoleKeys
): ProcessingScope {
  const held = assignments.filter((assignment) => holdsOn(assignment, email, today));
  if (held.some((assignment) => assignment.roleKey === roles.dataProtectionOfficer)) return { kind: 'all' };
  // The widest role decides: a deputy DSO who is also an area's coordinator compiles the whole administration.
  for (const role of ['deputyDataProtectionOfficer', 'registryCoordinator'] as const) {
    const rootUnitIds = held.filter((assignment) => assignment.roleKey === roles[role] && assignment.unitId !== undefined).map((assignment) => assignment.unitId as string);
    if (rootUnitIds.length > 0) return { kind: 'units', role, rootUnitIds, unitIds: unitsUnder(rootUnitIds, units) };
  }
  return { kind: 'none' };
}
