import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runNudges } from '../../bot/nudges/nudge-run';
import { nudgeRunServices } from '../../bot/nudges/nudge-services';
import { NudgeLogStore } from '../../bot/nudges/nudge-log-store';
import { hmacSeal } from '../../src/cli/acknowledgement-key';
import { seedDemoRegion } from '../../src/cli/seed-demo-region';
import { DEFAULT_REGION_CONFIG } from '../../src/config/default-region';
import { DEFAULT_NUDGE_RUN_CONFIG } from '../../src/config/nudge-run-config';
import { planNudges } from '../../src/domain/nudges/nudge-plan';
import { instantOf, isoDate } from '../../src/domain/shared/calendar';
import { startLocalSharePoint } from '../../src/local-sharepoint/local-sharepoint-server';
import { APP_PRINCIPAL_EMAIL, LOCAL_SITE_PATH, SITE_ADMIN_EMAIL } from '../../src/local-sharepoint/local-site-defaults';
import { provisionSite } from '../../src/sharepoint/provisioning/provision-site';
import { registerRepositories } from '../../src/sharepoint/repositories/register-repositories';
import { readNudgeSnapshot } from '../../src/sharepoint/repositories/snapshot-reader';
import { connectToSite, localToken } from '../../src/sharepoint/sp-factory';
import { startBotConnectorStandIn } from '../support/bot-connector-stand-in';
import { tallyDeliveries } from '../support/nudge-delivery-tally';
import { startNudgeProcess } from '../support/nudge-process';
import { seedBotInstallations } from '../support/seed-bot-installations';
import { startSharePointRequestCounter, type RequestCounts } from '../support/sharepoint-request-counter';
import { percentile, report, timeMs } from './bench-stats';

const AS_OF = isoDate('2026-11-23');
/** SharePoint's largest page (the list view threshold). */
const PAGE = 5_000;

/**
 * The least a run can read: every list it reads, once, 5,000 items a page (an empty list still takes
 * one request), counted over the distinct items the run's reads returned, so a list read twice
 * counts against the run.
 */
function minimumPages(counts: RequestCounts): { minimum: number; lists: string[] } {
  let minimum = 0;
  const lists: string[] = [];
  for (const [list, items] of counts.distinctItemsByList) {
    minimum += Math.max(1, Math.ceil(items / PAGE));
    lists.push(`${list.split('/').pop() ?? list} ${items} in ${counts.itemPagesByList.get(list) ?? 0} page(s)`);
  }
  return { minimum, lists };
}

/**
 * Issue 9's nudge benchmark, for a 10,000-person region (demo scale 2.5; TILLIT_BENCH_NUDGE_SCALE
 * for another): the SharePoint requests of a nudge run against the minimum, the planning time, and
 * the delivered messages a second against the configured tenant limit on the Bot Connector stand-in
 * (Teams' per-conversation windows and a 50/s tenant window enforced), with nothing lost. The run
 * is `tillit nudge` as a process of its own, as in production; SharePoint and the stand-in answer here.
 */
export async function nudgeBench(scale = Number(process.env.TILLIT_BENCH_NUDGE_SCALE ?? 2.5)): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tillit-nudge-bench-'));
  const site = await startLocalSharePoint({ port: 0, dataDir });
  const connector = await startBotConnectorStandIn({ seed: 1 });
  const counter = await startSharePointRequestCounter(site.siteUrl);
  try {
    const admin = { siteUrl: site.siteUrl, token: localToken(SITE_ADMIN_EMAIL) };
    const seeded = await timeMs(async () => {
      await provisionSite(connectToSite(admin), DEFAULT_REGION_CONFIG);
      await seedDemoRegion(admin, { asOf: AS_OF, scale, seed: 1, seal: hmacSeal(randomBytes(32)) }, DEFAULT_REGION_CONFIG, () => undefined);
    });
    const appConnection = { siteUrl: site.siteUrl, token: localToken(APP_PRINCIPAL_EMAIL) };
    const app = registerRepositories(connectToSite(appConnection), LOCAL_SITE_PATH);
    const { snapshot } = await readNudgeSnapshot(app);
    const people = snapshot.roster.filter((person) => person.endDate === undefined || person.endDate >= AS_OF).map((person) => person.email);
    const installed = await timeMs(() => seedBotInstallations(connectToSite(appConnection), LOCAL_SITE_PATH, connector, people, instantOf(new Date('2026-11-01T08:00:00Z'))));
    report(`nudge bench: seeding the local SharePoint at scale ${scale} (${snapshot.roster.length} on the roster)`, {
      provision_and_seed_s: seeded.ms / 1000,
      installations: String(people.length),
      installations_s: installed.ms / 1000
    });

    const plans: number[] = [];
    let digests = 0;
    for (let run = 0; run < 5; run += 1) {
      const planned = await timeMs(async () => planNudges(snapshot, DEFAULT_REGION_CONFIG, { firstSentOn: new Map() }, AS_OF));
      plans.push(planned.ms);
      digests = planned.result.digests.length;
    }
    counter.reset();
    const services = nudgeRunServices({ siteUrl: counter.siteUrl, token: localToken(APP_PRINCIPAL_EMAIL) }, DEFAULT_REGION_CONFIG, () => undefined);
    const dry = await timeMs(() => runNudges(services, { asOf: AS_OF, dryRun: true }));
    const dryCounts = counter.counts();
    report('nudge bench: planning', {
      planNudges_ms_median_of_5: percentile(plans, 50),
      digests: String(digests),
      dry_run_read_and_plan_s: dry.ms / 1000,
      dry_run_reads: String(dryCounts.reads)
    });

    counter.reset();
    const run = startNudgeProcess(['--site', counter.siteUrl, '--as-of', AS_OF]);
    const ran = await timeMs(() => run.ended);
    const counts = counter.counts();
    const { minimum, lists } = minimumPages(counts);
    const rows = (await new NudgeLogStore(app.nudgeLog).readAll()).rows.map((row) => row.record).filter((row) => row.kind === 'message' && row.runDay === AS_OF);
    const deliveries = connector.deliveries();
    const tally = tallyDeliveries(dry.result.summary.planned, rows, deliveries);
    const spanS = deliveries.length < 2 ? 0 : (deliveries[deliveries.length - 1].at - deliveries[0].at) / 1000;
    const rate = spanS === 0 ? 0 : (deliveries.length - 1) / spanS;
    const limit = DEFAULT_REGION_CONFIG.nudgeRun?.tenantMessagesPerSecond ?? DEFAULT_NUDGE_RUN_CONFIG.tenantMessagesPerSecond;
    report('nudge bench: SharePoint requests of the run', {
      reads: String(counts.reads),
      item_pages: String([...counts.itemPagesByList.values()].reduce((sum, pages) => sum + pages, 0)),
      minimum_pages: String(minimum),
      'reads/minimum': `${(counts.reads / minimum).toFixed(2)}x`,
      write_operations: String(counts.writes),
      write_operations_per_message: rows.length === 0 ? 0 : counts.writes / rows.length,
      http_requests: String(counts.requests)
    });
    process.stdout.write(`  lists read (items): ${lists.join(', ')}\n`);
    report('nudge bench: sending', {
      exit: String(ran.result.code ?? ran.result.signal),
      run_s: ran.ms / 1000,
      planned: String(tally.planned),
      delivered: String(deliveries.length),
      msgs_per_s: rate,
      limit_per_s: String(limit),
      'rate/limit': `${(rate / limit).toFixed(2)}x`,
      doubled: String(tally.doubledKeys.length),
      missing_unmarked: String(tally.missingWithoutMark.length),
      outcomes: [...tally.byOutcome].map(([outcome, count]) => `${outcome}:${count}`).join(','),
      connector_429: String((connector.answers().get('conversation-limit') ?? 0) + (connector.answers().get('tenant-limit') ?? 0))
    });
    if (ran.result.code !== 0) process.stdout.write(`  the run's last lines: ${run.output().trim().split('\n').slice(-12).join(' | ')}\n`);
  } finally {
    await counter.close();
    await connector.close();
    await site.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
