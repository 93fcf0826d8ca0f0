import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startAppService, type AppService } from '../../../bot/app-service';
import { DEFAULT_BUNDLE_DIR } from '../../../bot/browser-bundles';
import type { Locale } from '../../../src/domain/shared/localized-text';
import type { TillitTheme } from '../../../src/ui/shell/tillit-provider';
import { WORKBENCH_API } from '../../../src/workbench/workbench-session';
import { workbenchSearch } from '../../../src/workbench/workbench-settings';
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
}

export async function startE2eHarness(): Promise<E2eHarness> {
  const closers: Array<() => Promise<void>> = [];
  const close = async (): Promise<void> => {
    for (const closer of closers.reverse()) await closer();
  };
  try {
    const demo = await startDemoSite();
    closers.push(() => demo.close());
    // The bundles are built once and found current by the later test files (bot/browser-bundles.ts).
    const appService = await startAppService({ port: 0, localSiteUrl: demo.site.siteUrl, bundleDir: DEFAULT_BUNDLE_DIR, log: (line) => process.stderr.write(`${line}\n`) });
    closers.push(() => appService.close());
    const browser = await launchChromium();
    closers.push(() => browser.close());
    const contexts: BrowserContext[] = [];
    closers.push(async () => {
      for (const context of contexts) await context.close();
    });
    return {
      demo,
      appService,
      browser,
      newPage: async () => {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE' });
        contexts.push(context);
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
 * (the same call its picker makes, setting the cookie), then the page is loaded with language,
 * theme and web part in its address, and the web part has rendered.
 */
export async function openWorkbench(harness: E2eHarness, page: Page, visit: WorkbenchVisit): Promise<void> {
  const chosen = await page.request.put(`${harness.appService.url}${WORKBENCH_API.identity}`, { data: { email: visit.as }, headers: { origin: harness.appService.url } });
  if (!chosen.ok()) throw new Error(`Choosing ${visit.as} failed: ${chosen.status()} ${await chosen.text()}`);
  await page.goto(`${harness.appService.url}/workbench/${workbenchSearch({ part: visit.part, lang: visit.lang, theme: visit.theme })}`);
  await page.locator(`[data-web-part="${visit.part}"] h2`).waitFor();
  await page.getByTestId('signed-in-person').filter({ hasText: visit.as }).waitFor();
}
