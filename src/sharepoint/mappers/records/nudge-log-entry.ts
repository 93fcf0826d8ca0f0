import { z } from 'zod';
import { NUDGE_TOPICS } from '../../../config/region-config';
import { instantSchema, isoDateSchema } from '../../../domain/shared/calendar';
import { emailSchema, idSchema } from '../../../domain/shared/person-ref';

/**
 * What became of one nudge item for one person in one run (R-NDG-4):
 * - `pending`: logged before the send, so that a run that stops half-way leaves a trace;
 * - `sent`: Teams accepted the message (its conversation and activity ids are kept);
 * - `failed`: the send failed after its retries; a re-run may try again;
 * - `not-installed`: the person has no bot installation, so nothing could be sent.
 */
export const NUDGE_OUTCOMES = ['pending', 'sent', 'failed', 'not-installed'] as const;
export type NudgeOutcome = (typeof NUDGE_OUTCOMES)[number];

/**
 * One row of the NudgeLog: the idempotency record of the nudge run. Not a register of the ISMS,
 * so it lives beside its list rather than in src/domain.
 */
export const nudgeLogEntrySchema = z.object({
  id: idSchema,
  /** NudgeItem.key or EscalatedItem.key: stable across runs for the same duty and person. Title holds it, hence 255. */
  itemKey: z.string().trim().min(1).max(255, 'an item key is at most 255 characters (it is the list item Title)'),
  recipientEmail: emailSchema,
  topic: z.enum(NUDGE_TOPICS),
  /** Sent to someone above the person who owes it (R-NDG-3). */
  escalated: z.boolean().default(false),
  /** The run's calendar day in the region: "a re-run never sends twice" is per item key and run day. */
  runDay: isoDateSchema,
  sentAt: instantSchema.optional(),
  outcome: z.enum(NUDGE_OUTCOMES),
  conversationId: z.string().trim().min(1).optional(),
  activityId: z.string().trim().min(1).optional(),
  error: z.string().default('')
});
export type NudgeLogEntry = z.infer<typeof nudgeLogEntrySchema>;
