import { z } from 'zod';
import { instantSchema, isoDateSchema } from '../../../domain/shared/calendar';
import { emailSchema, idSchema } from '../../../domain/shared/person-ref';

/**
 * The states of one digest message in the NudgeLog (R-NDG-4; the claim protocol is in
 * bot/nudges/claim-protocol.ts):
 * - `claimed`: the run will send it; nothing has been sent yet (a re-run takes the claim over);
 * - `sending`: marked just before the connector is called: a row found in this state by a later run
 *   was caught between the send and its log write, so it becomes `unknown`;
 * - `sent`: Teams accepted it (its conversation and activity ids are kept);
 * - `unknown`: it may or may not have reached the person; re-sent only by `tillit nudge --resend-unknown`;
 * - `dead-letter`: the connector kept failing past the retry bound; `tillit nudge --retry-dead` re-drives it;
 * - `not-installed`: the person has no installation of the bot, so nothing could be sent;
 * - `stale`: the connector answered 403/404: the installation is gone (marked stale).
 */
export const MESSAGE_STATES = ['claimed', 'sending', 'sent', 'unknown', 'dead-letter', 'not-installed', 'stale'] as const;
export type MessageState = (typeof MESSAGE_STATES)[number];

/** The states of a run's lease row: `running` while a process holds it, `finished` or `stopped` after. */
export const RUN_STATES = ['running', 'finished', 'stopped'] as const;
export type RunState = (typeof RUN_STATES)[number];

/** Every value of the Outcome column. */
export const NUDGE_OUTCOMES = [...MESSAGE_STATES, ...RUN_STATES] as const;
export type NudgeOutcome = (typeof NUDGE_OUTCOMES)[number];

/*
 * `area-message` and `area-run`: the May and December area follow-up cards (R-REP; bot/council/
 * area-follow-up-run.ts) go through the same claim protocol, one row per chief, area and follow-up,
 * and one lease row per follow-up; the nudge run reads only its own kinds.
 */
export const NUDGE_LOG_KINDS = ['message', 'run', 'area-message', 'area-run'] as const;
export type NudgeLogKind = (typeof NUDGE_LOG_KINDS)[number];

/**
 * One row of the NudgeLog: one digest message to one person on one run day (R-NDG-2: one message
 * per person per run), or one run day's lease and summary. Not a register of the ISMS, so it lives
 * beside its list rather than in src/domain.
 */
export const nudgeLogEntrySchema = z.object({
  id: idSchema,
  kind: z.enum(NUDGE_LOG_KINDS),
  /** A message: its key (run day, recipient, content digest; bot/nudges/message-key.ts). A run: `run:<day>`. Title holds it, hence 255. */
  key: z.string().trim().min(1).max(255, 'a nudge log key is at most 255 characters (it is the list item Title)'),
  /** The message's recipient; absent on a run's row. */
  recipientEmail: emailSchema.optional(),
  /** The run's calendar day in the region: "a re-run never sends twice" is per person and run day. */
  runDay: isoDateSchema,
  outcome: z.enum(NUDGE_OUTCOMES),
  /** The owed items' keys the message carries (NudgeItem.key): the history's first reminder per item (R-NDG-3). */
  itemKeys: z.array(z.string().min(1)).default([]),
  /** A short digest of the message's content (what the person was told). */
  contentDigest: z.string().trim().min(1).optional(),
  /** Which run (process) holds the claim or the lease. */
  holder: z.string().trim().min(1).optional(),
  /** A run's lease ends here unless renewed; a message's claim is as long as its run's lease. */
  leaseUntil: instantSchema.optional(),
  /** Sends tried so far (retries included), across runs. */
  attempts: z.number().int().min(0).default(0),
  /** When the message was sent, or the run's last change. */
  sentAt: instantSchema.optional(),
  conversationId: z.string().trim().min(1).optional(),
  activityId: z.string().trim().min(1).optional(),
  /** The last failure, or a run's summary (JSON). */
  error: z.string().default('')
});
export type NudgeLogEntry = z.infer<typeof nudgeLogEntrySchema>;
