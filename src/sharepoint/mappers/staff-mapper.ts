import type { z } from 'zod';
import { personSchema } from '../../domain/people/person';
import { STAFF_LIST } from '../lists/staff-list';
import { defineMapper, type RawRecord } from './list-mapper';
import { readCalendarDate, readId, readLines, readLookupId, readText, readUserEmail } from './read-values';
import type { MappingContext, SharePointItem } from './sharepoint-item';
import { calendarDateValue, linesValue, lookupValue, optionalCalendarDateValue, optionalUserValue } from './write-values';

/**
 * A roster row. The domain keys a person by e-mail and has no id; the item id rides along so that
 * screenRecords can name a malformed row (the schema then drops it from the person).
 */
function toDomain(item: SharePointItem, context: MappingContext): RawRecord<z.input<typeof personSchema>> & { id: unknown } {
  const zone = context.siteTimeZone;
  return {
    id: readId(item),
    email: readUserEmail(item, 'Person'),
    displayName: readText(item, 'Title'),
    unitId: readLookupId(item, 'Unit'),
    managerEmail: readUserEmail(item, 'Manager'),
    employmentType: readText(item, 'EmploymentType'),
    startDate: readCalendarDate(item, 'StartDate', zone),
    endDate: readCalendarDate(item, 'EndDate', zone),
    managerSince: readCalendarDate(item, 'ManagerSince', zone),
    groups: readLines(item, 'Groups')
  };
}

export const staffMapper = defineMapper({
  list: STAFF_LIST,
  schema: personSchema,
  toDomain,
  toFields: (person, people, { siteTimeZone: zone }) => ({
    Title: person.displayName,
    PersonId: people(person.email),
    ManagerId: optionalUserValue(person.managerEmail, people),
    UnitId: lookupValue(person.unitId, 'unitId'),
    EmploymentType: person.employmentType,
    StartDate: calendarDateValue(person.startDate, zone),
    EndDate: optionalCalendarDateValue(person.endDate, zone),
    ManagerSince: optionalCalendarDateValue(person.managerSince, zone),
    Groups: linesValue(person.groups)
  })
});
