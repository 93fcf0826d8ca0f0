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
        // The pointer rests away from the page, so the picture shows no hover state.
        await page.mouse.move(0, 0);
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

  test('two windows classify the same object at once: both classifications are kept, the later is in force, and its saver is told of the other (R-CLS, R-SEC-2)', async () => {
    const first = page;
    const second = await harness.newPage();
    await openAsOwner(harness, first, 'sv', 'light');
    const target = (await first.getByTestId('classification-duty').last().getAttribute('data-target')) ?? '';
    await openAsOwner(harness, second, 'sv', 'light');
    for (const window of [first, second]) {
      await window.locator(`[data-testid="classification-duty"][data-target="${target}"]`).getByTestId('classify').click();
      await window.getByTestId('classification-history').waitFor();
    }
    const historyBefore = await second.getByTestId('classification-history').locator('tbody tr').count();

    const classify = async (window: Page, level: number, comment: string): Promise<void> => {
      for (const goal of GOALS) await window.getByTestId(`level-${goal}`).locator(`input[value="${level}"]`).check();
      await window.getByRole('textbox', { name: 'Kommentar' }).fill(comment);
      await window.getByTestId('save-classification').click();
      await window.getByTestId('classification-notice').waitFor();
    };
    await classify(first, 1, 'Bedömning i fönster ett.');
    expect(await first.getByTestId('classification-notice').getAttribute('data-intent')).toBe('success');
    // The second window opened before the first saved: its save adds beside it, and it says so.
    await classify(second, 3, 'Bedömning i fönster två.');
    const notice = second.getByTestId('classification-notice');
    expect(await notice.getAttribute('data-intent')).toBe('warning');
    expect(await notice.textContent()).toContain(OWNER);
    await second.mouse.move(0, 0);
    await saveScreenshot(second, `${PART}-sv-classified-meanwhile`);

    // Read afresh from SharePoint: both are in the history, the later one (window two) in force.
    await openAsOwner(harness, first, 'sv', 'light');
    await first.locator(`[data-testid="classification-duty"][data-target="${target}"]`).getByTestId('classify').click();
    const history = first.getByTestId('classification-history').locator('tbody tr');
    await history.nth(historyBefore + 1).waitFor();
    expect(await history.count()).toBe(historyBefore + 2);
    expect(await history.nth(0).textContent()).toContain('Bedömning i fönster två.');
    expect(await history.nth(0).textContent()).toContain('(gäller)');
    expect(await history.nth(1).textContent()).toContain('Bedömning i fönster ett.');
    expect(await first.locator(`[data-testid="classification-duty"][data-target="${target}"] [data-testid="classification-state"]`).getAttribute('data-state')).toBe('current');
    await second.close();
  }, 90_000);
});
