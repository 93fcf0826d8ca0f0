import type { Request } from 'express';
import { appApiServices, type AppApiServices } from '../../bot/api/app-api-services';
import { startAppService, type AppService } from '../../bot/app-service';
import type { BuildReport } from '../../bot/browser-bundles';
import { councilReadsOf } from '../../bot/council/council-dashboard-service';
import { HttpProblem } from '../../bot/http/http-problem';
import { hmacSeal } from '../../src/cli/acknowledgement-key';
import { seedDemoRegion } from '../../src/cli/seed-demo-region';
import { DEFAULT_REGION_CONFIG } from '../../src/config/default-region';
import { councilDashboardSchema, type CouncilDashboard } from '../../src/contracts/council-dashboard';
import { maturityAnswerSchema, meetingAnswerSchema, snapshotAnswerSchema } from '../../src/contracts/council-writes';
import { DEMO_PERSONAS } from '../../src/demo/demo-personas';
import { goalAreaKpis } from '../../src/domain/kpi/goal-area-kpis';
import { goalAreaFigures } from '../../src/domain/kpi/kpi-snapshot';
import { isoDate } from '../../src/domain/shared/calendar';
import { startLocalSharePoint, type LocalSharePoint } from '../../src/local-sharepoint/local-sharepoint-server';
import { APP_PRINCIPAL_EMAIL, LOCAL_SITE_PATH, SITE_ADMIN_EMAIL } from '../../src/local-sharepoint/local-site-defaults';
import { provisionSite } from '../../src/sharepoint/provisioning/provision-site';
import { registerRepositories, type RegisterRepositories } from '../../src/sharepoint/repositories/register-repositories';
import { readSnapshot } from '../../src/sharepoint/repositories/snapshot-reader';
import { connectToSite, localToken } from '../../src/sharepoint/sp-factory';
import { httpCall, type HttpAnswer } from './http-call';

/*
 * The security council's API on the local SharePoint with a small demo region (issue 10; R-KPI,
 * R-MAT, R-MTG, R-ACT, R-REP, R-SEC-1): the dashboard meets the contract and its KPIs are the
 * domain's for the same registers; a meeting's action lands in the action plan; a snapshot taken now
 * joins the trend; a maturity assessment keeps the history; bad input is 400 with the field named and
 * writes nothing; someone without a council duty is refused. The caller comes from a test header.
 */
const AS_OF = isoDate('2026-11-23');
const NOW = new Date('2026-11-23T09:00:00Z');
const COORDINATOR: string = DEMO_PERSONAS.securityCoordinator.email;
const MEMBER: string = DEMO_PERSONAS.councilChair.email;
const EMPLOYEE: string = DEMO_PERSONAS.employee.email;

function stubBundles(outDir: string): Promise<BuildReport> {
  return Promise.resolve({ outDir, bundles: [], milliseconds: 0, reused: true });
}

const testCaller = (request: Request): Promise<{ email: string }> => {
  const email = request.headers['x-test-caller'];
  if (typeof email !== 'string') return Promise.reject(new HttpProblem(401, 'sign-in-required', 'no caller'));
  return Promise.resolve({ email });
};

describe('the council API: GET /api/council/dashboard, POST …/snapshots, …/maturity, …/meetings (issue 10)', () => {
  let site: LocalSharePoint;
  let service: AppService;
  let api: AppApiServices;
  let admin: RegisterRepositories;

  const call = (as: string, path: string, body?: unknown): Promise<HttpAnswer> =>
    httpCall(`${service.url}/api/council${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { 'x-test-caller': as, accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body)
    });
  const dashboard = async (as = COORDINATOR, query = ''): Promise<CouncilDashboard> => {
    const answer = await call(as, `/dashboard${query}`);
    expect([answer.status, answer.status === 200 ? '' : answer.body]).toEqual([200, '']);
    return councilDashboardSchema.parse(JSON.parse(answer.body));
  };
  const counts = async (): Promise<number[]> => [
    (await admin.actions.readAll()).valid.length,
    (await admin.meetings.readAll()).valid.length,
    (await admin.maturity.readAll()).valid.length,
    (await admin.kpiSnapshots.readAll()).valid.length
  ];
  const problemOf = (answer: HttpAnswer): { code: string; message: string } => (JSON.parse(answer.body) as { error: { code: string; message: string } }).error;

  beforeAll(async () => {
    site = await startLocalSharePoint({ port: 0, dataDir: ':memory:' });
    const connection = { siteUrl: site.siteUrl, token: localToken(SITE_ADMIN_EMAIL) };
    await provisionSite(connectToSite(connection), DEFAULT_REGION_CONFIG);
    await seedDemoRegion(connection, { asOf: AS_OF, scale: 0.02, seed: 3, seal: hmacSeal(Buffer.alloc(32, 5)) }, DEFAULT_REGION_CONFIG, () => undefined);
    admin = registerRepositories(connectToSite(connection), LOCAL_SITE_PATH);
    api = appApiServices({ siteUrl: site.siteUrl, token: localToken(APP_PRINCIPAL_EMAIL), callerOf: testCaller, config: DEFAULT_REGION_CONFIG, log: () => undefined, now: () => NOW });
    service = await startAppService({ port: 0, prepareBundles: stubBundles, bundleDir: '/tmp', api, log: () => undefined });
  }, 240_000);

  afterAll(async () => {
    await service?.close();
    await site?.close();
  });

  test('the dashboard meets the contract, and its KPIs are goalAreaKpis\' over the same registers on the region\'s today (R-KPI)', async () => {
    const shown = await dashboard();
    const { snapshot } = await readSnapshot(admin);
    const expected = goalAreaFigures(goalAreaKpis(snapshot, DEFAULT_REGION_CONFIG, AS_OF));
    expect(shown.asOf).toBe(AS_OF);
    expect(shown.goalAreas.map((area) => ({ area: area.area, measures: area.measures.map((m) => [m.key, m.numerator, m.denominator, m.targetPercent]) }))).toEqual(
      expected.map((area) => ({ area: area.area, measures: area.measures.map((m) => [m.key, m.numerator, m.denominator, m.targetPercent]) }))
    );
    expect(shown.may).toEqual({ recordMaturity: true, recordMeeting: true, takeSnapshot: true });
    expect(shown.maturity.years.length).toBeGreaterThanOrEqual(3);
    expect(shown.meetings.length).toBeGreaterThan(0);
    expect(shown.risks.open.length).toBeGreaterThan(0);
    expect(shown.overdue.byUnit.length).toBeGreaterThan(0);
  }, 60_000);

  test('a council member reads it and may record meetings and snapshots, not maturity; an employee is refused (R-SEC-1)', async () => {
    expect((await dashboard(MEMBER)).may).toEqual({ recordMaturity: false, recordMeeting: true, takeSnapshot: true });
    const refused = await call(EMPLOYEE, '/dashboard');
    expect([refused.status, problemOf(refused).code]).toEqual([403, 'not-a-council-member']);
  }, 60_000);

  test.each([
    ['?year=tjugo', 'year'],
    ['?year=2031', 'year'],
    ['?yr=2026', 'yr']
  ])('GET /dashboard%s is 400 naming %s', async (query, field) => {
    const answer = await call(COORDINATOR, `/dashboard${query}`);
    expect(answer.status).toBe(400);
    expect(problemOf(answer).message).toContain(field);
  }, 60_000);

  test('a meeting with an action: the action is in the action plan of the next dashboard, with its owner and due date, and the meeting links it (R-MTG, R-ACT)', async () => {
    const answer = await call(MEMBER, '/meetings', {
      heldOn: '2026-11-20',
      attendeeEmails: [MEMBER, COORDINATOR],
      minutes: 'Rådet gick igenom nyckeltalen.',
      decisions: ['Reservrutiner ska redovisas till nästa möte.'],
      actions: [{ activity: 'Redovisa reservrutiner för samhällsviktiga system', responsibleEmail: DEMO_PERSONAS.systemOwner.email, dueOn: '2027-02-28', metric: 'Andel system med godkända reservrutiner' }]
    });
    expect([answer.status, answer.status === 201 ? '' : answer.body]).toEqual([201, '']);
    const { meeting } = meetingAnswerSchema.parse(JSON.parse(answer.body));
    expect(meeting.actionIds).toHaveLength(1);
    const next = await dashboard();
    const action = next.actionPlan.find((row) => row.id === meeting.actionIds[0]);
    expect(action).toMatchObject({ activity: 'Redovisa reservrutiner för samhällsviktiga system', responsibleEmail: DEMO_PERSONAS.systemOwner.email, startsOn: '2026-11-20', endsOn: '2027-02-28', status: 'planned', state: 'not-started' });
    expect(next.meetings.find((row) => row.id === meeting.id)).toEqual({ id: meeting.id, heldOn: '2026-11-20', attendeeCount: 2, decisions: ['Reservrutiner ska redovisas till nästa möte.'], actionIds: meeting.actionIds });
    // Not only the kept read amended: SharePoint holds them, and a cold read shows the same.
    expect((await admin.actions.get(meeting.actionIds[0])).record).toMatchObject({ responsibleEmail: DEMO_PERSONAS.systemOwner.email, endsOn: '2027-02-28', contactEmail: MEMBER });
    expect((await admin.meetings.get(meeting.id)).record.actionIds).toEqual(meeting.actionIds);
    // fresh=1: a cold read of the registers, not the stored copy a cold service first answers with.
    councilReadsOf(api).invalidate();
    const cold = await dashboard(COORDINATOR, '?fresh=1');
    expect(cold.actionPlan.find((row) => row.id === meeting.actionIds[0])).toEqual(action);
  }, 60_000);

  test('a snapshot taken now joins the trend as the meeting\'s point, with the live figures (R-KPI, R-REP)', async () => {
    const answer = await call(COORDINATOR, '/snapshots', {});
    expect(answer.status).toBe(201);
    const taken = snapshotAnswerSchema.parse(JSON.parse(answer.body));
    expect([taken.point.asOf, taken.point.source]).toEqual([AS_OF, 'meeting']);
    const next = await dashboard();
    const point = next.trend.find((candidate) => candidate.source === 'meeting' && candidate.asOf === AS_OF);
    expect(point?.goalAreas).toEqual(next.goalAreas);
    expect(next.trend[next.trend.length - 1]).toMatchObject({ source: 'live', asOf: AS_OF });
    const stored = (await admin.kpiSnapshots.readAll()).valid.find((snapshot) => snapshot.id === taken.id);
    expect(stored).toMatchObject({ source: 'meeting', takenBy: COORDINATOR, asOf: AS_OF });
  }, 60_000);

  test('maturity recorded for two years keeps the history: each year shows its own status and comment (R-MAT)', async () => {
    const record = (year: number, statusKey: string, comment: string): Promise<HttpAnswer> => call(COORDINATOR, '/maturity', { year, areaKey: 'kontinuitet', statusKey, comment });
    const first = await record(2026, 'managerat', 'Efter övningen i oktober.');
    expect(first.status).toBe(201);
    expect(maturityAnswerSchema.parse(JSON.parse(first.body)).assessment).toEqual({ areaKey: 'kontinuitet', statusKey: 'managerat', assessed: true, assessedOn: AS_OF, comment: 'Efter övningen i oktober.' });
    expect((await record(2025, 'paborjat', 'Rättad efter revisionen.')).status).toBe(201);
    const shown = (await dashboard()).maturity.years;
    const statusIn = (year: number): unknown => shown.find((entry) => entry.year === year)?.areas.find((area) => area.areaKey === 'kontinuitet');
    expect(statusIn(2026)).toMatchObject({ statusKey: 'managerat', comment: 'Efter övningen i oktober.' });
    expect(statusIn(2025)).toMatchObject({ statusKey: 'paborjat', comment: 'Rättad efter revisionen.' });
    // The earlier assessments are still there as items: nothing was overwritten.
    expect((await admin.maturity.readAll()).valid.filter((assessment) => assessment.areaKey === 'kontinuitet').length).toBeGreaterThanOrEqual(5);
  }, 60_000);

  test.each([
    ['/meetings', { heldOn: '2026-11-20', attendeeEmails: [COORDINATOR], actions: [{ activity: 'X', responsibleEmail: COORDINATOR, dueOn: '2026-11-01' }] }, 'actions.0.dueOn'],
    ['/meetings', { heldOn: '2026-11-20', attendeeEmails: ['inte-en-adress'] }, 'attendeeEmails.0'],
    ['/meetings', { heldOn: '2026-11-20', attendeeEmails: ['okand@regionexempel.se'] }, 'attendeeEmails.0'],
    ['/meetings', { heldOn: '2026-12-24', attendeeEmails: [COORDINATOR] }, 'heldOn'],
    ['/maturity', { year: 2026, areaKey: 'kontinuitet', statusKey: 'superbra' }, 'statusKey'],
    ['/maturity', { year: 2026, areaKey: 'okand', statusKey: 'managerat' }, 'areaKey'],
    ['/maturity', { year: 2026, statusKey: 'managerat' }, 'areaKey']
  ])('POST %s with a bad field is 400 naming it, and writes nothing', async (path, body, field) => {
    const before = await counts();
    const answer = await call(COORDINATOR, path, body);
    expect(answer.status).toBe(400);
    expect(problemOf(answer).message).toContain(field);
    expect(await counts()).toEqual(before);
  }, 60_000);

  test.each([
    [EMPLOYEE, '/snapshots', {}],
    [EMPLOYEE, '/meetings', { heldOn: '2026-11-20', attendeeEmails: [COORDINATOR] }],
    [MEMBER, '/maturity', { year: 2026, areaKey: 'kontinuitet', statusKey: 'managerat' }]
  ])('%s may not POST %s: 403, nothing written (R-SEC-1)', async (as, path, body) => {
    const before = await counts();
    const answer = await call(as, path, body);
    expect(answer.status).toBe(403);
    expect(await counts()).toEqual(before);
  }, 60_000);
});
