import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appApiServices } from '../../bot/api/app-api-services';
import { startAppService, type AppService } from '../../bot/app-service';
import type { BuildReport } from '../../bot/browser-bundles';
import { HttpProblem } from '../../bot/http/http-problem';
import { DEFAULT_REGION_CONFIG } from '../../src/config/default-region';
import { incidentViewSchema } from '../../src/contracts/incidents';
import { MY_TASKS_PATH, myTasksAnswerSchema } from '../../src/contracts/my-tasks';
import { instant } from '../../src/domain/shared/calendar';
import { startLocalSharePoint, type LocalSharePoint } from '../../src/local-sharepoint/local-sharepoint-server';
import { APP_PRINCIPAL_EMAIL, SITE_ADMIN_EMAIL } from '../../src/local-sharepoint/local-site-defaults';
import { EVERYONE_LOGIN } from '../../src/local-sharepoint/store/site-store';
import { SITE_GROUPS } from '../../src/sharepoint/lists/list-schema';
import { provisionSite } from '../../src/sharepoint/provisioning/provision-site';
import { registerRepositories } from '../../src/sharepoint/repositories/register-repositories';
import { SiteGroupMembership } from '../../src/sharepoint/repositories/site-group-membership';
import { claimsLoginOf } from '../../src/sharepoint/repositories/site-people';
import { connectToSite, localToken } from '../../src/sharepoint/sp-factory';
import { anIncident, aPerson, aRoleAssignment, aUnit } from '../domain/builders';
import { httpCall, type HttpAnswer } from './http-call';

/*
 * The incident API on the local SharePoint (R-INC, R-SEC-1, R-SEC-2): the Incidents list is
 * private, so the unit chief reads and assesses through the app service, which decides who the
 * chief is; everyone else is refused, and a stale ETag is a conflict.
 */
const CHIEF = 'chef@r.se';
const ANNA = 'anna@r.se';
const BO = 'bo@r.se';
const DSO = 'dso@r.se';
const OWNER = 'asa@r.se';
const PEOPLE = [CHIEF, ANNA, BO, DSO, OWNER];
const NOW = new Date('2026-03-03T09:00:00Z');
/** The test names the caller in a header: the routes' rules are under test here, not the sign-in. */
const CALLER_HEADER = 'x-test-caller';

function stubBundles(outDir: string): Promise<BuildReport> {
  writeFileSync(join(outDir, 'workbench.js'), 'void 0;\n');
  return Promise.resolve({ outDir, bundles: [{ name: 'workbench', file: 'workbench.js', bytes: 8, gzipBytes: 28 }], milliseconds: 0, reused: true });
}

describe('the incident API: GET /api/incidents/:id and POST …/assessment (R-INC, R-SEC-1, R-SEC-2)', () => {
  let site: LocalSharePoint;
  let service: AppService;
  let bundleDir: string;
  let breachId: string;
  let deviationId: string;
  let akutenId: string;

  const call = (as: string, path: string, body?: unknown): Promise<HttpAnswer> =>
    httpCall(`${service.url}/api${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { [CALLER_HEADER]: as, accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body)
    });

  beforeAll(async () => {
    site = await startLocalSharePoint({ port: 0, dataDir: ':memory:', directory: PEOPLE.map((email) => ({ email, title: email.split('@')[0] })) });
    const admin = connectToSite({ siteUrl: site.siteUrl, token: localToken(SITE_ADMIN_EMAIL) });
    await provisionSite(admin, DEFAULT_REGION_CONFIG);
    await new SiteGroupMembership(admin).add([
      { groupTitle: SITE_GROUPS.visitors, loginName: EVERYONE_LOGIN },
      { groupTitle: SITE_GROUPS.owners, loginName: claimsLoginOf(OWNER) }
    ]);
    const registers = registerRepositories(admin, '/sites/tillit');
    const [hos] = await registers.units.addMany([aUnit({ id: 'x', name: 'Hälso- och sjukvården', level: 'forvaltning' })]);
    const [akuten] = await registers.units.addMany([aUnit({ id: 'x', name: 'Akuten', level: 'enhet', parentId: hos.id })]);
    akutenId = akuten.id;
    await registers.staff.addMany([
      aPerson({ email: CHIEF, displayName: 'Carl Chef', unitId: akuten.id, managerSince: '2020-01-01' }),
      aPerson({ email: ANNA, displayName: 'Anna Svensson', unitId: akuten.id, managerEmail: CHIEF }),
      aPerson({ email: BO, displayName: 'Bo Berg', unitId: akuten.id, managerEmail: CHIEF }),
      aPerson({ email: DSO, displayName: 'Eva Dso', unitId: hos.id })
    ]);
    await registers.roleAssignments.addMany([aRoleAssignment({ id: 'x', roleKey: 'dataskyddsombud', holderEmail: DSO })]);
    // Anna reports with her own account, as the web part does: SharePoint's Author is the reporter.
    const asAnna = registerRepositories(connectToSite({ siteUrl: site.siteUrl, token: localToken(ANNA) }), '/sites/tillit');
    const discoveredAt = '2026-03-02T08:00:00+01:00';
    breachId = (await asAnna.incidents.add(anIncident({ id: 'x', unitId: akuten.id, reportedBy: ANNA, discoveredAt, reportedAt: discoveredAt, personalData: 'unknown' }))).id;
    // A forged ReportedBy naming Bo: the report stays Anna's (Author), and Bo cannot read it.
    deviationId = (await asAnna.incidents.add(anIncident({ id: 'x', unitId: akuten.id, category: 'deviation', reportedBy: BO, discoveredAt, reportedAt: discoveredAt, personalData: 'no' }))).id;

    bundleDir = mkdtempSync(join(tmpdir(), 'tillit-bundles-'));
    const api = appApiServices({
      siteUrl: site.siteUrl,
      token: localToken(APP_PRINCIPAL_EMAIL),
      callerOf: (request) => {
        const email = request.headers[CALLER_HEADER];
        if (typeof email !== 'string') return Promise.reject(new HttpProblem(401, 'sign-in-required', 'no caller'));
        return Promise.resolve({ email });
      },
      config: DEFAULT_REGION_CONFIG,
      log: () => undefined,
      now: () => NOW
    });
    service = await startAppService({ port: 0, bundleDir, prepareBundles: stubBundles, api, log: () => undefined });
    // Provisioning every list on two shared cores takes some seconds.
  }, 120_000);

  afterAll(async () => {
    await service?.close();
    await site?.close();
    if (bundleDir !== undefined) rmSync(bundleDir, { recursive: true, force: true });
  });

  test('the unit chief reads the breach with its deciders and the 72-hour clock from discovery', async () => {
    const answer = await call(CHIEF, `/incidents/${breachId}`);
    expect(answer.status).toBe(200);
    const view = incidentViewSchema.parse(JSON.parse(answer.body));
    expect(view.incident.reportedBy).toBe(ANNA);
    expect(view.reporter).toEqual({ email: ANNA, name: 'Anna Svensson' });
    expect(view.unitName).toBe('Akuten');
    expect(view.unitChief).toEqual({ email: CHIEF, name: 'Carl Chef' });
    expect(view.dataProtectionOfficers).toEqual([{ email: DSO, name: 'Eva Dso' }]);
    expect(view.clock).toEqual({ state: 'running', deadline: '2026-03-05T07:00:00.000Z', minutesLeft: 46 * 60 });
    expect(view.access).toEqual({ assess: true, decideForAuthority: false });
  });

  test.each([
    ['the reporter, her own report', ANNA, 200],
    ['the DSO, a possible breach ("don\'t know")', DSO, 200],
    ['a site owner', OWNER, 200],
    ['a colleague in the same unit', BO, 403]
  ])('GET by %s → %s', async (_who, as, status) => {
    expect((await call(as, `/incidents/${breachId}`)).status).toBe(status);
  });

  test('a forged ReportedBy makes no report someone else\'s: Bo is refused, the report is Anna\'s (R-SEC-1)', async () => {
    expect((await call(BO, `/incidents/${deviationId}`)).status).toBe(403);
    expect(incidentViewSchema.parse(JSON.parse((await call(ANNA, `/incidents/${deviationId}`)).body)).incident.reportedBy).toBe(ANNA);
    // Not a possible breach: the DSO has no business with it.
    expect((await call(DSO, `/incidents/${deviationId}`)).status).toBe(403);
  });

  test('answers 404 for an incident that does not exist, 400 for an id that is not one, 401 without a caller', async () => {
    expect((await call(CHIEF, '/incidents/9999')).status).toBe(404);
    expect((await call(CHIEF, '/incidents/abc')).status).toBe(400);
    expect((await httpCall(`${service.url}/api/incidents/${breachId}`)).status).toBe(401);
  });

  test('assessment: the reporter, a colleague and the chief deciding for IMY are refused; the chief assesses; a stale ETag is a conflict', async () => {
    const { etag } = incidentViewSchema.parse(JSON.parse((await call(CHIEF, `/incidents/${breachId}`)).body));
    const assessment = { etag, status: 'assessed', category: 'personal-data-breach' };
    expect((await call(ANNA, `/incidents/${breachId}/assessment`, assessment)).status).toBe(403);
    expect((await call(BO, `/incidents/${breachId}/assessment`, assessment)).status).toBe(403);
    const imy = await call(CHIEF, `/incidents/${breachId}/assessment`, { ...assessment, authority: { reportable: false } });
    expect([imy.status, JSON.parse(imy.body).error.code]).toEqual([403, 'dso-only']);
    expect((await call(CHIEF, `/incidents/${breachId}/assessment`, { ...assessment, assessedBy: BO })).status).toBe(400);

    const done = await call(CHIEF, `/incidents/${breachId}/assessment`, assessment);
    expect(done.status).toBe(200);
    const view = incidentViewSchema.parse(JSON.parse(done.body));
    expect(view.incident).toMatchObject({ status: 'assessed', assessedBy: CHIEF });
    expect(view.etag).not.toBe(etag);

    const stale = await call(DSO, `/incidents/${breachId}/assessment`, { ...assessment, authority: { reportable: true } });
    expect([stale.status, JSON.parse(stale.body).error.code]).toEqual([409, 'conflict']);
  });

  test('the DSO decides for IMY with the current ETag; a report time in the future is refused', async () => {
    const { etag } = incidentViewSchema.parse(JSON.parse((await call(DSO, `/incidents/${breachId}`)).body));
    const future = await call(DSO, `/incidents/${breachId}/assessment`, { etag, status: 'assessed', category: 'personal-data-breach', authority: { reportable: true, reportedAt: '2026-03-03T12:00:00Z' } });
    expect(future.status).toBe(400);
    const reportedAt = instant('2026-03-03T08:30:00Z');
    const answer = await call(DSO, `/incidents/${breachId}/assessment`, { etag, status: 'closed', category: 'personal-data-breach', authority: { reportable: true, reportedAt } });
    expect(answer.status).toBe(200);
    expect(incidentViewSchema.parse(JSON.parse(answer.body)).clock.state).toBe('reported-in-time');
  });
  test('a report the reporter has just written reaches the unit chief\'s My tasks at once; only someone who may read it can say so (R-INC)', async () => {
    const owedIds = async (): Promise<string[]> => {
      const answer = myTasksAnswerSchema.parse(JSON.parse((await call(CHIEF, MY_TASKS_PATH)).body));
      return answer.owed.filter((item) => item.topic === 'incident-assessment').map((item) => item.subjectId);
    };
    const before = await owedIds();
    const asAnna = registerRepositories(connectToSite({ siteUrl: site.siteUrl, token: localToken(ANNA) }), '/sites/tillit');
    const at = '2026-03-03T08:30:00+01:00';
    const fresh = (await asAnna.incidents.add(anIncident({ id: 'x', unitId: akutenId, reportedBy: ANNA, discoveredAt: at, reportedAt: at, personalData: 'yes' }))).id;
    // The day's plan is cached: without a word from the page, the chief would see it only later.
    expect(await owedIds()).toEqual(before);
    expect((await call(BO, `/incidents/${fresh}/reported`, {})).status).toBe(403);
    const told = await call(ANNA, `/incidents/${fresh}/reported`, {});
    expect(told.status).toBe(200);
    // It answers the incident's view, as GET does: the receipt names the chief from it.
    expect(incidentViewSchema.parse(JSON.parse(told.body))).toMatchObject({ incident: { id: fresh }, unitChief: { email: CHIEF } });
    expect(await owedIds()).toEqual(expect.arrayContaining([...before, fresh]));
  });
});
