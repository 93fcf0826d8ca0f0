import type { Locator, Page } from 'playwright-core';
import { DEMO_PERSONAS } from '../../src/demo/demo-personas';
import { isoDate } from '../../src/domain/shared/calendar';
import { SITE_ADMIN_EMAIL } from '../../src/local-sharepoint/local-site-defaults';
import { registerRepositories, type RegisterRepositories } from '../../src/sharepoint/repositories/register-repositories';
import { connectToSite, localToken } from '../../src/sharepoint/sp-factory';
import { seriousAccessibilityViolations } from './harness/accessibility';
import { openWorkbench, startE2eHarness, type E2eHarness } from './harness/e2e-harness';
import { saveScreenshot } from './harness/screenshots';

const PART = 'register';
const COORDINATOR = DEMO_PERSONAS.registryCoordinator.email;
const EMPLOYEE = DEMO_PERSONAS.employee.email;
/** Twice SharePoint's list view threshold of 5,000 (issue 7): an unindexed query or sort would fail. */
const LARGE_REGISTER = 10_000;
const PRIORITIES = ['normal', 'prioritised', 'business-critical'] as const;

describe('the Register web part over a 10,000-item register (issue 7; R-SEC-1, R-SEC-2, WCAG 2.1 AA)', () => {
  let harness: E2eHarness;
  let page: Page;
  let admin: RegisterRepositories;

  beforeAll(async () => {
    harness = await startE2eHarness();
    admin = registerRepositories(connectToSite({ siteUrl: harness.demo.site.siteUrl, token: localToken(SITE_ADMIN_EMAIL) }), '/sites/tillit');
    const existing = (await admin.assets.readAll()).valid;
    const started = Date.now();
    const assets = Array.from({ length: LARGE_REGISTER - existing.length }, (_, index) => ({
      ...existing[index % existing.length],
      id: 'new',
      name: `Massregister ${String(index).padStart(5, '0')}`,
      priority: PRIORITIES[index % 3],
      nextReviewOn: isoDate(`2027-${String((index % 12) + 1).padStart(2, '0')}-15`)
    }));
    await admin.assets.addMany(assets);
    process.stderr.write(`Wrote ${assets.length} assets through the repositories in ${Date.now() - started} ms (noisy: shared CPU)\n`);
    page = await harness.newPage();
  }, 600_000);

  afterAll(async () => {
    await harness?.close();
  });

  const grid = (target: Page = page): Locator => target.locator(`[data-web-part="${PART}"] [data-testid="register-grid"]`);
  const rows = (target: Page = page): Locator => grid(target).locator('tbody tr');
  const firstIds = async (target: Page = page): Promise<string[]> => rows(target).evaluateAll((elements) => elements.map((element) => element.getAttribute('data-item-id') ?? ''));
  const loaded = async (target: Page = page): Promise<void> => {
    await grid(target).waitFor();
    await target.getByTestId('register-count').waitFor();
  };

  test('pages, sorts and filters without the list view threshold error, and searches within a view', async () => {
    await openWorkbench(harness, page, { as: COORDINATOR, lang: 'en', theme: 'light', part: PART });
    await loaded();
    expect(await admin.assets.readRaw().then((items) => items.length)).toBeGreaterThanOrEqual(LARGE_REGISTER);
    expect(await rows().count()).toBe(50);
    const firstPage = await firstIds();

    await page.getByTestId('register-next').click();
    await page.getByTestId('register-page-number').filter({ hasText: 'Page 2' }).waitFor();
    await loaded();
    const secondPage = await firstIds();
    expect(secondPage).toHaveLength(50);
    expect(secondPage.filter((id) => firstPage.includes(id))).toEqual([]);
    await page.getByTestId('register-previous').click();
    await page.getByTestId('register-page-number').filter({ hasText: 'Page 1' }).waitFor();
    await loaded();
    expect(await firstIds()).toEqual(firstPage);

    await grid().locator('th[data-sort-field="NextReviewOn"]').getByRole('button').click();
    await grid().locator('th[aria-sort="ascending"][data-sort-field="NextReviewOn"]').waitFor();
    await loaded();
    const dates = await rows().evaluateAll((elements) => elements.map((element) => element.children[3]?.textContent ?? ''));
    expect(dates).toEqual([...dates].sort());
    expect(await page.getByTestId('register-error').count()).toBe(0);

    await page.getByTestId('register-view').selectOption('business-critical');
    await page.getByTestId('register-search').fill('Massregister 0000');
    await page.getByTestId('register-search-button').click();
    await rows().filter({ hasText: 'Massregister 00008' }).waitFor();
    await loaded();
    const found = await rows().evaluateAll((elements) => elements.map((element) => [element.children[0]?.textContent ?? '', element.children[2]?.textContent ?? '']));
    expect(found.length).toBeGreaterThan(0);
    expect(found.every(([name, priority]) => name.includes('Massregister 0000') && priority === 'Business-critical')).toBe(true);
    expect(await page.getByTestId('register-error').count()).toBe(0);
  }, 120_000);

  for (const lang of ['sv', 'en'] as const) {
    for (const theme of ['light', 'dark', 'high-contrast'] as const) {
      test(`${lang}, ${theme}: the grid and the form have no serious or critical axe finding, and are photographed`, async () => {
        await openWorkbench(harness, page, { as: COORDINATOR, lang, theme, part: PART });
        await loaded();
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
        await saveScreenshot(page, `${PART}-${lang}-${theme}`);
        await rows().first().getByTestId('register-open').click();
        await page.getByTestId('register-form').waitFor();
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
        if (theme === 'light') await saveScreenshot(page, `${PART}-form-${lang}-${theme}`);
        await page.getByTestId('register-close').click();
      }, 120_000);
    }
  }

  test('the keyboard alone reaches the grid, opens an item and reaches its fields', async () => {
    await openWorkbench(harness, page, { as: COORDINATOR, lang: 'sv', theme: 'light', part: PART });
    await loaded();
    const reached: string[] = [];
    for (let press = 0; press < 30 && !reached.includes('register-open'); press += 1) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName ?? ''));
    }
    expect(reached).toEqual(expect.arrayContaining(['register-view', 'register-search', 'register-open']));
    await page.keyboard.press('Enter');
    await page.getByTestId('register-form').waitFor();
    // The dialog puts the focus in its first field; Tab goes on through the others.
    const inForm: string[] = [await page.evaluate(() => document.activeElement?.getAttribute('data-field') ?? '')];
    for (let press = 0; press < 3; press += 1) {
      await page.keyboard.press('Tab');
      inForm.push(await page.evaluate(() => document.activeElement?.getAttribute('data-field') ?? document.activeElement?.getAttribute('data-testid') ?? ''));
    }
    expect(inForm).toEqual(expect.arrayContaining(['name', 'description']));
    await page.keyboard.press('Escape');
    await page.getByTestId('register-form').waitFor({ state: 'detached' });
  }, 60_000);

  test('two windows edit the same item: the second sees the other version beside hers and merges field by field (R-SEC-2)', async () => {
    const first = page;
    const second = await harness.newPage();
    for (const window of [first, second]) {
      await openWorkbench(harness, window, { as: COORDINATOR, lang: 'en', theme: 'light', part: PART });
      await loaded(window);
      await rows(window).first().getByTestId('register-open').click();
      await window.getByTestId('register-form').waitFor();
    }
    const id = await rows(first).first().getAttribute('data-item-id');
    const before = await admin.assets.get(String(id));

    await first.locator('[data-field="description"]').fill('Beskrivning från fönster ett');
    await first.getByTestId('register-save').click();
    await first.getByTestId('register-form').waitFor({ state: 'detached' });

    await second.locator('[data-field="name"]').fill(`${before.record.name} (omdöpt)`);
    await second.locator('[data-field="description"]').fill('Beskrivning från fönster två');
    await second.getByTestId('register-save').click();
    const conflict = second.getByTestId('register-conflict');
    await conflict.waitFor();
    expect(await conflict.locator('[data-conflict-field]').evaluateAll((elements) => elements.map((element) => element.getAttribute('data-conflict-field')))).toEqual(['name', 'description']);
    expect(await conflict.locator('[data-conflict-field="description"] [data-version="theirs"]').textContent()).toBe('Beskrivning från fönster ett');
    await saveScreenshot(second, `${PART}-conflict-en`);
    await conflict.locator('[data-conflict-field="description"]').getByLabel('Theirs').check();
    await second.getByTestId('register-save').click();
    await second.getByTestId('register-form').waitFor({ state: 'detached' });

    const after = await admin.assets.get(String(id));
    expect(after.record.name).toBe(`${before.record.name} (omdöpt)`);
    expect(after.record.description).toBe('Beskrivning från fönster ett');
  }, 90_000);

  test('an employee is not offered edits, and a forged edit from her page is refused by SharePoint (R-SEC-1)', async () => {
    const employeePage = await harness.newPage();
    await openWorkbench(harness, employeePage, { as: EMPLOYEE, lang: 'sv', theme: 'light', part: PART });
    await loaded(employeePage);
    await rows(employeePage).first().getByTestId('register-open').click();
    await employeePage.getByTestId('register-form').waitFor();
    expect(await employeePage.getByTestId('register-save').count()).toBe(0);
    expect(await employeePage.locator('[data-field="name"]').getAttribute('readonly')).not.toBeNull();

    const id = await rows(employeePage).first().getAttribute('data-item-id');
    const status = await employeePage.evaluate(async (itemId) => {
      const response = await fetch(`/sites/tillit/_api/web/getList('/sites/tillit/Lists/Assets')/items(${itemId})`, {
        method: 'POST',
        headers: { accept: 'application/json', 'content-type': 'application/json', 'x-http-method': 'MERGE', 'if-match': '*' },
        body: JSON.stringify({ Title: 'Förfalskad' })
      });
      return response.status;
    }, id);
    expect(status).toBe(403);
    expect((await admin.assets.get(String(id))).record.name).not.toBe('Förfalskad');
  }, 60_000);
});
