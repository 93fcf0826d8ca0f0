import { dateField, lookupsField, noteField, usersField } from './field-builders';
import { RESTRICTED_PERMISSIONS } from './list-permissions';
import type { ListSchema } from './list-schema';

/**
 * Meetings of the security council (R-MTG), about four a year. Title holds a generated summary
 * (the date). Decisions are sentences, one per line in a note. Read by coordinators and council
 * members (members): minutes may discuss weaknesses.
 */
export const MEETINGS_LIST: ListSchema = {
  key: 'meetings',
  url: 'Lists/Meetings',
  title: 'Rådsmöten',
  description: 'Informationssäkerhetsrådets möten med närvaro, protokoll, beslut och åtgärder.',
  titleField: { title: 'Möte', description: 'Sammanfattning som appen skriver (mötesdatum).', required: false, indexed: false, generated: true },
  fields: [
    // Indexed: the meetings of a year (the annual report).
    dateField('HeldOn', 'Datum', 'Mötesdatum.', { required: true, indexed: true }),
    usersField('Attendees', 'Närvarande', 'Närvarande ledamöter och adjungerade.'),
    noteField('Minutes', 'Protokoll', 'Protokoll eller minnesanteckningar.'),
    noteField('Decisions', 'Beslut', 'Ett beslut per rad.'),
    lookupsField('Actions', 'Åtgärder', 'Aktiviteter i handlingsplanen som mötet beslutade eller följde upp.', 'actions')
  ],
  permissions: RESTRICTED_PERMISSIONS
};
