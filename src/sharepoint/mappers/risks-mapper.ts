import { riskSchema, type Risk } from '../../domain/risks/risk';
import { RISKS_LIST } from '../lists/risks-list';
import { defineMapper } from './list-mapper';
import { readCalendarDate, readId, readLookupId, readNumber, readText, readUserEmail } from './read-values';
import type { FieldValue, SharePointItem } from './sharepoint-item';
import { calendarDateValue, lookupValue, optionalCalendarDateValue, optionalTextValue, optionalUserValue } from './write-values';

/** The column that holds a risk's subject, per kind: lookups for registered things, text for a named process. */
const SUBJECT_COLUMNS = { asset: 'SubjectAsset', system: 'SubjectSystem', area: 'SubjectArea', process: 'SubjectProcess' } as const;

function readSubjectId(item: SharePointItem, kind: unknown): unknown {
  if (kind === 'process') return readText(item, SUBJECT_COLUMNS.process);
  if (kind === 'asset' || kind === 'system' || kind === 'area') return readLookupId(item, SUBJECT_COLUMNS[kind]);
  return undefined;
}

/** Only the column of the risk's kind is set; the others are cleared, so a changed kind leaves no stale reference. */
function subjectFields(risk: Risk): Record<string, FieldValue> {
  const lookupFor = (kind: 'asset' | 'system' | 'area'): FieldValue =>
    risk.subjectKind === kind && risk.subjectId !== '' ? lookupValue(risk.subjectId, 'subjectId') : null;
  return {
    SubjectAssetId: lookupFor('asset'),
    SubjectSystemId: lookupFor('system'),
    SubjectAreaId: lookupFor('area'),
    SubjectProcess: risk.subjectKind === 'process' ? optionalTextValue(risk.subjectId) : null
  };
}

export const risksMapper = defineMapper({
  list: RISKS_LIST,
  schema: riskSchema,
  toDomain: (item, { siteTimeZone: zone }) => {
    const subjectKind = readText(item, 'SubjectKind');
    return {
      id: readId(item),
      title: readText(item, 'Title'),
      description: readText(item, 'Description'),
      subjectKind,
      subjectId: readSubjectId(item, subjectKind),
      unitId: readLookupId(item, 'Unit'),
      ownerEmail: readUserEmail(item, 'Owner'),
      likelihood: readNumber(item, 'Likelihood'),
      consequence: readNumber(item, 'Consequence'),
      treatment: readText(item, 'Treatment'),
      status: readText(item, 'Status'),
      identifiedOn: readCalendarDate(item, 'IdentifiedOn', zone),
      followUpOn: readCalendarDate(item, 'FollowUpOn', zone)
    };
  },
  toFields: (risk, people, { siteTimeZone: zone }) => ({
    Title: risk.title,
    Description: optionalTextValue(risk.description),
    SubjectKind: risk.subjectKind,
    ...subjectFields(risk),
    UnitId: lookupValue(risk.unitId, 'unitId'),
    OwnerId: optionalUserValue(risk.ownerEmail, people),
    Likelihood: risk.likelihood,
    Consequence: risk.consequence,
    Treatment: risk.treatment,
    Status: risk.status,
    IdentifiedOn: calendarDateValue(risk.identifiedOn, zone),
    FollowUpOn: optionalCalendarDateValue(risk.followUpOn, zone)
  })
});
