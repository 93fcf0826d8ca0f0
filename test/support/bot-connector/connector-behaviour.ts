import { z } from 'zod';
import { mulberry32 } from '../../../src/demo/mulberry32';
import { TEAMS_CONVERSATION_LIMITS, TEAMS_TENANT_LIMIT, type RateWindow } from './rate-windows';

/**
 * How the Bot Connector stand-in misbehaves, and the seeded dice it rolls. Throttle bursts are
 * counted (deterministic); the 502/503/504 and "delivered, then 502" shares and the latency are
 * drawn from a mulberry32 stream of `seed`, so a run is the same for the same seed and order of requests.
 */
const share = z.number().min(0).max(1);
const rateWindow = z.object({ limit: z.number().int().positive(), periodMs: z.number().int().positive() }).strict();

export const connectorBehaviourSchema = z
  .object({
    seed: z.number().int().default(1),
    /** Teams' per-conversation windows (7/1 s, 8/2 s, 60/30 s, 1,800/h); `[]` turns them off. */
    conversationLimits: z.array(rateWindow).default(() => TEAMS_CONVERSATION_LIMITS.map((window) => ({ ...window }))),
    /** The per-tenant window over every operation (default 50 a second); null turns it off. */
    tenantLimit: rateWindow.nullable().default(() => ({ ...TEAMS_TENANT_LIMIT })),
    /** After every `everyRequests` requests, every request for `durationMs` is answered 429 with Retry-After. */
    throttleBursts: z
      .object({ everyRequests: z.number().int().positive(), durationMs: z.number().int().min(0), retryAfterSeconds: z.number().int().min(0).max(600) })
      .strict()
      .nullable()
      .default(null),
    /** Shares of sends and conversation creations answered with a gateway error *instead of* being carried out. */
    transientShares: z.object({ 502: share.default(0), 503: share.default(0), 504: share.default(0) }).strict().default({}),
    /** Share of sends that are delivered and recorded, *then* answered 502: the sender cannot know it landed. */
    deliveredThen502Share: share.default(0),
    /** Added to every answer, drawn uniformly from min..max. */
    latencyMs: z.object({ min: z.number().min(0), max: z.number().min(0) }).strict().default({ min: 0, max: 0 })
  })
  .strict();

export type ConnectorBehaviourInput = z.input<typeof connectorBehaviourSchema>;
export type ConnectorBehaviour = z.output<typeof connectorBehaviourSchema>;

export type TransientStatus = 502 | 503 | 504;

/** The dice and the burst clock of one stand-in; `configure` restarts both. */
export class ConnectorDice {
  private random: () => number;
  private requestCount = 0;
  private burstUntil = 0;

  public constructor(private behaviour: ConnectorBehaviour) {
    this.random = mulberry32(behaviour.seed);
  }

  public get settings(): ConnectorBehaviour {
    return this.behaviour;
  }

  public reset(behaviour: ConnectorBehaviour): void {
    this.behaviour = behaviour;
    this.random = mulberry32(behaviour.seed);
    this.requestCount = 0;
    this.burstUntil = 0;
  }

  public latencyMs(): number {
    const { min, max } = this.behaviour.latencyMs;
    return max <= min ? min : min + this.random() * (max - min);
  }

  /** Counts the request; inside a burst, the Retry-After in seconds to answer with. */
  public burstRetryAfter(now: number): number | undefined {
    const bursts = this.behaviour.throttleBursts;
    this.requestCount += 1;
    if (bursts === null) return undefined;
    if (this.requestCount % bursts.everyRequests === 0) this.burstUntil = now + bursts.durationMs;
    return now < this.burstUntil ? bursts.retryAfterSeconds : undefined;
  }

  public transientFailure(): TransientStatus | undefined {
    const roll = this.random();
    const shares = this.behaviour.transientShares;
    if (roll < shares[502]) return 502;
    if (roll < shares[502] + shares[503]) return 503;
    if (roll < shares[502] + shares[503] + shares[504]) return 504;
    return undefined;
  }

  public losesAnswer(): boolean {
    return this.random() < this.behaviour.deliveredThen502Share;
  }
}

export type { RateWindow };
