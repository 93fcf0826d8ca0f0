import { runNudges, type NudgeRunResult } from '../../../bot/nudges/nudge-run';
import { NudgeLogStore, type LoggedRow } from '../../../bot/nudges/nudge-log-store';
import type { RunSummary } from '../../../bot/nudges/run-summary';
import { countByKey } from '../../support/bot-connector-stand-in';
import { AS_OF, startNudgeTestSite, type NudgeTestSite } from './nudge-test-site';

/*
 * The sender against the Bot Connector stand-in (issue 9, R-SEC-3, R-NDG-4): 429 bursts honoured,
 * dead letters after the bound and --retry-dead, 403 marks the installation stale, and the rate limits
 * hold (the stand-in refuses what Teams would refuse, so a refusal it counts is a limit broken).
 */
const FAST = { retryBaseDelayMs: 20, retryMaxDelayMs: 100, sendChunkSize: 10 };

function summaryOf(result: NudgeRunResult): RunSummary {
  if (result.status !== 'done') throw new Error(`the run did not run: ${result.status === 'busy' ? result.reason : ''}`);
  return result.summary;
}

/** The most deliveries in any `periodMs` window (deliveries are recorded in order). */
function busiestWindow(times: readonly number[], periodMs: number): number {
  let most = 0;
  let start = 0;
  for (let end = 0; end < times.length; end += 1) {
    while (times[end] - times[start] >= periodMs) start += 1;
    most = Math.max(most, end - start + 1);
  }
  return most;
}

describe('the sender (R-SEC-3, R-NDG-4)', () => {
  let test: NudgeTestSite;
  let installed: number;
  const rows = async (): Promise<LoggedRow[]> => (await new NudgeLogStore(test.registers.nudgeLog).readAll()).rows.filter((row) => row.record.kind === 'message');
  const since = (before: number): ReturnType<NudgeTestSite['connector']['deliveries']> => test.connector.deliveries().slice(before);
  const doubled = (before: number): number => [...countByKey(since(before)).values()].filter((count) => count > 1).length;

  beforeAll(async () => {
    test = await startNudgeTestSite();
    installed = test.teamsIds.size;
  }, 240_000);

  afterAll(async () => {
    await test?.close();
  });

  beforeEach(async () => {
    await test.clearLog();
  }, 60_000);

  it('honours 429 bursts: every message arrives once, after the Retry-After the connector named', async () => {
    test.connector.configure({ tenantLimit: null, throttleBursts: { everyRequests: 10, durationMs: 300, retryAfterSeconds: 1 } });
    const before = test.connector.deliveries().length;
    const summary = summaryOf(await runNudges(test.services(), { asOf: AS_OF, settings: { ...FAST, tenantMessagesPerSecond: 50, maxAttempts: 10 } }));
    expect(test.connector.answers().get('throttle-burst')).toBeGreaterThan(0);
    expect(summary).toMatchObject({ sent: installed, deadLettered: 0, unknown: 0 });
    expect(since(before)).toHaveLength(installed);
    expect(doubled(before)).toBe(0);
    const retried = (await rows()).filter((row) => row.record.attempts > 1);
    expect(retried.length).toBeGreaterThan(0);
  }, 120_000);

  it('keeps the tenant\'s rate and Teams\' per-conversation windows: the stand-in refuses nothing for them', async () => {
    // The stand-in runs in this process and stamps a request when its event loop gets to it: a stall on a
    // loaded machine delivers sends queued during it together. So the sender runs at 8/s against a 10/s
    // window, the headroom a production setting keeps below Teams' limit too; a sender that let a second's
    // sends bunch at a window's edge (2 × 8 in one second) is still caught.
    test.connector.configure({ tenantLimit: { limit: 10, periodMs: 1000 } });
    const refusedBefore = (test.connector.answers().get('tenant-limit') ?? 0) + (test.connector.answers().get('conversation-limit') ?? 0);
    const before = test.connector.deliveries().length;
    const summary = summaryOf(await runNudges(test.services(), { asOf: AS_OF, settings: { ...FAST, tenantMessagesPerSecond: 8 } }));
    expect(summary.sent).toBe(installed);
    const refused = (test.connector.answers().get('tenant-limit') ?? 0) + (test.connector.answers().get('conversation-limit') ?? 0);
    expect(refused - refusedBefore).toBe(0);
    expect(busiestWindow(since(before).map((delivery) => delivery.at), 1000)).toBeLessThanOrEqual(10);
  }, 120_000);

  it('dead-letters a message past the retry bound, and --retry-dead sends it; a later run sends nothing again', async () => {
    test.connector.configure({ tenantLimit: null, transientShares: { 503: 1 } });
    const before = test.connector.deliveries().length;
    const failing = summaryOf(await runNudges(test.services(), { asOf: AS_OF, settings: { ...FAST, maxAttempts: 2, tenantMessagesPerSecond: 50 } }));
    expect(failing).toMatchObject({ sent: 0, deadLettered: installed });
    expect((await rows()).every((row) => row.record.outcome === 'dead-letter' && row.record.attempts === 2 && row.record.error.includes('503'))).toBe(true);
    // A plain run leaves dead letters to the operator.
    expect(summaryOf(await runNudges(test.services(), { asOf: AS_OF, settings: FAST }))).toMatchObject({ sent: 0, skippedOther: installed });

    test.connector.configure({ tenantLimit: null });
    const redriven = summaryOf(await runNudges(test.services(), { asOf: AS_OF, mode: 'retry-dead', settings: { ...FAST, tenantMessagesPerSecond: 50 } }));
    expect(redriven).toMatchObject({ sent: installed, deadLettered: 0 });
    expect(summaryOf(await runNudges(test.services(), { asOf: AS_OF, settings: FAST }))).toMatchObject({ sent: 0, skippedAlreadySent: installed });
    expect(since(before)).toHaveLength(installed);
    expect(doubled(before)).toBe(0);
  }, 120_000);

  it('a 403 (uninstalled) marks the installation stale and the run goes on; the next run skips the person', async () => {
    test.connector.configure({ tenantLimit: null });
    const [gone] = test.recipients.filter((email) => test.teamsIds.has(email));
    test.connector.uninstall(test.teamsIds.get(gone) ?? '');
    const summary = summaryOf(await runNudges(test.services(), { asOf: AS_OF, settings: { ...FAST, tenantMessagesPerSecond: 50 } }));
    expect(summary).toMatchObject({ sent: installed - 1, stale: 1 });
    expect((await rows()).find((row) => row.record.recipientEmail === gone)?.record.outcome).toBe('stale');
    const installation = (await test.registers.botInstallations.readAll()).valid.find((record) => record.email === gone);
    expect(installation?.staleAt).toBeDefined();
    expect(installation?.uninstalledAt).toBeUndefined();

    await test.clearLog();
    expect(summaryOf(await runNudges(test.services(), { asOf: AS_OF, settings: { ...FAST, tenantMessagesPerSecond: 50 } }))).toMatchObject({ sent: installed - 1, stale: 0, notInstalled: 1 });
  }, 120_000);
});
