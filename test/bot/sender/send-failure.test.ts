import { ConnectorFailure } from '../../../bot/sender/connector-port';
import { conversationSpacingSeconds } from '../../../bot/sender/rate-gate';
import { backoffDelayMs, failureKindOf, retryAfterSecondsOf, retryDelayMs } from '../../../bot/sender/send-failure';
import { TEAMS_CONVERSATION_WINDOWS } from '../../../src/config/nudge-run-config';

const answered = (status: number, retryAfter?: number): ConnectorFailure => new ConnectorFailure(`answered ${status}`, status, retryAfter, false);

describe('what the sender does with a failed send (R-SEC-3, R-NDG-4)', () => {
  test.each([
    [answered(429, 3), 'throttled'],
    [answered(412), 'retry'],
    [answered(503), 'retry'],
    [answered(502), 'unknown'],
    [answered(504), 'unknown'],
    [answered(403), 'stale'],
    [answered(404), 'stale'],
    [answered(400), 'dead'],
    [answered(413), 'dead'],
    [answered(500), 'dead'],
    [new ConnectorFailure('connection refused', undefined, undefined, false), 'retry'],
    [new ConnectorFailure('socket hang up', undefined, undefined, true), 'unknown'],
    [new Error('a bug'), 'dead']
  ])('%s → %s', (error, kind) => {
    expect(failureKindOf(error)).toBe(kind);
  });

  it('retries 502 and 504 only when the region accepts the risk of a double', () => {
    expect(failureKindOf(answered(502), true)).toBe('retry');
    expect(failureKindOf(answered(504), true)).toBe('retry');
  });

  it('waits exactly the Retry-After of a 429, and backs off exponentially with jitter otherwise', () => {
    const settings = { retryBaseDelayMs: 100, retryMaxDelayMs: 1000 };
    expect(retryDelayMs(answered(429, 7), 1, settings, 0.5)).toBe(7000);
    expect(retryDelayMs(answered(429), 1, settings, 0.99)).toBeLessThanOrEqual(100);
    expect([1, 2, 3, 4, 5].map((attempt) => backoffDelayMs(attempt, settings, 0.999999))).toEqual([100, 200, 400, 800, 1000]);
    expect(backoffDelayMs(3, settings, 0)).toBe(40);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = new Date('2026-11-23T07:00:00Z');
    expect(retryAfterSecondsOf('12', now)).toBe(12);
    expect(retryAfterSecondsOf('Mon, 23 Nov 2026 07:00:30 GMT', now)).toBe(30);
    expect(retryAfterSecondsOf(null, now)).toBeUndefined();
    expect(retryAfterSecondsOf('soon', now)).toBeUndefined();
  });
});

test('one send per 2 s to a conversation keeps all of Teams\' windows: 7/1 s, 8/2 s, 60/30 s, 1,800/h', () => {
  const spacing = conversationSpacingSeconds(TEAMS_CONVERSATION_WINDOWS);
  expect(spacing).toBe(2);
  for (const window of TEAMS_CONVERSATION_WINDOWS) expect(Math.ceil(window.seconds / spacing)).toBeLessThanOrEqual(window.messages);
});
