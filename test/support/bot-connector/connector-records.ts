/** What the Bot Connector stand-in keeps: conversations, members, every delivered and updated activity. */

/** A 1:1 conversation between the bot and one member (Teams user id, `29:…`). */
export interface StandInConversation {
  readonly id: string;
  readonly memberId: string;
  readonly tenantId: string | undefined;
}

/** One activity the stand-in carried out: it would be in the person's chat now. */
export interface Delivery {
  readonly conversationId: string;
  readonly memberId: string;
  readonly activityId: string;
  /** Epoch milliseconds at which it was recorded. */
  readonly at: number;
  /** The activity as it arrived on the wire (JSON). */
  readonly activity: Readonly<Record<string, unknown>>;
  /** `activity.channelData.tillit.messageKey`: the NudgeLog key the sender puts in every nudge (see bot-connector-stand-in.ts). */
  readonly messageKey: string | undefined;
  /** True when the answer to this delivery was lost (answered 502 after recording). */
  readonly answerLost: boolean;
}

export interface Update {
  readonly conversationId: string;
  readonly activityId: string;
  readonly at: number;
  readonly activity: Readonly<Record<string, unknown>>;
}

/** Why an answer was what it was, for the figures a test prints. */
export type AnswerReason =
  | 'created'
  | 'delivered'
  | 'updated'
  | 'delivered-then-502'
  | 'throttle-burst'
  | 'conversation-limit'
  | 'tenant-limit'
  | 'transient'
  | 'uninstalled'
  | 'unknown-conversation'
  | 'unknown-activity'
  | 'bad-request'
  | 'too-large'
  | 'no-route';

/** The key a sender writes into each activity: `channelData.tillit.messageKey`. */
export function messageKeyOf(activity: Readonly<Record<string, unknown>>): string | undefined {
  const channelData = activity.channelData;
  if (typeof channelData !== 'object' || channelData === null) return undefined;
  const tillit = (channelData as Record<string, unknown>).tillit;
  if (typeof tillit !== 'object' || tillit === null) return undefined;
  const key = (tillit as Record<string, unknown>).messageKey;
  return typeof key === 'string' ? key : undefined;
}

/** How many times each key was delivered: a key above 1 is a doubled message. */
export function countByKey(deliveries: readonly Delivery[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const delivery of deliveries) {
    if (delivery.messageKey !== undefined) counts.set(delivery.messageKey, (counts.get(delivery.messageKey) ?? 0) + 1);
  }
  return counts;
}
