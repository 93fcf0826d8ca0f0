import type { Page } from 'playwright-core';
import { DEMO_PERSONAS } from '../../src/demo/demo-personas';
import { seriousAccessibilityViolations } from './harness/accessibility';
import { openWorkbench, startE2eHarness, type E2eHarness } from './harness/e2e-harness';
import { saveScreenshot } from './harness/screenshots';

const PART = 'configuration-summary';
const COORDINATOR = DEMO_PERSONAS.registryCoordinator.email;
const DSO = DEMO_PERSONAS.dataProtectionOfficer.email;
const HEADINGS = { sv: 'Regionens inställningar', en: 'Region settings' } as const;

describe('the workbench mounts the configuration summary as its SPFx shell does (R-ORG-MULTI, WCAG 2.1 AA)', () => {
  let harness: E2eHarness;
  let page: Page;

  beforeAll(async () => {
    harness = await startE2eHarness();
    page = await harness.newPage();
  });

  afterAll(async () => {
    await harness?.close();
  });

  for (const lang of ['sv', 'en'] as const) {
    for (const theme of ['light', 'dark', 'high-contrast'] as const) {
      test(`${lang}, ${theme}: the page is in ${lang}, has no serious or critical axe finding, and is photographed`, async () => {
        await openWorkbench(harness, page, { as: COORDINATOR, lang, theme, part: PART });
        expect(await page.locator('html').getAttribute('lang')).toBe(lang);
        expect(await page.locator(`[data-web-part="${PART}"] h2`).textContent()).toBe(HEADINGS[lang]);
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
        await saveScreenshot(page, `${PART}-${lang}-${theme}`);
      });
    }
  }

  test('the themes differ as Teams\' do: the page background follows the chosen theme', async () => {
    const background = async (theme: 'light' | 'dark' | 'high-contrast'): Promise<string> => {
      await openWorkbench(harness, page, { as: COORDINATOR, lang: 'sv', theme, part: PART });
      return page.locator(`[data-web-part="${PART}"] .fui-FluentProvider`).evaluate((element) => getComputedStyle(element).backgroundColor);
    };
    const colours = [await background('light'), await background('dark'), await background('high-contrast')];
    expect(new Set(colours).size).toBe(3);
  });

  test('the keyboard alone reaches every setting, and choosing another identity changes who SharePoint sees — with no token in the browser', async () => {
    await openWorkbench(harness, page, { as: COORDINATOR, lang: 'en', theme: 'light', part: PART });
    const sharePointRequests: Array<{ url: string; authorization: string | undefined }> = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/sites/tillit/')) sharePointRequests.push({ url: request.url(), authorization: request.headers().authorization });
    });

    const reached: string[] = [];
    for (let press = 0; press < 4; press += 1) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName ?? ''));
    }
    expect(reached).toEqual(['workbench-part', 'workbench-identity', 'workbench-language', 'workbench-theme']);

    await page.getByTestId('workbench-identity').focus();
    await page.keyboard.press('ArrowDown');
    await page.getByTestId('signed-in-person').filter({ hasText: DSO }).waitFor();
    expect(await page.getByTestId('workbench-identity').inputValue()).toBe(DSO);
    expect(sharePointRequests.length).toBeGreaterThan(0);
    expect(sharePointRequests.filter((request) => request.authorization !== undefined)).toEqual([]);

    await page.getByTestId('workbench-language').focus();
    await page.keyboard.press('ArrowUp');
    await page.locator(`[data-web-part="${PART}"] h2`).filter({ hasText: HEADINGS.sv }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('sv');
  });
});
