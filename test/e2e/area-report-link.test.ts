import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { areaReportLink, areaReportSubPageId } from '../../src/contracts/area-report-link';
import { DEFAULT_REGION_CONFIG } from '../../src/config/default-region';
import { instantOf, localDateOf, yearOf } from '../../src/domain/shared/calendar';
import type { OrgUnit } from '../../src/domain/organisation/org-unit';
import { docxParts, documentText } from '../reports/docx-parts';
import { seriousAccessibilityViolations } from './harness/accessibility';
import { startE2eHarness, type E2eHarness } from './harness/e2e-harness';
import { saveScreenshot } from './harness/screenshots';

/*
 * The area follow-up card's link (issue 10; R-REP, the action plan's section 4): the card opens the
 * personal tab (locally the app service's /tab/my-tasks?areaReport=…), which offers the area's report
 * and downloads it with the tab's own connection; a bad link says so and fetches nothing.
 */
describe('the personal tab opened from the area follow-up card (R-REP)', () => {
  let harness: E2eHarness;
  let page: Page;
  let area: OrgUnit;
  let year: number;

  beforeAll(async () => {
    harness = await startE2eHarness();
    page = await harness.newPage();
    const units = (await harness.api.registers.units.readAll()).valid;
    area = units.filter((unit) => unit.level === 'omrade').sort((a, b) => a.id.localeCompare(b.id))[0];
    year = yearOf(localDateOf(instantOf(new Date()), DEFAULT_REGION_CONFIG.timeZone));
  });

  afterAll(async () => {
    await harness?.close();
  });

  for (const lang of ['sv', 'en'] as const) {
    test(`${lang}: the card's link opens the tab with the area's report to download; the .docx is that area's follow-up`, async () => {
      const link = new URL(areaReportLink({ kind: 'app-service', baseUrl: harness.appService.url }, { year, period: 'tertial-2', unit: area.id }));
      link.searchParams.set('lang', lang);
      await page.goto(link.toString());
      const offer = page.getByTestId('area-report-offer');
      await offer.waitFor();
      expect(await offer.textContent()).toContain(lang === 'sv' ? `Tertial 2 ${year} (maj–augusti)` : `Tertial 2 ${year} (May–August)`);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await saveScreenshot(page, `area-report-offer-${lang}`);
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByTestId('area-report-download').click()]);
      expect(download.suggestedFilename()).toMatch(/\.docx$/);
      const path = await download.path();
      const text = documentText(docxParts(new Uint8Array(await readFile(path))).get('word/document.xml') ?? '');
      // The area's own follow-up (its name in the title), in the tab's language.
      expect(text.includes(`Uppföljning av informationssäkerhet för ${area.name}`)).toBe(lang === 'sv');
      expect(text).toContain(area.name);
      await page.getByTestId('area-report-done').waitFor();
    }, 180_000);
  }

  test('a bad link says so and offers nothing to download', async () => {
    const requests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/council/report')) requests.push(request.url());
    });
    for (const bad of ['area-report:1999:tertial-1:x', 'area-report:2026:quarter-1:x', 'something-else']) {
      await page.goto(`${harness.appService.url}/tab/my-tasks?areaReport=${encodeURIComponent(bad)}`);
      const notice = page.getByTestId('area-report-bad-link');
      await notice.waitFor();
      expect(await notice.textContent()).toContain('Länken till områdets uppföljning är felaktig');
      expect(await notice.getAttribute('data-problem')).not.toBe('');
      expect(await page.getByTestId('area-report-download').count()).toBe(0);
    }
    expect(requests).toEqual([]);
    await saveScreenshot(page, 'area-report-bad-link-sv');
  }, 120_000);

  test('opened as itself, the personal tab offers no report', async () => {
    await page.goto(`${harness.appService.url}/tab/my-tasks`);
    await page.locator('h2').first().waitFor();
    expect(await page.getByTestId('area-report-offer').count()).toBe(0);
    expect(areaReportSubPageId({ year, period: 'tertial-2', unit: area.id })).toContain(area.id);
  }, 120_000);
});
