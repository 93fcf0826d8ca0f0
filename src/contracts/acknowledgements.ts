import { z } from 'zod';
import { localizedTextSchema } from '../domain/shared/localized-text';

/**
 * The app service's acknowledgement API (R-ACK), shared by its routes (bot/api) and the web parts
 * (src/ui), which must not import from bot/. Requests are strict: a field the API does not know,
 * such as `signerEmail`, is refused, because the signer is always the caller (R-SEC-1).
 */
/** Paths under the app service's /api (AppServiceClient adds the base). */
export const ACKNOWLEDGEMENTS_API = {
  sign: '/acknowledgements',
  mine: '/acknowledgements/mine',
  verification: '/acknowledgements/verification'
} as const;

const line = (what: string): z.ZodString => z.string().trim().min(1, `${what} is required`).max(255, `${what} holds at most 255 characters`);

export const signAcknowledgementRequestSchema = z
  .object({
    documentKey: z.string().trim().min(1).max(255),
    version: z.string().trim().min(1).max(255),
    place: line('the place (ort)'),
    signerTitle: line('the title'),
    printedName: line('the printed name'),
    /** The person ticked "I have read and received…": nothing is signed without it. */
    confirmed: z.literal(true, { errorMap: () => ({ message: 'the confirmation must be ticked' }) })
  })
  .strict();
export type SignAcknowledgementRequest = z.infer<typeof signAcknowledgementRequestSchema>;

export const acknowledgementReceiptSchema = z.object({
  id: z.string(),
  documentKey: z.string(),
  version: z.string(),
  signedOn: z.string(),
  signedAt: z.string(),
  place: z.string(),
  signerTitle: z.string(),
  printedName: z.string(),
  sequence: z.number().int(),
  contentHash: z.string()
});
export type AcknowledgementReceipt = z.infer<typeof acknowledgementReceiptSchema>;

export const signAcknowledgementResponseSchema = z.object({
  receipt: acknowledgementReceiptSchema,
  /** True when the caller had signed this version before: the earlier receipt, nothing new written. */
  alreadySigned: z.boolean()
});
export type SignAcknowledgementResponse = z.infer<typeof signAcknowledgementResponseSchema>;

export const documentToSignSchema = z.object({
  documentKey: z.string(),
  title: z.string(),
  version: z.string(),
  publishedOn: z.string(),
  text: z.string(),
  /** Whether the caller must acknowledge this version (a role it names, or a manager). */
  mustSign: z.boolean(),
  dueOn: z.string().optional(),
  signed: acknowledgementReceiptSchema.optional()
});
export type DocumentToSign = z.infer<typeof documentToSignSchema>;

export const myAcknowledgementsResponseSchema = z.object({
  email: z.string(),
  /** Today in the site's time zone: the date the form shows (the instant is the server's at signing). */
  today: z.string(),
  roles: z.array(z.object({ key: z.string(), label: localizedTextSchema })),
  isManager: z.boolean(),
  /** The versions in force. */
  documents: z.array(documentToSignSchema),
  /** Earlier versions the caller signed. */
  earlier: z.array(acknowledgementReceiptSchema.extend({ title: z.string() })),
  prefill: z.object({ signerTitle: z.string(), printedName: z.string() }),
  /** Site owners (the security coordinator's office) see the chain's verification. */
  mayVerify: z.boolean()
});
export type MyAcknowledgementsResponse = z.infer<typeof myAcknowledgementsResponseSchema>;

export const chainFindingKindSchema = z.enum(['changed', 'inserted', 'removed', 'broken-link', 'edited-after-writing', 'removed-at-end', 'head-invalid', 'after-head']);

export const verificationResponseSchema = z.object({
  checked: z.number().int(),
  headSequence: z.number().int().optional(),
  findings: z.array(z.object({ kind: chainFindingKindSchema, itemIds: z.array(z.string()), sequences: z.array(z.number().int()) })),
  verifiedAt: z.string()
});
export type VerificationResponse = z.infer<typeof verificationResponseSchema>;
