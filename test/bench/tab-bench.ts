import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appApiServices } from '../../bot/api/app-api-services';
import { startAppService } from '../../bot/app-service';
import { buildBrowserBundles, DEFAULT_BUNDLE_DIR } from '../../bot/browser-bundles';
import { workbenchCaller } from '../../bot/http/caller-identity';
import { hmacSeal } from '../../src/cli/acknowledgement-key';
import { seedDemoRegion } from '../../src/cli/seed-demo-region';
import { DEFAULT_REGION_CONFIG } from '../../src/config/default-region';
import { isoDate } from '../../src/domain/shared/calendar';
import { startLocalSharePoint } from '../../src/local-sharepoint/local-sharepoint-server';
import { APP_PRINCIPAL_EMAIL, SITE_ADMIN_EMAIL } from '../../src/local-sharepoint/local-site-defaults';
import { provisionSite } from '../../src/sharepoint/provisioning/provision-site';
import { connectToSite, localToken } from '../../src/sharepoint/sp-factory';
import { launchChromium } from '../e2e/harness/chromium-launch';
import { startSharePointRequestCounter } from '../support/sharepoint-request-counter';
import { percentile, report, timeMs } from './bench-stats';

const AS_OF = isoDate('2026-11-23');
const RUNS = 5;

/**
 * Issue 10's tab benchmark: the council dashboard's first render on the demo region (scale 1, or
 * TILLIT_BENCH_TAB_SCALE), as a council member opens the tab — the page, its bundle, one API call.
 * Printed: the SharePoint round trips the app service makes for it (counted in front of the local
 * SharePoint, a `$batch` as one request and its parts as operations; aim ≤ 2), the browser's API calls
 * (aim 1), the time from navigation to the KPIs visible in Chromium (aim < 1.5 s), and the tab
 * bundle's size gzipped. Each run is a new browser context (no cache, a new cookie).
 */
export async function tabBench(scale = Number(process.env.TILLIT_BENCH_TAB_SCALE ?? 1)): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tillit-tab-bench-'));
  const site = await startLocalSharePoint({ port: 0, dataDir });
  const counter = await startSharePointRequestCounter(site.siteUrl);
  const closers: Array<() => Promise<void>> = [];
  try {
    const admin = { siteUrl: site.siteUrl, token: localToken(SITE_ADMIN_EMAIL) };
    const seal = hmacSeal(randomBytes(32));
    const seeded = await timeMs(async () => {
      await provisionSite(connectToSite(admin), DEFAULT_REGION_CONFIG);
      await seedDemoRegion(admin, { asOf: AS_OF, scale, seed: 1, seal }, DEFAULT_REGION_CONFIG, () => undefined);
    });
    const bundles = await buildBrowserBundles(DEFAULT_BUNDLE_DIR);
    const tab = bundles.bundles.find((bundle) => bundle.name === 'tab');
    const api = appApiServices({ siteUrl: counter.siteUrl, token: localToken(APP_PRINCIPAL_EMAIL), callerOf: workbenchCaller(), config: DEFAULT_REGION_CONFIG, log: () => undefined, acknowledgementSeal: seal, appAccount: APP_PRINCIPAL_EMAIL });
    const service = await startAppService({ port: 0, localSiteUrl: counter.siteUrl, bundleDir: DEFAULT_BUNDLE_DIR, api, log: () => undefined });
    closers.push(() => service.close());
    const browser = await launchChromium();
    closers.push(() => browser.close());
    report(`tab bench: the demo region at scale ${scale}`, {
      provision_and_seed_s: seeded.ms / 1000,
      tab_bundle_kb: (tab?.bytes ?? 0) / 1024,
      tab_bundle_gzip_kb: (tab?.gzipBytes ?? 0) / 1024
    });

    const times: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE' });
      const page = await context.newPage();
      const apiCalls: string[] = [];
      page.on('request', (request) => {
        const path = new URL(request.url()).pathname;
        if (path.startsWith('/api/') || path.startsWith('/sites/')) apiCalls.push(path);
      });
      counter.reset();
      const shown = await timeMs(async () => {
        await page.goto(`${service.url}/tab/`);
        await page.getByTestId('kpi').first().waitFor({ state: 'visible' });
      });
      times.push(shown.ms);
      const counts = counter.counts();
      report(`tab bench: first render ${run + 1}${run === 0 ? ' (the app service cold)' : ''}`, {
        kpis_visible_ms: shown.ms,
        sharepoint_requests: String(counts.requests),
        sharepoint_operations: String(counts.operations),
        browser_api_calls: `${apiCalls.length} (${[...new Set(apiCalls)].join(', ')})`
      });
      // The contexts are left open: the npm Chromium runs single-process, where closing one can take the browser with it.
    }
    report('tab bench: time to the KPIs visible in Chromium', { median_ms: percentile(times, 50), max_ms: Math.max(...times), aim_ms: '1500' });
  } finally {
    for (const close of closers.reverse()) await close();
    await counter.close();
    await site.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
