import { z } from 'zod';
import { isoDateSchema } from '../shared/calendar';
import { emailSchema, idSchema } from '../shared/person-ref';

/** The status of one MSBFS 2020:6 area in one year, on the region's maturity scale (R-MAT). */
export const maturityAssessmentSchema = z.object({
  id: idSchema,
  areaKey: z.string().trim().min(1),
  year: z.number().int().min(2000).max(2100),
  statusKey: z.string().trim().min(1),
  assessedOn: isoDateSchema,
  assessedBy: emailSchema.optional(),
  comment: z.string().default('')
});
export type MaturityAssessment = z.infer<typeof maturityAssessmentSchema>;
