import { z } from 'zod';
import { isoDateSchema } from '../shared/calendar';
import { emailSchema, idSchema } from '../shared/person-ref';

/** The policy's four protection goals: konfidentialitet, riktighet, tillgänglighet, spårbarhet. */
export const PROTECTION_GOALS = ['confidentiality', 'integrity', 'availability', 'traceability'] as const;
export type ProtectionGoal = (typeof PROTECTION_GOALS)[number];

export const CLASSIFIED_KINDS = ['asset', 'system'] as const;
export type ClassifiedKind = (typeof CLASSIFIED_KINDS)[number];

const levelSchema = z.number().int('a level is a whole number').min(0, 'levels start at 0');

/** One classification (informationsklassning) of an asset or system; the newest per target is the one in force. */
export const classificationSchema = z.object({
  id: idSchema,
  targetKind: z.enum(CLASSIFIED_KINDS),
  targetId: idSchema,
  levels: z.object({
    confidentiality: levelSchema,
    integrity: levelSchema,
    availability: levelSchema,
    /** Optional: a region may classify three goals only (configuration `classification.goals`). */
    traceability: levelSchema.optional()
  }),
  classifiedBy: emailSchema,
  classifiedOn: isoDateSchema,
  /** An explicit, earlier next review set by the classifier wins over the region's interval. */
  nextReviewOn: isoDateSchema.optional(),
  comment: z.string().default('')
});
export type Classification = z.infer<typeof classificationSchema>;
export type ClassificationLevels = Classification['levels'];
