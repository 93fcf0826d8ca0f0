import type { Page } from 'playwright-core';
import { DEFAULT_REGION_CONFIG } from '../../src/config/default-region';
import { DEMO_PERSONAS } from '../../src/demo/demo-personas';
import { processingScopeOf } from '../../src/domain/processing/processing-scope';
import { SITE_ADMIN_EMAIL } from '../../src/local-sharepoint/local-site-defaults';
import { registerRepositories } from '../../src/sharepoint/repositories/register-repositories';
import { connectToSite, localToken } from '../../src/sharepoint/sp-factory';
import { seriousAccessibilityViolations } from './harness/accessibility';
import { E2E_AS_OF } from './harness/demo-site';
import { openWorkbench, startE2eHarness, type E2eHarness } from './harness/e2e-harness';
import { saveScreenshot } from './harness/screenshots';

const PART = 'processing';
const COORDINATOR = DEMO_PERSONAS.registryCoordinator.email;
const DSO = DEMO_PERSONAS.dataProtectionOfficer.email;

async function openAs(harness: E2eHarness, page: Page, email: string, lang: 'sv' | 'en' = 'sv', theme: 'light' | 'dark' | 'high-contrast' = 'light'): Promise<void> {
  await openWorkbench(harness, page, { as: email, lang, theme, part: PART });
  await page.getByTestId('processing-scope').waitFor();
}

describe('the record-of-processing web part: each keeps her part of the record (R-ROPA, R-ROPA-1, R-ROPA-2, WCAG 2.1 AA)', () => {
  let harness: E2eHarness;
  let page: Page;
  /** What SharePoint holds, read by the site admin: the coordinator's area's activities and everyone's. */
  let expected: { readonly coordinatorUnits: ReadonlySet<string>; readonly inArea: number; readonly total: number };

  beforeAll(async () => {
    harness = await startE2eHarness();
    page = await harness.newPage();
    const siteUrl = harness.demo.site.siteUrl;
    const registers = registerRepositories(connectToSite({ siteUrl, token: localToken(SITE_ADMIN_EMAIL) }), new URL(siteUrl).pathname.replace(/\/$/, ''));
    const [assignments, units, activities] = await Promise.all([registers.roleAssignments.readAll(), registers.units.readAll(), registers.processing.readAll()]);
    const scope = processingScopeOf(COORDINATOR, assignments.valid, units.valid, E2E_AS_OF, DEFAULT_REGION_CONFIG.roleDuties);
    if (scope.kind !== 'units') throw new Error(`The demo's registry coordinator should keep an area, not ${scope.kind}`);
    const coordinatorUnits = new Set(scope.unitIds);
    expected = { coordinatorUnits, inArea: activities.valid.filter((activity) => coordinatorUnits.has(activity.unitId)).length, total: activities.valid.length };
  });

  afterAll(async () => {
    await harness?.close();
  });

  for (const lang of ['sv', 'en'] as const) {
    for (const theme of ['light', 'dark', 'high-contrast'] as const) {
      test(`${lang}, ${theme}: the list and the form have no serious or critical axe finding, and are photographed`, async () => {
        await openAs(harness, page, COORDINATOR, lang, theme);
        await page.getByTestId('processing-list').waitFor();
        await page.getByTestId('add-processing').click();
        await page.getByTestId('save-processing').click();
        await page.getByTestId('processing-form-errors').waitFor();
        expect(await page.locator('html').getAttribute('lang')).toBe(lang);
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
        await saveScreenshot(page, `${PART}-${lang}-${theme}`);
      });
    }
  }

  test('the coordinator sees her area\'s activities and no other area\'s; the DSO sees the whole record', async () => {
    expect(expected.inArea).toBeGreaterThan(0);
    expect(expected.total).toBeGreaterThan(expected.inArea);
    await openAs(harness, page, COORDINATOR);
    await page.getByTestId('processing-list').waitFor();
    const units = await page.getByTestId('processing-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-unit') ?? ''));
    expect(units.length).toBe(expected.inArea);
    expect(units.filter((unit) => !expected.coordinatorUnits.has(unit))).toEqual([]);

    await openAs(harness, page, DSO);
    await page.getByTestId('processing-list').waitFor();
    expect(await page.getByTestId('processing-row').count()).toBe(expected.total);
  });

  test('the coordinator adds an activity in her area, the schema\'s errors show per field, and she edits it', async () => {
    await openAs(harness, page, COORDINATOR);
    await page.getByTestId('processing-list').waitFor();
    await page.getByTestId('add-processing').click();
    await page.getByTestId('field-name').fill('Väntelista för återbesök');
    await page.getByTestId('field-transfers').fill('USA');
    await page.getByTestId('save-processing').click();
    await page.getByTestId('processing-form-errors').waitFor();
    expect(await page.getByTestId('field-purpose').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId('field-transfers').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId('field-name').getAttribute('aria-invalid')).not.toBe('true');

    await page.getByTestId('field-purpose').fill('Kalla patienter till återbesök i tid.');
    await page.getByTestId('field-controller').fill('Hälso- och sjukvårdsnämnden');
    const unitOptions = await page.getByTestId('field-unit').locator('option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value).filter((value) => value !== ''));
    expect(unitOptions.filter((unit) => !expected.coordinatorUnits.has(unit))).toEqual([]);
    await page.getByTestId('field-unit').selectOption(unitOptions[0]);
    await page.getByTestId('field-data-subjects').fill('Patienter');
    await page.getByTestId('field-personal-data').fill('Namn\nPersonnummer\nHälsouppgifter');
    await page.getByTestId('field-transfers').fill('');
    await page.getByTestId('field-retention').fill('Gallras två år efter sista besöket.');
    await page.getByTestId('save-processing').click();
    await page.getByTestId('processing-notice').filter({ hasText: 'Väntelista för återbesök' }).waitFor();
    const row = page.getByTestId('processing-row').filter({ hasText: 'Väntelista för återbesök' });
    await row.waitFor();
    expect(await row.count()).toBe(1);
    expect(expected.coordinatorUnits.has((await row.getAttribute('data-unit')) ?? '')).toBe(true);

    await row.getByTestId('edit-processing').click();
    await page.getByTestId('field-dpia').selectOption('needed');
    await page.getByTestId('save-processing').click();
    await page.getByTestId('processing-notice').waitFor();
    await row.filter({ hasText: /Behövs(?! inte)/ }).waitFor();
    expect(await page.getByTestId('processing-row').count()).toBe(expected.inArea + 1);
  });
});
