import { areaFollowUpLevels } from '../../config/area-follow-up-config';
import type { RegionConfig } from '../../config/region-config';
import { unitChain, type OrgUnit } from '../organisation/org-unit';
import { unitChiefs } from '../organisation/unit-chiefs';
import type { Person } from '../people/person';
import type { RoleAssignment } from '../roles/role-assignment';
import { isBefore, type IsoDate } from '../shared/calendar';

export interface AreaReportReaders {
  readonly units: readonly OrgUnit[];
  readonly roster: readonly Person[];
  readonly roleAssignments: readonly RoleAssignment[];
}

function holdsOn(assignment: RoleAssignment, today: IsoDate): boolean {
  return (assignment.since === undefined || !isBefore(today, assignment.since)) && (assignment.until === undefined || !isBefore(assignment.until, today));
}

/**
 * R-REP, R-SEC-1: who may read an area's own follow-up besides the council: the chief of the area or
 * of a unit above it (the roster's managers, unitChiefs), the chief of a department in it (at the
 * follow-up levels), and whoever holds the area-responsible role
 * for it (the information owner per område by default, config.nudges.areaResponsibleRoleKey) — the
 * people the action plan's section 4 sends it to. Nobody else: it lists the area's risks and incidents.
 */
export function mayReadAreaReport(email: string, unitId: string, registers: AreaReportReaders, config: RegionConfig, today: IsoDate): boolean {
  const caller = email.toLowerCase();
  const units = new Map(registers.units.map((unit) => [unit.id, unit]));
  const chain = unitChain(units, unitId);
  if (chain.length === 0) return false;
  const chiefs = unitChiefs(registers.roster, today);
  if (chain.some((unit) => chiefs.get(unit.id) === caller)) return true;
  // A department chief (a chief at the follow-up levels, area-follow-up-config.ts) of a unit inside the
  // area: the action plan's section 4 sends them the area's follow-up too (area-follow-up-plan.ts).
  const levels = areaFollowUpLevels(config.areaFollowUp, config.organisationLevels);
  for (const [chiefUnitId, chief] of chiefs) {
    if (chief !== caller) continue;
    const chiefUnit = units.get(chiefUnitId);
    if (chiefUnit !== undefined && levels.includes(chiefUnit.level) && unitChain(units, chiefUnitId).some((unit) => unit.id === unitId)) return true;
  }
  return registers.roleAssignments.some(
    (assignment) =>
      assignment.roleKey === config.nudges.areaResponsibleRoleKey && assignment.unitId === unitId && assignment.holderEmail?.toLowerCase() === caller && holdsOn(assignment, today)
  );
}
