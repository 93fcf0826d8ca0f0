import { z } from 'zod';
import { isoDateSchema } from '../shared/calendar';
import { emailSchema, idSchema } from '../shared/person-ref';

export const SYSTEM_LIFECYCLES = ['planned', 'active', 'retired'] as const;
export const APPROVAL_STATUSES = ['missing', 'draft', 'approved'] as const;
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];
export const AUTHORISATION_STATUSES = ['not-requested', 'pending', 'approved', 'rejected'] as const;

/** A document that is approved on a date (SSP, reserve routines, continuity plan). */
export const approvalSchema = z
  .object({
    status: z.enum(APPROVAL_STATUSES).default('missing'),
    approvedOn: isoDateSchema.optional()
  })
  .refine((approval) => approval.status !== 'approved' || approval.approvedOn !== undefined, {
    message: 'an approved document needs its approval date',
    path: ['approvedOn']
  });
export type Approval = z.infer<typeof approvalSchema>;

/** An IT system (IT-system / IKT) of the region (R-SYS). */
export const itSystemSchema = z.object({
  id: idSchema,
  name: z.string().trim().min(1, 'a name is required').max(255),
  description: z.string().default(''),
  lifecycle: z.enum(SYSTEM_LIFECYCLES).default('active'),
  unitId: idSchema,
  /** systemägare; also registerägare when the system handles personal data. */
  ownerEmail: emailSchema.optional(),
  /** förvaltningsledare, a training audience of its own (R-TRN-3). */
  administratorEmail: emailSchema.optional(),
  assetIds: z.array(idSchema).default([]),
  handlesPersonalData: z.boolean().default(false),
  societallyImportant: z.boolean().default(false),
  cloudService: z.boolean().default(false),
  securityPlan: approvalSchema.default({ status: 'missing' }),
  reserveRoutines: approvalSchema.default({ status: 'missing' }),
  continuityPlan: approvalSchema.default({ status: 'missing' }),
  authorisation: z
    .object({ status: z.enum(AUTHORISATION_STATUSES), decidedOn: isoDateSchema.optional() })
    .default({ status: 'not-requested' })
});
export type ItSystem = z.infer<typeof itSystemSchema>;

export function isCurrentSystem(system: ItSystem): boolean {
  return system.lifecycle === 'active';
}
