import { booleanField, dateField, multiChoiceField, noteField, textField } from './field-builders';
import { COORDINATOR_PERMISSIONS } from './list-permissions';
import type { ListSchema } from './list-schema';

/** Published versions of documents that role holders acknowledge, such as "Fördelning av ansvar" (R-ACK). Title holds the document's title. */
export const DOCUMENT_VERSIONS_LIST: ListSchema = {
  key: 'documentVersions',
  url: 'Lists/DocumentVersions',
  title: 'Dokumentversioner',
  description: 'Publicerade versioner av styrdokument som ska bekräftas; en ny version kräver ny bekräftelse.',
  titleField: { title: 'Dokument', description: 'Dokumentets titel.', required: true, indexed: false, generated: false },
  fields: [
    // Indexed: the versions of one document (the newest published is in force).
    textField('DocumentKey', 'Dokumentnyckel', 'Stabil nyckel för dokumentet, samma för alla versioner.', { required: true, indexed: true }),
    textField('Version', 'Version', 'Versionsbeteckning.', { required: true }),
    dateField('PublishedOn', 'Publicerad', 'Dag då versionen publicerades.', { required: true }),
    multiChoiceField('RequiredForRoles', 'Ska bekräftas av roller', 'Roller vars innehavare ska bekräfta.', { fromRegion: 'roles' }),
    booleanField('RequiredForManagers', 'Ska bekräftas av chefer', 'Alla chefer ska bekräfta.'),
    // A note, not a hyperlink column: document links in SharePoint often pass the 255 characters a hyperlink holds.
    noteField('Url', 'Länk', 'Adressen till dokumentet.'),
    // The text as signed: its SHA-256 is sealed into every acknowledgement (R-ACK).
    noteField('Text', 'Text', 'Dokumentversionens text, som den visas och bekräftas.')
  ],
  permissions: COORDINATOR_PERMISSIONS
};
