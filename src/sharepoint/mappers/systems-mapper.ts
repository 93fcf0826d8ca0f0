import { itSystemSchema, type Approval } from '../../domain/systems/it-system';
import { SYSTEMS_LIST } from '../lists/systems-list';
import { defineMapper } from './list-mapper';
import { readBoolean, readCalendarDate, readId, readLookupId, readLookupIds, readText, readUserEmail } from './read-values';
import type { FieldValue, SharePointItem } from './sharepoint-item';
import { lookupValue, lookupValues, optionalCalendarDateValue, optionalTextValue, optionalUserValue } from './write-values';

/** An approved document is two columns, `<Prefix>Status` and `<Prefix>ApprovedOn`, so both can be filtered and sorted. */
function readApproval(item: SharePointItem, prefix: string, zone: string): { status: unknown; approvedOn: unknown } {
  return { status: readText(item, `${prefix}Status`), approvedOn: readCalendarDate(item, `${prefix}ApprovedOn`, zone) };
}

function approvalFields(approval: Approval, prefix: string, zone: string): Record<string, FieldValue> {
  return { [`${prefix}Status`]: approval.status, [`${prefix}ApprovedOn`]: optionalCalendarDateValue(approval.approvedOn, zone) };
}

export const systemsMapper = defineMapper({
  list: SYSTEMS_LIST,
  schema: itSystemSchema,
  toDomain: (item, { siteTimeZone: zone }) => {
    const authorisationStatus = readText(item, 'AuthorisationStatus');
    const authorisationDecidedOn = readCalendarDate(item, 'AuthorisationDecidedOn', zone);
    return {
      id: readId(item),
      name: readText(item, 'Title'),
      description: readText(item, 'Description'),
      lifecycle: readText(item, 'Lifecycle'),
      unitId: readLookupId(item, 'Unit'),
      ownerEmail: readUserEmail(item, 'Owner'),
      administratorEmail: readUserEmail(item, 'Administrator'),
      assetIds: readLookupIds(item, 'Assets'),
      handlesPersonalData: readBoolean(item, 'HandlesPersonalData'),
      societallyImportant: readBoolean(item, 'SocietallyImportant'),
      cloudService: readBoolean(item, 'CloudService'),
      securityPlan: readApproval(item, 'SecurityPlan', zone),
      reserveRoutines: readApproval(item, 'ReserveRoutines', zone),
      continuityPlan: readApproval(item, 'ContinuityPlan', zone),
      // Both empty: never requested, which the domain's default says; a date without a status is reported.
      authorisation:
        authorisationStatus === undefined && authorisationDecidedOn === undefined
          ? undefined
          : { status: authorisationStatus, decidedOn: authorisationDecidedOn }
    };
  },
  toFields: (system, people, { siteTimeZone: zone }) => ({
    Title: system.name,
    Description: optionalTextValue(system.description),
    Lifecycle: system.lifecycle,
    UnitId: lookupValue(system.unitId, 'unitId'),
    OwnerId: optionalUserValue(system.ownerEmail, people),
    AdministratorId: optionalUserValue(system.administratorEmail, people),
    AssetsId: lookupValues(system.assetIds, 'assetIds'),
    HandlesPersonalData: system.handlesPersonalData,
    SocietallyImportant: system.societallyImportant,
    CloudService: system.cloudService,
    ...approvalFields(system.securityPlan, 'SecurityPlan', zone),
    ...approvalFields(system.reserveRoutines, 'ReserveRoutines', zone),
    ...approvalFields(system.continuityPlan, 'ContinuityPlan', zone),
    AuthorisationStatus: system.authorisation.status,
    AuthorisationDecidedOn: optionalCalendarDateValue(system.authorisation.decidedOn, zone)
  })
});
