import { readFileSync } from 'node:fs';
import type { Page, Route } from 'playwright-core';
import { councilDashboardSchema } from '../../src/contracts/council-dashboard';
import { en as reportEn } from '../../src/reports/i18n/en';
import { sv as reportSv } from '../../src/reports/i18n/sv';
import { docxParts, documentText } from '../reports/docx-parts';
import { DEFAULT_REGION_CONFIG } from '../../src/config/default-region';
import { DEMO_PERSONAS } from '../../src/demo/demo-personas';
import { goalAreaKpis } from '../../src/domain/kpi/goal-area-kpis';
import { isOpenRisk } from '../../src/domain/risks/risk-level';
import { addDaysTo, isoDate } from '../../src/domain/shared/calendar';
import { readSnapshot } from '../../src/sharepoint/repositories/snapshot-reader';
import { seriousAccessibilityViolations } from './harness/accessibility';
import { startE2eHarness, type E2eHarness } from './harness/e2e-harness';
import { saveScreenshot } from './harness/screenshots';

const COORDINATOR = DEMO_PERSONAS.securityCoordinator.email;
const HEADINGS = { sv: 'Informationssäkerhetsrådet', en: 'Information security council' } as const;

/** The KPIs as the page shows them: numerator and denominator from the cards, the share as written on them. */
async function shownKpis(page: Page): Promise<Array<{ key: string; numerator: number; denominator: number; percent: string }>> {
  return page.getByTestId('kpi').evaluateAll((items) =>
    items.map((item) => ({
      key: item.getAttribute('data-kpi') ?? '',
      numerator: Number(item.getAttribute('data-numerator')),
      denominator: Number(item.getAttribute('data-denominator')),
      percent: item.querySelector('[data-testid="kpi-percent"]')?.textContent ?? ''
    }))
  );
}

/** Clicks a download button and returns the file's name as the browser saves it and its document.xml's text. */
async function downloadReport(page: Page, testId: string): Promise<{ fileName: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = await download.path();
  return { fileName: download.suggestedFilename(), text: documentText(docxParts(readFileSync(path)).get('word/document.xml') ?? '') };
}

/** Opens a tab page as the security coordinator (the tab's first local visit), waiting for the KPIs. */
async function openTab(harness: E2eHarness, page: Page, query: string, options: { readonly live: boolean } = { live: true }): Promise<void> {
  await page.goto(`${harness.appService.url}/tab/${query}`);
  await page.getByTestId('kpi').first().waitFor();
  // A cold app service may answer from its stored copy first; the tests compare today's figures, swapped in when they come.
  if (options.live) await page.getByTestId('council-figures-stored').waitFor({ state: 'detached' });
}

describe('the council tab on the local stack (issue 10; R-KPI, R-RSK, R-MTG, R-ACT, WCAG 2.1 AA)', () => {
  let harness: E2eHarness;
  let page: Page;

  beforeAll(async () => {
    harness = await startE2eHarness();
    page = await harness.newPage();
  });

  afterAll(async () => {
    await harness?.close();
  });

  test('the KPIs shown are the domain\'s goalAreaKpis over the same registers on the dashboard\'s day, numerator and denominator each (R-KPI)', async () => {
    await openTab(harness, page, '');
    expect(await page.getByTestId('tab-notice').textContent()).toContain('utanför Teams');
    expect(await page.getByTestId('tab-identity').inputValue()).toBe(COORDINATOR);
    const asOf = isoDate((await page.getByTestId('council-dashboard').getAttribute('data-as-of')) ?? '');
    const shown = await page.getByTestId('kpi').evaluateAll((items) =>
      items.map((item) => `${item.getAttribute('data-kpi') ?? ''} ${item.getAttribute('data-numerator') ?? ''}/${item.getAttribute('data-denominator') ?? ''}`)
    );
    const { snapshot } = await readSnapshot(harness.api.registers);
    const report = goalAreaKpis(snapshot, DEFAULT_REGION_CONFIG, asOf);
    const expected = [report.managementSystem, report.riskManagement, report.securityOrganisation, report.classification, report.training].flatMap((area) =>
      area.measures.map((measure) => `${measure.key} ${measure.numerator}/${measure.denominator}`)
    );
    expect(expected.length).toBeGreaterThanOrEqual(8);
    expect(shown).toEqual(expected);
    // The demo region has something to show: not every denominator is empty.
    expect(expected.filter((line) => !line.endsWith('/0')).length).toBeGreaterThan(5);
  });

  for (const lang of ['sv', 'en'] as const) {
    for (const theme of ['light', 'dark', 'high-contrast'] as const) {
      test(`${lang}, ${theme}: the tab is in ${lang} with the theme, no serious or critical axe finding, photographed`, async () => {
        await openTab(harness, page, `?lang=${lang}&theme=${theme}`);
        expect(await page.locator('html').getAttribute('lang')).toBe(lang);
        expect(await page.locator('h1').first().textContent()).toBe(HEADINGS[lang]);
        expect(await page.locator('[data-theme]').getAttribute('data-theme')).toBe(theme);
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
        await saveScreenshot(page, `council-tab-${lang}-${theme}`);
      });
    }
  }

  test('the three themes differ as Teams\' do: the page background follows the theme', async () => {
    const background = async (theme: string): Promise<string> => {
      await openTab(harness, page, `?theme=${theme}`);
      return page.getByTestId('section-kpis').evaluate((element) => getComputedStyle(element).backgroundColor);
    };
    expect(new Set([await background('light'), await background('dark'), await background('high-contrast')]).size).toBe(3);
  });

  test('every chart has its data as a table: the trend\'s switch shows the figures (issue 10)', async () => {
    await openTab(harness, page, '?lang=en');
    await page.getByTestId('kpi-trend-as-table').click();
    const table = page.getByTestId('kpi-trend').locator('table');
    await table.waitFor();
    expect(await table.locator('caption').textContent()).toContain('Trend over the years');
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(0);
  });

  test('a heat map cell drills down to its risks, as many as the cell says, each of that likelihood and consequence (R-RSK)', async () => {
    await openTab(harness, page, '');
    const cell = page.locator('[data-testid^="risk-cell-"]').first();
    const [, likelihood, consequence] = /^risk-cell-(\d+)-(\d+)$/.exec((await cell.getAttribute('data-testid')) ?? '') ?? [];
    const count = Number(await cell.getByTestId('risk-cell-count').textContent());
    expect(count).toBeGreaterThan(0);
    await cell.click();
    const rows = page.getByTestId('risk-drill-down').locator('tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(count);
    const { snapshot } = await readSnapshot(harness.api.registers);
    const titles = snapshot.risks
      .filter((risk) => isOpenRisk(risk) && String(risk.likelihood) === likelihood && String(risk.consequence) === consequence)
      .map((risk) => risk.title)
      .sort();
    expect((await page.getByTestId('risk-drill-down').locator('tbody tr td:first-child').allTextContents()).sort()).toEqual(titles);
    await saveScreenshot(page, 'council-tab-drill-down');
  });

  test('a meeting with an action recorded in the tab puts the action in the action plan, with its owner and due date (R-MTG, R-ACT)', async () => {
    await openTab(harness, page, '');
    const asOf = (await page.getByTestId('council-dashboard').getAttribute('data-as-of')) ?? '';
    const activity = `Öva reservrutinerna för journalsystemet ${Date.now()}`;
    await page.getByTestId('meeting-record').click();
    await page.getByTestId('meeting-attendees').fill(`${COORDINATOR}\n${DEMO_PERSONAS.dataProtectionOfficer.email}`);
    await page.getByTestId('meeting-decisions').fill('Reservrutinerna övas före årsskiftet');
    await page.getByTestId('meeting-add-action').click();
    const action = page.getByTestId('meeting-action-1');
    await action.getByTestId('action-activity').fill(activity);
    await action.getByTestId('action-owner').fill(DEMO_PERSONAS.systemOwner.email);
    await action.getByTestId('action-due').fill(`${Number(asOf.slice(0, 4)) + 1}-02-28`);
    await action.getByTestId('action-metric').fill('Övade system');
    await saveScreenshot(page, 'council-tab-meeting-form');
    await page.getByTestId('meeting-save').click();
    await page.getByTestId('council-notice').filter({ hasText: '1' }).waitFor();
    const row = page.getByTestId('action-plan').locator('tbody tr', { hasText: activity });
    await row.waitFor();
    expect(await page.getByTestId('meetings').textContent()).toContain(activity);
    const { valid } = await harness.api.registers.actions.readAll();
    expect(valid.filter((candidate) => candidate.activity === activity).map((candidate) => [candidate.responsibleEmail, candidate.endsOn])).toEqual([
      [DEMO_PERSONAS.systemOwner.email, `${Number(asOf.slice(0, 4)) + 1}-02-28`]
    ]);
    await saveScreenshot(page, 'council-tab-after-meeting');
  });

  for (const lang of ['sv', 'en'] as const) {
    test(`${lang}: the report downloads from the tab under the server's Swedish file name, and its document.xml holds the report's headings and every KPI figure the page shows (R-REP, R-KPI)`, async () => {
      await openTab(harness, page, `?lang=${lang}`);
      const year = Number(await page.getByTestId('council-dashboard').getAttribute('data-year'));
      const kpis = await shownKpis(page);
      expect(kpis.length).toBeGreaterThanOrEqual(8);
      expect(await page.getByTestId('council-report-period').inputValue()).toBe('year');
      const { fileName, text } = await downloadReport(page, 'council-report');
      expect(fileName).toBe(`Informationssäkerhetsberättelse ${year}.docx`);
      const words = lang === 'sv' ? reportSv : reportEn;
      for (const heading of [words.title.year.replace('{{year}}', String(year)), words.summary.heading, words.goals.heading, words.maturity.heading, words.risks.heading, words.incidents.heading]) {
        expect(text).toContain(heading);
      }
      // Counts as the report writes them (digit grouping); shares exactly as the page writes them.
      const count = new Intl.NumberFormat(lang === 'sv' ? 'sv-SE' : 'en-GB');
      for (const kpi of kpis) {
        expect(text).toContain(count.format(kpi.numerator));
        expect(text).toContain(count.format(kpi.denominator));
        if (kpi.denominator > 0) expect(text).toContain(kpi.percent);
      }
      expect(kpis.filter((kpi) => kpi.denominator > 0).length).toBeGreaterThan(5);
    });
  }

  test('a tertial\'s report: the period chosen in the tab, the file named by the server (R-REP)', async () => {
    await openTab(harness, page, '');
    const year = Number(await page.getByTestId('council-dashboard').getAttribute('data-year'));
    await page.getByTestId('council-report-period').selectOption('tertial-2');
    await saveScreenshot(page, 'council-tab-report-period');
    const { fileName, text } = await downloadReport(page, 'council-report-other');
    expect(fileName).toBe(`Tertialuppföljning 2 ${year}.docx`);
    expect(text).toContain(reportEn.title['tertial-2'].replace('{{year}}', String(year)));
  });

  test('a stored dashboard is shown at once with when it was computed, then today\'s figures replace it in place (issue 10, the first render)', async () => {
    const computedAt = '2026-11-30T05:15:00.000Z';
    let releaseFresh: () => void = () => undefined;
    const freshHeld = new Promise<void>((resolve) => {
      releaseFresh = resolve;
    });
    const asked: string[] = [];
    await page.route('**/api/council/dashboard*', async (route: Route) => {
      const url = new URL(route.request().url());
      asked.push(url.search);
      const answer = await route.fetch();
      const live = councilDashboardSchema.parse(await answer.json());
      if (url.searchParams.get('fresh') === '1') {
        await freshHeld;
        await route.fulfill({ response: answer, json: { ...live, servedFrom: 'live' } });
      } else {
        // What the app service answers on a cold start: its stored copy, a morning's figures, one lower.
        const stored = { ...live, servedFrom: 'stored', computedAt, goalAreas: live.goalAreas.map((area) => ({ ...area, measures: area.measures.map((measure) => ({ ...measure, numerator: Math.max(0, measure.numerator - 1) })) })) };
        await route.fulfill({ response: answer, json: stored });
      }
    });
    try {
      await openTab(harness, page, '', { live: false });
      const note = page.getByTestId('council-figures-stored');
      expect(await note.textContent()).toContain('Siffrorna beräknades 30 nov. 2026 06:15');
      const storedNumerators = (await shownKpis(page)).map((kpi) => kpi.numerator);
      await page.getByTestId('council-year').focus();
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await saveScreenshot(page, 'council-tab-stored-figures');
      releaseFresh();
      await note.waitFor({ state: 'detached' });
      expect(asked.some((search) => search.includes('fresh=1'))).toBe(true);
      expect(await page.getByTestId('council-figures-announcement').textContent()).toContain('Siffrorna är uppdaterade');
      expect((await shownKpis(page)).map((kpi) => kpi.numerator)).not.toEqual(storedNumerators);
      // The page was updated in place: the year selector the person was on keeps the focus.
      expect(await page.getByTestId('council-year').evaluate((element) => element === document.activeElement)).toBe(true);
    } finally {
      releaseFresh();
      await page.unroute('**/api/council/dashboard*');
    }
  });

  for (const [lang, monday, month] of [['sv', 'måndag', /^[a-zåäö]+ \d{4}$/], ['en', 'Monday', /^[A-Z][a-z]+ \d{4}$/]] as const) {
    test(`${lang}: the meeting form's dates are written YYYY-MM-DD, with a calendar in ${lang} that starts the week on Monday; the keys pick a day`, async () => {
      await openTab(harness, page, `?lang=${lang}`);
      const asOf = isoDate((await page.getByTestId('council-dashboard').getAttribute('data-as-of')) ?? '');
      await page.getByTestId('meeting-record').click();
      const field = page.getByTestId('meeting-date');
      expect(await field.inputValue()).toBe(asOf);
      await page.getByTestId('meeting-date-calendar').click();
      const calendar = page.getByTestId('date-calendar');
      await calendar.waitFor();
      expect(await calendar.locator('th').first().getAttribute('abbr')).toBe(monday);
      expect(await calendar.locator('[aria-live]').textContent()).toMatch(month);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await saveScreenshot(page, `council-tab-date-picker-${lang}`);
      // The chosen day has the focus (the dialog's), one step right is the next day, Enter picks it.
      await calendar.locator(`[data-date="${asOf}"]`).focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      await calendar.waitFor({ state: 'detached' });
      expect(await field.inputValue()).toBe(addDaysTo(asOf, 1));
    });
  }

  test('the configuration page and the personal tab (My tasks) are served with the same bundle', async () => {
    await page.goto(`${harness.appService.url}/tab/config?lang=en`);
    await page.getByTestId('tab-config').waitFor();
    expect(await page.title()).toBe('Add Tillit to the channel');
    await page.goto(`${harness.appService.url}/tab/my-tasks`);
    await page.locator('main h2').first().waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'council-tab-my-tasks');
  });
});
