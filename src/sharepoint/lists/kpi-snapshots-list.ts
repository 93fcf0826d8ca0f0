import { KPI_SNAPSHOT_SOURCES } from '../../domain/kpi/kpi-snapshot';
import { choiceField, dateField, instantField, noteField, textField } from './field-builders';
import { OPERATIONS_PERMISSIONS } from './list-permissions';
import type { ListSchema } from './list-schema';

/**
 * The five goal areas' KPIs as computed on a day and kept (issue 10; R-KPI, R-REP): one item per
 * snapshot, the app service's daily one (write key `kpi-snapshot:daily:<day>`, unique: one a day
 * however often the job runs) or one the council took at a meeting. The figures are JSON in a note
 * (nothing filters on them; validated with zod when read back). Written only by the app service
 * (OPERATIONS_PERMISSIONS, as NudgeLog and Snoozes): a kept figure is what the council saw, and
 * nobody edits it afterwards. Small: about 365 items a year plus a few taken at meetings.
 */
export const KPI_SNAPSHOTS_LIST: ListSchema = {
  key: 'kpiSnapshots',
  url: 'Lists/KpiSnapshots',
  title: 'Nyckeltalsögonblick',
  description: 'Nyckeltalen för de fem målområdena som de var en viss dag: dagliga och tagna vid rådsmöten.',
  titleField: { title: 'Ögonblick', description: 'Sammanfattning som appen skriver (dag och slag).', required: false, indexed: false, generated: true },
  fields: [
    // Indexed: the snapshots of a year (the trend, the annual report) once the list has grown.
    dateField('AsOf', 'Dag', 'Dagen som nyckeltalen gäller.', { required: true, indexed: true }),
    choiceField('Source', 'Slag', 'Dagligt ögonblick eller taget vid ett rådsmöte.', KPI_SNAPSHOT_SOURCES, { required: true }),
    instantField('TakenAt', 'Taget', 'När nyckeltalen räknades fram.', { required: true }),
    // Text, not a person column: the app writes it and it is never resolved to a site user.
    textField('TakenBy', 'Tagen av', 'E-postadressen till den som tog ögonblicket vid ett möte.'),
    noteField('Figures', 'Nyckeltal', 'Täljare och nämnare per mått och målområde (JSON). Ändra inte.', { required: true })
  ],
  permissions: OPERATIONS_PERMISSIONS
};
