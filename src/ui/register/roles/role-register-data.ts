import type { RegionConfig } from '../../../config/region-config';
import type { Acknowledgement } from '../../../domain/acknowledgements/acknowledgement';
import type { Person } from '../../../domain/people/person';
import { isAssignmentActive } from '../../../domain/roles/role-slots';
import type { RoleAssignment } from '../../../domain/roles/role-assignment';
import type { IsoDate } from '../../../domain/shared/calendar';
import { eq, or } from '../../../sharepoint/odata-literal';
import type { ListRepository } from '../../../sharepoint/repositories/list-repository';
import type { RegisterRepositories } from '../../../sharepoint/repositories/register-repositories';
import { readInChunks } from '../../shared/id-filters';
import { holderEmailsOf, roleSlotRows, type RoleSlotRow, type StoredAssignment } from './role-slot-rows';

/**
 * E-mail literals are longer than ids: 20 per `or` keeps the request line near 1,100 characters,
 * well under the 2,048 characters SharePoint's URLs are safe at.
 */
const EMAILS_PER_FILTER = 20;
/** Role assignments per request: the list is small (see loadRoleRegister), so a few requests read it all. */
const ASSIGNMENTS_PER_REQUEST = 500;

function filtersForEmails(field: string, emails: readonly string[]): string[] {
  const filters: string[] = [];
  for (let start = 0; start < emails.length; start += EMAILS_PER_FILTER) filters.push(or(...emails.slice(start, start + EMAILS_PER_FILTER).map((email) => eq(field, email))));
  return filters;
}

/** Every assignment with its ETag, page by page ($skiptoken), so an edit from the register is conditional (R-SEC-2). */
async function readAssignments(repository: ListRepository<RoleAssignment>): Promise<StoredAssignment[]> {
  const stored: StoredAssignment[] = [];
  let pageToken: string | undefined;
  do {
    const page = await repository.readPage({ pageSize: ASSIGNMENTS_PER_REQUEST, pageToken });
    stored.push(...page.items);
    pageToken = page.nextPageToken;
  } while (pageToken !== undefined);
  return stored;
}

export interface RoleRegisterData {
  readonly rows: readonly RoleSlotRow[];
  /** Catalogue roles kept elsewhere (per system: the IT systems register's owners). */
  readonly keptElsewhere: readonly RegionConfig['roles'][number][];
}

/**
 * The slots of the region's catalogue and who holds them (R-ORG, R-KPI 3). The rows are derived
 * from configuration, the unit tree and the assignments, so vacancies (slots nobody has) exist in
 * no list and cannot be paged by SharePoint: the small lists they come from are read whole and the
 * grid pages the derived rows. Expected sizes at region scale: units a few hundred (the demo region
 * ~250, a large region under 1,000), role assignments ~ roles × units at their level plus ended
 * ones kept for the history (the demo ~70, a region a few hundred), document versions a handful —
 * all far below the 5,000-item list view threshold, so reading them without an indexed filter is
 * safe. The large lists are never read whole: the staff roster (4,000+) and the acknowledgements
 * are read only for the current holders, by their indexed person columns, in chunks; training
 * records (38,000) are not read at all.
 */
export async function loadRoleRegister(registers: RegisterRepositories, config: RegionConfig, today: IsoDate): Promise<RoleRegisterData> {
  const [units, assignments, documentVersions] = await Promise.all([registers.units.readAll(), readAssignments(registers.roleAssignments), registers.documentVersions.readAll()]);
  const emails = holderEmailsOf(assignments, today);
  const [holders, acknowledgements] = await Promise.all([
    readInChunks<Person>(filtersForEmails('Person/EMail', emails), (filter) => registers.staff.readAll(filter)),
    readInChunks<Acknowledgement>(filtersForEmails('Signer/EMail', emails), (filter) => registers.acknowledgements.readAll(filter))
  ]);
  const rows = roleSlotRows({ config, units: units.valid, assignments, holders, documentVersions: documentVersions.valid, acknowledgements, today });
  return { rows, keptElsewhere: config.roles.filter((role) => role.scope.kind === 'per-system') };
}

/**
 * Whether someone holds the slot in SharePoint now: read just before an assignment is added, so two
 * coordinators filling the same vacancy at once do not both land (R-SEC-2). Read by the indexed Role column.
 */
export async function currentHolderOf(registers: RegisterRepositories, roleKey: string, unitId: string | undefined, today: IsoDate): Promise<string | undefined> {
  const read = await registers.roleAssignments.readAll(eq('Role', roleKey));
  return read.valid.find(
    (assignment) => assignment.unitId === unitId && assignment.holderEmail !== undefined && isAssignmentActive(assignment, today)
  )?.holderEmail;
}
