import type { CouncilDuty, RegionConfig } from '../../config/region-config';
import type { RoleAssignment } from '../roles/role-assignment';
import { isAssignmentActive } from '../roles/role-slots';
import { sameEmail } from '../shared/person-ref';
import type { IsoDate } from '../shared/calendar';

export interface CouncilPermissions {
  readonly recordMaturity: boolean;
  readonly recordMeeting: boolean;
  readonly takeSnapshot: boolean;
}

export const NO_COUNCIL_PERMISSIONS: CouncilPermissions = { recordMaturity: false, recordMeeting: false, takeSnapshot: false };

/**
 * R-SEC-1, R-MAT, R-MTG, R-ORG: what `email` may do in the council's tab on `today`, from the role
 * assignments register and the role catalogue's `councilDuties` (the security coordinator and the CISO
 * record maturity, meetings and snapshots; council members meetings and snapshots, by default). A
 * catalogue in which no role carries a duty leaves it to the holder of `nudges.fallbackRoleKey` (the
 * security coordinator): someone must be able to do it. Only held, current assignments count.
 */
export function councilPermissions(email: string, assignments: readonly RoleAssignment[], config: RegionConfig, today: IsoDate): CouncilPermissions {
  const held = new Set(
    assignments.filter((assignment) => sameEmail(assignment.holderEmail, email) && isAssignmentActive(assignment, today)).map((assignment) => assignment.roleKey)
  );
  const may = (duty: CouncilDuty): boolean => {
    const carriers = config.roles.filter((role) => role.councilDuties.includes(duty)).map((role) => role.key);
    const roles = carriers.length > 0 ? carriers : [config.nudges.fallbackRoleKey];
    return roles.some((roleKey) => held.has(roleKey));
  };
  return { recordMaturity: may('record-maturity'), recordMeeting: may('record-meeting'), takeSnapshot: may('take-snapshot') };
}
