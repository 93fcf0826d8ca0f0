import { runAreaFollowUp, type AreaFollowUpResult, type AreaFollowUpServices, type AreaFollowUpSummary } from '../../../bot/council/area-follow-up-run';
import { NudgeLogStore, type LoggedRow } from '../../../bot/nudges/nudge-log-store';
import { AgentsConnector } from '../../../bot/sender/agents-connector';
import { areaFollowUpLevels } from '../../../src/config/area-follow-up-config';
import { DEFAULT_REGION_CONFIG } from '../../../src/config/default-region';
import { parseAreaReportSubPageId } from '../../../src/contracts/area-report-link';
import { planAreaFollowUp, type AreaFollowUp, type AreaFollowUpRecipient } from '../../../src/domain/council/area-follow-up-plan';
import { reportingLevel } from '../../../src/domain/council/overdue-by-unit';
import { isoDate } from '../../../src/domain/shared/calendar';
import { LOCAL_SITE_PATH } from '../../../src/local-sharepoint/local-site-defaults';
import type { NudgeLogEntry } from '../../../src/sharepoint/mappers/records/nudge-log-entry';
import type { ListRepository } from '../../../src/sharepoint/repositories/list-repository';
import { readCouncilSnapshot } from '../../../src/sharepoint/repositories/council-snapshot-reader';
import { countByKey, type Delivery } from '../../support/bot-connector-stand-in';
import { ProcessDied } from '../nudges/crash-points';
import { AS_OF, startNudgeTestSite, type NudgeTestSite } from '../nudges/nudge-test-site';

/*
 * The May/December area follow-up against the local SharePoint and the Bot Connector stand-in (issue 10;
 * R-REP, R-NDG-4): one card per chief and area, in the chief's Teams language, linking to the area's
 * report in the personal tab; a re-run sends nothing twice; a chief without the bot is recorded not
 * reached and gets the card once installed; a run killed mid-send loses and doubles nothing.
 */
const FOLLOW_UP: AreaFollowUp = { year: 2026, period: 'tertial-2', day: isoDate('2026-11-23') };
const TEAMS_APP = '11111111-2222-3333-4444-555555555555';
const FAST = { retryBaseDelayMs: 20, retryMaxDelayMs: 100, tenantMessagesPerSecond: 50, leaseSeconds: 30 };

function summaryOf(result: AreaFollowUpResult): AreaFollowUpSummary {
  if (result.status !== 'done') throw new Error(`the run did not run: ${result.status === 'busy' ? result.reason : ''}`);
  return result.summary;
}

interface CardJson {
  readonly lang: string;
  readonly body: readonly { readonly text?: string }[];
  readonly actions: readonly { readonly url: string }[];
}
const cardOf = (delivery: Delivery): CardJson => (delivery.activity.attachments as { content: CardJson }[])[0].content;

describe('the area follow-up run (R-REP, R-NDG-4)', () => {
  let test: NudgeTestSite;
  let chiefs: AreaFollowUpRecipient[];
  /** The one chief left without an installation. */
  let uninstalled: AreaFollowUpRecipient;
  const memberOf = new Map<string, string>();
  const localeOf = new Map<string, string>();
  const rows = async (): Promise<LoggedRow[]> => (await new NudgeLogStore(test.registers.nudgeLog).readAll()).rows.filter((row) => row.record.kind === 'area-message');
  const services = (overrides: Partial<AreaFollowUpServices> = {}): AreaFollowUpServices => {
    const base = test.services();
    return { registers: test.registers, config: DEFAULT_REGION_CONFIG, now: base.now, sitePath: LOCAL_SITE_PATH, log: () => undefined, connector: new AgentsConnector({ token: () => Promise.resolve(undefined) }), linkBase: { kind: 'teams', teamsAppId: TEAMS_APP }, ...overrides };
  };
  const install = async (email: string, index: number): Promise<void> => {
    const memberId = `29:chief-${index}`;
    const conversationId = test.connector.install(memberId, 'tenant-1');
    const locale = index % 2 === 0 ? 'en-GB' : 'sv-SE';
    memberOf.set(memberId, email);
    localeOf.set(email, locale.slice(0, 2));
    await test.registers.botInstallations.addMany([
      {
        id: 'new',
        email,
        aadObjectId: `00000000-0000-0000-0001-${String(index).padStart(12, '0')}`,
        teamsUserId: memberId,
        conversationReference: { serviceUrl: test.connector.serviceUrl, channelId: 'msteams', conversation: { id: conversationId, conversationType: 'personal', tenantId: 'tenant-1' }, user: { id: memberId }, bot: { id: '28:tillit', name: 'Tillit' }, locale },
        installedAt: '2026-11-01T08:00:00Z'
      } as never
    ]);
  };

  beforeAll(async () => {
    // Nobody has the bot from the nudges' set-up: the chiefs' installations are this test's own.
    test = await startNudgeTestSite({ notInstalled: Number.MAX_SAFE_INTEGER });
    const { snapshot } = await readCouncilSnapshot(test.registers);
    chiefs = [...planAreaFollowUp(snapshot.units, snapshot.roster, areaFollowUpLevels(DEFAULT_REGION_CONFIG.areaFollowUp, DEFAULT_REGION_CONFIG.organisationLevels), reportingLevel(DEFAULT_REGION_CONFIG), AS_OF).recipients];
    expect(chiefs.length).toBeGreaterThan(3);
    const emails = [...new Set(chiefs.map((chief) => chief.email))];
    uninstalled = chiefs.find((chief) => chief.email === emails[emails.length - 1]) as AreaFollowUpRecipient;
    for (const [index, email] of emails.slice(0, -1).entries()) await install(email, index);
  }, 240_000);

  afterAll(async () => {
    await test?.close();
  });

  beforeEach(async () => {
    await test.clearLog();
  }, 60_000);

  it('sends each installed chief their own area\'s card once, in their language, linking to the area\'s report in the personal tab; a re-run sends none again', async () => {
    const before = test.connector.deliveries().length;
    const reached = chiefs.filter((chief) => chief.email !== uninstalled.email);
    const first = summaryOf(await runAreaFollowUp(services(), FOLLOW_UP, { settings: FAST }));
    expect(first).toMatchObject({ planned: chiefs.length, sent: reached.length, notInstalled: chiefs.length - reached.length, deadLettered: 0, unknown: 0 });
    const delivered = test.connector.deliveries().slice(before);
    expect(delivered).toHaveLength(reached.length);
    for (const delivery of delivered) {
      const card = cardOf(delivery);
      const email = memberOf.get(delivery.memberId) as string;
      const link = new URL(card.actions[0].url);
      const subPageId = (JSON.parse(link.searchParams.get('context') ?? '{}') as { subEntityId: string }).subEntityId;
      const target = parseAreaReportSubPageId(subPageId);
      if (!target.ok) throw new Error(target.problem);
      // The card is of an area this chief is chief of, and names it; the link opens that area's report.
      const chief = reached.find((candidate) => candidate.email === email && candidate.unitId === target.target.unit);
      expect(chief).toBeDefined();
      expect(target.target).toEqual({ year: 2026, period: 'tertial-2', unit: chief?.unitId });
      expect(link.pathname).toBe(`/l/entity/${TEAMS_APP}/my-tasks`);
      expect(card.body.map((element) => element.text ?? '').join('\n')).toContain(chief?.unitName);
      expect(card.lang).toBe(localeOf.get(email));
    }
    const states = (await rows()).map((row) => row.record.outcome).sort();
    expect(states.filter((state) => state === 'sent')).toHaveLength(reached.length);
    expect(states.filter((state) => state === 'not-installed')).toHaveLength(chiefs.length - reached.length);

    const again = summaryOf(await runAreaFollowUp(services(), FOLLOW_UP, { settings: FAST }));
    expect(again).toMatchObject({ sent: 0, skippedAlreadySent: reached.length, notInstalled: chiefs.length - reached.length });
    expect(test.connector.deliveries().slice(before)).toHaveLength(reached.length);
  }, 180_000);

  it('a run killed right after a send leaves that card unknown (never re-sent) and the next run sends the rest, once each', async () => {
    const before = test.connector.deliveries().length;
    let dead = false;
    let seen = 0;
    const stop = test.connector.onDelivered(() => {
      seen += 1;
      if (seen === 2) dead = true;
    });
    const real = test.registers.nudgeLog;
    const guard =
      <A extends unknown[], R>(fn: (...args: A) => Promise<R>): ((...args: A) => Promise<R>) =>
      (...args: A): Promise<R> =>
        dead ? Promise.reject(new ProcessDied()) : fn(...args);
    const dying = {
      mapper: real.mapper,
      readPage: guard(real.readPage.bind(real)),
      readAll: guard(real.readAll.bind(real)),
      addMany: guard(real.addMany.bind(real)),
      get: guard(real.get.bind(real)),
      update: guard(real.update.bind(real)),
      updateMany: guard(real.updateMany.bind(real))
    } as unknown as ListRepository<NudgeLogEntry>;
    await expect(runAreaFollowUp(services({ registers: { ...test.registers, nudgeLog: dying } }), FOLLOW_UP, { settings: FAST, holder: 'dies' })).rejects.toThrow(ProcessDied);
    stop();
    expect(test.connector.deliveries().slice(before)).toHaveLength(2);
    // The next start, after the dead run's lease ran out.
    test.advance(31_000);
    const next = summaryOf(await runAreaFollowUp(services(), FOLLOW_UP, { settings: FAST, holder: 'restarted' }));
    const reached = chiefs.filter((chief) => chief.email !== uninstalled.email).length;
    expect(next).toMatchObject({ unknown: 1, sent: reached - 2, skippedAlreadySent: 1 });
    const delivered = test.connector.deliveries().slice(before);
    expect(delivered).toHaveLength(reached);
    expect([...countByKey(delivered).values()].every((count) => count === 1)).toBe(true);
  }, 180_000);

  it('a chief recorded as not reached gets the card once they install the bot', async () => {
    const first = summaryOf(await runAreaFollowUp(services(), FOLLOW_UP, { settings: FAST }));
    expect(first.notInstalled).toBeGreaterThan(0);
    await install(uninstalled.email, 900);
    const before = test.connector.deliveries().length;
    const later = summaryOf(await runAreaFollowUp(services(), FOLLOW_UP, { settings: FAST }));
    const theirs = chiefs.filter((chief) => chief.email === uninstalled.email).length;
    expect(later).toMatchObject({ sent: theirs, notInstalled: 0 });
    expect(test.connector.deliveries().slice(before).map((delivery) => memberOf.get(delivery.memberId))).toEqual(Array(theirs).fill(uninstalled.email));
  }, 180_000);
});
