import type { Page } from 'playwright-core';
import { DEFAULT_REGION_CONFIG } from '../../src/config/default-region';
import { incidentViewSchema } from '../../src/contracts/incidents';
import { DEMO_PERSONAS } from '../../src/demo/demo-personas';
import { incidentDirectory } from '../../src/domain/incidents/incident-deciders';
import { incidentDuties } from '../../src/domain/nudges/incident-duties';
import { unitChiefs } from '../../src/domain/organisation/unit-chiefs';
import { roleSlots } from '../../src/domain/roles/role-slots';
import { addHoursTo, instantOf, localDateOf } from '../../src/domain/shared/calendar';
import { SITE_ADMIN_EMAIL } from '../../src/local-sharepoint/local-site-defaults';
import { registerRepositories, type RegisterRepositories } from '../../src/sharepoint/repositories/register-repositories';
import { connectToSite, localToken } from '../../src/sharepoint/sp-factory';
import { seriousAccessibilityViolations } from './harness/accessibility';
import { openWorkbench, startE2eHarness, type E2eHarness } from './harness/e2e-harness';
import { saveScreenshot } from './harness/screenshots';

/*
 * Web part 3, "Rapportera en händelse" (R-INC, R-SEC-1, R-SEC-2): an employee reports with her own
 * identity and sees only her own reports; the unit chief and the DSO owe the assessment with the
 * 72-hour clock from discovery; only they may assess, through the app service.
 */
const PART = 'report-incident';
const EMPLOYEE = DEMO_PERSONAS.employee.email;
const COLLEAGUE = DEMO_PERSONAS.registryCoordinator.email;
// Område Akutsjukvård's chief, and a workbench identity: Anna reports for that unit below.
const CHIEF = DEMO_PERSONAS.informationOwner.email;
const DSO = DEMO_PERSONAS.dataProtectionOfficer.email;
const UNIT = 'Område Akutsjukvård';
const TITLE = 'Lista med patienter låg kvar i skrivaren';

interface Answer {
  readonly status: number;
  readonly body: string;
}

/** A request from inside the page, as the web part makes it: same origin, the workbench's identity cookie. */
function fromPage(page: Page, path: string, body?: unknown): Promise<Answer> {
  return page.evaluate(
    async ({ url, payload }) => {
      const response = await fetch(url, {
        method: payload === undefined ? 'GET' : 'POST',
        headers: payload === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
        body: payload === undefined ? undefined : JSON.stringify(payload)
      });
      return { status: response.status, body: await response.text() };
    },
    { url: path, payload: body }
  );
}

describe('Report an incident: an employee reports, the unit chief and the DSO assess (R-INC, R-SEC-1, R-SEC-2, WCAG 2.1 AA)', () => {
  let harness: E2eHarness;
  let page: Page;
  let admin: RegisterRepositories;
  let reportedId: string;

  beforeAll(async () => {
    harness = await startE2eHarness();
    admin = registerRepositories(connectToSite({ siteUrl: harness.demo.site.siteUrl, token: localToken(SITE_ADMIN_EMAIL) }), '/sites/tillit');
    page = await harness.newPage();
  }, 300_000);

  afterAll(async () => {
    await harness?.close();
  });

  const open = async (as: string, lang: 'sv' | 'en' = 'sv', theme: 'light' | 'dark' | 'high-contrast' = 'light'): Promise<void> => {
    await openWorkbench(harness, page, { as, lang, theme, part: PART });
    await page.getByTestId('report-form').waitFor();
  };

  test('the employee reports an incident with personal data: a receipt names who looks at it and the DSO\'s deadline, and it is among her reports', async () => {
    await open(EMPLOYEE);
    // The seeded breach she reported yesterday is hers (written with her account).
    await page.getByTestId('my-reports').waitFor();
    expect(await page.getByTestId('my-reports').innerText()).toContain('Patientlista skickad till fel e-postadress');

    // Sent empty: every required field is marked, and what she typed stays.
    await page.getByTestId('report-description').fill('Utskriften låg kvar i en allmän skrivare i korridoren i en timme.');
    await page.getByTestId('report-send').click();
    await page.getByTestId('report-errors').waitFor();
    expect(await page.getByTestId('report-description').inputValue()).toContain('allmän skrivare');
    await saveScreenshot(page, `${PART}-errors-sv`);

    await page.getByTestId('report-title').fill(TITLE);
    await page.getByTestId('report-personal-data').getByLabel('Ja').check();
    const unit = page.getByTestId('report-unit');
    // Typed as a person types (the list opens and narrows with each key).
    await unit.click();
    await unit.fill('');
    await unit.pressSequentially('akutsjukv');
    await page.getByRole('option', { name: UNIT, exact: true }).click();
    expect(await unit.inputValue()).toBe(UNIT);
    const discovered = await page.getByTestId('report-discovered').inputValue();
    expect(discovered).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    await page.getByTestId('report-send').click();

    const receipt = page.getByTestId('report-receipt');
    await receipt.waitFor();
    expect(await receipt.innerText()).toContain(`${DEMO_PERSONAS.informationOwner.firstName} ${DEMO_PERSONAS.informationOwner.lastName}`);
    expect(await page.getByTestId('report-receipt-breach').innerText()).toContain(`${DEMO_PERSONAS.dataProtectionOfficer.firstName} ${DEMO_PERSONAS.dataProtectionOfficer.lastName}`);
    await page.getByTestId('my-reports').getByText(TITLE).waitFor();
    expect(await page.getByTestId('my-report').filter({ hasText: TITLE }).innerText()).toContain('Väntar på bedömning');
    await page.mouse.move(0, 0);
    await saveScreenshot(page, `${PART}-receipt-sv`);

    const stored = (await admin.incidents.readAll()).valid.filter((incident) => incident.title === TITLE);
    expect(stored).toEqual([expect.objectContaining({ reportedBy: EMPLOYEE, status: 'reported', category: 'personal-data-breach', personalData: 'yes' })]);
    reportedId = stored[0].id;
    // The deadline the receipt shows is discovery + 72 h, in the region's time.
    const deadline = addHoursTo(stored[0].discoveredAt, 72);
    expect(await page.getByTestId('report-receipt-breach').innerText()).toContain(new Date(deadline).toLocaleString('sv-SE', { timeZone: 'Europe/Stockholm' }).slice(0, 16));
  }, 120_000);

  test('another employee cannot read it: SharePoint answers 404 through the pass-through, and the app service 403 (R-SEC-1)', async () => {
    await open(COLLEAGUE);
    const rest = await fromPage(page, `/sites/tillit/_api/web/GetList('/sites/tillit/Lists/Incidents')/items(${reportedId})?$select=Title`);
    expect(rest.status).toBe(404);
    expect(rest.body).not.toContain(TITLE);
    expect((await fromPage(page, `/api/incidents/${reportedId}`)).status).toBe(403);
  });

  test('the unit chief and the DSO owe its assessment, due 72 hours after discovery: the API and the domain plan agree (R-INC, R-NDG-1)', async () => {
    await open(CHIEF);
    const answer = await fromPage(page, `/api/incidents/${reportedId}`);
    expect(answer.status).toBe(200);
    const view = incidentViewSchema.parse(JSON.parse(answer.body));
    const deadline = new Date(Date.parse(view.incident.discoveredAt) + 72 * 3_600_000).toISOString();
    expect(view.unitChief?.email).toBe(CHIEF);
    expect(view.dataProtectionOfficers.map((person) => person.email)).toContain(DSO);
    expect(view.clock.deadline).toBe(deadline);
    expect(view.access).toEqual({ assess: true, decideForAuthority: false });

    const today = localDateOf(instantOf(new Date()), DEFAULT_REGION_CONFIG.timeZone);
    const [units, staff, assignments] = await Promise.all([admin.units.readAll(), admin.staff.readAll(), admin.roleAssignments.readAll()]);
    const directory = incidentDirectory(units.valid, unitChiefs(staff.valid, today), roleSlots(DEFAULT_REGION_CONFIG, units.valid, [], assignments.valid, today), DEFAULT_REGION_CONFIG);
    const duties = incidentDuties([view.incident], directory, DEFAULT_REGION_CONFIG, today);
    expect(duties.map((item) => [item.responsibleEmail, item.detail, item.dueAt])).toEqual([
      [CHIEF, 'assess', deadline],
      [DSO, 'breach', deadline]
    ]);
  });

  test('only the chief assesses: the reporter and a colleague are refused (403); the chief\'s assessment is saved, a stale one is a conflict (R-SEC-1, R-SEC-2)', async () => {
    await open(CHIEF);
    const { etag } = incidentViewSchema.parse(JSON.parse((await fromPage(page, `/api/incidents/${reportedId}`)).body));
    const assessment = { etag, status: 'assessed', category: 'personal-data-breach' };

    await open(COLLEAGUE);
    expect((await fromPage(page, `/api/incidents/${reportedId}/assessment`, assessment)).status).toBe(403);
    await open(EMPLOYEE);
    expect((await fromPage(page, `/api/incidents/${reportedId}/assessment`, assessment)).status).toBe(403);

    await open(CHIEF);
    const done = await fromPage(page, `/api/incidents/${reportedId}/assessment`, assessment);
    expect(done.status).toBe(200);
    expect(incidentViewSchema.parse(JSON.parse(done.body)).incident).toMatchObject({ status: 'assessed', assessedBy: CHIEF });
    expect((await fromPage(page, `/api/incidents/${reportedId}/assessment`, assessment)).status).toBe(409);

    await open(EMPLOYEE);
    expect(await page.getByTestId('my-report').filter({ hasText: TITLE }).innerText()).toContain('Bedömd');
  });

  for (const lang of ['sv', 'en'] as const) {
    for (const theme of ['light', 'dark', 'high-contrast'] as const) {
      test(`${lang}, ${theme}: the form and her reports have no serious or critical axe finding, and are photographed`, async () => {
        await open(EMPLOYEE, lang, theme);
        await page.getByTestId('my-reports').waitFor();
        expect(await page.locator('html').getAttribute('lang')).toBe(lang);
        expect(await page.locator(`[data-web-part="${PART}"]`).innerText()).not.toMatch(/\bincidents\.[a-zA-Z]/);
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
        await page.mouse.move(0, 0);
        await saveScreenshot(page, `${PART}-${lang}-${theme}`);
      });
    }
  }
});
