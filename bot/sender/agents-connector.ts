import { Activity, type ConversationParameters } from '@microsoft/agents-activity';
import { ConnectorClient } from '@microsoft/agents-hosting';
import { ConnectorFailure, type ConnectorPort, type ConversationReference, type Delivered, type OutgoingActivity } from './connector-port';
import { retryAfterSecondsOf } from './send-failure';

export interface AgentsConnectorOptions {
  /**
   * The token for the Bot Connector (`https://api.botframework.com`), or undefined to call it
   * anonymously — locally only: Agents Playground's `/_connector` and the tests' stand-in.
   */
  readonly token: () => Promise<string | undefined>;
  readonly now?: () => Date;
}

/** Error codes of a connection that failed before the request could be sent: safe to try again. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

interface HttpErrorLike {
  readonly status: number;
  // eslint-disable-next-line @rushstack/no-new-null -- the fetch Headers API answers null for an absent header
  readonly response?: { readonly headers?: { get(name: string): string | null } };
}

function isHttpError(error: unknown): error is HttpErrorLike {
  return typeof error === 'object' && error !== null && typeof (error as { status?: unknown }).status === 'number';
}

function causeCode(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: unknown } } | undefined)?.cause;
  return typeof cause?.code === 'string' ? cause.code : undefined;
}

/** The connector's failure as the sender classifies it (send-failure.ts); never the outgoing activity (it holds the card). */
function failureOf(error: unknown, now: Date): ConnectorFailure {
  if (error instanceof ConnectorFailure) return error;
  if (isHttpError(error)) {
    const retryAfter = retryAfterSecondsOf(error.response?.headers?.get('retry-after'), now);
    return new ConnectorFailure(`the Bot Connector answered ${error.status}`, error.status, retryAfter, false);
  }
  const code = causeCode(error);
  const notSent = code !== undefined && NOT_SENT_CODES.has(code);
  return new ConnectorFailure(`no answer from the Bot Connector (${code ?? (error instanceof Error ? error.message : String(error))})`, undefined, undefined, !notSent);
}

/**
 * Sends through the Agents SDK's ConnectorClient directly, not `continueConversation`, which reports
 * a failed send to onTurnError and resolves (issue 9 research): the sender must see every 429 and
 * 403 to retry or mark the installation stale. A personal chat's reference is sent to as it is; a
 * team member's reference first gets its 1:1 conversation created (POST /v3/conversations).
 */
export class AgentsConnector implements ConnectorPort {
  private readonly clients = new Map<string, { readonly token: string | undefined; readonly client: ConnectorClient }>();

  public constructor(private readonly options: AgentsConnectorOptions) {}

  public async send(reference: ConversationReference, activity: OutgoingActivity): Promise<Delivered> {
    const now = this.options.now ?? ((): Date => new Date());
    try {
      const client = await this.clientFor(reference.serviceUrl);
      const conversationId = await this.conversationOf(client, reference);
      const outgoing = Activity.fromObject({
        ...activity,
        channelId: reference.channelId,
        serviceUrl: reference.serviceUrl,
        conversation: { ...reference.conversation, id: conversationId },
        from: reference.agent ?? reference.bot,
        recipient: reference.user
      });
      const answer = await client.sendToConversation(conversationId, outgoing);
      return { conversationId, activityId: answer?.id };
    } catch (error) {
      throw failureOf(error, now());
    }
  }

  private async conversationOf(client: ConnectorClient, reference: ConversationReference): Promise<string> {
    const type = reference.conversation.conversationType;
    if (type === undefined || type === 'personal') return reference.conversation.id;
    const bot = reference.agent ?? reference.bot;
    if (reference.user === undefined || bot === undefined) {
      throw new ConnectorFailure('a team member\'s reference without its user and bot cannot open a 1:1 chat', 400, undefined, false);
    }
    const tenantId = reference.conversation.tenantId;
    const parameters = {
      isGroup: false,
      bot,
      members: [reference.user],
      tenantId,
      channelData: tenantId === undefined ? undefined : { tenant: { id: tenantId } }
    } as unknown as ConversationParameters;
    const created = await client.createConversation(parameters);
    return created.id;
  }

  /** One client per service URL, made again when the token changes (tokens expire; the provider caches them). */
  private async clientFor(serviceUrl: string): Promise<ConnectorClient> {
    const token = await this.options.token();
    const known = this.clients.get(serviceUrl);
    if (known !== undefined && known.token === token) return known.client;
    const client = ConnectorClient.createClientWithToken(serviceUrl, token ?? '');
    this.clients.set(serviceUrl, { token, client });
    return client;
  }
}
