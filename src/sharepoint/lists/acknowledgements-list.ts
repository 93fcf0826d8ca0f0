import { instantField, textField, userField } from './field-builders';
import type { ListSchema } from './list-schema';

/**
 * Signed acknowledgements of receipt (bekräftelse av mottagande, R-ACK). Title holds a generated
 * summary. The signing account is SharePoint's own Author of the item, which no client can set,
 * and every person may edit only the items they created (`own`), so nobody signs for someone else
 * (R-SEC-1); ContentHash makes a later change to the signed text visible.
 */
export const ACKNOWLEDGEMENTS_LIST: ListSchema = {
  key: 'acknowledgements',
  url: 'Lists/Acknowledgements',
  title: 'Bekräftelser av mottagande',
  description: 'Underskrivna bekräftelser av att ansvarsfördelningen och andra styrdokument tagits emot.',
  titleField: {
    title: 'Bekräftelse',
    description: 'Sammanfattning som appen skriver (dokument, version, namn).',
    required: false,
    indexed: false,
    generated: true
  },
  fields: [
    // Indexed: who has signed a document (completion per document, R-NDG-1 outstanding signatures).
    textField('DocumentKey', 'Dokumentnyckel', 'Dokumentet som bekräftas.', { required: true, indexed: true }),
    textField('Version', 'Version', 'Versionen som bekräftas.', { required: true }),
    // Indexed: a person's signatures ("what do I still owe").
    userField('Signer', 'Undertecknare', 'Den som bekräftar.', { required: true, indexed: true }),
    instantField('SignedAt', 'Undertecknad', 'Ort och datum: tidpunkten för underskriften.', { required: true }),
    textField('Place', 'Ort', 'Ort där bekräftelsen skrevs under.', { required: true }),
    textField('SignerTitle', 'Titel', 'Undertecknarens titel.', { required: true }),
    textField('PrintedName', 'Namnförtydligande', 'Namnförtydligande.', { required: true }),
    textField('ContentHash', 'Kontrollsumma', 'SHA-256 av den underskrivna texten.', { required: true, maxLength: 64 })
  ],
  permissions: { read: ['owners', 'members', 'visitors'], edit: ['owners', 'members', 'visitors'], itemLevel: 'own' }
};
