import { incidentSchema } from '../../domain/incidents/incident';
import { INCIDENTS_LIST } from '../lists/incidents-list';
import { defineMapper } from './list-mapper';
import { readId, readInstant, readLookupId, readLookupIds, readText, readUserEmail } from './read-values';
import type { FieldValue, SharePointItem } from './sharepoint-item';
import { instantValue, lookupValue, lookupValues, optionalInstantValue, optionalTextValue, optionalUserValue } from './write-values';

/** ReportableToAuthority is a choice so that "not decided" (empty) differs from "no". */
function readReportable(item: SharePointItem): unknown {
  const value = readText(item, 'ReportableToAuthority');
  if (value === 'yes') return true;
  if (value === 'no') return false;
  return value;
}

function reportableValue(reportable: boolean | undefined): FieldValue {
  if (reportable === undefined) return null;
  return reportable ? 'yes' : 'no';
}

/**
 * reportedBy is read from SharePoint's Author, the account that wrote the report, which no payload
 * can set: a ReportedBy column naming someone else cannot make the report theirs (R-INC, R-SEC-1).
 * ReportedBy is still written, the reporter's own, for SharePoint's views and its index.
 */
export const incidentsMapper = defineMapper({
  list: INCIDENTS_LIST,
  schema: incidentSchema,
  systemPeople: ['Author'],
  toDomain: (item) => ({
    id: readId(item),
    title: readText(item, 'Title'),
    description: readText(item, 'Description'),
    category: readText(item, 'Category'),
    status: readText(item, 'Status'),
    unitId: readLookupId(item, 'Unit'),
    reportedBy: readUserEmail(item, 'Author'),
    reportedAt: readInstant(item, 'ReportedAt'),
    discoveredAt: readInstant(item, 'DiscoveredAt'),
    assessedBy: readUserEmail(item, 'AssessedBy'),
    reportableToAuthority: readReportable(item),
    reportedToAuthorityAt: readInstant(item, 'ReportedToAuthorityAt'),
    systemIds: readLookupIds(item, 'Systems'),
    personalData: readText(item, 'PersonalData')
  }),
  toFields: (incident, people) => ({
    Title: incident.title,
    Description: optionalTextValue(incident.description),
    Category: incident.category,
    Status: incident.status,
    UnitId: lookupValue(incident.unitId, 'unitId'),
    ReportedById: people(incident.reportedBy),
    ReportedAt: instantValue(incident.reportedAt),
    DiscoveredAt: instantValue(incident.discoveredAt),
    AssessedById: optionalUserValue(incident.assessedBy, people),
    ReportableToAuthority: reportableValue(incident.reportableToAuthority),
    ReportedToAuthorityAt: optionalInstantValue(incident.reportedToAuthorityAt),
    SystemsId: lookupValues(incident.systemIds, 'systemIds'),
    PersonalData: optionalTextValue(incident.personalData)
  })
});
