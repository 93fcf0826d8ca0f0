import { DelegateBackoff, handleWhen, retry, type IRetryBackoffContext } from 'cockatiel';
import type { NudgeRunConfig } from '../../src/config/nudge-run-config';
import { conversationKeyOf, type ConnectorPort, type ConversationReference, type Delivered, type OutgoingActivity } from './connector-port';
import { failureKindOf, retryDelayMs, type FailureKind } from './send-failure';
import { RateGate } from './rate-gate';

/** What became of one message after its retries (the NudgeLog's outcome, R-NDG-4). */
export type SendResult =
  | { readonly outcome: 'sent'; readonly attempts: number; readonly delivered: Delivered }
  | { readonly outcome: 'dead-letter' | 'stale' | 'unknown'; readonly attempts: number; readonly error: string };

export type SenderSettings = Pick<
  NudgeRunConfig,
  'tenantMessagesPerSecond' | 'conversationWindows' | 'maxAttempts' | 'retryBaseDelayMs' | 'retryMaxDelayMs' | 'maxRetryAfterSeconds' | 'retryGatewayErrors'
>;

const RESULT_OF_FAILURE: Record<Exclude<FailureKind, 'retry' | 'throttled'>, 'dead-letter' | 'stale' | 'unknown'> = {
  dead: 'dead-letter',
  stale: 'stale',
  unknown: 'unknown'
};

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The sender (DESIGN.md habit 6: a job, never a bot turn): sends one activity to one conversation
 * through the connector, after both rate limits (rate-gate.ts), retrying with cockatiel — 429 after
 * its Retry-After, 412/502/503/504 after exponential backoff with jitter — up to `maxAttempts`
 * attempts, then dead-lettered. 502/504 are `unknown` unless `retryGatewayErrors` (send-failure.ts). A 403/404 is `stale` (the installation is gone), a send whose
 * answer was lost `unknown`; neither is retried, and nothing here throws.
 */
export class MessageSender {
  private readonly gate: RateGate;

  public constructor(
    private readonly connector: ConnectorPort,
    private readonly settings: SenderSettings,
    private readonly random: () => number = Math.random
  ) {
    this.gate = new RateGate(settings);
  }

  /**
   * Waits for this conversation's turn under both rate limits, for a caller that must record
   * something between the turn and the send (the run's `sending` mark); then `send(…, { turnTaken: true })`.
   */
  public async awaitTurn(reference: ConversationReference): Promise<void> {
    await this.gate.pass(conversationKeyOf(reference));
  }

  public async send(reference: ConversationReference, activity: OutgoingActivity, options: { readonly turnTaken?: boolean } = {}): Promise<SendResult> {
    let attempts = 0;
    const retryable = (error: Error): boolean => {
      const kind = failureKindOf(error, this.settings.retryGatewayErrors);
      if (kind === 'retry') return true;
      // A Retry-After beyond the bound is not waited out: the message is dead-lettered and re-driven later.
      if (kind === 'throttled') return retryDelayMs(error, 1, this.settings, 0) <= this.settings.maxRetryAfterSeconds * 1000;
      return false;
    };
    const policy = retry(handleWhen(retryable), {
      maxAttempts: this.settings.maxAttempts - 1,
      backoff: new DelegateBackoff((context: IRetryBackoffContext<unknown>) =>
        retryDelayMs('error' in context.result ? context.result.error : undefined, context.attempt, this.settings, this.random())
      )
    });
    try {
      const delivered = await policy.execute(async () => {
        // A retry always waits its turn again; the first attempt only when the caller has not (awaitTurn).
        if (attempts > 0 || options.turnTaken !== true) await this.gate.pass(conversationKeyOf(reference));
        attempts += 1;
        return this.connector.send(reference, activity);
      });
      return { outcome: 'sent', attempts, delivered };
    } catch (error) {
      const kind = failureKindOf(error, this.settings.retryGatewayErrors);
      // Retries used up (retry, throttled) or never worth one (dead).
      const outcome = kind === 'retry' || kind === 'throttled' ? 'dead-letter' : RESULT_OF_FAILURE[kind];
      return { outcome, attempts, error: `${describe(error)}${outcome === 'dead-letter' ? ` (after ${attempts} attempt${attempts === 1 ? '' : 's'})` : ''}` };
    }
  }
}
