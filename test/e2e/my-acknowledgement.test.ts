import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { hmacSeal } from '../../src/cli/acknowledgement-key';
import { DEMO_PERSONAS } from '../../src/demo/demo-personas';
import { isoDate } from '../../src/domain/shared/calendar';
import { APP_PRINCIPAL_EMAIL, SITE_ADMIN_EMAIL } from '../../src/local-sharepoint/local-site-defaults';
import { verifyStoredChain } from '../../src/sharepoint/acknowledgements/acknowledgement-chain-reader';
import { registerRepositories, type RegisterRepositories } from '../../src/sharepoint/repositories/register-repositories';
import { connectToSite, localToken } from '../../src/sharepoint/sp-factory';
import { seriousAccessibilityViolations } from './harness/accessibility';
import { E2E_AS_OF } from './harness/demo-site';
import { openWorkbench, startE2eHarness, type E2eHarness } from './harness/e2e-harness';
import { SCREENSHOT_DIR, saveScreenshot } from './harness/screenshots';

/*
 * "Min bekräftelse" (R-ACK, R-SEC-1, R-SEC-4) in the workbench, as its SPFx shell mounts it. A new
 * version 3.0 of "Fördelning av ansvar" is published on the demo's day, so every role holder owes a
 * new signature (a new version asks for a new one).
 */
const PART = 'my-acknowledgement';
const OWNER = DEMO_PERSONAS.informationOwner.email;
const COLLEAGUE = DEMO_PERSONAS.registryCoordinator.email;
const EMPLOYEE = DEMO_PERSONAS.employee.email;
const COORDINATOR = DEMO_PERSONAS.securityCoordinator.email;
const HEADINGS = { sv: 'Min bekräftelse', en: 'My acknowledgement' } as const;

describe('My acknowledgement: sign with one\'s own identity, tamper-evident (R-ACK, R-SEC-1, R-SEC-4, WCAG 2.1 AA)', () => {
  let harness: E2eHarness;
  let page: Page;
  let admin: RegisterRepositories;
  const part = (): ReturnType<Page['locator']> => page.locator(`[data-web-part="${PART}"]`);
  const signaturesOf = async (email: string): Promise<number> =>
    (await admin.acknowledgements.readAll()).valid.filter((acknowledgement) => acknowledgement.signerEmail === email && acknowledgement.version === '3.0').length;

  beforeAll(async () => {
    harness = await startE2eHarness();
    page = await harness.newPage();
    admin = registerRepositories(connectToSite({ siteUrl: harness.demo.site.siteUrl, token: localToken(SITE_ADMIN_EMAIL) }), '/sites/tillit');
    const current = (await admin.documentVersions.readAll()).valid.find((version) => version.version === '2.0');
    if (current === undefined) throw new Error('the demo has no version 2.0');
    await admin.documentVersions.add({ ...current, id: 'new', version: '3.0', publishedOn: isoDate(E2E_AS_OF) });
  });

  afterAll(async () => {
    await harness?.close();
  });

  for (const lang of ['sv', 'en'] as const) {
    for (const theme of ['light', 'dark', 'high-contrast'] as const) {
      test(`${lang}, ${theme}: a role holder who owes 3.0 sees its text and the form, no serious axe finding, photographed`, async () => {
        await openWorkbench(harness, page, { as: COLLEAGUE, lang, theme, part: PART });
        await part().getByTestId('acknowledgement-status').first().waitFor();
        expect(await part().locator('h2').textContent()).toBe(HEADINGS[lang]);
        expect(await part().getByText('5 Bekräftelse av mottagande').count()).toBe(1);
        expect(await part().getByRole('button', { name: lang === 'sv' ? 'Skriv under' : 'Sign' }).count()).toBe(1);
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
        await saveScreenshot(page, `${PART}-${lang}-${theme}`);
        // The full page is tall (the whole document); the top and the form are looked at as a person sees them, one screen each.
        await page.screenshot({ path: join(SCREENSHOT_DIR, `${PART}-${lang}-${theme}-top.png`) });
        await part().getByRole('button', { name: lang === 'sv' ? 'Skriv under' : 'Sign' }).scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(SCREENSHOT_DIR, `${PART}-${lang}-${theme}-form.png`) });
      });
    }
  }

  test('an employee signs 3.0 and sees it signed, with her receipt; the earlier version is listed', async () => {
    await openWorkbench(harness, page, { as: OWNER, lang: 'sv', theme: 'light', part: PART });
    await part().getByTestId('acknowledgement-status').first().waitFor();
    expect(await part().getByTestId('acknowledgement-status').textContent()).toMatch(/Att bekräfta/);
    expect(await part().getByTestId('acknowledgement-earlier').textContent()).toMatch(/version 2\.0/);
    await part().getByLabel('Ort').fill('Östersund');
    await part().getByRole('checkbox').check();
    await part().getByRole('button', { name: 'Skriv under' }).click();
    await part().getByTestId('acknowledgement-signed').waitFor();
    await part().getByTestId('acknowledgement-status').filter({ hasText: /Bekräftad .* i Östersund/ }).waitFor();
    expect(await part().getByTestId('acknowledgement-receipt').textContent()).toMatch(/Östersund/);
    expect(await part().getByRole('button', { name: 'Skriv under' }).count()).toBe(0);
    await saveScreenshot(page, `${PART}-signed`);
    await page.screenshot({ path: join(SCREENSHOT_DIR, `${PART}-signed-top.png`) });
    expect(await signaturesOf(OWNER)).toBe(1);
  });

  test('someone with no role owes nothing and is told so', async () => {
    await openWorkbench(harness, page, { as: EMPLOYEE, lang: 'sv', theme: 'light', part: PART });
    await part().getByTestId('acknowledgement-nothing-owed').waitFor();
    expect(await part().getByRole('button', { name: 'Skriv under' }).count()).toBe(0);
  });

  test('nobody can sign for a colleague: SharePoint refuses a direct write (403), the app service a colleague named in the body (400); nothing is stored', async () => {
    await openWorkbench(harness, page, { as: EMPLOYEE, lang: 'sv', theme: 'light', part: PART });
    const answers = await page.evaluate(async ({ colleague }) => {
      const direct = await fetch("/sites/tillit/_api/web/GetList('/sites/tillit/Lists/Acknowledgements')/items", {
        method: 'POST',
        headers: { accept: 'application/json', 'content-type': 'application/json' },
        body: JSON.stringify({ Title: 'forged', DocumentKey: 'fordelning-av-ansvar', Version: '3.0', PrintedName: colleague, Sequence: 9999 })
      });
      const api = await fetch('/api/acknowledgements', {
        method: 'POST',
        headers: { accept: 'application/json', 'content-type': 'application/json' },
        body: JSON.stringify({ documentKey: 'fordelning-av-ansvar', version: '3.0', place: 'Sveg', signerTitle: 'Registerkoordinator', printedName: 'X', confirmed: true, signerEmail: colleague })
      });
      return { direct: direct.status, api: api.status, apiBody: await api.text() };
    }, { colleague: COLLEAGUE });
    expect(answers.direct).toBe(403);
    expect(answers.api).toBe(400);
    expect(answers.apiBody).toMatch(/signerEmail/);
    expect(await signaturesOf(COLLEAGUE)).toBe(0);
  });

  test('a site administrator\'s direct edit is reported, naming the item, by the CLI\'s verification and the security coordinator\'s status line', async () => {
    const [signed] = (await admin.acknowledgements.readAll()).valid.filter((acknowledgement) => acknowledgement.signerEmail === OWNER && acknowledgement.version === '3.0');
    const stored = await admin.acknowledgements.get(signed.id);
    // A REST MERGE as admin@tillit.local straight to the stand-in, as a site administrator could in the list's own form.
    await admin.acknowledgements.update(signed.id, { ...stored.record, place: 'Sveg' }, stored.etag);

    const verification = await verifyStoredChain({ sp: connectToSite({ siteUrl: harness.demo.site.siteUrl, token: localToken(SITE_ADMIN_EMAIL) }), sitePath: '/sites/tillit', settings: admin.settings }, hmacSeal(harness.demo.acknowledgementKey), APP_PRINCIPAL_EMAIL);
    expect(verification.findings).toEqual(expect.arrayContaining([{ kind: 'changed', itemIds: [signed.id], sequences: [signed.sequence] }]));

    for (const lang of ['sv', 'en'] as const) {
      await openWorkbench(harness, page, { as: COORDINATOR, lang, theme: 'light', part: PART });
      const status = part().getByTestId('acknowledgement-verification');
      await status.waitFor();
      expect(await status.textContent()).toContain(lang === 'sv' ? `Ändrad efter underskrift: post ${signed.id}.` : `Changed after signing: item ${signed.id}.`);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await saveScreenshot(page, `${PART}-verification-${lang}`);
      await page.screenshot({ path: join(SCREENSHOT_DIR, `${PART}-verification-${lang}-top.png`) });
    }
    // Nobody else sees the verification.
    await openWorkbench(harness, page, { as: OWNER, lang: 'sv', theme: 'light', part: PART });
    await part().getByTestId('acknowledgement-status').first().waitFor();
    expect(await part().getByTestId('acknowledgement-verification').count()).toBe(0);
  });
});
