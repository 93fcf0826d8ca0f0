import { choiceField, dateField, noteField, numberField, userField } from './field-builders';
import { REGISTER_PERMISSIONS } from './list-permissions';
import type { ListSchema } from './list-schema';

/** The status of each MSBFS 2020:6 area per year (R-MAT), one item per area and year. Title holds a generated summary. */
export const MATURITY_LIST: ListSchema = {
  key: 'maturity',
  url: 'Lists/Maturity',
  title: 'Mognadsbedömningar',
  description: 'Mognad per område i MSBFS 2020:6 och MSB:s metodstöd, med historik per år.',
  titleField: {
    title: 'Bedömning',
    description: 'Sammanfattning som appen skriver (område och år).',
    required: false,
    indexed: false,
    generated: true
  },
  fields: [
    // Indexed: an area's history (the trend per area).
    choiceField('Area', 'Område', 'Område enligt regionens inställningar.', { fromRegion: 'maturity-areas' }, { required: true, indexed: true }),
    // Indexed: one year's assessments (KPI 1 for the annual report).
    numberField('Year', 'År', 'Året bedömningen gäller.', { required: true, indexed: true, min: 2000, max: 2100 }),
    choiceField('Status', 'Status', 'Status på regionens mognadsskala.', { fromRegion: 'maturity-statuses' }, { required: true }),
    dateField('AssessedOn', 'Bedömd', 'Dag för bedömningen.', { required: true }),
    userField('AssessedBy', 'Bedömd av', 'Den som bedömde.'),
    noteField('Comment', 'Kommentar', 'Underlag eller kommentar.')
  ],
  permissions: REGISTER_PERMISSIONS
};
