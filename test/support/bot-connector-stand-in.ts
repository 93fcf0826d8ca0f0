import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { ConnectorDice, connectorBehaviourSchema, type ConnectorBehaviourInput } from './bot-connector/connector-behaviour';
import { countByKey, messageKeyOf, type AnswerReason, type Delivery, type StandInConversation, type Update } from './bot-connector/connector-records';
import { RateWindows } from './bot-connector/rate-windows';

export { TEAMS_CONVERSATION_LIMITS, TEAMS_TENANT_LIMIT, type RateWindow } from './bot-connector/rate-windows';
export { countByKey, type AnswerReason, type Delivery, type StandInConversation, type Update } from './bot-connector/connector-records';
export type { ConnectorBehaviourInput } from './bot-connector/connector-behaviour';

/**
 * A Bot Connector stand-in for load and fault tests of the nudge sender (issue 9, R-NDG-4, R-SEC-3).
 * It answers the routes the Agents SDK's ConnectorClient (@microsoft/agents-hosting 1.8.1) calls,
 * under any path prefix of the service URL (Teams' is `https://smba.trafficmanager.net/<region>/`):
 * - `POST v3/conversations` {bot, members:[{id}], isGroup:false, tenantId | channelData.tenant.id}
 *   → 201 {id}: the member's 1:1 conversation (the same id every time, as Teams answers);
 * - `POST v3/conversations/{id}/activities` (and `…/activities/{replyToId}`) → 201 {id};
 * - `PUT v3/conversations/{id}/activities/{activityId}` → 200 {id}.
 * Errors are the connector's JSON `{ error: { code, message } }`: 400 for a malformed body, 403 when
 * the member uninstalled the app, 404 for an unknown conversation, 413 for an activity over Teams'
 * ~28 KB, 429 with Retry-After (bursts, Teams' per-conversation windows, the per-tenant window),
 * 502/503/504 by share, and "delivered, then 502". Any bearer token, or none, is accepted: the
 * service's authentication is not what these tests test.
 *
 * The key contract with the sender: every nudge carries its NudgeLog key in
 * `activity.channelData.tillit.messageKey`; `countByKey()` counts deliveries by it.
 */
export interface BotConnectorStandIn {
  /** `http://127.0.0.1:<port>/teams/`: what a conversation reference's serviceUrl holds. */
  readonly serviceUrl: string;
  readonly port: number;
  /** The member installed the app: their 1:1 conversation exists (created once, then the same id). */
  install(memberId: string, tenantId?: string): string;
  /** The member uninstalled the app (or blocked the bot): sends to them answer 403. */
  uninstall(memberId: string): void;
  /** The conversation is gone (as after Agents Playground restarts): sends answer 404 until `POST v3/conversations` opens it again. */
  forgetConversation(conversationId: string): void;
  conversationOf(memberId: string): string | undefined;
  /** Changes the behaviour; restarts the dice and the burst count. The records stay. */
  configure(behaviour: ConnectorBehaviourInput): void;
  deliveries(): readonly Delivery[];
  updates(): readonly Update[];
  /** Deliveries by `channelData.tillit.messageKey`. */
  countByKey(): Map<string, number>;
  /** How many answers of each kind were given. */
  answers(): ReadonlyMap<AnswerReason, number>;
  /** Called right after a delivery is recorded, before its answer is sent (a test may kill the sender there). */
  onDelivered(listener: (delivery: Delivery) => void): () => void;
  close(): Promise<void>;
}

/** Teams refuses messages over about 28 KB (DESIGN.md); the whole activity's JSON is measured. */
export const TEAMS_MAX_ACTIVITY_BYTES = 28 * 1024;

const createConversationSchema = z
  .object({
    members: z.array(z.object({ id: z.string().min(1) }).passthrough()).min(1, 'members must name the member to talk to'),
    isGroup: z.boolean().optional(),
    tenantId: z.string().optional(),
    channelData: z.object({ tenant: z.object({ id: z.string() }).passthrough().optional() }).passthrough().optional()
  })
  .passthrough();
const activitySchema = z.object({ type: z.string().min(1, 'an activity needs a type') }).passthrough();

interface Answer {
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  readonly reason: AnswerReason;
}

const failure = (status: number, reason: AnswerReason, code: string, message: string, headers?: Record<string, string>): Answer => ({
  status,
  reason,
  headers,
  body: { error: { code, message } }
});

/** Teams' 1:1 conversation ids look like `a:1…`; derived from the member so that creating it again gives the same id. */
function conversationIdFor(memberId: string): string {
  return `a:1${createHash('sha256').update(memberId).digest('base64url').slice(0, 40)}`;
}

export interface StandInClock {
  /** Epoch milliseconds; tests of the windows pass a clock they move by hand. */
  now(): number;
}

export async function startBotConnectorStandIn(behaviour: ConnectorBehaviourInput = {}, clock: StandInClock = { now: () => Date.now() }): Promise<BotConnectorStandIn> {
  const dice = new ConnectorDice(connectorBehaviourSchema.parse(behaviour));
  let conversationWindows = new RateWindows(dice.settings.conversationLimits);
  let tenantWindow = new RateWindows(dice.settings.tenantLimit === null ? [] : [dice.settings.tenantLimit]);
  const conversations = new Map<string, StandInConversation>();
  const memberConversations = new Map<string, string>();
  const installed = new Set<string>();
  const deliveries: Delivery[] = [];
  const updates: Update[] = [];
  const activityIds = new Set<string>();
  const answers = new Map<AnswerReason, number>();
  const listeners = new Set<(delivery: Delivery) => void>();
  let nextActivityId = 1_700_000_000_000;

  const open = (memberId: string, tenantId: string | undefined): string => {
    const id = memberConversations.get(memberId) ?? conversationIdFor(memberId);
    if (!conversations.has(id)) conversations.set(id, { id, memberId, tenantId });
    memberConversations.set(memberId, id);
    return id;
  };

  /** Bursts, then the gateway's share, then the windows: the order in which Teams' front doors refuse. */
  const refusal = (now: number, windowKey: string): Answer | undefined => {
    const burst = dice.burstRetryAfter(now);
    if (burst !== undefined) return failure(429, 'throttle-burst', 'Throttled', 'Too many requests.', { 'retry-after': String(burst) });
    const transient = dice.transientFailure();
    if (transient !== undefined) return failure(transient, 'transient', transient === 504 ? 'GatewayTimeout' : 'ServiceError', `Simulated ${transient}.`);
    const tenantWait = tenantWindow.waitMs('tenant', now);
    if (tenantWait > 0) return failure(429, 'tenant-limit', 'Throttled', 'Too many requests for this tenant.', { 'retry-after': String(Math.ceil(tenantWait / 1000)) });
    const conversationWait = conversationWindows.waitMs(windowKey, now);
    if (conversationWait > 0) {
      return failure(429, 'conversation-limit', 'Throttled', 'Too many requests to this conversation.', { 'retry-after': String(Math.ceil(conversationWait / 1000)) });
    }
    return undefined;
  };

  /** The operation is carried out: it counts in the tenant's and the conversation's windows. */
  const count = (now: number, windowKey: string): void => {
    tenantWindow.record('tenant', now);
    conversationWindows.record(windowKey, now);
  };

  const createConversation = (body: unknown, now: number): Answer => {
    const parsed = createConversationSchema.safeParse(body);
    if (!parsed.success) return failure(400, 'bad-request', 'BadArgument', parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '));
    if (parsed.data.isGroup === true || parsed.data.members.length !== 1) return failure(400, 'bad-request', 'BadArgument', 'A bot can only create 1:1 conversations in Teams.');
    const memberId = parsed.data.members[0].id;
    const refused = refusal(now, `create:${memberId}`);
    if (refused) return refused;
    if (!installed.has(memberId)) return failure(403, 'uninstalled', 'BotNotInConversationRoster', 'The bot is not part of the conversation roster.');
    count(now, `create:${memberId}`);
    return { status: 201, reason: 'created', body: { id: open(memberId, parsed.data.tenantId ?? parsed.data.channelData?.tenant?.id) } };
  };

  const send = (conversationId: string, body: unknown, size: number, now: number): Answer => {
    const parsed = activitySchema.safeParse(body);
    if (!parsed.success) return failure(400, 'bad-request', 'BadArgument', parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '));
    if (size > TEAMS_MAX_ACTIVITY_BYTES) return failure(413, 'too-large', 'MessageSizeTooBig', `The message is ${size} bytes, over Teams' ${TEAMS_MAX_ACTIVITY_BYTES}.`);
    const refused = refusal(now, conversationId);
    if (refused) return refused;
    const conversation = conversations.get(conversationId);
    if (!conversation) return failure(404, 'unknown-conversation', 'ConversationNotFound', 'Conversation not found.');
    if (!installed.has(conversation.memberId)) return failure(403, 'uninstalled', 'BotNotInConversationRoster', 'The bot is not part of the conversation roster.');
    count(now, conversationId);
    const activityId = String((nextActivityId += 1));
    activityIds.add(`${conversationId}/${activityId}`);
    const answerLost = dice.losesAnswer();
    const delivery: Delivery = { conversationId, memberId: conversation.memberId, activityId, at: now, activity: parsed.data, messageKey: messageKeyOf(parsed.data), answerLost };
    deliveries.push(delivery);
    for (const listener of listeners) listener(delivery);
    if (answerLost) return failure(502, 'delivered-then-502', 'ServiceError', 'Bad gateway.');
    return { status: 201, reason: 'delivered', body: { id: activityId } };
  };

  const update = (conversationId: string, activityId: string, body: unknown, now: number): Answer => {
    const parsed = activitySchema.safeParse(body);
    if (!parsed.success) return failure(400, 'bad-request', 'BadArgument', parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '));
    const refused = refusal(now, conversationId);
    if (refused) return refused;
    if (!conversations.has(conversationId)) return failure(404, 'unknown-conversation', 'ConversationNotFound', 'Conversation not found.');
    if (!activityIds.has(`${conversationId}/${activityId}`)) return failure(404, 'unknown-activity', 'NotFound', 'Activity not found.');
    count(now, conversationId);
    updates.push({ conversationId, activityId, at: now, activity: parsed.data });
    return { status: 200, reason: 'updated', body: { id: activityId } };
  };

  const route = (method: string, pathname: string, text: string): Answer => {
    const match = /\/v3\/conversations(?:\/([^/]+)\/activities(?:\/([^/]+))?)?\/?$/.exec(pathname);
    if (!match) return failure(404, 'no-route', 'NotFound', `No route for ${method} ${pathname}.`);
    let body: unknown;
    try {
      body = text === '' ? undefined : JSON.parse(text);
    } catch (error) {
      return failure(400, 'bad-request', 'BadSyntax', `The body is not JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
    const now = clock.now();
    const [, conversation, activity] = match;
    if (conversation === undefined) return method === 'POST' ? createConversation(body, now) : failure(405, 'no-route', 'MethodNotAllowed', `${method} is not allowed here.`);
    const conversationId = decodeURIComponent(conversation);
    if (method === 'POST') return send(conversationId, body, Buffer.byteLength(text), now);
    if (method === 'PUT' && activity !== undefined) return update(conversationId, decodeURIComponent(activity), body, now);
    return failure(405, 'no-route', 'MethodNotAllowed', `${method} is not allowed here.`);
  };

  const respond = (response: ServerResponse, answer: Answer): void => {
    answers.set(answer.reason, (answers.get(answer.reason) ?? 0) + 1);
    const payload = JSON.stringify(answer.body);
    response.writeHead(answer.status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(payload), ...answer.headers });
    response.end(payload);
  };

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const latency = dice.latencyMs();
    if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency));
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    respond(response, route((request.method ?? 'GET').toUpperCase(), url.pathname, Buffer.concat(chunks).toString('utf8')));
  };

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) respond(response, failure(500, 'bad-request', 'InternalError', error instanceof Error ? error.message : String(error)));
    });
  });
  server.keepAliveTimeout = 120_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    serviceUrl: `http://127.0.0.1:${port}/teams/`,
    port,
    install: (memberId, tenantId) => {
      installed.add(memberId);
      return open(memberId, tenantId);
    },
    uninstall: (memberId) => {
      installed.delete(memberId);
    },
    forgetConversation: (conversationId) => {
      conversations.delete(conversationId);
    },
    conversationOf: (memberId) => memberConversations.get(memberId),
    configure: (next) => {
      dice.reset(connectorBehaviourSchema.parse(next));
      conversationWindows = new RateWindows(dice.settings.conversationLimits);
      tenantWindow = new RateWindows(dice.settings.tenantLimit === null ? [] : [dice.settings.tenantLimit]);
    },
    deliveries: () => deliveries,
    updates: () => updates,
    countByKey: () => countByKey(deliveries),
    answers: () => answers,
    onDelivered: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      })
  };
}
