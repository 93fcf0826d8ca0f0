import { z } from 'zod';

/**
 * What the sender needs of a person's installation: Bot Framework's conversation reference, as the
 * bot recorded it from the install event (BotInstallations), validated before any send.
 */
export const conversationReferenceSchema = z
  .object({
    serviceUrl: z.string().url('the conversation reference needs the connector\'s serviceUrl'),
    channelId: z.string().min(1).default('msteams'),
    conversation: z
      .object({
        id: z.string().min(1),
        conversationType: z.string().optional(),
        tenantId: z.string().optional()
      })
      .passthrough(),
    user: z.object({ id: z.string().min(1), aadObjectId: z.string().optional(), name: z.string().optional() }).passthrough().optional(),
    /** The bot's account: `agent` in the Agents SDK's ConversationReference, `bot` in Bot Framework's. */
    agent: z.object({ id: z.string().min(1), name: z.string().optional() }).passthrough().optional(),
    bot: z.object({ id: z.string().min(1), name: z.string().optional() }).passthrough().optional(),
    locale: z.string().optional()
  })
  .passthrough();
export type ConversationReference = z.infer<typeof conversationReferenceSchema>;

/** Where a message went: the conversation (created for a team member) and Teams' id of the activity. */
export interface Delivered {
  readonly conversationId: string;
  readonly activityId: string | undefined;
}

/** One outgoing activity (a message with the digest card). */
export type OutgoingActivity = Readonly<Record<string, unknown>>;

/**
 * The Bot Connector as the sender sees it (one concept, narrowed for tests): send one activity to a
 * person's conversation. Failures are ConnectorFailure, with the HTTP status when there was an answer.
 */
export interface ConnectorPort {
  send(reference: ConversationReference, activity: OutgoingActivity): Promise<Delivered>;
}

/**
 * A send that did not succeed. `status` is the connector's HTTP status; undefined when no answer
 * came. `maybeDelivered` says whether the connector may have carried it out even so: a connection
 * lost after the request went out (never retried blindly, R-NDG-4), unlike a refused connection.
 */
export class ConnectorFailure extends Error {
  public constructor(
    message: string,
    public readonly status: number | undefined,
    public readonly retryAfterSeconds: number | undefined,
    public readonly maybeDelivered: boolean
  ) {
    super(message);
    this.name = 'ConnectorFailure';
  }
}

/**
 * The key Teams' per-conversation limits count against: the personal chat, or for a reference
 * captured in a team (a member's), the member, whose 1:1 chat the connector creates.
 */
export function conversationKeyOf(reference: ConversationReference): string {
  const type = reference.conversation.conversationType;
  if (type === undefined || type === 'personal') return reference.conversation.id;
  return `user:${reference.user?.id ?? reference.conversation.id}`;
}
