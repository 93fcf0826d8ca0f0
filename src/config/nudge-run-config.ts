import { z } from 'zod';

/**
 * The nudge run's settings (issue 9, R-NDG-4, R-SEC-3): when it runs, how fast it may send, how
 * often it retries and how long a run's lease lasts. Part of the region's configuration
 * (R-ORG-MULTI), every field with a default, so a region overrides only what differs.
 */

/** One of Teams' per-conversation windows: at most `messages` in any `seconds` (DESIGN.md, Limits). */
export const rateWindowSchema = z.object({
  messages: z.number().int().min(1),
  seconds: z.number().positive()
});
export type RateWindow = z.infer<typeof rateWindowSchema>;

/** Teams' limits per conversation (DESIGN.md, "Limits to design for"): 7/1 s, 8/2 s, 60/30 s, 1,800/h. */
export const TEAMS_CONVERSATION_WINDOWS: readonly RateWindow[] = [
  { messages: 7, seconds: 1 },
  { messages: 8, seconds: 2 },
  { messages: 60, seconds: 30 },
  { messages: 1800, seconds: 3600 }
];

export const nudgeRunSchema = z
  .object({
    /** The daily run's local time in the region's time zone (Europe/Stockholm), `HH:MM`. */
    dailyAt: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time of day as HH:MM, for example 07:30')
      .default('07:30'),
    /** Whether the app service runs the nudge on its schedule (off: on demand with `tillit nudge` only). */
    scheduled: z.boolean().default(true),
    /** Messages a second for the whole tenant (Teams: about 30–50 requests/s per app per tenant; design for ≤ 30). */
    tenantMessagesPerSecond: z.number().int().min(1).max(50, 'Teams allows an app about 50 requests a second per tenant at most').default(25),
    /** Teams' windows per conversation; every one of them holds. */
    conversationWindows: z.array(rateWindowSchema).min(1).default([...TEAMS_CONVERSATION_WINDOWS]),
    /** Attempts of one message (the first included) before it is dead-lettered. */
    maxAttempts: z.number().int().min(1).max(20).default(6),
    /** The first retry's wait; later ones double, with jitter, up to retryMaxDelayMs. */
    retryBaseDelayMs: z.number().int().min(1).default(500),
    retryMaxDelayMs: z.number().int().min(1).default(30_000),
    /**
     * Whether 502 and 504 are retried, as Teams advises. Off by default: a gateway error may come
     * after Teams delivered the message, so a retry can send it twice (R-NDG-4); off, such a message
     * is marked `unknown` and re-sent only by `tillit nudge --resend-unknown`.
     */
    retryGatewayErrors: z.boolean().default(false),
    /** The longest Retry-After (429) the sender waits; a longer one dead-letters the message instead. */
    maxRetryAfterSeconds: z.number().int().min(1).default(300),
    /** Messages in flight at once (each still waits for both rate limits). */
    concurrency: z.number().int().min(1).max(64).default(16),
    /** Messages claimed per NudgeLog $batch (SharePoint counts each part; at most 100). */
    claimBatchSize: z.number().int().min(1).max(100).default(100),
    /** Messages moved to "sending" (and then to their outcome) per NudgeLog $batch: also the most a crash can leave "unknown". */
    sendChunkSize: z.number().int().min(1).max(100).default(25),
    /** How long a run's lease lasts unless renewed; a crashed run's lease is taken over after it. */
    leaseSeconds: z.number().min(1).max(3600).default(300)
  })
  .refine((run) => run.retryBaseDelayMs <= run.retryMaxDelayMs, { message: 'retryBaseDelayMs must not exceed retryMaxDelayMs', path: ['retryBaseDelayMs'] });
export type NudgeRunConfig = z.infer<typeof nudgeRunSchema>;

/** The defaults, for code and tests that need the settings without a region. */
export const DEFAULT_NUDGE_RUN_CONFIG: NudgeRunConfig = nudgeRunSchema.parse({});
