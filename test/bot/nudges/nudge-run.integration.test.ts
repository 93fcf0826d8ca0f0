import { runNudges, type NudgeRunResult } from '../../../bot/nudges/nudge-run';
import { NudgeLogStore, type LoggedRow } from '../../../bot/nudges/nudge-log-store';
import type { RunSummary } from '../../../bot/nudges/run-summary';
import { countByKey } from '../../support/bot-connector-stand-in';
import { dyingAt, ProcessDied } from './crash-points';
import { AS_OF, startNudgeTestSite, type NudgeTestSite } from './nudge-test-site';

/*
 * The nudge run against the local SharePoint and the Bot Connector stand-in (issue 9, R-NDG-2,
 * R-NDG-4): one message per person, each logged once; a run that dies at any point and is started
 * again sends what is missing and nothing twice; two runs at once send once.
 */
const FAST = { tenantMessagesPerSecond: 50, leaseSeconds: 1, sendChunkSize: 5 };
/** The dying run's lease: a run started right after it finds it held however slow the machine; the clock is then moved past it. */
const DYING = { ...FAST, leaseSeconds: 600 };

function summaryOf(result: NudgeRunResult): RunSummary {
  if (result.status !== 'done') throw new Error(`the run did not run: ${result.status === 'busy' ? result.reason : ''}`);
  return result.summary;
}

describe('the nudge run (R-NDG-2, R-NDG-4)', () => {
  let test: NudgeTestSite;
  const rows = async (): Promise<LoggedRow[]> => (await new NudgeLogStore(test.registers.nudgeLog).readAll()).rows;
  const messageStates = async (): Promise<Record<string, number>> => {
    const states: Record<string, number> = {};
    for (const row of await rows()) if (row.record.kind === 'message') states[row.record.outcome] = (states[row.record.outcome] ?? 0) + 1;
    return states;
  };
  /** Keys delivered more than once since delivery number `since` (the stand-in keeps every test's deliveries). */
  const doubled = (since: number): string[] => [...countByKey(test.connector.deliveries().slice(since))].filter(([, count]) => count > 1).map(([key]) => key);

  beforeAll(async () => {
    test = await startNudgeTestSite({ notInstalled: 2 });
  }, 240_000);

  afterAll(async () => {
    await test?.close();
  });

  beforeEach(async () => {
    await test.clearLog();
    test.connector.configure({ tenantLimit: null });
  }, 60_000);

  it('sends one digest to each installed person, logs the rest as not installed, and a re-run sends nothing again', async () => {
    const before = test.connector.deliveries().length;
    const first = summaryOf(await runNudges(test.services(), { asOf: AS_OF, settings: FAST }));
    expect(first.planned).toBeGreaterThanOrEqual(test.recipients.length);
    expect(first).toMatchObject({ notInstalled: 2, sent: first.planned - 2, deadLettered: 0, unknown: 0 });
    expect(test.connector.deliveries().length - before).toBe(first.sent);
    expect(doubled(before)).toEqual([]);

    const again = summaryOf(await runNudges(test.services(), { asOf: AS_OF, settings: FAST }));
    expect(again).toMatchObject({ sent: 0, skippedAlreadySent: first.sent, notInstalled: 2 });
    expect(test.connector.deliveries().length - before).toBe(first.sent);
    const logged = await rows();
    expect(logged.filter((row) => row.record.kind === 'message')).toHaveLength(first.planned);
    expect(logged.filter((row) => row.record.outcome === 'sent').every((row) => row.record.activityId !== undefined && row.record.itemKeys.length + 0 >= 0)).toBe(true);
    expect(logged.filter((row) => row.record.kind === 'run').map((row) => row.record.outcome)).toEqual(['finished']);
  }, 120_000);

  it('a dry run plans and counts, and writes and sends nothing', async () => {
    const before = test.connector.deliveries().length;
    const planned = summaryOf(await runNudges(test.services(), { asOf: AS_OF, dryRun: true }));
    expect(planned.planned).toBeGreaterThan(0);
    expect(planned.sent).toBe(0);
    expect(test.connector.deliveries()).toHaveLength(before);
    expect(await rows()).toEqual([]);
  }, 60_000);

  it('a run that dies after claiming, before sending: the next run sends everything once', async () => {
    const before = test.connector.deliveries().length;
    const dying = dyingAt(test.services(), 1);
    await expect(runNudges(dying.services, { asOf: AS_OF, settings: DYING, holder: 'dies' })).rejects.toThrow(ProcessDied);
    expect(test.connector.deliveries()).toHaveLength(before);
    // The dead run's lease holds until it runs out: a run started at once finds it held.
    expect((await runNudges(test.services(), { asOf: AS_OF, settings: FAST, holder: 'too-early' })).status).toBe('busy');
    test.advance(601_000);
    const rerun = summaryOf(await runNudges(test.services(), { asOf: AS_OF, settings: FAST, holder: 'rerun' }));
    expect(rerun).toMatchObject({ unknown: 0, deadLettered: 0 });
    expect(test.connector.deliveries().length - before).toBe(rerun.sent);
    expect(doubled(before)).toEqual([]);
    expect(await messageStates()).toEqual({ sent: rerun.sent, 'not-installed': 2 });
  }, 120_000);

  it('a run that dies between the sends and their log write: those are unknown, never re-sent by a run, and --resend-unknown sends them', async () => {
    const before = test.connector.deliveries().length;
    // updateMany 1 to 5: each message of the first chunk → sending, one at a time right before its send; 6: the chunk's outcomes — the process dies there.
    const dying = dyingAt(test.services(), FAST.sendChunkSize + 1);
    await expect(runNudges(dying.services, { asOf: AS_OF, settings: DYING, holder: 'dies' })).rejects.toThrow(ProcessDied);
    const caught = test.connector.deliveries().length - before;
    expect(caught).toBe(FAST.sendChunkSize);
    test.advance(601_000);
    const rerun = summaryOf(await runNudges(test.services(), { asOf: AS_OF, settings: FAST, holder: 'rerun' }));
    expect(rerun.unknown).toBe(caught);
    expect(doubled(before)).toEqual([]);
    expect(await messageStates()).toEqual({ sent: rerun.sent, unknown: caught, 'not-installed': 2 });

    // Only on request, and only those: each unknown message goes out once more.
    const resent = summaryOf(await runNudges(test.services(), { asOf: AS_OF, settings: FAST, holder: 'operator', mode: 'resend-unknown' }));
    expect(resent.sent).toBe(caught);
    expect(test.connector.deliveries().length - before).toBe(caught + rerun.sent + caught);
    expect(await messageStates()).toEqual({ sent: rerun.sent + caught, 'not-installed': 2 });
  }, 120_000);

  it('a run that dies in the middle of a chunk leaves unknown only the sends that had begun; the rest of the chunk is sent by the next run (R-NDG-4)', async () => {
    const before = test.connector.deliveries().length;
    // One send at a time: mark 1, send 1, mark 2, send 2, and the process dies marking the third.
    const dying = dyingAt(test.services(), 3);
    await expect(runNudges(dying.services, { asOf: AS_OF, settings: { ...DYING, concurrency: 1 }, holder: 'dies' })).rejects.toThrow(ProcessDied);
    expect(test.connector.deliveries().length - before).toBe(2);
    test.advance(601_000);
    const rerun = summaryOf(await runNudges(test.services(), { asOf: AS_OF, settings: FAST, holder: 'rerun' }));
    expect(rerun.unknown).toBe(2);
    expect(rerun.sent).toBeGreaterThan(FAST.sendChunkSize - 2);
    expect(doubled(before)).toEqual([]);
    expect(await messageStates()).toEqual({ sent: rerun.sent, unknown: 2, 'not-installed': 2 });
  }, 120_000);

  it('two instances started at once send each message once (the lease and the claims)', async () => {
    const before = test.connector.deliveries().length;
    const results = await Promise.all([
      runNudges(test.services(), { asOf: AS_OF, settings: { ...FAST, leaseSeconds: 60 }, holder: 'instance-a' }),
      runNudges(test.services(), { asOf: AS_OF, settings: { ...FAST, leaseSeconds: 60 }, holder: 'instance-b' })
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(['busy', 'done']);
    expect(doubled(before)).toEqual([]);
    const states = await messageStates();
    expect(test.connector.deliveries().length - before).toBe(states.sent);
    expect(states).toEqual({ sent: states.sent, 'not-installed': 2 });
  }, 120_000);
});
