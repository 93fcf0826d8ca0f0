import { z } from 'zod';
import { isoDateSchema, isBefore } from '../shared/calendar';
import { emailSchema, idSchema } from '../shared/person-ref';

export const ACTION_STATUSES = ['planned', 'in-progress', 'done', 'cancelled'] as const;

/** One activity of the action plan (handlingsplan, R-ACT), as laid out in the 2021–2022 seed. */
export const actionPlanItemSchema = z
  .object({
    id: idSchema,
    activity: z.string().trim().min(1, 'the activity is required'),
    targetGroup: z.string().default(''),
    /** mätetal: how the activity's result is measured */
    metric: z.string().default(''),
    startsOn: isoDateSchema,
    endsOn: isoDateSchema,
    responsibleEmail: emailSchema.optional(),
    contactEmail: emailSchema.optional(),
    /** inriktningsmål the activity serves */
    goal: z.string().default(''),
    status: z.enum(ACTION_STATUSES).default('planned'),
    progressPercent: z.number().min(0).max(100).default(0)
  })
  .refine((item) => !isBefore(item.endsOn, item.startsOn), { message: 'ends before it starts', path: ['endsOn'] });
export type ActionPlanItem = z.infer<typeof actionPlanItemSchema>;
