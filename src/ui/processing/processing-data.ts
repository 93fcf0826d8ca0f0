import type { OrgUnit } from '../../domain/organisation/org-unit';
import type { ProcessingActivity } from '../../domain/processing/processing-activity';
import { processingScopeOf, type ProcessingScope } from '../../domain/processing/processing-scope';
import type { IsoDate } from '../../domain/shared/calendar';
import { eq } from '../../sharepoint/odata-literal';
import type { Stored } from '../../sharepoint/repositories/list-repository';
import type { WebPartServices } from '../shell/web-part-services';
import { filtersForIds, readInChunks } from '../shared/id-filters';

export interface ProcessingView {
  readonly scope: ProcessingScope;
  readonly units: readonly OrgUnit[];
  readonly activities: readonly ProcessingActivity[];
}

/**
 * The part of the record the signed-in person keeps (R-ROPA-1, R-ROPA-2): her role assignments
 * (read by the indexed Holder column) decide the scope; the activities are read by the indexed
 * Unit column, so an area's part never meets the list view threshold.
 */
export async function loadProcessingView(services: WebPartServices, email: string, today: IsoDate): Promise<ProcessingView> {
  const { registers } = services;
  const [assignments, units] = await Promise.all([registers.roleAssignments.readAll(eq('Holder/EMail', email)), registers.units.readAll()]);
  const scope = processingScopeOf(email, assignments.valid, units.valid, today, services.config.roleDuties);
  let activities: ProcessingActivity[] = [];
  if (scope.kind === 'all') activities = (await registers.processing.readAll()).valid;
  if (scope.kind === 'units') activities = await readInChunks(filtersForIds('UnitId', scope.unitIds), (filter) => registers.processing.readAll(filter));
  activities.sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  return { scope, units: units.valid, activities };
}

/** The activity as stored now, with the ETag an edit is made against. */
export async function readForEdit(services: WebPartServices, id: string): Promise<Stored<ProcessingActivity>> {
  return services.registers.processing.get(id);
}

/**
 * A new activity (no ETag) is added; an edit is made against the ETag read when the form opened,
 * so another person's change in between is a conflict, never overwritten (R-SEC-2).
 */
export async function saveProcessingActivity(services: WebPartServices, activity: ProcessingActivity, etag: string | undefined): Promise<void> {
  const repository = services.registers.processing;
  if (etag === undefined) await repository.add(activity);
  else await repository.update(activity.id, activity, etag);
}
