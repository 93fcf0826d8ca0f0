import { Activity } from '@microsoft/agents-activity';
import { ConnectorClient, HttpError } from '@microsoft/agents-hosting';
import { startBotConnectorStandIn, TEAMS_MAX_ACTIVITY_BYTES, type BotConnectorStandIn } from './bot-connector-stand-in';

/**
 * The Bot Connector stand-in, driven by the Agents SDK's own ConnectorClient (what the sender uses),
 * so its routes, shapes and errors are the ones the SDK sends and reads (issue 9, R-NDG-4, R-SEC-3).
 */
describe('Bot Connector stand-in', () => {
  const ANNA = '29:1anna';
  const BO = '29:1bo';
  const TENANT = 'tenant-region';
  let standIn: BotConnectorStandIn;
  let now: number;
  let client: ConnectorClient;

  /** A nudge as the sender sends it: its NudgeLog key in channelData.tillit.messageKey. */
  const nudge = (key: string, extra: Record<string, unknown> = {}): Activity =>
    Activity.fromObject({ type: 'message', channelId: 'msteams', text: `Påminnelse ${key}`, channelData: { tillit: { messageKey: key } }, ...extra });

  /** The failure of a call: status, Retry-After and the connector's error code. */
  const failureOf = async (call: Promise<unknown>): Promise<{ status: number; retryAfter: string | null; code: unknown }> => {
    const error = await call.then(
      () => undefined,
      (thrown: unknown) => thrown
    );
    if (!(error instanceof HttpError)) throw new Error(`expected an HttpError, got ${String(error)}`);
    const data = error.response.data as { error?: { code?: unknown } };
    return { status: error.status, retryAfter: error.response.headers.get('retry-after'), code: data.error?.code };
  };

  beforeEach(async () => {
    now = 1_800_000_000_000;
    standIn = await startBotConnectorStandIn({ seed: 7 }, { now: () => now });
    client = ConnectorClient.createClientWithToken(standIn.serviceUrl, 'any-token');
  });

  afterEach(() => standIn.close());

  it('creates the member\'s 1:1 conversation, the same one every time, and refuses a member without the app', async () => {
    const installed = standIn.install(ANNA, TENANT);
    const created = await client.createConversation({ isGroup: false, bot: { id: '28:bot', name: 'Tillit' }, members: [{ id: ANNA, name: 'Anna' }], tenantId: TENANT } as never);
    expect(created.id).toBe(installed);
    expect(installed).toMatch(/^a:1/);
    expect(await failureOf(client.createConversation({ isGroup: false, members: [{ id: BO }] } as never))).toMatchObject({ status: 403, code: 'BotNotInConversationRoster' });
    expect(await failureOf(client.createConversation({ isGroup: true, members: [{ id: ANNA }, { id: BO }] } as never))).toMatchObject({ status: 400, code: 'BadArgument' });
  });

  it('delivers an activity and records its conversation, member, time and key', async () => {
    const conversation = standIn.install(ANNA);
    const answer = await client.sendToConversation(conversation, nudge('2026-11-30/anna/abc'));
    expect(answer.id).toMatch(/^\d+$/);
    expect(standIn.deliveries()).toEqual([
      expect.objectContaining({ conversationId: conversation, memberId: ANNA, activityId: answer.id, at: now, messageKey: '2026-11-30/anna/abc', answerLost: false })
    ]);
    expect(standIn.deliveries()[0].activity).toMatchObject({ type: 'message', text: 'Påminnelse 2026-11-30/anna/abc' });
    await client.sendToConversation(conversation, nudge('2026-11-30/anna/abc'));
    expect(standIn.countByKey()).toEqual(new Map([['2026-11-30/anna/abc', 2]]));
  });

  it('updates a delivered activity, and answers 404 for an activity it never delivered', async () => {
    const conversation = standIn.install(ANNA);
    const { id } = await client.sendToConversation(conversation, nudge('k1'));
    const updated = await client.updateActivity(conversation, id, nudge('k1', { text: 'Uppdaterad' }));
    expect(updated.id).toBe(id);
    expect(standIn.updates()).toEqual([expect.objectContaining({ conversationId: conversation, activityId: id })]);
    expect(await failureOf(client.updateActivity(conversation, '42', nudge('k1')))).toMatchObject({ status: 404, code: 'NotFound' });
  });

  it('answers 404 for an unknown or forgotten conversation and 403 once the member uninstalled the app', async () => {
    expect(await failureOf(client.sendToConversation('a:1nobody', nudge('k1')))).toMatchObject({ status: 404, code: 'ConversationNotFound' });
    const conversation = standIn.install(ANNA);
    standIn.uninstall(ANNA);
    expect(await failureOf(client.sendToConversation(conversation, nudge('k2')))).toMatchObject({ status: 403, code: 'BotNotInConversationRoster' });
    standIn.install(ANNA);
    standIn.forgetConversation(conversation);
    expect(await failureOf(client.sendToConversation(conversation, nudge('k3')))).toMatchObject({ status: 404 });
    expect(standIn.deliveries()).toHaveLength(0);
  });

  it('enforces Teams\' per-conversation windows with a Retry-After: the 8th send in a second waits', async () => {
    const anna = standIn.install(ANNA);
    const bo = standIn.install(BO);
    for (let n = 0; n < 7; n += 1) await client.sendToConversation(anna, nudge(`a${n}`));
    expect(await failureOf(client.sendToConversation(anna, nudge('a7')))).toEqual({ status: 429, retryAfter: '1', code: 'Throttled' });
    await client.sendToConversation(bo, nudge('b0'));
    now += 1_000;
    // The 1 s window has room again, but 8 in 2 s is the limit: one more, then a wait.
    await client.sendToConversation(anna, nudge('a7'));
    expect((await failureOf(client.sendToConversation(anna, nudge('a8')))).status).toBe(429);
    expect(standIn.answers().get('conversation-limit')).toBe(2);
    expect(standIn.deliveries()).toHaveLength(9);
  });

  it('enforces the per-tenant limit across conversations', async () => {
    standIn.configure({ tenantLimit: { limit: 3, periodMs: 1_000 }, conversationLimits: [] });
    const conversations = ['29:1a', '29:1b', '29:1c', '29:1d'].map((member) => standIn.install(member));
    for (const conversation of conversations.slice(0, 3)) await client.sendToConversation(conversation, nudge(conversation));
    expect(await failureOf(client.sendToConversation(conversations[3], nudge('d')))).toMatchObject({ status: 429, retryAfter: '1' });
    expect(standIn.answers().get('tenant-limit')).toBe(1);
    now += 1_000;
    await client.sendToConversation(conversations[3], nudge('d'));
  });

  it('answers in 429 bursts with Retry-After, counted by requests', async () => {
    standIn.configure({ throttleBursts: { everyRequests: 4, durationMs: 500, retryAfterSeconds: 2 }, conversationLimits: [] });
    const conversation = standIn.install(ANNA);
    const statuses: number[] = [];
    const send = async (key: string): Promise<void> => {
      statuses.push(await client.sendToConversation(conversation, nudge(key)).then(() => 201, async (error: unknown) => (await failureOf(Promise.reject(error))).status));
    };
    for (let n = 0; n < 6; n += 1) await send(`k${n}`);
    // The 4th request starts a burst of 500 ms: it and everything inside it is refused…
    expect(statuses).toEqual([201, 201, 201, 429, 429, 429]);
    expect((await failureOf(client.sendToConversation(conversation, nudge('x')))).retryAfter).toBe('2');
    // …until it is over; the 8th request starts the next one, and after that the 9th gets through.
    now += 500;
    await send('k6');
    now += 500;
    await send('k7');
    expect(statuses.slice(6)).toEqual([429, 201]);
    expect(standIn.answers().get('throttle-burst')).toBe(5);
  });

  it('answers a seeded share with 502/503/504 without delivering, the same for the same seed', async () => {
    const run = async (): Promise<number[]> => {
      standIn.configure({ seed: 11, transientShares: { 502: 0.1, 503: 0.1, 504: 0.1 }, conversationLimits: [], tenantLimit: null });
      const conversation = standIn.install(ANNA);
      const statuses: number[] = [];
      for (let n = 0; n < 60; n += 1) {
        statuses.push(await client.sendToConversation(conversation, nudge(`k${n}`)).then(() => 201, async (error: unknown) => (await failureOf(Promise.reject(error))).status));
      }
      return statuses;
    };
    const first = await run();
    const delivered = standIn.deliveries().length;
    expect(await run()).toEqual(first);
    expect(new Set(first)).toEqual(new Set([201, 502, 503, 504]));
    expect(delivered).toBe(first.filter((status) => status === 201).length);
  });

  it('delivers, then answers 502: the activity is recorded although the sender sees a failure', async () => {
    standIn.configure({ deliveredThen502Share: 1 });
    const conversation = standIn.install(ANNA);
    const seen: string[] = [];
    const stop = standIn.onDelivered((delivery) => seen.push(delivery.messageKey ?? ''));
    expect(await failureOf(client.sendToConversation(conversation, nudge('lost')))).toMatchObject({ status: 502, code: 'ServiceError' });
    stop();
    expect(standIn.deliveries()).toEqual([expect.objectContaining({ messageKey: 'lost', answerLost: true })]);
    expect(seen).toEqual(['lost']);
    expect(standIn.answers().get('delivered-then-502')).toBe(1);
  });

  it('refuses an activity over Teams\' ~28 KB and a body that is not an activity', async () => {
    const conversation = standIn.install(ANNA);
    const big = nudge('big', { text: 'x'.repeat(TEAMS_MAX_ACTIVITY_BYTES) });
    expect(await failureOf(client.sendToConversation(conversation, big))).toMatchObject({ status: 413, code: 'MessageSizeTooBig' });
    const raw = await fetch(`${standIn.serviceUrl}v3/conversations/${conversation}/activities`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"no type"}' });
    expect(raw.status).toBe(400);
    expect(await raw.json()).toEqual({ error: { code: 'BadArgument', message: expect.stringContaining('type') } });
  });

  it('accepts a request without a token, and adds the configured latency', async () => {
    const conversation = standIn.install(ANNA);
    standIn.configure({ latencyMs: { min: 40, max: 40 } });
    const started = performance.now();
    const answer = await fetch(`${standIn.serviceUrl}v3/conversations/${conversation}/activities`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type: 'message', text: 'hej' }) });
    expect(answer.status).toBe(201);
    // A lower bound only: the answer cannot come before the latency the stand-in waits.
    expect(performance.now() - started).toBeGreaterThanOrEqual(35);
  });
});
