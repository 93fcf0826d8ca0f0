import type { DigestCardInput } from '../cards/digest-card';

// The run hands the cards' own input type to its builder (region-digest-card.ts in production, any card in tests).
export type { DigestCardInput };

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
