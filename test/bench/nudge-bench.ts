import { regionDigestCard } from '../../bot/nudges/region-digest-card';
import { runNudges } from '../../bot/nudges/nudge-run';
import { RUN_INPUT_LISTS } from '../../bot/nudges/run-inputs';
import { AgentsConnector } from '../../bot/sender/agents-connector';
import { seedDemoRegion } from '../../src/cli/seed-demo-region';
import { hmacSeal } from '../../src/cli/acknowledgement-key';
import { DEFAULT_REGION_CONFIG } from '../../src/config/default-region';
import { planNudges } from '../../src/domain/nudges/nudge-plan';
import { isoDate } from '../../src/domain/shared/calendar';
import { startLocalSharePoint } from '../../src/local-sharepoint/local-sharepoint-server';
import { APP_PRINCIPAL_EMAIL, LOCAL_SITE_PATH, SITE_ADMIN_EMAIL } from '../../src/local-sharepoint/local-site-defaults';
import { ALL_LISTS } from '../../src/sharepoint/lists/all-lists';
import { provisionSite } from '../../src/sharepoint/provisioning/provision-site';
import { registerRepositories } from '../../src/sharepoint/repositories/register-repositories';
import { readNudgeSnapshot } from '../../src/sharepoint/repositories/snapshot-reader';
import { connectToSite, localToken } from '../../src/sharepoint/sp-factory';
import { startBotConnectorStandIn } from '../support/bot-connector-stand-in';
import { startSharePointRequestCounter } from '../support/sharepoint-request-counter';
import { report, timeMs } from './bench-stats';

const AS_OF = isoDate('2026-11-23');
const PAGE = 5000;

/**
 * The nudge run on a demo region (issue 9): SharePoint requests of one run against the minimum (each
 * list the run reads once, 5,000 items a page), and delivered messages a second against the
 * configured tenant limit on the Bot Connector stand-in. `TILLIT_BENCH_NUDGE_SCALE` sets the region
 * (2.5 ≈ 10,000 staff; the default 0.25 ≈ 1,000 keeps `npm run bench` short).
 */
export async function nudgeBench(scale = Number(process.env.TILLIT_BENCH_NUDGE_SCALE ?? '0.25')): Promise<void> {
  const site = await startLocalSharePoint({ port: 0, dataDir: ':memory:' });
  const connector = await startBotConnectorStandIn({ tenantLimit: null });
  const counter = await startSharePointRequestCounter(site.siteUrl);
  try {
    const admin = { siteUrl: site.siteUrl, token: localToken(SITE_ADMIN_EMAIL) };
    await provisionSite(connectToSite(admin), DEFAULT_REGION_CONFIG);
    await seedDemoRegion(admin, { asOf: AS_OF, scale, seed: 1, seal: hmacSeal(Buffer.alloc(32, 5)) }, DEFAULT_REGION_CONFIG, () => undefined);
    const registers = registerRepositories(connectToSite({ siteUrl: counter.siteUrl, token: localToken(APP_PRINCIPAL_EMAIL) }), LOCAL_SITE_PATH);
    const { snapshot } = await readNudgeSnapshot(registers);
    const recipients = planNudges(snapshot, DEFAULT_REGION_CONFIG, { firstSentOn: new Map() }, AS_OF).digests.map((digest) => digest.recipientEmail);
    await registers.botInstallations.addMany(
      recipients.map((email, index) => {
        const memberId = `29:bench-${index}`;
        return {
          id: 'new',
          email,
          aadObjectId: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
          teamsUserId: memberId,
          conversationReference: { serviceUrl: connector.serviceUrl, channelId: 'msteams', conversation: { id: connector.install(memberId, 't'), conversationType: 'personal' }, user: { id: memberId } },
          installedAt: '2026-11-01T08:00:00Z'
        } as never;
      })
    );
    // The minimum: each list the run reads, once, ⌈items / 5,000⌉ pages (at least one).
    const counts = new Map(ALL_LISTS.map((list) => [list.key, site.store.itemCount(site.store.listByUrlName(list.url.split('/').pop() ?? '')?.id ?? -1)]));
    const minimumReads = RUN_INPUT_LISTS.reduce((sum, key) => sum + Math.max(1, Math.ceil((counts.get(key) ?? 0) / PAGE)), 0);
    const limit = DEFAULT_REGION_CONFIG.nudgeRun.tenantMessagesPerSecond;
    counter.reset();
    let firstSendAt = 0;
    const startedAt = performance.now();
    const { result, ms } = await timeMs(() =>
      runNudges(
        {
          registers,
          config: DEFAULT_REGION_CONFIG,
          siteUrl: counter.siteUrl,
          connector: new AgentsConnector({ token: () => Promise.resolve(undefined) }),
          buildCard: regionDigestCard(DEFAULT_REGION_CONFIG),
          now: () => new Date('2026-11-23T06:30:00Z'),
          log: () => undefined
        },
        {
          asOf: AS_OF,
          onProgress: (done) => {
            if (done === 0) firstSendAt = performance.now();
          }
        }
      )
    );
    const runCounts = counter.counts();
    const reads = [...runCounts.itemPagesByList.values()].reduce((sum, pages) => sum + pages, 0);
    if (result.status !== 'done') throw new Error('the benchmark run did not run');
    const deliveries = connector.deliveries();
    const sendSeconds = deliveries.length < 2 ? 0 : (deliveries[deliveries.length - 1].at - deliveries[0].at) / 1000;
    report(`nudge run, demo region scale ${scale} (${snapshot.roster.length} staff, ${result.summary.planned} messages)`, {
      'item-page reads': reads,
      'minimum reads': minimumReads,
      'reads / minimum': reads / minimumReads,
      'all requests (writes incl.)': runCounts.requests,
      'operations ($batch parts one by one)': runCounts.operations,
      'run seconds': ms / 1000,
      'read + plan seconds (to the lease)': firstSendAt === 0 ? 0 : (firstSendAt - startedAt) / 1000,
      'delivered': deliveries.length,
      'delivered / s (first to last delivery)': sendSeconds === 0 ? 0 : (deliveries.length - 1) / sendSeconds,
      'configured limit / s': limit,
      'doubled keys': [...connector.countByKey().values()].filter((count) => count > 1).length
    });
  } finally {
    await counter.close();
    await connector.close();
    await site.close();
  }
}

if (require.main === module) {
  nudgeBench().catch((error: unknown) => {
    process.stderr.write(`nudge bench failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
