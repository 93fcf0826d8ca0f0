import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { appApiServices } from '../../bot/api/app-api-services';
import { startAppService } from '../../bot/app-service';
import { hmacSeal } from '../../src/cli/acknowledgement-key';
import { seedDemoRegion } from '../../src/cli/seed-demo-region';
import { DEFAULT_REGION_CONFIG } from '../../src/config/default-region';
import { councilDashboardSchema } from '../../src/contracts/council-dashboard';
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
import { httpCall } from '../bot/http-call';
import { startSharePointRequestCounter } from '../support/sharepoint-request-counter';
import { percentile, report, timeMs } from './bench-stats';

const AS_OF = isoDate('2026-11-23');
const NOW = new Date('2026-11-23T09:00:00Z');

/**
 * The council's dashboard (issue 10): the pure composition over the demo region against goalAreaKpis
 * alone (what the composition adds: overdue work by owedItems, risks, incidents, the action plan),
 * and `GET /api/council/dashboard` on the app service against the local SharePoint with the demo
 * region — cold (every list read once, 5,000 items a page) and warm (the minute's kept read), with
 * SharePoint's requests counted and the answer's size. TILLIT_BENCH_COUNCIL_SCALE sets the region (default 1).
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
    const api = appApiServices({
      siteUrl: counter.siteUrl,
      token: localToken(APP_PRINCIPAL_EMAIL),
      callerOf: () => Promise.resolve({ email: DEMO_PERSONAS.securityCoordinator.email }),
      config,
      log: () => undefined,
      now: () => NOW
    });
    const service = await startAppService({ port: 0, bundleDir, prepareBundles: (outDir) => Promise.resolve({ outDir, bundles: [], milliseconds: 0, reused: true }), api, log: () => undefined });
    try {
      const get = (): ReturnType<typeof httpCall> => httpCall(`${service.url}/api/council/dashboard?year=2026`, { headers: { accept: 'application/json' } });
      counter.reset();
      const cold = await timeMs(get);
      const counts = counter.counts();
      if (cold.result.status !== 200) throw new Error(`GET /api/council/dashboard answered ${cold.result.status}: ${cold.result.body.slice(0, 300)}`);
      const answer = councilDashboardSchema.parse(JSON.parse(cold.result.body));
      const warm: number[] = [];
      for (let run = 0; run < runs; run += 1) warm.push((await timeMs(get)).ms);
      report(`council bench: GET /api/council/dashboard at scale ${scale} (seeded in ${(seeded.ms / 1000).toFixed(1)} s)`, {
        cold_ms: cold.ms,
        cold_sharepoint_requests: String(counts.requests),
        cold_item_pages: String([...counts.itemPagesByList.values()].reduce((sum, pages) => sum + pages, 0)),
        lists_read: String(counts.itemPagesByList.size),
        warm_ms_median: percentile(warm, 50),
        answer_KB: cold.result.body.length / 1024,
        answer_KB_gzipped: gzipSync(cold.result.body).length / 1024,
        open_risks: String(answer.risks.open.length),
        trend_points: String(answer.trend.length)
      });
    } finally {
      await service.close();
    }
  } finally {
    await counter.close();
    await site.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(bundleDir, { recursive: true, force: true });
  }
}
