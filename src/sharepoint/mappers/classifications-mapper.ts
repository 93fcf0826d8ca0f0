import { classificationSchema } from '../../domain/classification/classification';
import { CLASSIFICATIONS_LIST } from '../lists/classifications-list';
import { defineMapper } from './list-mapper';
import { readCalendarDate, readId, readLookupId, readNumber, readText, readUserEmail } from './read-values';
import { calendarDateValue, lookupValue, optionalCalendarDateValue, optionalNumberValue, optionalTextValue, summaryTitle } from './write-values';

/** The target is read from the lookup of its kind; a kind whose lookup is empty leaves targetId missing, and the item is reported. */
export const classificationsMapper = defineMapper({
  list: CLASSIFICATIONS_LIST,
  schema: classificationSchema,
  toDomain: (item, { siteTimeZone: zone }) => {
    const targetKind = readText(item, 'TargetKind');
    return {
      id: readId(item),
      targetKind,
      targetId:
        targetKind === 'asset' ? readLookupId(item, 'TargetAsset') : targetKind === 'system' ? readLookupId(item, 'TargetSystem') : undefined,
      levels: {
        confidentiality: readNumber(item, 'Confidentiality'),
        integrity: readNumber(item, 'Integrity'),
        availability: readNumber(item, 'Availability'),
        traceability: readNumber(item, 'Traceability')
      },
      classifiedBy: readUserEmail(item, 'ClassifiedBy'),
      classifiedOn: readCalendarDate(item, 'ClassifiedOn', zone),
      nextReviewOn: readCalendarDate(item, 'NextReviewOn', zone),
      comment: readText(item, 'Comment')
    };
  },
  toFields: (classification, people, { siteTimeZone: zone }) => {
    const { targetKind, targetId, levels } = classification;
    return {
      Title: summaryTitle(`${targetKind === 'asset' ? 'Informationstillgång' : 'IT-system'} ${targetId}, ${classification.classifiedOn}`),
      TargetKind: targetKind,
      TargetAssetId: targetKind === 'asset' ? lookupValue(targetId, 'targetId') : null,
      TargetSystemId: targetKind === 'system' ? lookupValue(targetId, 'targetId') : null,
      Confidentiality: levels.confidentiality,
      Integrity: levels.integrity,
      Availability: levels.availability,
      Traceability: optionalNumberValue(levels.traceability),
      ClassifiedById: people(classification.classifiedBy),
      ClassifiedOn: calendarDateValue(classification.classifiedOn, zone),
      NextReviewOn: optionalCalendarDateValue(classification.nextReviewOn, zone),
      Comment: optionalTextValue(classification.comment)
    };
  }
});
