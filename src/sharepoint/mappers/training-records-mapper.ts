import { trainingRecordSchema } from '../../domain/training/training-record';
import { TRAINING_RECORDS_LIST } from '../lists/training-records-list';
import { defineMapper } from './list-mapper';
import { readCalendarDate, readId, readNumber, readText, readUserEmail } from './read-values';
import { calendarDateValue, optionalNumberValue, summaryTitle } from './write-values';

export const trainingRecordsMapper = defineMapper({
  list: TRAINING_RECORDS_LIST,
  schema: trainingRecordSchema,
  toDomain: (item, { siteTimeZone: zone }) => ({
    id: readId(item),
    personEmail: readUserEmail(item, 'Person'),
    courseKey: readText(item, 'Course'),
    module: readNumber(item, 'Module'),
    completedOn: readCalendarDate(item, 'CompletedOn', zone)
  }),
  toFields: (record, people, { siteTimeZone: zone }) => ({
    Title: summaryTitle(`${record.courseKey}${record.module === undefined ? '' : ` modul ${record.module}`}: ${record.personEmail}`),
    PersonId: people(record.personEmail),
    Course: record.courseKey,
    Module: optionalNumberValue(record.module),
    CompletedOn: calendarDateValue(record.completedOn, zone)
  })
});
