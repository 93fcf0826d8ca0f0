import type { AdaptiveCard } from './adaptive-card';

/**
 * Teams refuses a bot message over about 28 KB (DESIGN.md, "Limits to design for"; the Bot
 * Connector answers 413 "Message too large"). The limit is on the whole activity, so the card gets
 * 24 KiB and 4 KiB stay for the envelope: the activity's ids, conversation reference, service URL,
 * channel data and the attachment wrapper (about 1 KB measured on the Agents SDK's activities),
 * with room to spare for a text or summary the sender may add.
 */
export const TEAMS_MESSAGE_LIMIT_BYTES = 28 * 1024;
export const ENVELOPE_MARGIN_BYTES = 4 * 1024;
export const CARD_BUDGET_BYTES = TEAMS_MESSAGE_LIMIT_BYTES - ENVELOPE_MARGIN_BYTES;

/** The card as it goes over the wire: UTF-8 JSON (å, ä and ö are two bytes each). */
export function cardBytes(card: AdaptiveCard | object): number {
  return Buffer.byteLength(JSON.stringify(card), 'utf8');
}
