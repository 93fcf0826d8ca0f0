import { z } from 'zod';
import { isoDateSchema } from '../shared/calendar';
import { emailSchema, idSchema } from '../shared/person-ref';

/** GDPR Art. 6(1) (a)–(f). */
export const LEGAL_BASES = [
  'consent',
  'contract',
  'legal-obligation',
  'vital-interests',
  'public-task',
  'legitimate-interests'
] as const;
export const DPIA_STATUSES = ['not-assessed', 'not-needed', 'needed', 'in-progress', 'done'] as const;
export const WORK_STATUSES = ['not-started', 'in-progress', 'done'] as const;

/** One processing activity of the record of processing (registerförteckning, GDPR Art. 30; R-ROPA). */
export const processingActivitySchema = z
  .object({
    id: idSchema,
    name: z.string().trim().min(1, 'a name is required').max(255),
    purpose: z.string().trim().min(1, 'the purpose is required (Art. 30.1 b)'),
    legalBasis: z.enum(LEGAL_BASES),
    /** Art. 9 ground when special categories (health data) are processed, as in most of healthcare. */
    specialCategoryBasis: z.string().optional(),
    dataSubjectCategories: z.array(z.string().trim().min(1)).min(1, 'name at least one category of data subjects'),
    personalDataCategories: z.array(z.string().trim().min(1)).min(1, 'name at least one category of personal data'),
    recipients: z.array(z.string().trim().min(1)).default([]),
    thirdCountryTransfers: z
      .array(z.object({ country: z.string().trim().min(1), safeguard: z.string().trim().min(1, 'a transfer needs its safeguard (Art. 46)') }))
      .default([]),
    retention: z.string().trim().min(1, 'the retention/erasure rule (gallring) is required'),
    securityMeasures: z.string().default(''),
    /** personuppgiftsansvarig nämnd */
    controller: z.string().trim().min(1, 'the controller (nämnd) is required'),
    unitId: idSchema,
    registerOwnerEmail: emailSchema.optional(),
    informationOwnerEmail: emailSchema.optional(),
    registryCoordinatorEmail: emailSchema.optional(),
    systemIds: z.array(idSchema).default([]),
    dpia: z.enum(DPIA_STATUSES).default('not-assessed'),
    gapAnalysis: z.enum(WORK_STATUSES).default('not-started'),
    actionPlan: z.enum(WORK_STATUSES).default('not-started'),
    lastReviewedOn: isoDateSchema.optional()
  });
export type ProcessingActivity = z.infer<typeof processingActivitySchema>;
