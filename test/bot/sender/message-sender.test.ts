import { ConnectorFailure, type ConnectorPort, type ConversationReference, type Delivered } from '../../../bot/sender/connector-port';
import { MessageSender, type SenderSettings } from '../../../bot/sender/message-sender';
import { DEFAULT_NUDGE_RUN_CONFIG } from '../../../src/config/nudge-run-config';

/* The sender against a scripted connector: retries and their bound, nothing thrown (R-SEC-3, R-NDG-4). */
const reference: ConversationReference = { serviceUrl: 'http://127.0.0.1:1/teams/', channelId: 'msteams', conversation: { id: 'a:1', conversationType: 'personal' } };
const fast: SenderSettings = { ...DEFAULT_NUDGE_RUN_CONFIG, tenantMessagesPerSecond: 50, retryBaseDelayMs: 1, retryMaxDelayMs: 4, maxAttempts: 3, conversationWindows: [{ messages: 1000, seconds: 1 }] };

function scripted(answers: ReadonlyArray<Error | Delivered>): ConnectorPort & { calls: number } {
  const connector = {
    calls: 0,
    send: (): Promise<Delivered> => {
      const answer = answers[Math.min(connector.calls, answers.length - 1)];
      connector.calls += 1;
      return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
    }
  };
  return connector;
}
const ok: Delivered = { conversationId: 'a:1', activityId: '17' };
const answered = (status: number, retryAfter?: number): ConnectorFailure => new ConnectorFailure(`the Bot Connector answered ${status}`, status, retryAfter, false);

test('a 503 then a success: sent on the second attempt', async () => {
  const connector = scripted([answered(503), ok]);
  expect(await new MessageSender(connector, fast).send(reference, { type: 'message' })).toEqual({ outcome: 'sent', attempts: 2, delivered: ok });
});

test('412 and 503 past the bound: dead-lettered after maxAttempts attempts, with the last error', async () => {
  const connector = scripted([answered(412), answered(503)]);
  const result = await new MessageSender(connector, fast).send(reference, { type: 'message' });
  expect(result).toEqual({ outcome: 'dead-letter', attempts: 3, error: 'the Bot Connector answered 503 (after 3 attempts)' });
  expect(connector.calls).toBe(3);
});

test('403 and 404 are stale at once, 502 unknown at once: never retried', async () => {
  for (const [status, outcome] of [[403, 'stale'], [404, 'stale'], [502, 'unknown']] as const) {
    const connector = scripted([answered(status), ok]);
    expect(await new MessageSender(connector, fast).send(reference, { type: 'message' })).toMatchObject({ outcome, attempts: 1 });
    expect(connector.calls).toBe(1);
  }
});

test('a 429 whose Retry-After is beyond the bound is dead-lettered, not waited out', async () => {
  const connector = scripted([answered(429, 600), ok]);
  expect(await new MessageSender(connector, { ...fast, maxRetryAfterSeconds: 60 }).send(reference, { type: 'message' })).toMatchObject({ outcome: 'dead-letter', attempts: 1 });
});

test('a 429 is retried after its Retry-After', async () => {
  const connector = scripted([answered(429, 1), ok]);
  const started = Date.now();
  expect(await new MessageSender(connector, fast).send(reference, { type: 'message' })).toMatchObject({ outcome: 'sent', attempts: 2 });
  // Not a timing assertion of speed: the wait is at least what the connector asked for.
  expect(Date.now() - started).toBeGreaterThanOrEqual(990);
});
