import { z } from 'zod';

/**
 * The fault switch for resilience tests. Deterministic — every n-th API request by the share, not
 * a dice roll — so a test that asks for 25 % gets exactly every fourth request. Two families:
 * - throttling (R-SEC-3): answer 429 or 503 with Retry-After *instead of* carrying the request
 *   out, as SharePoint Online throttles;
 * - lost answers (R-SEC-2): carry the request out and commit it, *then* answer 502
 *   (`commit-then-502`, a front door that lost the answer) or destroy the connection
 *   (`commit-then-drop`), so the client cannot know that its write landed.
 */
const share = z.number().min(0, 'share is a fraction from 0 to 1').max(1, 'share is a fraction from 0 to 1');

export const throttleFaultSchema = z
  .object({
    status: z.union([z.literal(429), z.literal(503)]),
    share,
    retryAfterSeconds: z.number().int().min(0).max(600).default(1)
  })
  .strict();

export const COMMIT_FAULT_MODES = ['commit-then-502', 'commit-then-drop'] as const;

export const commitFaultSchema = z.object({ mode: z.enum(COMMIT_FAULT_MODES), share }).strict();

export type ThrottleFault = z.infer<typeof throttleFaultSchema>;
export type CommitFault = z.infer<typeof commitFaultSchema>;
export type FaultSettings = ThrottleFault | CommitFault;

/** What the admin endpoint and the environment accept; the shape with `mode` is a lost answer. */
export const FAULT_SETTINGS_FORMAT = '{ status: 429|503, share: 0..1, retryAfterSeconds } or { mode: commit-then-502|commit-then-drop, share: 0..1 }';

/** Parses either shape; the errors are the chosen shape's own, so they name the bad field. */
export function parseFaultSettings(value: unknown): z.SafeParseReturnType<unknown, FaultSettings> {
  const hasMode = typeof value === 'object' && value !== null && 'mode' in value;
  return hasMode ? commitFaultSchema.safeParse(value) : throttleFaultSchema.safeParse(value);
}

export function isCommitFault(fault: FaultSettings): fault is CommitFault {
  return 'mode' in fault;
}

const ENV_FORMAT =
  'TILLIT_LOCAL_FAULTS must be <429|503>:<share 0..1>[:<retry-after seconds>] or <commit-then-502|commit-then-drop>:<share 0..1>, for example 429:0.25:2 or commit-then-502:0.1';

/** `TILLIT_LOCAL_FAULTS=429:0.25:2` → 429 for 25 % of requests, Retry-After 2 s; `commit-then-drop:0.1` → every 10th request lands, then its connection drops. */
export function faultSettingsFromEnv(value: string | undefined): FaultSettings | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const [kind, fraction, retryAfter] = value.trim().split(':');
  const parsed = (COMMIT_FAULT_MODES as readonly string[]).includes(kind)
    ? retryAfter === undefined
      ? commitFaultSchema.safeParse({ mode: kind, share: Number(fraction) })
      : undefined
    : throttleFaultSchema.safeParse({ status: Number(kind), share: Number(fraction), retryAfterSeconds: retryAfter === undefined ? undefined : Number(retryAfter) });
  if (parsed === undefined || !parsed.success) throw new Error(`${ENV_FORMAT}; got '${value}'.`);
  return parsed.data;
}

export class FaultSwitch {
  private settings: FaultSettings | undefined;
  private counter = 0;

  public constructor(settings?: FaultSettings) {
    this.settings = settings;
  }

  public set(settings: FaultSettings | undefined): void {
    this.settings = settings;
    this.counter = 0;
  }

  public current(): FaultSettings | undefined {
    return this.settings;
  }

  /** The fault to answer this request with, if it is one of the share. */
  public next(): FaultSettings | undefined {
    const settings = this.settings;
    if (settings === undefined || settings.share === 0) return undefined;
    this.counter += 1;
    const hit = Math.floor(this.counter * settings.share) !== Math.floor((this.counter - 1) * settings.share);
    return hit ? settings : undefined;
  }
}
