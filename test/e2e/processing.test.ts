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

/** The data-testid of the element that has focus: which field the keyboard is on. */
async function focusedTestId(page: Page): Promise<string | undefined> {
  return page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? undefined);
}

async function openAs(harness: E2eHarness, page: Page, email: string, lang: 'sv' | 'en' = 'sv', theme: 'light' | 'dark' | 'high-contrast' = 'light'): Promise<void> {
  await openWorkbench(harness, page, { as: email, lang, theme, part: PART });
  await page.getByTestId('processing-scope').waitFor();
}

describe('the record-of-processing web part: each keeps her part of the record (R-ROPA, R-ROPA-1, R-ROPA-2, WCAG 2.1 AA)', () => {
  let harness: E2eHarness;
  let page: Page;
  /** What SharePoint holds, read by the site admin: the coordinator's area's activities and everyone's. */
  let expected: { readonly coordinatorUnits: ReadonlySet<string>; readonly inArea: number; readonly total: number };
  /** The register as the site admin reads it: what SharePoint really holds after the pages saved. */
  let admin: ReturnType<typeof registerRepositories>;

  beforeAll(async () => {
    harness = await startE2eHarness();
    page = await harness.newPage();
    const siteUrl = harness.demo.site.siteUrl;
    admin = registerRepositories(connectToSite({ siteUrl, token: localToken(SITE_ADMIN_EMAIL) }), new URL(siteUrl).pathname.replace(/\/$/, ''));
    const [assignments, units, activities] = await Promise.all([admin.roleAssignments.readAll(), admin.units.readAll(), admin.processing.readAll()]);
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
        // The pointer rests away from the page, so the picture shows no hover state.
        await page.mouse.move(0, 0);
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

  test('the keyboard alone adds an activity: the form takes focus, Tab reaches every field in order, Enter saves (WCAG 2.1.1, 2.4.3)', async () => {
    const name = 'Behandling registrerad med tangentbordet';
    await openAs(harness, page, COORDINATOR);
    await page.getByTestId('processing-list').waitFor();
    await page.getByTestId('add-processing').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('processing-form').waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H3');

    const typed: Readonly<Record<string, string>> = {
      'field-name': name,
      'field-purpose': 'Visa att formuläret går att fylla i utan mus.',
      'field-controller': 'Hälso- och sjukvårdsnämnden',
      'field-data-subjects': 'Patienter',
      'field-personal-data': 'Namn',
      'field-retention': 'Gallras efter ett år.'
    };
    const order = [
      'field-name',
      'field-purpose',
      'field-controller',
      'field-unit',
      'field-legal-basis',
      'field-special-category-basis',
      'field-data-subjects',
      'field-personal-data',
      'field-recipients',
      'field-transfers',
      'field-retention',
      'field-security-measures',
      'field-dpia',
      'field-gap-analysis',
      'field-action-plan',
      'save-processing'
    ];
    const reached: Array<string | undefined> = [];
    for (const testId of order) {
      await page.keyboard.press('Tab');
      reached.push(await focusedTestId(page));
      if (typed[testId]) await page.keyboard.type(typed[testId]);
      // A closed select changes its choice with the arrow keys: the first of her units.
      if (testId === 'field-unit') await page.keyboard.press('ArrowDown');
    }
    expect(reached).toEqual(order);
    await page.keyboard.press('Enter');

    await page.getByTestId('processing-notice').filter({ hasText: name }).waitFor();
    const row = page.getByTestId('processing-row').filter({ hasText: name });
    await row.waitFor();
    expect(expected.coordinatorUnits.has((await row.getAttribute('data-unit')) ?? '')).toBe(true);
    // Closing the form gives focus back to where the work started, not to the top of the page.
    expect(await focusedTestId(page)).toBe('add-processing');
  }, 60_000);

  test('two windows edit the same activity: the second sees the other change beside hers, keeps one field from each, and the stored activity has both (R-SEC-2)', async () => {
    const first = page;
    const second = await harness.newPage();
    await openAs(harness, first, COORDINATOR);
    await first.getByTestId('processing-list').waitFor();
    const id = (await first.getByTestId('processing-row').first().getAttribute('data-activity-id')) ?? '';
    const before = await admin.processing.get(id);
    const otherDpia = before.record.dpia === 'needed' ? 'done' : 'needed';

    // The coordinator and the DSO, who sees the whole record, open the same activity.
    await openAs(harness, second, DSO);
    for (const window of [first, second]) {
      await window.locator(`[data-testid="processing-row"][data-activity-id="${id}"]`).getByTestId('edit-processing').click();
      await window.getByTestId('processing-form').waitFor();
    }

    await first.getByTestId('field-purpose').fill('Syfte från fönster ett.');
    await first.getByTestId('save-processing').click();
    await first.getByTestId('processing-notice').waitFor();
    await first.getByTestId('processing-form').waitFor({ state: 'detached' });

    await second.getByTestId('field-purpose').fill('Syfte från fönster två.');
    await second.getByTestId('field-retention').fill('Gallring från fönster två.');
    await second.getByTestId('field-dpia').selectOption(otherDpia);
    await second.getByTestId('save-processing').click();
    const conflict = second.getByTestId('processing-conflict');
    await conflict.waitFor();
    expect(await conflict.locator('[data-conflict-field]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-conflict-field')))).toEqual(['purpose', 'retention', 'dpia']);
    expect(await conflict.locator('[data-conflict-field="purpose"] [data-version="theirs"]').textContent()).toBe('Syfte från fönster ett.');
    // Stored codes are shown as people read them.
    expect(await conflict.locator('[data-conflict-field="dpia"] [data-version="mine"]').textContent()).toBe(otherDpia === 'needed' ? 'Behövs' : 'Genomförd');
    // Nothing was written by the refused save.
    expect((await admin.processing.get(id)).record.retention).toBe(before.record.retention);
    await second.mouse.move(0, 0);
    await saveScreenshot(second, `${PART}-conflict-sv`);

    await conflict.locator('[data-conflict-field="purpose"]').getByLabel('Deras').check();
    await second.getByTestId('save-processing').click();
    await second.getByTestId('processing-notice').waitFor();
    await second.getByTestId('processing-form').waitFor({ state: 'detached' });

    const after = await admin.processing.get(id);
    expect(after.record.purpose).toBe('Syfte från fönster ett.');
    expect(after.record.retention).toBe('Gallring från fönster två.');
    expect(after.record.dpia).toBe(otherDpia);
    expect(after.record.name).toBe(before.record.name);
    await second.close();
  }, 90_000);
});
