import type { Request } from 'express';
import { appApiServices, type AppApiServices } from '../../../bot/api/app-api-services';
import { startAppService, type AppService } from '../../../bot/app-service';
import type { BuildReport } from '../../../bot/browser-bundles';
import { councilDashboardFor, councilReadsOf } from '../../../bot/council/council-dashboard-service';
import { noteCouncilWrite, storeDashboardIfStale } from '../../../bot/council/stored-council-dashboard';
import { HttpProblem } from '../../../bot/http/http-problem';
import { hmacSeal } from '../../../src/cli/acknowledgement-key';
import { seedDemoRegion } from '../../../src/cli/seed-demo-region';
import { DEFAULT_REGION_CONFIG } from '../../../src/config/default-region';
import { councilDashboardSchema, type CouncilDashboard } from '../../../src/contracts/council-dashboard';
import { DEMO_PERSONAS } from '../../../src/demo/demo-personas';
import { NO_COUNCIL_PERMISSIONS } from '../../../src/domain/council/council-permissions';
import { instant, isoDate } from '../../../src/domain/shared/calendar';
import { startLocalSharePoint, type LocalSharePoint } from '../../../src/local-sharepoint/local-sharepoint-server';
import { APP_PRINCIPAL_EMAIL, LOCAL_SITE_PATH, SITE_ADMIN_EMAIL } from '../../../src/local-sharepoint/local-site-defaults';
import { provisionSite } from '../../../src/sharepoint/provisioning/provision-site';
import { CouncilDashboardStore } from '../../../src/sharepoint/repositories/council-dashboard-store';
import { registerRepositories, type RegisterRepositories } from '../../../src/sharepoint/repositories/register-repositories';
import { connectToSite, localToken } from '../../../src/sharepoint/sp-factory';
import { startSharePointRequestCounter, type SharePointRequestCounter } from '../../support/sharepoint-request-counter';
import { httpCall } from '../http-call';

/*
 * The council dashboard's first render from the stored dashboard (issue 10; R-KPI, R-SEC-1), against
 * the local SharePoint with a small demo region and SharePoint's requests counted: a cold service
 * answers from the stored copy in two round trips (the copy, the caller's own roles) with the
 * caller's permissions and starts the live read behind; a non-council caller is refused there too;
 * `fresh=1`, a warm cache or no usable copy answer live; a live answer renews the copy at most every
 * ten minutes. Each "cold service" is a new set of services: an empty register read cache.
 */
const AS_OF = isoDate('2026-11-23');
const NOW = new Date('2026-11-23T09:00:00Z');
const COORDINATOR = { email: DEMO_PERSONAS.securityCoordinator.email };
const MEMBER = { email: DEMO_PERSONAS.councilChair.email };
const EMPLOYEE = { email: DEMO_PERSONAS.employee.email };
const ALL_MAY = { recordMaturity: true, recordMeeting: true, takeSnapshot: true };

const testCaller = (request: Request): Promise<{ email: string }> => {
  const email = request.headers['x-test-caller'];
  if (typeof email !== 'string') return Promise.reject(new HttpProblem(401, 'sign-in-required', 'no caller'));
  return Promise.resolve({ email });
};

/** The figures, without who may do what or where the answer came from. */
const figuresOf = (dashboard: CouncilDashboard): unknown => ({ ...dashboard, may: undefined, servedFrom: undefined });

describe('the council dashboard served from its stored copy (issue 10, the first render)', () => {
  let site: LocalSharePoint;
  let counter: SharePointRequestCounter;
  let admin: RegisterRepositories;
  let clock = NOW;
  const lines: string[] = [];
  const coldServices = (): AppApiServices =>
    appApiServices({ siteUrl: counter.siteUrl, token: localToken(APP_PRINCIPAL_EMAIL), callerOf: testCaller, config: DEFAULT_REGION_CONFIG, log: (line) => lines.push(line), now: () => clock });
  const stored = (): Promise<ReturnType<CouncilDashboardStore['read']> extends Promise<infer R> ? R : never> => new CouncilDashboardStore(admin.councilDashboards).read(2026);
  const generations = async (): Promise<string[]> => [...new Set((await admin.councilDashboards.readAll()).valid.map((part) => part.generation))];
  /** The lists SharePoint was asked about, request by request, as the counter saw them. */
  const listsAsked = (): string[] => counter.operations().map((operation) => (operation.list ?? 'site').replace(/^.*\/lists\//, ''));
  let firstLive: CouncilDashboard;

  beforeAll(async () => {
    site = await startLocalSharePoint({ port: 0, dataDir: ':memory:' });
    const connection = { siteUrl: site.siteUrl, token: localToken(SITE_ADMIN_EMAIL) };
    await provisionSite(connectToSite(connection), DEFAULT_REGION_CONFIG);
    await seedDemoRegion(connection, { asOf: AS_OF, scale: 0.02, seed: 3, seal: hmacSeal(Buffer.alloc(32, 5)) }, DEFAULT_REGION_CONFIG, () => undefined);
    admin = registerRepositories(connectToSite(connection), LOCAL_SITE_PATH);
    counter = await startSharePointRequestCounter(site.siteUrl);
  }, 240_000);

  afterAll(async () => {
    await counter?.close();
    await site?.close();
  });

  test('with nothing stored, a cold service answers live and stores the dashboard behind it', async () => {
    const services = coldServices();
    firstLive = await councilDashboardFor(services, 2026, COORDINATOR);
    expect([firstLive.servedFrom, firstLive.may]).toEqual(['live', ALL_MAY]);
    await storeDashboardIfStale(services, firstLive);
    const kept = await stored();
    expect(kept.outcome).toBe('found');
    if (kept.outcome === 'found') expect(kept.dashboard).toEqual({ ...firstLive, may: NO_COUNCIL_PERMISSIONS, servedFrom: undefined });
  }, 120_000);

  test('a cold service answers from the stored copy in two round trips, with the caller\'s permissions, and reads live behind it', async () => {
    const services = coldServices();
    counter.reset();
    const answer = await councilDashboardFor(services, 2026, MEMBER);
    const asked = listsAsked();
    expect(answer.servedFrom).toBe('stored');
    expect(answer.may).toEqual({ recordMaturity: false, recordMeeting: true, takeSnapshot: true });
    expect(figuresOf(answer)).toEqual(figuresOf(firstLive));
    // The answer's two reads come first; what follows is the live read it started behind it.
    expect(asked.slice(0, 2).sort()).toEqual(['councildashboards', 'roleassignments']);
    expect(asked.filter((list) => list === 'councildashboards')).toHaveLength(1);
    expect(councilReadsOf(services).isWarm()).toBe(false);
    await councilReadsOf(services).settled();
    expect(councilReadsOf(services).isWarm()).toBe(true);
    expect((await councilDashboardFor(services, 2026, MEMBER)).servedFrom).toBe('live');
  }, 120_000);

  test('someone without a council duty is refused on the stored path too, after the same two reads (R-SEC-1)', async () => {
    const services = coldServices();
    counter.reset();
    await expect(councilDashboardFor(services, 2026, EMPLOYEE)).rejects.toMatchObject({ status: 403, code: 'not-a-council-member' });
    expect(listsAsked().sort()).toEqual(['councildashboards', 'roleassignments']);
    expect(councilReadsOf(services).isWarm()).toBe(false);
  }, 60_000);

  test('fresh: a cold service answers live, never from the stored copy', async () => {
    const answer = await councilDashboardFor(coldServices(), 2026, COORDINATOR, { fresh: true });
    expect(answer.servedFrom).toBe('live');
    expect(figuresOf(answer)).toEqual(figuresOf(firstLive));
  }, 120_000);

  test('after a council write through a cold service, its dashboard is live: the stored copy predates the write', async () => {
    const services = coldServices();
    noteCouncilWrite(services);
    expect((await councilDashboardFor(services, 2026, COORDINATOR)).servedFrom).toBe('live');
  }, 120_000);

  test('a corrupt stored copy is logged and passed over for the live path; the live answer replaces it', async () => {
    // The newest copy is corrupt (a write half a minute after the good one went wrong); the service's clock is past both.
    const [before] = await generations();
    await admin.councilDashboards.add({ id: 'new', year: 2026, generation: 'corrupt-newer', part: 0, parts: 1, computedAt: instant('2026-11-23T09:00:30Z'), data: 'bm90IGd6aXA=' });
    clock = new Date(NOW.getTime() + 60_000);
    const services = coldServices();
    lines.length = 0;
    const answer = await councilDashboardFor(services, 2026, COORDINATOR);
    expect(answer.servedFrom).toBe('live');
    expect(lines).toContainEqual(expect.stringMatching(/^council: the stored dashboard of 2026 is not used \(computed live instead\): generation corrupt-newer of 2026: not gzipped JSON/));
    expect(await storeDashboardIfStale(services, answer)).toMatch(/written|recent-enough/);
    expect((await stored()).outcome).toBe('found');
    expect(await generations()).not.toContain(before);
    expect(await generations()).not.toContain('corrupt-newer');
  }, 120_000);

  test('a live answer renews the stored copy only when it is older than ten minutes', async () => {
    const services = coldServices();
    const answer = await councilDashboardFor(services, 2026, COORDINATOR, { fresh: true });
    expect(await storeDashboardIfStale(services, answer)).toBe('recent-enough');
    const before = await generations();
    clock = new Date(NOW.getTime() + 12 * 60_000);
    const later = await councilDashboardFor(services, 2026, COORDINATOR, { fresh: true });
    expect(await storeDashboardIfStale(services, later)).toMatch(/written|recent-enough/);
    const after = await generations();
    expect(after).toHaveLength(1);
    expect(after).not.toEqual(before);
    // A council write here makes the next live answer store at once, whatever the copy's age.
    clock = new Date(clock.getTime() + 1000);
    noteCouncilWrite(services);
    const afterWrite = await councilDashboardFor(services, 2026, COORDINATOR);
    expect(await storeDashboardIfStale(services, afterWrite)).toMatch(/written|recent-enough/);
    expect(await generations()).not.toEqual(after);
  }, 120_000);

  describe('GET /api/council/dashboard on a service just started', () => {
    let service: AppService;
    let api: AppApiServices;
    const get = (as: string, query: string): ReturnType<typeof httpCall> =>
      httpCall(`${service.url}/api/council/dashboard${query}`, { headers: { 'x-test-caller': as, accept: 'application/json' } });

    beforeAll(async () => {
      const stubBundles = (outDir: string): Promise<BuildReport> => Promise.resolve({ outDir, bundles: [], milliseconds: 0, reused: true });
      api = coldServices();
      service = await startAppService({ port: 0, prepareBundles: stubBundles, bundleDir: '/tmp', api, log: () => undefined });
    });

    afterAll(async () => {
      // The live read the stored answer started, ended before SharePoint stops.
      await councilReadsOf(api).settled();
      await service?.close();
    });

    test('answers the stored copy first, live with fresh=1, 400 for another fresh, 403 for an employee', async () => {
      const refused = await get(EMPLOYEE.email, '?year=2026');
      expect(refused.status).toBe(403);
      const first = await get(COORDINATOR.email, '?year=2026');
      expect(first.status).toBe(200);
      expect(councilDashboardSchema.parse(JSON.parse(first.body))).toMatchObject({ servedFrom: 'stored', may: ALL_MAY });
      const fresh = await get(COORDINATOR.email, '?year=2026&fresh=1');
      expect(fresh.status).toBe(200);
      expect(councilDashboardSchema.parse(JSON.parse(fresh.body))).toMatchObject({ servedFrom: 'live', may: ALL_MAY });
      const bad = await get(COORDINATOR.email, '?year=2026&fresh=yes');
      expect(bad.status).toBe(400);
    }, 120_000);
  });
});
