import { riskAnalysisSchema } from '../../domain/risks/risk';
import { RISK_ANALYSES_LIST } from '../lists/risk-analyses-list';
import { defineMapper } from './list-mapper';
import { readCalendarDate, readId, readLookupId, readText } from './read-values';
import { calendarDateValue, lookupValue, optionalCalendarDateValue } from './write-values';

export const riskAnalysesMapper = defineMapper({
  list: RISK_ANALYSES_LIST,
  schema: riskAnalysisSchema,
  toDomain: (item, { siteTimeZone: zone }) => ({
    id: readId(item),
    unitId: readLookupId(item, 'Unit'),
    title: readText(item, 'Title'),
    performedOn: readCalendarDate(item, 'PerformedOn', zone),
    approvedOn: readCalendarDate(item, 'ApprovedOn', zone)
  }),
  toFields: (analysis, _people, { siteTimeZone: zone }) => ({
    Title: analysis.title,
    UnitId: lookupValue(analysis.unitId, 'unitId'),
    PerformedOn: calendarDateValue(analysis.performedOn, zone),
    ApprovedOn: optionalCalendarDateValue(analysis.approvedOn, zone)
  })
});
