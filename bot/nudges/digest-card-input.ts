import type { MyTasksAnswer } from '../../src/contracts/my-tasks';
import type { Locale } from '../../src/domain/shared/localized-text';

/**
 * The cards helper's contract (bot/cards/digest-card.ts, HELPERS.md): what `digestCard` is given.
 * The run takes the builder as a dependency (region-digest-card.ts in production, any card in tests).
 */
export interface DigestCardInput {
  readonly answer: MyTasksAnswer;
  readonly recipient: { readonly name?: string; readonly jobTitle?: string };
  readonly locale: Locale;
  /** Absolute. */
  readonly siteUrl: string;
  /** Absolute. */
  readonly myTasksUrl: string;
  readonly refreshUserIds: readonly string[];
  readonly notice?: { readonly kind: 'success' | 'warning' | 'error'; readonly text: string };
}

/** An Adaptive Card (1.5) as JSON. */
export type AdaptiveCardJson = Readonly<Record<string, unknown>>;

export type DigestCardBuilder = (input: DigestCardInput) => AdaptiveCardJson;

/**
 * The message activity that carries a digest card: Teams alerts the person (a proactive message is
 * otherwise silent), and the NudgeLog's key rides along in channelData, so a delivery can be matched
 * to its log row (the connector stand-in counts deliveries by it).
 */
export function digestActivity(card: AdaptiveCardJson, messageKey: string): Readonly<Record<string, unknown>> {
  return {
    type: 'message',
    attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }],
    channelData: { notification: { alert: true }, tillit: { messageKey } }
  };
}
