import { z } from 'zod';
import { instantSchema, isoDateSchema } from '../shared/calendar';
import { emailSchema, idSchema } from '../shared/person-ref';

/**
 * A published version of a document that role holders must acknowledge, such as
 * "Fördelning av ansvar" (R-ACK). A new version requires new acknowledgements.
 */
export const documentVersionSchema = z.object({
  id: idSchema,
  documentKey: z.string().trim().min(1),
  title: z.string().trim().min(1),
  version: z.string().trim().min(1),
  publishedOn: isoDateSchema,
  /** Role keys whose holders must sign; `managers` adds every manager on the roster. */
  requiredForRoles: z.array(z.string().trim().min(1)).default([]),
  requiredForManagers: z.boolean().default(false),
  /** A later version replaces this one; only the newest published version is in force. */
  url: z.string().url().optional()
});
export type DocumentVersion = z.infer<typeof documentVersionSchema>;

/**
 * A signed "Bekräftelse av mottagande" (seed section 5: place and date, signature, title, printed name).
 * `signedByAccount` is the authenticated account that wrote the item (SharePoint's Author), so a
 * signature counts only when it is the signer's own (R-ACK, R-SEC-1). `contentHash` makes it tamper-evident.
 */
export const acknowledgementSchema = z.object({
  id: idSchema,
  documentKey: z.string().trim().min(1),
  version: z.string().trim().min(1),
  signerEmail: emailSchema,
  signedByAccount: emailSchema,
  signedAt: instantSchema,
  place: z.string().trim().min(1, 'the place (ort) is required'),
  signerTitle: z.string().trim().min(1, 'the title is required'),
  printedName: z.string().trim().min(1, 'the printed name (namnförtydligande) is required'),
  contentHash: z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 digest in hex')
});
export type Acknowledgement = z.infer<typeof acknowledgementSchema>;

/**
 * The exact text a signature's hash covers. Kept here, beside the schema, so that the signing
 * adapter and any later verification hash the same canonical form.
 */
export function acknowledgementCanonicalText(
  acknowledgement: Omit<Acknowledgement, 'id' | 'contentHash'>
): string {
  return JSON.stringify([
    acknowledgement.documentKey,
    acknowledgement.version,
    acknowledgement.signerEmail.toLowerCase(),
    acknowledgement.signedByAccount.toLowerCase(),
    acknowledgement.signedAt,
    acknowledgement.place,
    acknowledgement.signerTitle,
    acknowledgement.printedName
  ]);
}
