import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { appApiServices, type AppApiServices } from '../../bot/api/app-api-services';
import { startAppService, type AppService } from '../../bot/app-service';
import { storeDashboard } from '../../bot/council/stored-council-dashboard';
import { hmacSeal } from '../../src/cli/acknowledgement-key';
import { seedDemoRegion } from '../../src/cli/seed-demo-region';
import { DEFAULT_REGION_CONFIG } from '../../src/config/default-region';
import { councilDashboardSchema, type CouncilDashboard } from '../../src/contracts/council-dashboard';
import { DEMO_PERSONAS } from '../../src/demo/demo-personas';
import { generateDemoRegion } from '../../src/demo/generate-demo-region';
import { councilDashboardOf } from '../../src/domain/council/council-dashboard';
import { NO_COUNCIL_PERMISSIONS } from '../../src/domain/council/council-permissions';
import { goalAreaKpis } from '../../src/domain/kpi/goal-area-kpis';
import { instant, isoDate } from '../../src/domain/shared/calendar';
import { startLocalSharePoint } from '../../src/local-sharepoint/local-sharepoint-server';
import { APP_PRINCIPAL_EMAIL, SITE_ADMIN_EMAIL } from '../../src/local-sharepoint/local-site-defaults';
import { provisionSite } from '../../src/sharepoint/provisioning/provision-site';
import { connectToSite, localToken } from '../../src/sharepoint/sp-factory';
import { httpCall, type HttpAnswer } from '../bot/http-call';
import { startSharePointRequestCounter } from '../support/sharepoint-request-counter';
import { percentile, report, timeMs } from './bench-stats';

const AS_OF = isoDate('2026-11-23');
/** `/sites/tillit/lists/councildashboards` → `councildashboards`. */
const shortName = (list: string | undefined): string => (list ?? 'site').replace(/^.*\/lists\//, '');
const NOW = new Date('2026-11-23T09:00:00Z');

/**
 * The council's dashboard (issue 10): the pure composition over the demo region against goalAreaKpis
 * alone (what the composition adds: overdue work by owedItems, risks, incidents, the action plan),
 * and `GET /api/council/dashboard` on the app service against the local SharePoint with the demo
 * region: cold with nothing stored (every list read once, 5,000 items a page), cold with the stored
 * dashboard (a new service each run: its answer's round trips counted when it arrives, then fresh=1
 * for the live figures the tab asks for next), cold with fresh=1, and warm (the minute's kept read),
 * with SharePoint's requests counted and the answer's size. TILLIT_BENCH_COUNCIL_SCALE sets the region (default 1).
 */
export async function councilBench(scale = Number(process.env.TILLIT_BENCH_COUNCIL_SCALE ?? 1), runs = 5): Promise<void> {
  const config = DEFAULT_REGION_CONFIG;
  const region = generateDemoRegion({ asOf: AS_OF, scale }, config);
  const composed: number[] = [];
  const kpis: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    composed.push((await timeMs(async () => councilDashboardOf({ snapshot: region, kpiSnapshots: [], config, year: 2026, now: instant(NOW.toISOString()), linkOf: () => undefined, may: NO_COUNCIL_PERMISSIONS }))).ms);
    kpis.push((await timeMs(async () => goalAreaKpis(region, config, AS_OF))).ms);
  }
  report(`council bench: councilDashboardOf on the demo region at scale ${scale} (${region.roster.length} staff; median of ${runs})`, {
    councilDashboardOf_ms: percentile(composed, 50),
    goalAreaKpis_ms: percentile(kpis, 50)
  });

  const dataDir = mkdtempSync(join(tmpdir(), 'tillit-council-bench-'));
  const bundleDir = mkdtempSync(join(tmpdir(), 'tillit-council-bundles-'));
  const site = await startLocalSharePoint({ port: 0, dataDir });
  const counter = await startSharePointRequestCounter(site.siteUrl);
  try {
    const admin = { siteUrl: site.siteUrl, token: localToken(SITE_ADMIN_EMAIL) };
    const seeded = await timeMs(async () => {
      await provisionSite(connectToSite(admin), config);
      await seedDemoRegion(admin, { asOf: AS_OF, scale, seed: 1, seal: hmacSeal(randomBytes(32)) }, config, () => undefined);
    });
    const servicesOf = (): AppApiServices =>
      appApiServices({
        siteUrl: counter.siteUrl,
        token: localToken(APP_PRINCIPAL_EMAIL),
        callerOf: () => Promise.resolve({ email: DEMO_PERSONAS.securityCoordinator.email }),
        config,
        log: () => undefined,
        now: () => NOW
      });
    /** A cold app service: new services (an empty register read cache), as after a restart. */
    const coldService = async (): Promise<{ api: AppApiServices; service: AppService }> => {
      const api = servicesOf();
      return { api, service: await startAppService({ port: 0, bundleDir, prepareBundles: (outDir) => Promise.resolve({ outDir, bundles: [], milliseconds: 0, reused: true }), api, log: () => undefined }) };
    };
    const get = (service: AppService, query = ''): ReturnType<typeof httpCall> => httpCall(`${service.url}/api/council/dashboard?year=2026${query}`, { headers: { accept: 'application/json' } });
    const checked = (answer: HttpAnswer): CouncilDashboard => {
      if (answer.status !== 200) throw new Error(`GET /api/council/dashboard answered ${answer.status}: ${answer.body.slice(0, 300)}`);
      return councilDashboardSchema.parse(JSON.parse(answer.body));
    };
    /** Requests by list since the last reset: the stored answer reads CouncilDashboards and RoleAssignments, the read behind it every register. */
    const byList = (): string =>
      [...counter.operations().reduce((lists, operation) => lists.set(shortName(operation.list), (lists.get(shortName(operation.list)) ?? 0) + 1), new Map<string, number>())]
        .map(([list, count]) => `${list}:${count}`)
        .join(',');

    // Live, cold, nothing stored yet: every register read once (what every cold start cost before the stored dashboard).
    const first = await coldService();
    counter.reset();
    const live = await timeMs(() => get(first.service));
    const liveCounts = counter.counts();
    const answer = checked(live.result);
    const stored = await storeDashboard(first.api, answer);
    const kept = (await first.api.registers.councilDashboards.readAll()).valid;
    await first.service.close();
    report(`council bench: GET /api/council/dashboard at scale ${scale}, cold, nothing stored (seeded in ${(seeded.ms / 1000).toFixed(1)} s)`, {
      served_from: answer.servedFrom ?? '?',
      cold_ms: live.ms,
      cold_sharepoint_requests: String(liveCounts.requests),
      cold_item_pages: String([...liveCounts.itemPagesByList.values()].reduce((sum, pages) => sum + pages, 0)),
      lists_read: String(liveCounts.itemPagesByList.size),
      answer_KB: live.result.body.length / 1024,
      answer_KB_gzipped: gzipSync(live.result.body).length / 1024,
      stored: `${stored} (${kept.length} part(s), ${(kept.reduce((sum, part) => sum + part.data.length, 0) / 1024).toFixed(1)} KB base64)`,
      open_risks: String(answer.risks.open.length),
      trend_points: String(answer.trend.length)
    });

    // Cold with the stored copy: a new service per run; the answer's round trips counted when it arrives, then the read behind it awaited.
    const storedMs: number[] = [];
    const storedRequests: number[] = [];
    const freshAfterMs: number[] = [];
    const services: AppService[] = [];
    for (let run = 0; run < runs; run += 1) {
      if (run > 0) await services[run - 1].close();
      const { service: current } = await coldService();
      services.push(current);
      counter.reset();
      const cold = await timeMs(() => get(current));
      const requests = counter.counts().requests;
      const lists = byList();
      if (checked(cold.result).servedFrom !== 'stored') throw new Error('a cold service with a stored dashboard did not answer from it');
      // What the tab does next: fresh=1, which waits for the live read the stored answer started.
      const fresh = await timeMs(() => get(current, '&fresh=1'));
      if (checked(fresh.result).servedFrom !== 'live') throw new Error('fresh=1 did not answer live');
      storedMs.push(cold.ms);
      storedRequests.push(requests);
      freshAfterMs.push(cold.ms + fresh.ms);
      report(`council bench: cold run ${run + 1}, stored copy present`, { stored_answer_ms: cold.ms, sharepoint_requests_at_answer: String(requests), lists_at_answer: lists, live_after_ms: cold.ms + fresh.ms, all_requests: byList() });
    }
    const service = services[services.length - 1];
    const warm: number[] = [];
    for (let run = 0; run < runs; run += 1) warm.push((await timeMs(() => get(service))).ms);
    counter.reset();
    await get(service);
    const warmRequests = counter.counts().requests;
    await service.close();

    // Cold and fresh=1 (the live path demanded on a cold start): every register, as before.
    const demanded = await coldService();
    counter.reset();
    const coldFresh = await timeMs(() => get(demanded.service, '&fresh=1'));
    const coldFreshRequests = counter.counts().requests;
    checked(coldFresh.result);
    await demanded.service.close();
    report(`council bench: GET /api/council/dashboard at scale ${scale}, stored vs live (median of ${runs}; noisy: a shared 2-core machine)`, {
      cold_stored_ms_median: percentile(storedMs, 50),
      cold_stored_sharepoint_requests: storedRequests.join('/'),
      cold_live_after_stored_ms_median: percentile(freshAfterMs, 50),
      cold_fresh_live_ms: coldFresh.ms,
      cold_fresh_live_sharepoint_requests: String(coldFreshRequests),
      warm_ms_median: percentile(warm, 50),
      warm_sharepoint_requests: String(warmRequests)
    });
  } finally {
    await counter.close();
    await site.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(bundleDir, { recursive: true, force: true });
  }
}
