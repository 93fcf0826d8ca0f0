import { roleAssignmentSchema } from '../../domain/roles/role-assignment';
import { ROLE_ASSIGNMENTS_LIST } from '../lists/role-assignments-list';
import { defineMapper } from './list-mapper';
import { readBoolean, readCalendarDate, readId, readLookupId, readText, readUserEmail } from './read-values';
import { optionalCalendarDateValue, optionalLookupValue, optionalUserValue, summaryTitle } from './write-values';

export const roleAssignmentsMapper = defineMapper({
  list: ROLE_ASSIGNMENTS_LIST,
  schema: roleAssignmentSchema,
  toDomain: (item, { siteTimeZone: zone }) => ({
    id: readId(item),
    roleKey: readText(item, 'Role'),
    unitId: readLookupId(item, 'Unit'),
    holderEmail: readUserEmail(item, 'Holder'),
    since: readCalendarDate(item, 'Since', zone),
    until: readCalendarDate(item, 'Until', zone),
    mandateDocumented: readBoolean(item, 'MandateDocumented')
  }),
  toFields: (assignment, people, { siteTimeZone: zone }) => ({
    Title: summaryTitle(`${assignment.roleKey}${assignment.unitId === undefined ? '' : `, enhet ${assignment.unitId}`}`),
    Role: assignment.roleKey,
    UnitId: optionalLookupValue(assignment.unitId, 'unitId'),
    HolderId: optionalUserValue(assignment.holderEmail, people),
    Since: optionalCalendarDateValue(assignment.since, zone),
    Until: optionalCalendarDateValue(assignment.until, zone),
    MandateDocumented: assignment.mandateDocumented
  })
});
