import { instantField, noteField, numberField, textField } from './field-builders';
import { OPERATIONS_PERMISSIONS } from './list-permissions';
import type { ListSchema } from './list-schema';

/**
 * The council's dashboard of a year as the app service last computed it (issue 10, the first render:
 * one read instead of every register). The dashboard's JSON, gzipped and base64, is split into parts
 * of at most 60,000 characters (a multiple-lines-of-text column holds 63,999 safely): one item per
 * part, the parts of one computation sharing a generation. A dashboard is read with one query on the
 * indexed Year column (under the 5,000-item list view threshold whatever the list's size), and the
 * writer deletes the generations its own supersedes, so the list holds a few items per year.
 * Written and read only by the app service (OPERATIONS_PERMISSIONS, as KpiSnapshots): it holds the
 * region's open risks and incidents, the council's to see (R-SEC-1).
 */
export const COUNCIL_DASHBOARDS_LIST: ListSchema = {
  key: 'councilDashboards',
  url: 'Lists/CouncilDashboards',
  title: 'Rådets översikter',
  description: 'Säkerhetsrådets översikt per år som appen senast räknade fram den (komprimerad, i delar). Ändra inte.',
  titleField: { title: 'Översikt', description: 'Sammanfattning som appen skriver (år, generation och del).', required: false, indexed: false, generated: true },
  fields: [
    // Indexed: one year's parts in one query, however many items the list holds.
    numberField('Year', 'År', 'Året som översikten gäller.', { required: true, indexed: true, min: 2000, max: 2100 }),
    textField('Generation', 'Generation', 'Den framräkning delen hör till.', { required: true }),
    numberField('Part', 'Del', 'Delens plats, från 0.', { required: true, min: 0 }),
    numberField('Parts', 'Delar', 'Hur många delar generationen har.', { required: true, min: 1 }),
    instantField('ComputedAt', 'Framräknad', 'När översikten räknades fram.', { required: true }),
    noteField('Data', 'Data', 'Översiktens JSON, gzip och base64, en del. Ändra inte.', { required: true })
  ],
  permissions: OPERATIONS_PERMISSIONS
};
