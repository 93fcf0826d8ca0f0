import { maturityAssessmentSchema } from '../../domain/maturity/maturity-assessment';
import { MATURITY_LIST } from '../lists/maturity-list';
import { defineMapper } from './list-mapper';
import { readCalendarDate, readId, readNumber, readText, readUserEmail } from './read-values';
import { calendarDateValue, optionalTextValue, optionalUserValue, summaryTitle } from './write-values';

export const maturityMapper = defineMapper({
  list: MATURITY_LIST,
  schema: maturityAssessmentSchema,
  toDomain: (item, { siteTimeZone: zone }) => ({
    id: readId(item),
    areaKey: readText(item, 'Area'),
    year: readNumber(item, 'Year'),
    statusKey: readText(item, 'Status'),
    assessedOn: readCalendarDate(item, 'AssessedOn', zone),
    assessedBy: readUserEmail(item, 'AssessedBy'),
    comment: readText(item, 'Comment')
  }),
  toFields: (assessment, people, { siteTimeZone: zone }) => ({
    Title: summaryTitle(`${assessment.areaKey} ${assessment.year}`),
    Area: assessment.areaKey,
    Year: assessment.year,
    Status: assessment.statusKey,
    AssessedOn: calendarDateValue(assessment.assessedOn, zone),
    AssessedById: optionalUserValue(assessment.assessedBy, people),
    Comment: optionalTextValue(assessment.comment)
  })
});
