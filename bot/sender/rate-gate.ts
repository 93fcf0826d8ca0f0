import { RateLimiterMemory, RateLimiterQueue } from 'rate-limiter-flexible';
import type { RateWindow } from '../../src/config/nudge-run-config';

/**
 * The smallest spacing between two sends to one conversation that keeps every window: at most one
 * send per `spacing` seconds puts at most ⌈s/spacing⌉ ≤ m sends in any s seconds. With Teams'
 * windows (7/1 s, 8/2 s, 60/30 s, 1,800/h) that is 2 s — ample for one digest per person per run.
 */
export function conversationSpacingSeconds(windows: readonly RateWindow[]): number {
  return Math.max(...windows.map((window) => window.seconds / window.messages));
}

export interface RateGateSettings {
  readonly tenantMessagesPerSecond: number;
  readonly conversationWindows: readonly RateWindow[];
}

/**
 * The sender's rate limits (rate-limiter-flexible), waited on before every attempt, retries included
 * (R-SEC-3): per tenant, one send per 1/R s, so any second holds at most R (a fixed window of R a
 * second would let 2R through across a window's edge); per conversation, the spacing above. Both
 * are FIFO queues, so waiting sends go out in the order they arrived.
 */
export class RateGate {
  private readonly tenant: RateLimiterQueue;
  private readonly conversations: RateLimiterQueue;

  public constructor(settings: RateGateSettings) {
    this.tenant = new RateLimiterQueue(new RateLimiterMemory({ keyPrefix: 'tenant', points: 1, duration: 1 / settings.tenantMessagesPerSecond }));
    this.conversations = new RateLimiterQueue(new RateLimiterMemory({ keyPrefix: 'conversation', points: 1, duration: conversationSpacingSeconds(settings.conversationWindows) }));
  }

  /** Resolves when one more send to `conversationId` keeps both limits. */
  public async pass(conversationId: string): Promise<void> {
    await this.conversations.removeTokens(1, conversationId);
    await this.tenant.removeTokens(1);
  }
}
