import { processingActivitySchema, type ProcessingActivity } from '../../domain/processing/processing-activity';
import { PROCESSING_LIST } from '../lists/processing-list';
import { defineMapper } from './list-mapper';
import { readCalendarDate, readId, readLines, readLookupId, readLookupIds, readText, readUserEmail } from './read-values';
import type { SharePointItem } from './sharepoint-item';
import {
  linesValue,
  lookupValue,
  lookupValues,
  optionalCalendarDateValue,
  optionalTextValue,
  optionalUserValue
} from './write-values';

type Transfer = ProcessingActivity['thirdCountryTransfers'][number];

/**
 * Third-country transfers are written one per line as "Country: safeguard", which a registry
 * coordinator can read and edit in SharePoint too. A line without a colon has no safeguard and is
 * reported by the domain schema (Art. 46 requires one).
 */
function readTransfers(item: SharePointItem): unknown {
  const lines = readLines(item, 'ThirdCountryTransfers');
  if (!Array.isArray(lines)) return lines;
  return lines.map((line: string) => {
    const colon = line.indexOf(':');
    return colon < 0 ? { country: line, safeguard: '' } : { country: line.slice(0, colon).trim(), safeguard: line.slice(colon + 1).trim() };
  });
}

function transferLine(transfer: Transfer): string {
  return `${transfer.country}: ${transfer.safeguard}`;
}

export const processingMapper = defineMapper({
  list: PROCESSING_LIST,
  schema: processingActivitySchema,
  toDomain: (item, { siteTimeZone: zone }) => ({
    id: readId(item),
    name: readText(item, 'Title'),
    purpose: readText(item, 'Purpose'),
    legalBasis: readText(item, 'LegalBasis'),
    specialCategoryBasis: readText(item, 'SpecialCategoryBasis'),
    dataSubjectCategories: readLines(item, 'DataSubjectCategories'),
    personalDataCategories: readLines(item, 'PersonalDataCategories'),
    recipients: readLines(item, 'Recipients'),
    thirdCountryTransfers: readTransfers(item),
    retention: readText(item, 'Retention'),
    securityMeasures: readText(item, 'SecurityMeasures'),
    controller: readText(item, 'Controller'),
    unitId: readLookupId(item, 'Unit'),
    registerOwnerEmail: readUserEmail(item, 'RegisterOwner'),
    informationOwnerEmail: readUserEmail(item, 'InformationOwner'),
    registryCoordinatorEmail: readUserEmail(item, 'RegistryCoordinator'),
    systemIds: readLookupIds(item, 'Systems'),
    dpia: readText(item, 'Dpia'),
    gapAnalysis: readText(item, 'GapAnalysis'),
    actionPlan: readText(item, 'ActionPlan'),
    lastReviewedOn: readCalendarDate(item, 'LastReviewedOn', zone)
  }),
  toFields: (processing, people, { siteTimeZone: zone }) => ({
    Title: processing.name,
    Purpose: processing.purpose,
    LegalBasis: processing.legalBasis,
    SpecialCategoryBasis: optionalTextValue(processing.specialCategoryBasis),
    DataSubjectCategories: linesValue(processing.dataSubjectCategories),
    PersonalDataCategories: linesValue(processing.personalDataCategories),
    Recipients: linesValue(processing.recipients),
    ThirdCountryTransfers: linesValue(processing.thirdCountryTransfers.map(transferLine)),
    TransfersToThirdCountry: processing.thirdCountryTransfers.length > 0,
    Retention: processing.retention,
    SecurityMeasures: optionalTextValue(processing.securityMeasures),
    Controller: processing.controller,
    UnitId: lookupValue(processing.unitId, 'unitId'),
    RegisterOwnerId: optionalUserValue(processing.registerOwnerEmail, people),
    InformationOwnerId: optionalUserValue(processing.informationOwnerEmail, people),
    RegistryCoordinatorId: optionalUserValue(processing.registryCoordinatorEmail, people),
    SystemsId: lookupValues(processing.systemIds, 'systemIds'),
    Dpia: processing.dpia,
    GapAnalysis: processing.gapAnalysis,
    ActionPlan: processing.actionPlan,
    LastReviewedOn: optionalCalendarDateValue(processing.lastReviewedOn, zone)
  })
});
