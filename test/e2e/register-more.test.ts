import type { Locator, Page } from 'playwright-core';
import { DEMO_PERSONAS } from '../../src/demo/demo-personas';
import { instant } from '../../src/domain/shared/calendar';
import { SITE_ADMIN_EMAIL } from '../../src/local-sharepoint/local-site-defaults';
import { registerRepositories, type RegisterRepositories } from '../../src/sharepoint/repositories/register-repositories';
import { connectToSite, localToken } from '../../src/sharepoint/sp-factory';
import type { RegisterKey } from '../../src/ui/register/register-definition';
import { seriousAccessibilityViolations } from './harness/accessibility';
import { openWorkbench, startE2eHarness, type E2eHarness } from './harness/e2e-harness';
import { saveScreenshot } from './harness/screenshots';

const PART = 'register';
const COORDINATOR = DEMO_PERSONAS.registryCoordinator.email;
const EMPLOYEE = DEMO_PERSONAS.employee.email;
/** Incidents are read-own by author (R-SEC-1): the employee's own reports, written with her token, are what she sees. */
const EMPLOYEE_REPORTS = [
  { title: 'Lösenord på lapp vid sjuksköterskeexpeditionen', category: 'deviation' },
  { title: 'Journalutdrag skickat till fel mottagare', category: 'personal-data-breach' }
] as const;
const NEW_REGISTERS = ['riskAnalyses', 'incidents', 'actions', 'maturity'] as const;

describe('the Register web part: risk analyses, incidents, the action plan and maturity, and new items (issue 7; R-RSK-1, R-INC, R-ACT, R-MAT, R-SEC-1)', () => {
  let harness: E2eHarness;
  let page: Page;
  let admin: RegisterRepositories;
  const employeeReportIds: string[] = [];

  beforeAll(async () => {
    harness = await startE2eHarness();
    admin = registerRepositories(connectToSite({ siteUrl: harness.demo.site.siteUrl, token: localToken(SITE_ADMIN_EMAIL) }), '/sites/tillit');
    page = await harness.newPage();
    const employee = registerRepositories(connectToSite({ siteUrl: harness.demo.site.siteUrl, token: localToken(EMPLOYEE) }), '/sites/tillit');
    const [unit] = (await admin.units.readAll()).valid;
    const now = new Date();
    for (const [index, report] of EMPLOYEE_REPORTS.entries()) {
      const discoveredAt = instant(new Date(now.getTime() - (index + 1) * 3_600_000).toISOString());
      const added = await employee.incidents.add({ ...report, id: 'new', description: '', status: 'reported', unitId: unit.id, reportedBy: EMPLOYEE, reportedAt: discoveredAt, discoveredAt, systemIds: [] });
      employeeReportIds.push(added.id);
    }
  }, 300_000);

  afterAll(async () => {
    await harness?.close();
  });

  const part = (target: Page): Locator => target.locator(`[data-web-part="${PART}"]`);
  const rows = (target: Page = page): Locator => part(target).locator('[data-testid="register-grid"] tbody tr');
  const loaded = async (target: Page = page): Promise<void> => {
    await part(target).getByTestId('register-grid').waitFor();
    await target.getByTestId('register-count').waitFor();
  };
  const open = async (target: Page, as: string, register: RegisterKey, lang: 'sv' | 'en' = 'en'): Promise<void> => {
    await openWorkbench(harness, target, { as, lang, theme: 'light', part: PART, register });
    await loaded(target);
  };

  for (const register of NEW_REGISTERS) {
    for (const lang of ['sv', 'en'] as const) {
      test(`${register}, ${lang}: rows with status badges, no serious or critical axe finding, photographed`, async () => {
        await open(page, register === 'incidents' ? EMPLOYEE : COORDINATOR, register, lang);
        expect(await part(page).locator(`section[data-register="${register}"]`).count()).toBe(1);
        expect(await rows().count()).toBeGreaterThan(0);
        expect(await page.getByTestId('register-error').count()).toBe(0);
        // Every message key resolved: a missing one would show itself ("register.views.…").
        expect(await part(page).innerText()).not.toMatch(/\b(register|fields|values)\.[a-zA-Z]/);
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
        await saveScreenshot(page, `${PART}-${register}-${lang}`);
        for (const view of await page.getByTestId('register-view').locator('option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value))) {
          await page.getByTestId('register-view').selectOption(view);
          await loaded();
          // Each view's filter starts on an indexed column: SharePoint answers it without an error.
          expect([view, await page.getByTestId('register-error').count()]).toEqual([view, 0]);
        }
      }, 120_000);
    }
  }

  test('a coordinator adds an activity to the action plan with the keyboard and sees it first, once (R-ACT, R-SEC-2)', async () => {
    await open(page, COORDINATOR, 'actions', 'sv');
    const before = (await admin.actions.readAll()).valid.length;
    await page.getByTestId('register-new').focus();
    await page.keyboard.press('Enter');
    const form = page.getByTestId('register-new-form');
    await form.waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, `${PART}-actions-new-sv`);
    // The schema refuses an empty activity, beside the field.
    await form.getByTestId('register-save').click();
    await form.getByText('the activity is required').waitFor();
    await form.locator('[data-field="activity"]').fill('Genomföra mikroutbildning för nya chefer');
    await form.locator('[data-field="responsibleEmail"]').fill(COORDINATOR);
    await form.locator('[data-field="endsOn"]').fill('2027-03-31');
    await form.getByTestId('register-save').click();
    await form.waitFor({ state: 'detached' });
    await page.getByTestId('register-added').waitFor();
    await loaded();
    expect(await rows().first().innerText()).toContain('Genomföra mikroutbildning för nya chefer');
    const after = (await admin.actions.readAll()).valid;
    expect(after).toHaveLength(before + 1);
    expect(after.filter((action) => action.activity === 'Genomföra mikroutbildning för nya chefer')).toEqual([
      expect.objectContaining({ responsibleEmail: COORDINATOR, endsOn: '2027-03-31', status: 'planned', progressPercent: 0 })
    ]);
  }, 120_000);

  test('an employee reports an incident, is its reporter, and sees only the reports she wrote (R-INC, R-SEC-1)', async () => {
    const employeePage = await harness.newPage();
    await open(employeePage, EMPLOYEE, 'incidents', 'sv');
    await employeePage.getByTestId('register-new').click();
    const form = employeePage.getByTestId('register-new-form');
    await form.waitFor();
    await form.locator('[data-field="title"]').fill('Obehörig såg journalskärm i väntrummet');
    await form.locator('[data-field="category"]').selectOption('personal-data-breach');
    const unit = await form.locator('[data-field="unitId"] option').nth(1).getAttribute('value');
    await form.locator('[data-field="unitId"]').selectOption(String(unit));
    await saveScreenshot(employeePage, `${PART}-incidents-new-sv`);
    await form.getByTestId('register-save').click();
    await form.waitFor({ state: 'detached' });
    await employeePage.getByTestId('register-added').waitFor();
    await loaded(employeePage);
    const first = rows(employeePage).first();
    expect(await first.innerText()).toContain('Obehörig såg journalskärm i väntrummet');
    // A new breach: its 72-hour clock runs (R-INC).
    expect(await first.locator('[data-tone]').getAttribute('data-tone')).toBe('warning');

    // Read-own is by author (SharePoint's ReadSecurity 2): the demo writes each incident as its reporter
    // (issue 8), so she sees the demo's reports she wrote, these three and the new one, and nobody else's.
    const shown = await rows(employeePage).evaluateAll((elements) => elements.map((element) => element.getAttribute('data-item-id') ?? ''));
    const all = (await admin.incidents.readAll()).valid;
    const added = all.filter((incident) => incident.title === 'Obehörig såg journalskärm i väntrummet');
    expect(added).toEqual([expect.objectContaining({ reportedBy: EMPLOYEE, status: 'reported', category: 'personal-data-breach', unitId: unit })]);
    expect(all.length).toBeGreaterThan(employeeReportIds.length + 1);
    const seededByHer = all.filter((incident) => incident.reportedBy === EMPLOYEE && !employeeReportIds.includes(incident.id) && incident.id !== added[0].id).map((incident) => incident.id);
    expect([...shown].sort()).toEqual([...employeeReportIds, added[0].id, ...seededByHer].sort());
  }, 120_000);

  test('an employee is not offered a new activity where she may not add (R-SEC-1)', async () => {
    const employeePage = await harness.newPage();
    await open(employeePage, EMPLOYEE, 'actions', 'en');
    expect(await employeePage.getByTestId('register-new').count()).toBe(0);
    await open(page, COORDINATOR, 'actions', 'en');
    expect(await page.getByTestId('register-new').count()).toBe(1);
  }, 60_000);
});
