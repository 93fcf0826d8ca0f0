import type { Locator, Page } from 'playwright-core';
import { DEFAULT_REGION_CONFIG } from '../../src/config/default-region';
import { DEMO_PERSONAS } from '../../src/demo/demo-personas';
import { isCurrentStaff } from '../../src/domain/people/person';
import { roleSlots } from '../../src/domain/roles/role-slots';
import { SITE_ADMIN_EMAIL } from '../../src/local-sharepoint/local-site-defaults';
import { eq } from '../../src/sharepoint/odata-literal';
import { registerRepositories, type RegisterRepositories } from '../../src/sharepoint/repositories/register-repositories';
import { connectToSite, localToken } from '../../src/sharepoint/sp-factory';
import { todayIn } from '../../src/ui/shared/today';
import { seriousAccessibilityViolations } from './harness/accessibility';
import { openWorkbench, startE2eHarness, type E2eHarness } from './harness/e2e-harness';
import { saveScreenshot } from './harness/screenshots';

const PART = 'register';
const COORDINATOR = DEMO_PERSONAS.registryCoordinator.email;
/** The security coordinator keeps the distribution of responsibility: she is in the site's owners group. */
const KEEPER = DEMO_PERSONAS.securityCoordinator.email;
const EMPLOYEE = DEMO_PERSONAS.employee.email;
const config = DEFAULT_REGION_CONFIG;

describe('the roles register: every required role, vacancies shown (issue 7 web part 1; R-ORG, R-SEC-1, R-SEC-2, WCAG 2.1 AA)', () => {
  let harness: E2eHarness;
  let page: Page;
  let admin: RegisterRepositories;

  beforeAll(async () => {
    harness = await startE2eHarness();
    admin = registerRepositories(connectToSite({ siteUrl: harness.demo.site.siteUrl, token: localToken(SITE_ADMIN_EMAIL) }), '/sites/tillit');
    page = await harness.newPage();
  }, 600_000);

  afterAll(async () => {
    await harness?.close();
  });

  const grid = (target: Page = page): Locator => target.locator(`[data-web-part="${PART}"] [data-testid="roles-grid"]`);
  const rows = (target: Page = page): Locator => grid(target).locator('tbody tr');
  const open = async (as: string, lang: 'sv' | 'en', theme: 'light' | 'dark' | 'high-contrast' = 'light', target: Page = page): Promise<void> => {
    await openWorkbench(harness, target, { as, lang, theme, part: PART, register: 'roles' });
    await grid(target).waitFor();
    await target.getByTestId('register-count').waitFor();
  };
  const chooseView = async (key: string): Promise<void> => {
    await page.getByTestId('register-view').selectOption(key);
    await page.getByTestId('register-count').waitFor();
  };

  /** The vacancies worked out here from the lists themselves: slots nobody holds, or held by someone no longer on the roster. */
  async function expectedVacancies(): Promise<number> {
    const today = todayIn(config.timeZone);
    const [units, assignments, staff] = await Promise.all([admin.units.readAll(), admin.roleAssignments.readAll(), admin.staff.readAll()]);
    const current = new Set(staff.valid.filter((person) => isCurrentStaff(person, today)).map((person) => person.email));
    const catalogue = { ...config, roles: config.roles.filter((role) => role.scope.kind !== 'per-system') };
    return roleSlots(catalogue, units.valid, [], assignments.valid, today).filter((slot) => slot.holderEmail === undefined || !current.has(slot.holderEmail)).length;
  }

  test('a coordinator sees every vacancy in red with its reason, in Swedish and in English', async () => {
    const vacancies = await expectedVacancies();
    expect(vacancies).toBeGreaterThan(0);
    for (const [lang, vacant, words] of [
      ['sv', 'Vakant', /Ingen är utsedd|Markerad som vakant|upphörde|finns inte längre|slutade/],
      ['en', 'Vacant', /Nobody has been appointed|Marked as vacant|ended on|no longer on the staff roster|left on/]
    ] as const) {
      await open(COORDINATOR, lang);
      await chooseView('vacant');
      const summary = await page.getByTestId('roles-summary').textContent();
      expect(summary).toContain(`${vacancies}`);
      const shown = await rows().count();
      expect(shown).toBe(Math.min(vacancies, 50));
      expect(await rows().evaluateAll((elements) => elements.every((element) => element.getAttribute('data-vacant') !== null))).toBe(true);
      const first = rows().first();
      expect(await first.locator('[data-tone="danger"]').textContent()).toBe(vacant);
      expect(await first.textContent()).toMatch(words);
      // The role's name is the configured one in the page's language.
      const names = config.roles.map((role) => role.label[lang]);
      expect(names).toContain(await first.getByTestId('roles-open').textContent());
      await saveScreenshot(page, `roles-register-vacant-${lang}`);
    }
  }, 180_000);

  test('views by level, and a holder found by name; the deputy DSO of her administration is there', async () => {
    await open(COORDINATOR, 'en');
    await chooseView('level-forvaltning');
    const deputy = `${DEMO_PERSONAS.deputyDataProtectionOfficer.firstName} ${DEMO_PERSONAS.deputyDataProtectionOfficer.lastName}`;
    await rows().filter({ hasText: deputy }).waitFor();
    const roleNames = await rows().evaluateAll((elements) => elements.map((element) => element.querySelector('[data-testid="roles-open"]')?.textContent ?? ''));
    expect(new Set(roleNames)).toEqual(new Set(['Deputy data protection officer']));
    await chooseView('all');
    await page.getByTestId('register-search').fill('Åkesson');
    await page.getByTestId('register-search-button').click();
    await rows().first().filter({ hasText: COORDINATOR }).waitFor();
    expect(await rows().first().getByTestId('roles-open').textContent()).toBe('Registry coordinator');
  }, 120_000);

  for (const lang of ['sv', 'en'] as const) {
    for (const theme of ['light', 'dark', 'high-contrast'] as const) {
      test(`${lang}, ${theme}: the grid and the form have no serious or critical axe finding`, async () => {
        await open(COORDINATOR, lang, theme);
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
        if (theme === 'light') await saveScreenshot(page, `roles-register-${lang}`);
        await rows().first().getByTestId('roles-open').click();
        await page.getByTestId('roles-form').waitFor();
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
        await page.getByTestId('roles-close').click();
        await page.getByTestId('roles-form').waitFor({ state: 'detached' });
      }, 120_000);
    }
  }

  test('the keyboard alone reaches the views, the search and a slot, and opens it', async () => {
    await open(COORDINATOR, 'sv');
    const reached: string[] = [];
    for (let press = 0; press < 30 && !reached.includes('roles-open'); press += 1) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName ?? ''));
    }
    expect(reached).toEqual(expect.arrayContaining(['register-view', 'register-search', 'roles-open']));
    await page.keyboard.press('Enter');
    await page.getByTestId('roles-form').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('roles-form').waitFor({ state: 'detached' });
  }, 60_000);

  test('an employee and a registry coordinator may not appoint: no save is offered (R-SEC-1)', async () => {
    for (const as of [EMPLOYEE, COORDINATOR]) {
      await open(as, 'en');
      await chooseView('vacant');
      await rows().first().getByTestId('roles-open').click();
      await page.getByTestId('roles-form').waitFor();
      expect(await page.getByTestId('roles-save').count()).toBe(0);
      await page.getByTestId('roles-close').click();
    }
  }, 120_000);

  test('the security coordinator fills a vacancy, and a second window ending the same appointment sees the conflict (R-SEC-2)', async () => {
    await open(KEEPER, 'sv');
    await chooseView('vacant');
    // A slot nobody holds (a departed holder's assignment is ended first, not overwritten).
    const slot = grid().locator('tbody tr[data-vacant="never-filled"], tbody tr[data-vacant="recorded-vacant"]').first();
    const slotId = String(await slot.getAttribute('data-slot-id'));
    await slot.getByTestId('roles-open').click();
    await page.getByTestId('roles-form').waitFor();
    await saveScreenshot(page, 'roles-register-form-sv');
    await page.locator('[data-testid="roles-form"] [data-field="holderEmail"]').fill(EMPLOYEE);
    await page.locator('[data-testid="roles-form"] [data-field="mandateDocumented"]').selectOption('true');
    await page.getByTestId('roles-save').click();
    await page.getByTestId('roles-form').waitFor({ state: 'detached' });
    const [roleKey] = slotId.split('|');
    const written = (await admin.roleAssignments.readAll(eq('Role', roleKey))).valid.filter((assignment) => assignment.holderEmail === EMPLOYEE);
    expect(written).toEqual([expect.objectContaining({ roleKey, mandateDocumented: true })]);

    // The slot has left the vacant view and shows her as its holder.
    await grid().locator(`tbody tr[data-slot-id="${slotId}"]`).waitFor({ state: 'detached' });
    await chooseView('all');

    // Two windows open the now held slot; the first ends the appointment, the second changes the mandate.
    const second = await harness.newPage();
    await open(KEEPER, 'en', 'light', second);
    for (const window of [page, second]) {
      await window.getByTestId('register-search').fill(DEMO_PERSONAS.employee.lastName);
      await window.getByTestId('register-search-button').click();
      const row = grid(window).locator(`tbody tr[data-slot-id="${slotId}"]`);
      await row.filter({ hasText: `${DEMO_PERSONAS.employee.firstName} ${DEMO_PERSONAS.employee.lastName}` }).waitFor();
      expect(await row.getAttribute('data-vacant')).toBeNull();
      await row.getByTestId('roles-open').click();
      await window.getByTestId('roles-form').waitFor();
    }
    await page.locator('[data-testid="roles-form"] [data-field="until"]').fill('2027-06-30');
    await page.getByTestId('roles-save').click();
    await page.getByTestId('roles-form').waitFor({ state: 'detached' });
    await second.locator('[data-testid="roles-form"] [data-field="mandateDocumented"]').selectOption('false');
    await second.getByTestId('roles-save').click();
    const conflict = second.getByTestId('register-conflict');
    await conflict.waitFor();
    expect(await conflict.locator('[data-conflict-field]').evaluateAll((elements) => elements.map((element) => element.getAttribute('data-conflict-field')))).toEqual(['until', 'mandateDocumented']);
    expect(await conflict.locator('[data-conflict-field="until"] [data-version="theirs"]').textContent()).toBe('2027-06-30');
    await saveScreenshot(second, 'roles-register-conflict-en');
    await conflict.locator('[data-conflict-field="until"]').getByLabel('Theirs').check();
    await second.getByTestId('roles-save').click();
    await second.getByTestId('roles-form').waitFor({ state: 'detached' });
    const merged = (await admin.roleAssignments.readAll(eq('Role', roleKey))).valid.find((assignment) => assignment.holderEmail === EMPLOYEE);
    expect(merged).toMatchObject({ until: '2027-06-30', mandateDocumented: false });
    await second.close();
  }, 180_000);
});
