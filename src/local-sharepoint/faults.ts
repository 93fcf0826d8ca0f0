import { z } from 'zod';

/**
 * The fault switch for resilience tests (R-SEC-3): answers a share of API requests with 429 or
 * 503 and Retry-After, as SharePoint Online throttles. Deterministic — every n-th request by the
 * share, not a dice roll — so a test that asks for 25 % gets exactly every fourth request.
 */
export const faultSettingsSchema = z.object({
  status: z.union([z.literal(429), z.literal(503)]),
  share: z.number().min(0, 'share is a fraction from 0 to 1').max(1, 'share is a fraction from 0 to 1'),
  retryAfterSeconds: z.number().int().min(0).max(600).default(1)
});
export type FaultSettings = z.infer<typeof faultSettingsSchema>;

/** `TILLIT_LOCAL_FAULTS=429:0.25:2` → status 429 for 25 % of requests, Retry-After 2 s. */
export function faultSettingsFromEnv(value: string | undefined): FaultSettings | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const [status, share, retryAfter] = value.split(':');
  const parsed = faultSettingsSchema.safeParse({ status: Number(status), share: Number(share), retryAfterSeconds: retryAfter === undefined ? undefined : Number(retryAfter) });
  if (!parsed.success) {
    throw new Error(`TILLIT_LOCAL_FAULTS must be <429|503>:<share 0..1>[:<retry-after seconds>], for example 429:0.25:2; got '${value}'.`);
  }
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
