import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { readSheet } from 'read-excel-file/node';
import writeXlsxFile from 'write-excel-file/node';
import { DEMO_PERSONAS } from '../../src/demo/demo-personas';
import { SITE_ADMIN_EMAIL } from '../../src/local-sharepoint/local-site-defaults';
import { registerRepositories, type RegisterRepositories } from '../../src/sharepoint/repositories/register-repositories';
import { connectToSite, localToken } from '../../src/sharepoint/sp-factory';
import { seriousAccessibilityViolations } from './harness/accessibility';
import { openWorkbench, startE2eHarness, type E2eHarness } from './harness/e2e-harness';
import { saveScreenshot } from './harness/screenshots';

const PART = 'import';
const COORDINATOR = DEMO_PERSONAS.registryCoordinator.email;
const HEADERS = ['Systemnamn', 'Enhet', 'Systemägare', 'Beskrivning', 'SSP godkänd', 'Systemsäkerhetsplan'];

describe('Import och export: a coordinator imports IT systems from Excel (R-SYS, R-SEC-1, R-SEC-2, WCAG 2.1 AA)', () => {
  let harness: E2eHarness;
  let page: Page;
  let admin: RegisterRepositories;
  let folder: string;
  let badFile: string;
  let unit: string;
  let owner: string;

  beforeAll(async () => {
    harness = await startE2eHarness();
    page = await harness.newPage();
    admin = registerRepositories(connectToSite({ siteUrl: harness.demo.site.siteUrl, token: localToken(SITE_ADMIN_EMAIL) }), '/sites/tillit');
    const units = (await admin.units.readAll()).valid;
    const named = units.find((candidate) => units.filter((other) => other.name.toLowerCase() === candidate.name.toLowerCase()).length === 1);
    if (named === undefined) throw new Error('the demo region has no uniquely named unit');
    unit = named.name;
    owner = (await admin.staff.readPage({ pageSize: 1 })).items[0].record.email;
    folder = mkdtempSync(join(tmpdir(), 'tillit-import-e2e-'));
    badFile = join(folder, 'IT-system.xlsx');
    const rows = [
      HEADERS,
      ['E2E System A', unit, owner, 'Journal', new Date(Date.UTC(2026, 0, 15)), 'Godkänd'],
      ['E2E System B', unit, '', '', '30/11/2026', 'Godkänd'],
      ['E2E System C', unit, 'okand.person@regionexempel.se', '', null, null],
      ['e2e system a ', unit, '', '', null, null],
      ['E2E System D', unit, '', '<script>alert(1)</script>', null, null],
      ['E2E System E', unit, owner, 'Labb', null, 'Utkast']
    ];
    writeFileSync(badFile, await writeXlsxFile(rows, { dateFormat: 'yyyy-mm-dd' }).toBuffer());
  }, 120_000);

  afterAll(async () => {
    await harness?.close();
  });

  async function e2eSystems(): Promise<string[]> {
    const systems = (await admin.systems.readAll()).valid;
    return systems.filter((system) => system.name.startsWith('E2E System')).map((system) => system.name).sort();
  }

  async function previewOf(file: string): Promise<void> {
    await page.getByTestId('import-file').setInputFiles(file);
    await page.locator('[data-testid="import-preview"], [data-testid="import-error"]').first().waitFor({ timeout: 120_000 });
    if (await page.getByTestId('import-error').isVisible()) throw new Error(`the file was not read: ${await page.getByTestId('import-error').textContent()}`);
    await page.getByTestId('import-preview').click();
    await page.getByTestId('import-counts').waitFor({ timeout: 120_000 });
  }

  async function count(kind: string): Promise<string> {
    return (await page.getByTestId(`import-count-${kind}`).textContent()) ?? '';
  }

  test('bad rows are reported with row, column and message; only the good rows are written, once; the failed rows download as .xlsx with the errors', async () => {
    await openWorkbench(harness, page, { as: COORDINATOR, lang: 'sv', theme: 'light', part: PART });
    await previewOf(badFile);
    expect([await count('new'), await count('changed'), await count('unchanged'), await count('error')]).toEqual(['2', '0', '0', '4']);
    const issues = await page.getByTestId('import-issue').evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? '')));
    expect(issues).toEqual([
      ['3', 'SSP godkänd', 'Datumet 30/11/2026 kan inte läsas. Skriv det som 2026-11-30.'],
      ['4', 'Systemägare', 'okand.person@regionexempel.se finns inte bland regionens medarbetare. Skriv personens e-postadress som den står i personalförteckningen.'],
      ['5', 'Systemnamn', 'e2e system a finns redan på rad 2 i filen. Ta bort den ena raden eller slå ihop dem.'],
      ['6', 'Beskrivning', 'Texten innehåller kod (<script>), som inte får finnas i registret. Ta bort den och skriv vanlig text.']
    ]);
    expect(await e2eSystems()).toEqual([]);

    await page.getByTestId('import-confirm').click();
    await page.getByTestId('import-done').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('import-written').textContent()).toBe('Skrivna: 2');
    expect(await e2eSystems()).toEqual(['E2E System A', 'E2E System E']);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('import-download-failed').click()]);
    const saved = join(folder, 'failed.xlsx');
    await download.saveAs(saved);
    const failed = await readSheet(saved);
    expect(failed[0]).toEqual([...HEADERS, 'Fel']);
    expect(failed.slice(1).map((row) => row[0])).toEqual(['E2E System B', 'E2E System C', 'e2e system a', 'E2E System D']);
    expect(String(failed[1][6])).toBe('SSP godkänd: Datumet 30/11/2026 kan inte läsas. Skriv det som 2026-11-30.');

    // The same file again: nothing to write (R-SEC-2).
    await page.getByTestId('import-again').click();
    await previewOf(badFile);
    expect([await count('new'), await count('changed'), await count('unchanged'), await count('error')]).toEqual(['0', '0', '2', '4']);
    expect(await page.getByTestId('import-confirm').isDisabled()).toBe(true);
    expect(await e2eSystems()).toEqual(['E2E System A', 'E2E System E']);
  }, 240_000);

  for (const lang of ['sv', 'en'] as const) {
    for (const theme of ['light', 'dark', 'high-contrast'] as const) {
      test(`${lang}, ${theme}: the preview with its errors has no serious or critical axe finding, and is photographed`, async () => {
        await openWorkbench(harness, page, { as: COORDINATOR, lang, theme, part: PART });
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
        await previewOf(badFile);
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
        await saveScreenshot(page, `${PART}-preview-${lang}-${theme}`);
      }, 120_000);
    }
  }

  test('the Register web part exports its current view to .xlsx: the view\'s rows, people as name and e-mail, dates as dates (R-SYS)', async () => {
    await openWorkbench(harness, page, { as: COORDINATOR, lang: 'sv', theme: 'light', part: 'register', register: 'systems' });
    await page.getByTestId('register-count').waitFor();
    await page.getByTestId('register-view').selectOption('societally-important');
    await page.getByTestId('register-count').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('register-export').click()]);
    const saved = join(folder, 'export.xlsx');
    await download.saveAs(saved);
    const rows = await readSheet(saved);
    const expected = (await admin.systems.readAll()).valid.filter((system) => system.societallyImportant);
    expect(rows.length - 1).toBe(expected.length);
    expect(rows.slice(1).map((row) => String(row[0])).sort()).toEqual(expected.map((system) => system.name).sort());
    const header = rows[0].map(String);
    const email = header.indexOf('Ägare – e-post');
    expect(email).toBeGreaterThan(0);
    const withOwner = expected.find((system) => system.ownerEmail !== undefined);
    const exportedRow = rows.find((row) => row[0] === withOwner?.name);
    expect(exportedRow?.[email]).toBe(withOwner?.ownerEmail);
    expect(await page.getByTestId('register-exported').textContent()).toContain(`${expected.length} poster`);
    await saveScreenshot(page, 'register-export-sv-light');
  }, 120_000);

  test('a 10,000-row sheet goes through preview and import', async () => {
    const large = join(folder, 'many.xlsx');
    const rows = Array.from({ length: 10_000 }, (_, index) => [`E2E Many ${String(index).padStart(5, '0')}`, unit, owner, 'Genererad', null, 'Saknas']);
    writeFileSync(large, await writeXlsxFile([HEADERS, ...rows]).toBuffer());
    await openWorkbench(harness, page, { as: COORDINATOR, lang: 'sv', theme: 'light', part: PART });
    const started = Date.now();
    await previewOf(large);
    const previewed = Date.now();
    expect(await count('new')).toBe('10\u00a0000');
    await page.getByTestId('import-confirm').click();
    await page.getByTestId('import-progress').waitFor();
    await page.getByTestId('import-done').waitFor({ timeout: 420_000 });
    process.stdout.write(`import e2e: 10,000 rows previewed in ${((previewed - started) / 1000).toFixed(1)} s, written in ${((Date.now() - previewed) / 1000).toFixed(1)} s\n`);
    expect(await page.getByTestId('import-written').textContent()).toBe('Skrivna: 10\u00a0000');
    await saveScreenshot(page, `${PART}-done-10000`);
  }, 600_000);
});
