import { z } from 'zod';

/**
 * The fault switch for resilience tests. Deterministic — every n-th API request by the share, not
 * a dice roll — so a test that asks for 25 % gets exactly every fourth request. Two families:
 * - throttling (R-SEC-3): answer 429 or 503 with Retry-After *instead of* carrying the request
 *   out, as SharePoint Online throttles;
 * - lost answers (R-SEC-2): carry the request out and commit it, *then* answer 502
 *   (`commit-then-502`, a front door that lost the answer) or destroy the connection
 *   (`commit-then-drop`), so the client cannot know that its write landed.
 * Several faults can be on at once (issue 9's resilience test: 30 % throttled *and* some writes
 * lost), each counting the requests it applies to (`requests: 'writes'` narrows it to writes).
 */
const share = z.number().min(0, 'share is a fraction from 0 to 1').max(1, 'share is a fraction from 0 to 1');

/** Which requests a fault counts: every API request (the default), or only writes (not GET/HEAD). */
const requests = z.enum(['all', 'writes']).optional();

export const throttleFaultSchema = z
  .object({
    status: z.union([z.literal(429), z.literal(503)]),
    share,
    retryAfterSeconds: z.number().int().min(0).max(600).default(1),
    requests
  })
  .strict();

export const COMMIT_FAULT_MODES = ['commit-then-502', 'commit-then-drop'] as const;

export const commitFaultSchema = z.object({ mode: z.enum(COMMIT_FAULT_MODES), share, requests }).strict();

export type ThrottleFault = z.infer<typeof throttleFaultSchema>;
export type CommitFault = z.infer<typeof commitFaultSchema>;
export type FaultSettings = ThrottleFault | CommitFault;
/** One fault, or several at once (in priority order: the first owed fault takes a request). */
export type FaultConfiguration = FaultSettings | readonly FaultSettings[];

/** What the admin endpoint and the environment accept; the shape with `mode` is a lost answer. */
export const FAULT_SETTINGS_FORMAT =
  '{ status: 429|503, share: 0..1, retryAfterSeconds, requests?: all|writes } or { mode: commit-then-502|commit-then-drop, share: 0..1, requests?: all|writes }, or a list of them';

function parseOne(value: unknown): z.SafeParseReturnType<unknown, FaultSettings> {
  const hasMode = typeof value === 'object' && value !== null && 'mode' in value;
  return hasMode ? commitFaultSchema.safeParse(value) : throttleFaultSchema.safeParse(value);
}

/** Parses either shape, or a list of them; the errors are the chosen shape's own, so they name the bad field. */
export function parseFaultSettings(value: unknown): z.SafeParseReturnType<unknown, FaultConfiguration> {
  if (!Array.isArray(value)) return parseOne(value);
  const parsed: FaultSettings[] = [];
  for (const [index, entry] of value.entries()) {
    const result = parseOne(entry);
    if (!result.success) {
      return { success: false, error: new z.ZodError(result.error.issues.map((issue) => ({ ...issue, path: [index, ...issue.path] }))) };
    }
    parsed.push(result.data);
  }
  const problem = overfullProblem(parsed);
  if (problem !== undefined) return { success: false, error: new z.ZodError([{ code: 'custom', path: [], message: problem }]) };
  return { success: true, data: parsed };
}

export function isCommitFault(fault: FaultSettings): fault is CommitFault {
  return 'mode' in fault;
}

/** Faults counting the same requests cannot take more than all of them. */
function overfullProblem(faults: readonly FaultSettings[]): string | undefined {
  const sum = (scope: 'all' | 'writes'): number => faults.filter((fault) => (fault.requests ?? 'all') === scope).reduce((total, fault) => total + fault.share, 0);
  return sum('all') > 1 + 1e-9 ? `the shares of faults on all requests add up to ${sum('all')}, more than 1` : undefined;
}

const ENV_FORMAT =
  'TILLIT_LOCAL_FAULTS must be <429|503>:<share 0..1>[:<retry-after seconds>][:writes] or <commit-then-502|commit-then-drop>:<share 0..1>[:writes], several joined by commas, for example 429:0.25:2 or 429:0.15:1,503:0.15:1,commit-then-502:0.1:writes';

function oneFromEnv(text: string): FaultSettings | undefined {
  const parts = text.trim().split(':');
  const scope = parts.length > 2 && (parts[parts.length - 1] === 'writes' || parts[parts.length - 1] === 'all') ? (parts.pop() as 'all' | 'writes') : undefined;
  const [kind, fraction, retryAfter, ...rest] = parts;
  if (rest.length > 0) return undefined;
  const parsed = (COMMIT_FAULT_MODES as readonly string[]).includes(kind)
    ? retryAfter === undefined
      ? commitFaultSchema.safeParse({ mode: kind, share: Number(fraction), requests: scope })
      : undefined
    : throttleFaultSchema.safeParse({ status: Number(kind), share: Number(fraction), retryAfterSeconds: retryAfter === undefined ? undefined : Number(retryAfter), requests: scope });
  if (parsed === undefined || !parsed.success) return undefined;
  // Leave `requests` out when it was not given, so the setting reads back as it was written.
  const { requests: given, ...fault } = parsed.data;
  return given === undefined ? fault : parsed.data;
}

/**
 * `TILLIT_LOCAL_FAULTS=429:0.25:2` → 429 for 25 % of requests, Retry-After 2 s; `commit-then-drop:0.1` → every 10th
 * request lands, then its connection drops; `429:0.15:1,503:0.15:1,commit-then-502:0.1:writes` → 30 % throttled and
 * every 10th write committed, then answered 502. One entry gives one fault (as before lists existed), several a list.
 */
export function faultSettingsFromEnv(value: string | undefined): FaultConfiguration | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const faults = value.split(',').map(oneFromEnv);
  if (faults.some((fault) => fault === undefined)) throw new Error(`${ENV_FORMAT}; got '${value}'.`);
  const defined = faults as FaultSettings[];
  const problem = overfullProblem(defined);
  if (problem !== undefined) throw new Error(`TILLIT_LOCAL_FAULTS: ${problem}; got '${value}'.`);
  return defined.length === 1 ? defined[0] : defined;
}

/** What the switch needs to know of a request. */
export interface FaultedRequest {
  /** Not a GET or HEAD (a `$batch` with a changeset counts as a write). */
  readonly write: boolean;
}

interface ArmedFault {
  readonly fault: FaultSettings;
  counted: number;
  /** Hits this fault's share has earned that a request has not yet taken (another fault took it first). */
  owed: number;
}

export class FaultSwitch {
  private configuration: FaultConfiguration | undefined;
  private armed: ArmedFault[] = [];

  public constructor(settings?: FaultConfiguration) {
    this.set(settings);
  }

  public set(settings: FaultConfiguration | undefined): void {
    this.configuration = settings;
    const list = settings === undefined ? [] : Array.isArray(settings) ? (settings as readonly FaultSettings[]) : [settings as FaultSettings];
    this.armed = list.map((fault) => ({ fault, counted: 0, owed: 0 }));
  }

  /** The setting as it was given: one fault, a list, or nothing. */
  public current(): FaultConfiguration | undefined {
    return this.configuration;
  }

  /** Every fault that is on, in priority order. */
  public all(): readonly FaultSettings[] {
    return this.armed.map((entry) => entry.fault);
  }

  /**
   * The fault to answer this request with, if it is one of a share. Each fault counts the requests it
   * applies to and earns a hit whenever its share's running total passes a whole number; the first
   * fault (in list order) with a hit owed takes the request, and a later one keeps its hit for its
   * next request — so each share holds exactly over a run, and one fault alone hits every n-th request.
   */
  public next(request: FaultedRequest = { write: true }): FaultSettings | undefined {
    let taken: ArmedFault | undefined;
    for (const entry of this.armed) {
      const { fault } = entry;
      if (fault.share === 0 || (fault.requests === 'writes' && !request.write)) continue;
      entry.counted += 1;
      if (Math.floor(entry.counted * fault.share) !== Math.floor((entry.counted - 1) * fault.share)) entry.owed += 1;
      if (taken === undefined && entry.owed > 0) taken = entry;
    }
    if (taken === undefined) return undefined;
    taken.owed -= 1;
    return taken.fault;
  }
}
