import { loadRegionConfig } from '../../src/config/load-region-config';
import { DEFAULT_NUDGE_RUN_CONFIG, TEAMS_CONVERSATION_WINDOWS } from '../../src/config/nudge-run-config';
import { DEFAULT_REGION_CONFIG } from '../../src/config/default-region';

test('the nudge run\'s defaults: 07:30, 25 messages a second, Teams\' windows, a bound, a lease (R-SEC-3, R-NDG-4)', () => {
  expect(DEFAULT_REGION_CONFIG.nudgeRun).toEqual(DEFAULT_NUDGE_RUN_CONFIG);
  expect(DEFAULT_NUDGE_RUN_CONFIG).toMatchObject({ dailyAt: '07:30', scheduled: true, tenantMessagesPerSecond: 25, maxAttempts: 6, leaseSeconds: 300, retryGatewayErrors: false });
  expect(DEFAULT_NUDGE_RUN_CONFIG.conversationWindows).toEqual(TEAMS_CONVERSATION_WINDOWS);
});

test('a region overrides what differs and keeps the rest (R-ORG-MULTI)', () => {
  const config = loadRegionConfig({ nudgeRun: { dailyAt: '06:45', leaseSeconds: 2 } });
  expect(config.nudgeRun).toMatchObject({ dailyAt: '06:45', leaseSeconds: 2, tenantMessagesPerSecond: 25 });
});

test.each([
  [{ dailyAt: '7:30' }, 'nudgeRun.dailyAt'],
  [{ dailyAt: '24:00' }, 'nudgeRun.dailyAt'],
  [{ tenantMessagesPerSecond: 80 }, 'nudgeRun.tenantMessagesPerSecond'],
  [{ maxAttempts: 0 }, 'nudgeRun.maxAttempts'],
  [{ retryBaseDelayMs: 5000, retryMaxDelayMs: 100 }, 'nudgeRun.retryBaseDelayMs'],
  [{ conversationWindows: [] }, 'nudgeRun.conversationWindows']
])('an invalid setting is refused with its field named: %j', (nudgeRun, field) => {
  expect(() => loadRegionConfig({ nudgeRun })).toThrow(field);
});
