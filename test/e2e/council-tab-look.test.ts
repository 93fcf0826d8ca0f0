import type { Page } from 'playwright-core';
import { COUNCIL_DASHBOARD_PATH } from '../../src/contracts/council-dashboard';
import { councilDashboardFixture } from '../ui/council/council-dashboard-fixture';
import { seriousAccessibilityViolations } from './harness/accessibility';
import { startE2eHarness, type E2eHarness } from './harness/e2e-harness';
import { saveScreenshot } from './harness/screenshots';

describe('the council tab against the contract\'s fixture (layout, themes, axe)', () => {
  let harness: E2eHarness;
  let page: Page;

  beforeAll(async () => {
    harness = await startE2eHarness();
    page = await harness.newPage();
    await page.route(`**/api${COUNCIL_DASHBOARD_PATH}*`, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(councilDashboardFixture()) }));
  });

  afterAll(async () => {
    await harness?.close();
  });

  for (const lang of ['sv', 'en'] as const) {
    for (const theme of ['light', 'dark', 'high-contrast'] as const) {
      test(`${lang}, ${theme}`, async () => {
        await page.goto(`${harness.appService.url}/tab/?lang=${lang}&theme=${theme}`);
        await page.getByTestId('kpi').first().waitFor();
        await page.waitForTimeout(500);
        await saveScreenshot(page, `look-council-${lang}-${theme}`);
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
      });
    }
  }
});
