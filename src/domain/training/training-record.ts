import { z } from 'zod';
import { isoDateSchema } from '../shared/calendar';
import { emailSchema, idSchema } from '../shared/person-ref';

/**
 * A completed course, or one completed module of a micro-training (R-TRN-4), from the LMS.
 * Courses and audiences are the region's configuration; this is the evidence.
 */
export const trainingRecordSchema = z.object({
  id: idSchema,
  personEmail: emailSchema,
  courseKey: z.string().trim().min(1),
  /** 1-based module number for micro-trainings; absent for a whole course. */
  module: z.number().int().min(1).optional(),
  completedOn: isoDateSchema
});
export type TrainingRecord = z.infer<typeof trainingRecordSchema>;
