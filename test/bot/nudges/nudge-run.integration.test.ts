import { runNudges } from '../../../bot/nudges/nudge-run';
import { NudgeLogStore } from '../../../bot/nudges/nudge-log-store';
import { AS_OF, startNudgeTestSite, type NudgeTestSite } from './nudge-test-site';

/*
 * The nudge run against the local SharePoint and the Bot Connector stand-in (issue 9, R-NDG-2,
 * R-NDG-4): one message per person with something to tell, each logged once; a re-run sends nothing.
 */
describe('the nudge run (R-NDG-2, R-NDG-4)', () => {
  let test: NudgeTestSite;

  beforeAll(async () => {
    test = await startNudgeTestSite({ notInstalled: 2 });
  }, 180_000);

  afterAll(async () => {
    await test?.close();
  });

  it('sends one digest to each installed person, logs the rest as not installed, and a re-run sends nothing again', async () => {
    const first = await runNudges(test.services(), { asOf: AS_OF, settings: { tenantMessagesPerSecond: 50 } });
    expect(first.status).toBe('done');
    if (first.status !== 'done') return;
    expect(first.summary.planned).toBeGreaterThanOrEqual(test.recipients.length);
    expect(first.summary.notInstalled).toBe(2);
    expect(first.summary.sent).toBe(first.summary.planned - 2);
    const counts = test.connector.countByKey();
    expect(counts.size).toBe(first.summary.sent);
    expect([...counts.values()].every((count) => count === 1)).toBe(true);

    const again = await runNudges(test.services(), { asOf: AS_OF });
    expect(again.status === 'done' && again.summary).toMatchObject({ sent: 0, skippedAlreadySent: first.summary.sent, notInstalled: 2 });
    expect(test.connector.deliveries()).toHaveLength(first.summary.sent);

    const rows = (await new NudgeLogStore(test.registers.nudgeLog).readAll()).rows;
    const messages = rows.filter((row) => row.record.kind === 'message');
    expect(messages).toHaveLength(first.summary.planned);
    expect(messages.filter((row) => row.record.outcome === 'sent').every((row) => row.record.activityId !== undefined && row.record.itemKeys.length >= 0)).toBe(true);
    expect(rows.filter((row) => row.record.kind === 'run').map((row) => row.record.outcome)).toEqual(['finished']);
  }, 120_000);
});
