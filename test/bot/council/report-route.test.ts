import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Request } from 'express';
import { appApiServices } from '../../../bot/api/app-api-services';
import { startAppService, type AppService } from '../../../bot/app-service';
import type { BuildReport } from '../../../bot/browser-bundles';
import { HttpProblem } from '../../../bot/http/http-problem';
import { hmacSeal } from '../../../src/cli/acknowledgement-key';
import { reportCommand } from '../../../src/cli/commands/report-command';
import { EXIT_OK } from '../../../src/cli/exit-codes';
import { seedDemoRegion } from '../../../src/cli/seed-demo-region';
import { DEFAULT_REGION_CONFIG } from '../../../src/config/default-region';
import { councilDashboardSchema, type CouncilDashboard } from '../../../src/contracts/council-dashboard';
import { DEMO_PERSONAS } from '../../../src/demo/demo-personas';
import { councilPermissions } from '../../../src/domain/council/council-permissions';
import { unitChiefs } from '../../../src/domain/organisation/unit-chiefs';
import { registersAsOf } from '../../../src/domain/council/registers-as-of';
import { overdueByUnit } from '../../../src/domain/council/overdue-by-unit';
import { goalAreaKpis } from '../../../src/domain/kpi/goal-area-kpis';
import { goalAreaFigures, takeKpiSnapshot, type KpiSnapshot, type StoredGoalArea } from '../../../src/domain/kpi/kpi-snapshot';
import type { RegisterSnapshot } from '../../../src/domain/registers';
import { roleSlots } from '../../../src/domain/roles/role-slots';
import { instant, isoDate } from '../../../src/domain/shared/calendar';
import { startLocalSharePoint, type LocalSharePoint } from '../../../src/local-sharepoint/local-sharepoint-server';
import { APP_PRINCIPAL_EMAIL, LOCAL_SITE_PATH, SITE_ADMIN_EMAIL } from '../../../src/local-sharepoint/local-site-defaults';
import { provisionSite } from '../../../src/sharepoint/provisioning/provision-site';
import { registerRepositories } from '../../../src/sharepoint/repositories/register-repositories';
import { readSnapshot } from '../../../src/sharepoint/repositories/snapshot-reader';
import { connectToSite, localToken } from '../../../src/sharepoint/sp-factory';
import { docxParts, documentText } from '../../reports/docx-parts';

/*
 * GET /api/council/report (issue 10; R-REP, R-SEC-1) and `tillit report` on the local SharePoint with
 * a small demo region: the .docx comes as an attachment with its Swedish file name, its document.xml
 * holds the KPI values the dashboard shows for the same registers, in both languages; an area's chief
 * gets the area's follow-up but not the region's report; bad queries are 400, an unknown unit 404.
 */
const AS_OF = isoDate('2026-11-23');
const NOW = new Date('2026-11-23T09:00:00Z');
const COORDINATOR: string = DEMO_PERSONAS.securityCoordinator.email;
const EMPLOYEE: string = DEMO_PERSONAS.employee.email;
/** The first tertial's last day: the clock (23 November) is long past it. */
const T1_END = isoDate('2026-04-30');
const T2_END = isoDate('2026-08-31');
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const testCaller = (request: Request): Promise<{ email: string }> => {
  const email = request.headers['x-test-caller'];
  if (typeof email !== 'string') return Promise.reject(new HttpProblem(401, 'sign-in-required', 'no caller'));
  return Promise.resolve({ email });
};

interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly bytes: Uint8Array;
}

describe('GET /api/council/report and tillit report (issue 10, R-REP)', () => {
  let site: LocalSharePoint;
  let service: AppService;
  let dashboard: CouncilDashboard;
  let areaChief: { email: string; unitId: string };
  let registers: RegisterSnapshot;
  /** What the daily job kept on 30 April, its figures made recognisable (no register gives 1 000-odd of each). */
  let keptAtT1End: Omit<KpiSnapshot, 'id'>;

  const get = async (as: string, query: string): Promise<Answer> => {
    const answer = await fetch(`${service.url}/api/council/report${query}`, { headers: { 'x-test-caller': as } });
    return { status: answer.status, headers: answer.headers, bytes: new Uint8Array(await answer.arrayBuffer()) };
  };
  const textOf = (answer: Answer): string => documentText(docxParts(answer.bytes).get('word/document.xml') ?? '');
  const problemOf = (answer: Answer): { code: string; message: string } => (JSON.parse(Buffer.from(answer.bytes).toString('utf8')) as { error: { code: string; message: string } }).error;

  beforeAll(async () => {
    site = await startLocalSharePoint({ port: 0, dataDir: ':memory:' });
    const connection = { siteUrl: site.siteUrl, token: localToken(SITE_ADMIN_EMAIL) };
    await provisionSite(connectToSite(connection), DEFAULT_REGION_CONFIG);
    await seedDemoRegion(connection, { asOf: AS_OF, scale: 0.02, seed: 3, seal: hmacSeal(Buffer.alloc(32, 5)) }, DEFAULT_REGION_CONFIG, () => undefined);
    const api = appApiServices({ siteUrl: site.siteUrl, token: localToken(APP_PRINCIPAL_EMAIL), callerOf: testCaller, config: DEFAULT_REGION_CONFIG, log: () => undefined, now: () => NOW });
    ({ snapshot: registers } = await readSnapshot(registerRepositories(connectToSite(connection), LOCAL_SITE_PATH)));
    const taken = takeKpiSnapshot(registersAsOf(registers, T1_END, DEFAULT_REGION_CONFIG.timeZone), DEFAULT_REGION_CONFIG, { asOf: T1_END, takenAt: instant('2026-04-30T04:15:00Z') }, 'daily');
    const recognisable = (area: StoredGoalArea): StoredGoalArea => ({ ...area, measures: area.measures.map((m) => ({ ...m, numerator: m.numerator + 1013, denominator: m.denominator + 1997 })) });
    keptAtT1End = { ...taken, goalAreas: taken.goalAreas.map(recognisable) };
    await api.registers.kpiSnapshots.add({ id: 'new', ...keptAtT1End });
    service = await startAppService({ port: 0, prepareBundles: (outDir: string): Promise<BuildReport> => Promise.resolve({ outDir, bundles: [], milliseconds: 0, reused: true }), bundleDir: '/tmp', api, log: () => undefined });
    const answer = await fetch(`${service.url}/api/council/dashboard`, { headers: { 'x-test-caller': COORDINATOR } });
    dashboard = councilDashboardSchema.parse(await answer.json());
    const { snapshot } = await readSnapshot(registerRepositories(connectToSite(connection), LOCAL_SITE_PATH));
    const chiefs = unitChiefs(snapshot.roster, AS_OF);
    const found = dashboard.overdue.byUnit
      .map((unit) => ({ unitId: unit.unitId, email: chiefs.get(unit.unitId) }))
      .find((candidate): candidate is { unitId: string; email: string } => {
        if (candidate.email === undefined) return false;
        const may = councilPermissions(candidate.email, snapshot.roleAssignments, DEFAULT_REGION_CONFIG, AS_OF);
        return !may.recordMaturity && !may.recordMeeting && !may.takeSnapshot;
      });
    if (found === undefined) throw new Error('the demo region has no area chief outside the council');
    areaChief = found;
  }, 240_000);

  afterAll(async () => {
    await service?.close();
    await site?.close();
  });

  test('the coordinator downloads the year\'s report: an attachment with a Swedish name, holding the dashboard\'s KPI values', async () => {
    const answer = await get(COORDINATOR, '?year=2026');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe(DOCX);
    expect(answer.headers.get('content-disposition')).toBe(
      'attachment; filename="Informationssakerhetsberattelse 2026.docx"; filename*=UTF-8\'\'Informationss%C3%A4kerhetsber%C3%A4ttelse%202026.docx'
    );
    const text = textOf(answer);
    expect(text).toContain('Informationssäkerhetsberättelse 2026');
    const format = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 });
    for (const measure of dashboard.goalAreas.flatMap((area) => area.measures)) {
      expect(text).toContain(format.format(measure.numerator));
      expect(text).toContain(format.format(measure.denominator));
      if (measure.percent !== undefined) expect(text).toContain(`${format.format(measure.percent)}\u00a0%`);
    }
    expect([...docxParts(answer.bytes).keys()].filter((path) => /^word\/charts\/chart\d+\.xml$/.test(path)).length).toBeGreaterThanOrEqual(8);
  }, 120_000);

  test('in English on request, the same figures', async () => {
    const answer = await get(COORDINATOR, '?year=2026&lang=en&period=tertial-3');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-disposition')).toContain('Tertialuppf%C3%B6ljning%203%202026.docx');
    const text = textOf(answer);
    expect(text).toContain('Information security follow-up, third tertial 2026');
    const format = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
    for (const measure of dashboard.goalAreas.flatMap((area) => area.measures)) {
      if (measure.percent !== undefined) expect(text).toContain(`${format.format(measure.percent)}%`);
    }
  }, 120_000);

  test('an area\'s chief gets the area\'s follow-up, not the region\'s report; an employee neither (R-SEC-1)', async () => {
    const own = await get(areaChief.email, `?year=2026&unit=${encodeURIComponent(areaChief.unitId)}`);
    expect(own.status).toBe(200);
    const unitName = dashboard.overdue.byUnit.find((unit) => unit.unitId === areaChief.unitId)?.unitName ?? '';
    expect(textOf(own)).toContain(`Uppföljning av informationssäkerhet för ${unitName}`);
    const region = await get(areaChief.email, '?year=2026');
    expect([region.status, problemOf(region).code]).toEqual([403, 'not-a-council-member']);
    const other = dashboard.overdue.byUnit.find((unit) => unit.unitId !== areaChief.unitId);
    if (other !== undefined) expect((await get(EMPLOYEE, `?year=2026&unit=${encodeURIComponent(other.unitId)}`)).status).toBe(403);
    expect((await get(EMPLOYEE, '?year=2026')).status).toBe(403);
  }, 120_000);

  test.each([
    ['', 'year'],
    ['?year=tjugo', 'year'],
    ['?year=2026&lang=de', 'lang'],
    ['?year=2026&period=q1', 'period'],
    ['?year=2031', 'year']
  ])('GET /report%s is 400 naming %s', async (query, field) => {
    const answer = await get(COORDINATOR, query);
    expect(answer.status).toBe(400);
    expect(problemOf(answer).message).toContain(field);
  }, 60_000);

  test('an unknown unit is 404', async () => {
    const answer = await get(COORDINATOR, '?year=2026&unit=no-such-unit');
    expect([answer.status, problemOf(answer).code]).toEqual([404, 'not-found']);
  }, 60_000);

  const svNumber = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 });

  test('R-REP, R-KPI: the first tertial asked for in November shows the KPIs the daily job kept on its last day, and says so', async () => {
    const answer = await get(COORDINATOR, '?year=2026&period=tertial-1');
    expect(answer.status).toBe(200);
    const text = textOf(answer);
    expect(text).toContain('Tertialuppföljning 1 2026');
    expect(text).toContain('Perioden 1 januari 2026–30 april 2026. Siffrorna avser periodens slut, 30 april 2026.');
    expect(text).toContain('Nyckeltalen är de som sparades 30 april 2026 (den dagliga ögonblicksbilden).');
    expect(text).toContain('redovisas som de är i dag, 23 november 2026');
    for (const measure of keptAtT1End.goalAreas.flatMap((area) => area.measures)) {
      expect(text).toContain(svNumber.format(measure.numerator));
      expect(text).toContain(svNumber.format(measure.denominator));
    }
    // Not today's figures: the live dashboard's denominators are all below the kept ones' 1 997.
    expect(text).not.toContain('Perioden 1 januari 2026–30 april 2026. Siffrorna avser 23 november 2026.');
  }, 120_000);

  test('R-REP: the second tertial, with nothing kept near 31 August, is computed from the registers as of that day: its KPIs and overdue work are the domain\'s for that day', async () => {
    const answer = await get(COORDINATOR, '?year=2026&period=tertial-2');
    expect(answer.status).toBe(200);
    const text = textOf(answer);
    expect(text).toContain('Siffrorna avser periodens slut, 31 augusti 2026.');
    expect(text).toContain('Ingen ögonblicksbild sparades nära periodens slut, så nyckeltalen har beräknats 23 november 2026 ur registren per 31 augusti 2026.');
    const config = DEFAULT_REGION_CONFIG;
    const atEnd = registersAsOf(registers, T2_END, config.timeZone);
    const measures = goalAreaFigures(goalAreaKpis(atEnd, config, T2_END)).flatMap((area) => area.measures);
    for (const measure of measures.filter((m) => m.denominator > 0)) {
      expect(text).toContain(`${svNumber.format((measure.numerator / measure.denominator) * 100)}\u00a0%`);
    }
    const overdue = overdueByUnit(atEnd, roleSlots(config, atEnd.units, atEnd.systems, atEnd.roleAssignments, T2_END), config, T2_END);
    const total = Object.values(overdue.totals).reduce((sum, count) => sum + count, 0);
    expect(text).toContain(`${total} ${total === 1 ? 'uppgift är försenad' : 'uppgifter är försenade'} i verksamheten`);
    const liveTotal = Object.values(dashboard.overdue.totals).reduce((sum, count) => sum + count, 0);
    if (liveTotal !== total) expect(text).not.toContain(`${liveTotal} uppgifter är försenade i verksamheten`);
  }, 120_000);

  test('R-REP: the third tertial, still running, is live: today\'s figures, said so, in both languages', async () => {
    const sv = textOf(await get(COORDINATOR, '?year=2026&period=tertial-3'));
    expect(sv).toContain('Perioden 1 september 2026–31 december 2026 pågår: siffrorna avser i dag, 23 november 2026.');
    const en = textOf(await get(COORDINATOR, '?year=2026&period=tertial-1&lang=en'));
    expect(en).toContain("The period 1 January 2026–30 April 2026. The figures are as of the period's end, 30 April 2026.");
    expect(en).toContain('The KPIs are those kept on 30 April 2026 (the daily snapshot).');
  }, 120_000);

  test('tillit report writes the same report from the site (the app\'s own identity)', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'tillit-report-')), 'report.docx');
    jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      expect(await reportCommand.run(['--site', site.siteUrl, '--year', '2026', '--out', out])).toBe(EXIT_OK);
    } finally {
      jest.restoreAllMocks();
    }
    const text = documentText(docxParts(readFileSync(out)).get('word/document.xml') ?? '');
    expect(text).toContain('Informationssäkerhetsberättelse 2026');
    expect(text).toContain('Sammanfattning');
  }, 120_000);
});
