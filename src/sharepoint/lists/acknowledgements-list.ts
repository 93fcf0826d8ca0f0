import { COORDINATOR_PERMISSIONS } from './list-permissions';
import { instantField, numberField, textField, userField } from './field-builders';
import type { ListSchema } from './list-schema';

/**
 * Signed acknowledgements of receipt (bekräftelse av mottagande, R-ACK). Title holds a generated
 * summary. Nobody writes this list directly: the app service signs for the person who signed in
 * and writes with its own identity, so SharePoint refuses every person's own add or edit
 * (owners only, R-SEC-1) and a signature can only ever name its signer. Each item is a link of a
 * keyed chain (Sequence, PreviousHash, ContentHash; acknowledgement-chain.ts) so that a change,
 * removal or insertion by someone who may edit the list, such as a site administrator, is found
 * by `tillit verify-acknowledgements` (R-SEC-4).
 */
export const ACKNOWLEDGEMENTS_LIST: ListSchema = {
  key: 'acknowledgements',
  url: 'Lists/Acknowledgements',
  title: 'Bekräftelser av mottagande',
  description: 'Underskrivna bekräftelser av att ansvarsfördelningen och andra styrdokument tagits emot. Skrivs bara av Tillit.',
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
    textField('DocumentDigest', 'Dokumentets kontrollsumma', 'SHA-256 av dokumentversionens text som visades.', { required: true, maxLength: 64 }),
    // Indexed: a person's signatures ("what do I still owe").
    userField('Signer', 'Undertecknare', 'Den som bekräftar.', { required: true, indexed: true }),
    textField('SignedByAccount', 'Inloggat konto', 'Kontot som var inloggat när bekräftelsen skrevs under.', { required: true }),
    textField('SignedOn', 'Datum', 'Ort och datum: dagen för underskriften.', { required: true, maxLength: 10 }),
    instantField('SignedAt', 'Undertecknad', 'Tidpunkten för underskriften (appens klocka).', { required: true }),
    textField('Place', 'Ort', 'Ort där bekräftelsen skrevs under.', { required: true }),
    textField('SignerTitle', 'Titel', 'Undertecknarens titel.', { required: true }),
    textField('PrintedName', 'Namnförtydligande', 'Namnförtydligande.', { required: true }),
    // Indexed and unique: the chain's order; two writers that take the same number are refused by SharePoint, and the later one retries.
    numberField('Sequence', 'Löpnummer', 'Bekräftelsens plats i kedjan.', { required: true, indexed: true, unique: true, min: 1 }),
    textField('PreviousHash', 'Föregående kontrollsumma', 'Kontrollsumman för bekräftelsen före i kedjan.', { required: true, maxLength: 64 }),
    textField('ContentHash', 'Kontrollsumma', 'Nyckelad kontrollsumma (HMAC-SHA256) över det undertecknade och kedjan.', { required: true, maxLength: 64 })
  ],
  permissions: COORDINATOR_PERMISSIONS
};
