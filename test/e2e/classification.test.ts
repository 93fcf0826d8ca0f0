import type { Page } from 'playwright-core';
import { DEMO_PERSONAS } from '../../src/demo/demo-personas';
import { seriousAccessibilityViolations } from './harness/accessibility';
import { openWorkbench, startE2eHarness, type E2eHarness } from './harness/e2e-harness';
import { saveScreenshot } from './harness/screenshots';

const PART = 'classification';
const OWNER = DEMO_PERSONAS.informationOwner.email;
const GOALS = ['confidentiality', 'integrity', 'availability', 'traceability'] as const;

async function openAsOwner(harness: E2eHarness, page: Page, lang: 'sv' | 'en', theme: 'light' | 'dark' | 'high-contrast'): Promise<void> {
  await openWorkbench(harness, page, { as: OWNER, lang, theme, part: PART });
  await page.getByTestId('classification-duties').waitFor();
}

describe('the classification web part: an information owner classifies what she owns (R-CLS, R-CLS-2, R-CLS-3, WCAG 2.1 AA)', () => {
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
      test(`${lang}, ${theme}: the owner's objects with the form open have no serious or critical axe finding, and are photographed`, async () => {
        await openAsOwner(harness, page, lang, theme);
        await page.getByTestId('classify').first().click();
        await page.getByTestId('classification-history').waitFor();
        expect(await page.locator('html').getAttribute('lang')).toBe(lang);
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
        await saveScreenshot(page, `${PART}-${lang}-${theme}`);
      });
    }
  }

  test('the keyboard alone classifies an overdue asset: the consequence descriptions and required measures show, the overdue state goes, and the old classification stays as history', async () => {
    await openAsOwner(harness, page, 'sv', 'light');
    const overdue = page.locator('[data-testid="classification-duty"]').filter({ has: page.locator('[data-state="overdue"]') }).first();
    const target = await overdue.getAttribute('data-target');
    expect(target).toMatch(/^asset:\d+$/);
    const row = page.locator(`[data-testid="classification-duty"][data-target="${target ?? ''}"]`);
    const historyBefore = await (async () => {
      await row.getByTestId('classify').click();
      return page.getByTestId('classification-history').locator('tbody tr').count();
    })();
    expect(historyBefore).toBeGreaterThan(0);
    await page.reload();
    await page.getByTestId('classification-duties').waitFor();

    // From here on only keys: the row's button is reached by focus, the rest by Tab, arrows and Enter.
    await row.getByTestId('classify').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('classification-selected').waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H3');
    for (const goal of GOALS) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('[role="radiogroup"]')?.getAttribute('data-testid'))).toBe(`level-${goal}`);
      await page.keyboard.press('ArrowDown');
    }
    for (const goal of GOALS) expect(await page.getByTestId(`level-${goal}`).locator('input:checked').count()).toBe(1);
    expect(await page.getByTestId('level-confidentiality').textContent()).toContain('Allvarlig skada');
    expect(await page.getByTestId('required-measures').locator('li').count()).toBeGreaterThan(0);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Omklassad efter genomgång med verksamheten.');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('save-classification');
    await page.keyboard.press('Enter');

    await page.getByTestId('classification-notice').waitFor();
    await row.locator('[data-state="current"]').waitFor();
    expect(await page.getByTestId('classification-history').locator('tbody tr').count()).toBe(historyBefore + 1);
    expect(await page.getByTestId('classification-history').locator('tbody tr').first().textContent()).toContain(OWNER);
    await saveScreenshot(page, `${PART}-sv-saved`);
  });
});
