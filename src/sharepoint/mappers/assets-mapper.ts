import { informationAssetSchema } from '../../domain/assets/information-asset';
import { ASSETS_LIST } from '../lists/assets-list';
import { defineMapper } from './list-mapper';
import { readCalendarDate, readId, readLookupId, readLookupIds, readMultiChoice, readText, readUserEmail } from './read-values';
import { lookupValue, lookupValues, optionalCalendarDateValue, optionalTextValue, optionalUserValue } from './write-values';

export const assetsMapper = defineMapper({
  list: ASSETS_LIST,
  schema: informationAssetSchema,
  toDomain: (item, { siteTimeZone: zone }) => ({
    id: readId(item),
    name: readText(item, 'Title'),
    description: readText(item, 'Description'),
    businessProcess: readText(item, 'BusinessProcess'),
    unitId: readLookupId(item, 'Unit'),
    ownerEmail: readUserEmail(item, 'Owner'),
    priority: readText(item, 'Priority'),
    protectiveMeasures: readMultiChoice(item, 'ProtectiveMeasures'),
    handlingRules: readText(item, 'HandlingRules'),
    systemIds: readLookupIds(item, 'Systems'),
    lastReviewedOn: readCalendarDate(item, 'LastReviewedOn', zone),
    nextReviewOn: readCalendarDate(item, 'NextReviewOn', zone)
  }),
  toFields: (asset, people, { siteTimeZone: zone }) => ({
    Title: asset.name,
    Description: optionalTextValue(asset.description),
    BusinessProcess: optionalTextValue(asset.businessProcess),
    UnitId: lookupValue(asset.unitId, 'unitId'),
    OwnerId: optionalUserValue(asset.ownerEmail, people),
    Priority: asset.priority,
    ProtectiveMeasures: asset.protectiveMeasures,
    HandlingRules: optionalTextValue(asset.handlingRules),
    SystemsId: lookupValues(asset.systemIds, 'systemIds'),
    LastReviewedOn: optionalCalendarDateValue(asset.lastReviewedOn, zone),
    NextReviewOn: optionalCalendarDateValue(asset.nextReviewOn, zone)
  })
});
