import type { RegionConfig } from '../../config/region-config';
import { trainingRecordSchema, type TrainingRecord } from '../../domain/training/training-record';
import type { ImportTarget } from '../import-target';
import { naturalKey } from '../natural-key';
import { text } from './choice-options';

/**
 * Training completions from the LMS (R-TRN): one row per person and course, and per module of a
 * micro-training (R-TRN-4), so the natural key is person e-mail + course + module (empty for a
 * whole course). The courses are the region's configuration.
 */
export function trainingImport(config: RegionConfig): ImportTarget<TrainingRecord> {
  return {
    key: 'trainingRecords',
    columns: [
      { key: 'person', header: text('E-post', 'E-mail'), aliases: ['E-postadress', 'Email', 'E-mail address', 'Person', 'Deltagare', 'Participant', 'Användare', 'User'], path: ['personEmail'], kind: { type: 'person' }, required: true },
      {
        key: 'course',
        header: text('Utbildning', 'Course'),
        aliases: ['Kurs', 'Kursnamn', 'Course name', 'Training'],
        path: ['courseKey'],
        kind: { type: 'choice', options: config.training.courses.map((course) => ({ key: course.key, label: course.label })) },
        required: true
      },
      { key: 'module', header: text('Modul', 'Module'), path: ['module'], kind: { type: 'integer', min: 1 } },
      { key: 'completedOn', header: text('Genomförd', 'Completed on'), aliases: ['Datum', 'Date', 'Slutförd', 'Completed', 'Completion date'], path: ['completedOn'], kind: { type: 'date' }, required: true }
    ],
    keyColumns: ['person', 'course', 'module'],
    schema: trainingRecordSchema,
    blank: () => ({ id: 'new' }),
    naturalKeyOf: (record) => naturalKey([record.personEmail, record.courseKey, record.module])
  };
}
