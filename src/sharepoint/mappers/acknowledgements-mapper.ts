import { acknowledgementSchema } from '../../domain/acknowledgements/acknowledgement';
import { ACKNOWLEDGEMENTS_LIST } from '../lists/acknowledgements-list';
import { defineMapper } from './list-mapper';
import { readId, readInstant, readText, readUserEmail } from './read-values';
import { instantValue, summaryTitle } from './write-values';

/**
 * signedByAccount is read from SharePoint's Author, the account that created the item, which no
 * payload can set: it is never written, so a signature cannot claim another account (R-ACK, R-SEC-1).
 */
export const acknowledgementsMapper = defineMapper({
  list: ACKNOWLEDGEMENTS_LIST,
  schema: acknowledgementSchema,
  systemPeople: ['Author'],
  toDomain: (item) => ({
    id: readId(item),
    documentKey: readText(item, 'DocumentKey'),
    version: readText(item, 'Version'),
    signerEmail: readUserEmail(item, 'Signer'),
    signedByAccount: readUserEmail(item, 'Author'),
    signedAt: readInstant(item, 'SignedAt'),
    place: readText(item, 'Place'),
    signerTitle: readText(item, 'SignerTitle'),
    printedName: readText(item, 'PrintedName'),
    contentHash: readText(item, 'ContentHash')
  }),
  toFields: (acknowledgement, people) => ({
    Title: summaryTitle(`${acknowledgement.documentKey} ${acknowledgement.version}: ${acknowledgement.printedName}`),
    DocumentKey: acknowledgement.documentKey,
    Version: acknowledgement.version,
    SignerId: people(acknowledgement.signerEmail),
    SignedAt: instantValue(acknowledgement.signedAt),
    Place: acknowledgement.place,
    SignerTitle: acknowledgement.signerTitle,
    PrintedName: acknowledgement.printedName,
    ContentHash: acknowledgement.contentHash
  })
});
