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
  url: z.string().url().optional(),
  /**
   * The document's body as signed (plain text, headings as lines of their own). Its SHA-256 is part
   * of every acknowledgement's seal, so what a person confirmed can be shown again word for word.
   */
  text: z.string().default('')
});
export type DocumentVersion = z.infer<typeof documentVersionSchema>;

/** A SHA-256 digest or an HMAC-SHA256 seal, as 64 lower-case hex digits. */
export const hexDigestSchema = z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 hex digits (SHA-256)');

/**
 * A signed "Bekräftelse av mottagande" (seed section 5: place and date, signature, title, printed name).
 * Tillit's app service writes it with its own identity for the person who signed in (R-ACK, R-SEC-1):
 * `signedByAccount` is that authenticated account, `signerEmail` whom the signature names; the app
 * never lets them differ, so an item where they do was not written by Tillit's signing.
 * `sequence`, `previousHash` and `contentHash` link it into the keyed chain that makes a change,
 * removal or insertion outside Tillit visible (acknowledgement-chain.ts, R-ACK, R-SEC-4).
 */
export const acknowledgementSchema = z.object({
  id: idSchema,
  documentKey: z.string().trim().min(1),
  version: z.string().trim().min(1),
  /** SHA-256 of the document version's text as the signer was shown it: what was signed. */
  documentDigest: hexDigestSchema,
  signerEmail: emailSchema,
  signedByAccount: emailSchema,
  /** "Ort och datum": the day in the site's time zone, as the form showed it. */
  signedOn: isoDateSchema,
  /** The instant, taken by the app service's clock, never the browser's. */
  signedAt: instantSchema,
  place: z.string().trim().min(1, 'the place (ort) is required').max(255),
  signerTitle: z.string().trim().min(1, 'the title is required').max(255),
  printedName: z.string().trim().min(1, 'the printed name (namnförtydligande) is required').max(255),
  sequence: z.number().int().positive(),
  previousHash: hexDigestSchema,
  contentHash: hexDigestSchema
});
export type Acknowledgement = z.infer<typeof acknowledgementSchema>;

/** What a signature says, before the chain seals it. */
export type SignedContent = Omit<Acknowledgement, 'id' | 'sequence' | 'previousHash' | 'contentHash'>;
