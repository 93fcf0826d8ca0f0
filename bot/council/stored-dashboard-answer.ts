import { councilDashboardSchema, type CouncilDashboard } from '../../src/contracts/council-dashboard';
import type { RoleAssignment } from '../../src/domain/roles/role-assignment';
import { eq } from '../../src/sharepoint/odata-literal';
import type { Caller } from '../http/caller-identity';
import { mayOfCaller, type CouncilServices } from './council-dashboard-service';
import { readStoredDashboard } from './stored-council-dashboard';

/**
 * The caller's own role assignments: one query on RoleAssignments' indexed Holder column (the
 * e-mail escaped as an OData literal), all a council permission needs (council-permissions.ts looks
 * only at the caller's current assignments).
 */
async function assignmentsOf(services: CouncilServices, caller: Caller): Promise<readonly RoleAssignment[]> {
  const read = await services.registers.roleAssignments.readAll(eq('Holder/EMail', caller.email));
  if (read.rejected.length > 0) services.log(`council: ${read.rejected.length} malformed role assignment(s) of the caller left out (ids ${read.rejected.map((record) => record.id).join(', ')})`);
  return read.valid;
}

/**
 * The first render's answer when the register read is cold (issue 10): the year's stored dashboard
 * and the caller's role assignments, read at once — two SharePoint round trips in all — with `may`
 * the caller's and `servedFrom: 'stored'`. A caller without a council duty is refused (403) here as
 * on the live path (R-SEC-1). Undefined when there is no usable stored copy, or the permission read
 * failed: the caller then computes live, which reads the roles anyway.
 */
export async function storedDashboardFor(services: CouncilServices, year: number, caller: Caller): Promise<CouncilDashboard | undefined> {
  let stored: CouncilDashboard | undefined;
  let assignments: readonly RoleAssignment[];
  try {
    [stored, assignments] = await Promise.all([readStoredDashboard(services, year), assignmentsOf(services, caller)]);
  } catch (error) {
    services.log(`council: reading the caller's roles for a stored dashboard failed (computed live instead): ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
  if (stored === undefined) return undefined;
  const may = mayOfCaller(caller, assignments, services);
  return councilDashboardSchema.parse({ ...stored, may, servedFrom: 'stored' });
}
