import { choiceField, dateField, numberField, userField } from './field-builders';
import type { ListSchema } from './list-schema';

/**
 * Completed courses and micro-training modules (R-TRN), imported from the LMS. Title holds a
 * generated summary. The list grows past 5,000 items within a year (a module a week per person),
 * so every query starts with an indexed clause. Readable by all: managers follow their staff (R-TRN-2).
 */
export const TRAINING_RECORDS_LIST: ListSchema = {
  key: 'trainingRecords',
  url: 'Lists/TrainingRecords',
  title: 'Genomförda utbildningar',
  description: 'Genomförda utbildningar och moduler i mikroutbildningen, per person.',
  titleField: {
    title: 'Utbildning',
    description: 'Sammanfattning som appen skriver (utbildning, modul, person).',
    required: false,
    indexed: false,
    generated: true
  },
  fields: [
    // Indexed: a person's completions (the bot's digest, the LMS import's duplicate check).
    userField('Person', 'Person', 'Den som genomförde utbildningen.', { required: true, indexed: true }),
    // Indexed: a course's completions in a view filtered by course.
    choiceField('Course', 'Utbildning', 'Utbildning enligt regionens inställningar.', { fromRegion: 'courses' }, { required: true, indexed: true }),
    numberField('Module', 'Modul', 'Modulnummer i en mikroutbildning; tomt för en hel kurs.', { min: 1 }),
    // Indexed: completions in a period (an LMS import's window, tertial reports).
    dateField('CompletedOn', 'Genomförd', 'Dag då utbildningen genomfördes.', { required: true, indexed: true })
  ],
  permissions: { read: ['owners', 'members', 'visitors'], edit: ['owners'], itemLevel: 'all' }
};
