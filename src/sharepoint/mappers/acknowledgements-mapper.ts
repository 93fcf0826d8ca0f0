import { acknowledgementSchema } from '../../domain/acknowledgements/acknowledgement';
import { ACKNOWLEDGEMENTS_LIST } from '../lists/acknowledgements-list';
import { defineMapper } from './list-mapper';
import { readId, readInstant, readNumber, readText, readUserEmail } from './read-values';
import { instantValue, summaryTitle } from './write-values';

/**
 * Written only by the app service (R-ACK, R-SEC-1): `signedByAccount` is the account the app
 * service authenticated, kept as text because SharePoint's Author is the app itself. Author and
 * Editor are read for the chain's verification (acknowledgement-chain-reader.ts).
 */
export const acknowledgementsMapper = defineMapper({
  list: ACKNOWLEDGEMENTS_LIST,
  schema: acknowledgementSchema,
  systemPeople: ['Author', 'Editor'],
  toDomain: (item) => ({
    id: readId(item),
    documentKey: readText(item, 'DocumentKey'),
    version: readText(item, 'Version'),
    documentDigest: readText(item, 'DocumentDigest'),
    signerEmail: readUserEmail(item, 'Signer'),
    signedByAccount: readText(item, 'SignedByAccount'),
    signedOn: readText(item, 'SignedOn'),
    signedAt: readInstant(item, 'SignedAt'),
    place: readText(item, 'Place'),
    signerTitle: readText(item, 'SignerTitle'),
    printedName: readText(item, 'PrintedName'),
    sequence: readNumber(item, 'Sequence'),
    previousHash: readText(item, 'PreviousHash'),
    contentHash: readText(item, 'ContentHash')
  }),
  toFields: (acknowledgement, people) => ({
    Title: summaryTitle(`${acknowledgement.documentKey} ${acknowledgement.version}: ${acknowledgement.printedName}`),
    DocumentKey: acknowledgement.documentKey,
    Version: acknowledgement.version,
    DocumentDigest: acknowledgement.documentDigest,
    SignerId: people(acknowledgement.signerEmail),
    SignedByAccount: acknowledgement.signedByAccount,
    SignedOn: acknowledgement.signedOn,
    SignedAt: instantValue(acknowledgement.signedAt),
    Place: acknowledgement.place,
    SignerTitle: acknowledgement.signerTitle,
    PrintedName: acknowledgement.printedName,
    Sequence: acknowledgement.sequence,
    PreviousHash: acknowledgement.previousHash,
    ContentHash: acknowledgement.contentHash
  }),
  // One link per sequence: a retry of the same add finds it, another writer's is told apart by its seal.
  writeKeyOf: (acknowledgement) => `acknowledgement:${acknowledgement.sequence}`
});
