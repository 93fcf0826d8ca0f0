import type { Browser, Page } from 'playwright-core';
import { appApiServices, type AppApiServices } from '../../../bot/api/app-api-services';
import { startAppService, type AppService } from '../../../bot/app-service';
import { workbenchCaller } from '../../../bot/http/caller-identity';
import { DEFAULT_REGION_CONFIG } from '../../../src/config/default-region';
import { APP_PRINCIPAL_EMAIL } from '../../../src/local-sharepoint/local-site-defaults';
import { localToken } from '../../../src/sharepoint/sp-factory';
import { hmacSeal } from '../../../src/cli/acknowledgement-key';
import { DEFAULT_BUNDLE_DIR } from '../../../bot/browser-bundles';
import type { Locale } from '../../../src/domain/shared/localized-text';
import type { TillitTheme } from '../../../src/ui/shell/tillit-provider';
import { WORKBENCH_API } from '../../../src/workbench/workbench-session';
import { workbenchSearch, type WorkbenchSettings } from '../../../src/workbench/workbench-settings';
import { launchChromium } from './chromium-launch';
import { startDemoSite, type DemoSite } from './demo-site';

/**
 * Everything a browser test stands on (test/e2e): the local SharePoint with a small demo region on a
 * temporary folder, the app service on a free port, and Chromium from npm. One per test file;
 * `npm test` runs the browser test files one after another (jest.config.js).
 */
export interface E2eHarness {
  readonly demo: DemoSite;
  readonly appService: AppService;
  /** The app service's API services: a test that writes a register behind the service's back tells its plan cache (myTasksOf(api).plans.invalidate()). */
  readonly api: AppApiServices;
  readonly browser: Browser;
  /** A fresh browser context (its own cookies: its own identity) and page, closed with the harness. */
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export interface WorkbenchVisit {
  /** The demo identity's e-mail (src/workbench/workbench-identities.ts). */
  readonly as: string;
  readonly lang: Locale;
  readonly theme: TillitTheme;
  readonly part: string;
  /** The Register web part's register (its property pane's choice), e.g. 'roles'. */
  readonly register?: WorkbenchSettings['register'];
}

export async function startE2eHarness(): Promise<E2eHarness> {
  const closers: Array<() => Promise<void>> = [];
  // Every closer runs even when one fails (a browser gone leaves the servers to close), then the first failure is reported.
  const close = async (): Promise<void> => {
    const failures: unknown[] = [];
    for (const closer of closers.reverse()) await closer().catch((failure: unknown) => failures.push(failure));
    if (failures.length > 0) throw failures[0];
  };
  try {
    const demo = await startDemoSite();
    closers.push(() => demo.close());
    // The bundles are built once and found current by the later test files (bot/browser-bundles.ts).
    const log = (line: string): void => {
      process.stderr.write(`${line}\n`);
    };
    const api = appApiServices({ siteUrl: demo.site.siteUrl, token: localToken(APP_PRINCIPAL_EMAIL), callerOf: workbenchCaller(), config: DEFAULT_REGION_CONFIG, log, acknowledgementSeal: hmacSeal(demo.acknowledgementKey), appAccount: APP_PRINCIPAL_EMAIL });
    const appService = await startAppService({ port: 0, localSiteUrl: demo.site.siteUrl, bundleDir: DEFAULT_BUNDLE_DIR, api, log });
    closers.push(() => appService.close());
    const browser = await launchChromium();
    // Closing the browser closes every context newPage made (one per identity).
    closers.push(() => browser.close());
    return {
      demo,
      appService,
      api,
      browser,
      newPage: async () => {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE' });
        return context.newPage();
      },
      close
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * Opens the workbench as a person would arrive: the identity is chosen through the workbench's API
 * from inside the page (the same call its picker makes, so the browser itself keeps the cookie; the
 * npm Chromium runs single-process, where a cookie set by Playwright's request API for a second
 * context does not reach that context's pages), then the page is loaded with language, theme and
 * web part in its address, and the web part has rendered as that person.
 */
export async function openWorkbench(harness: E2eHarness, page: Page, visit: WorkbenchVisit): Promise<void> {
  if (!page.url().startsWith(harness.appService.url)) await page.goto(`${harness.appService.url}${WORKBENCH_API.session}`);
  const chosen = await page.evaluate(
    async ({ path, email }) => {
      const response = await fetch(path, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email }) });
      return { ok: response.ok, status: response.status, text: await response.text() };
    },
    { path: WORKBENCH_API.identity, email: visit.as }
  );
  if (!chosen.ok) throw new Error(`Choosing ${visit.as} failed: ${chosen.status} ${chosen.text}`);
  await page.goto(`${harness.appService.url}/workbench/${workbenchSearch({ part: visit.part, lang: visit.lang, theme: visit.theme, register: visit.register })}`);
  await page.locator(`[data-web-part="${visit.part}"] h2`).waitFor();
  await page.getByTestId('signed-in-person').filter({ hasText: visit.as }).waitFor();
}
