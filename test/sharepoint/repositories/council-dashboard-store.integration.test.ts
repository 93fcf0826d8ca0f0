import { randomBytes } from 'node:crypto';
import { DEFAULT_REGION_CONFIG } from '../../../src/config/default-region';
import { councilDashboardSchema, type CouncilDashboard } from '../../../src/contracts/council-dashboard';
import { generateDemoRegion } from '../../../src/demo/generate-demo-region';
import { councilDashboardOf } from '../../../src/domain/council/council-dashboard';
import { NO_COUNCIL_PERMISSIONS } from '../../../src/domain/council/council-permissions';
import { instant, isoDate } from '../../../src/domain/shared/calendar';
import { MAX_DASHBOARD_PART_CHARS } from '../../../src/sharepoint/mappers/records/council-dashboard-part';
import { CouncilDashboardStore, packDashboard } from '../../../src/sharepoint/repositories/council-dashboard-store';
import { startSharePointRequestCounter, type SharePointRequestCounter } from '../../support/sharepoint-request-counter';
import { registerRepositories } from '../../../src/sharepoint/repositories/register-repositories';
import { connectToSite } from '../../../src/sharepoint/sp-factory';
import { openLocalTestSite, type TestSite } from './test-site';

/*
 * The council's stored dashboard in the CouncilDashboards list on the local SharePoint (issue 10, the
 * first render): read back as written in one request, several parts when it is large, older
 * generations deleted by the writer, and a copy that is incomplete or corrupt reported, not thrown.
 */
function dashboardAt(computedAt: string, extraRisks = 0): CouncilDashboard {
  const region = generateDemoRegion({ asOf: isoDate('2026-11-23'), scale: 0.01, seed: 2 }, DEFAULT_REGION_CONFIG);
  const dashboard = councilDashboardSchema.parse(
    councilDashboardOf({ snapshot: region, kpiSnapshots: [], config: DEFAULT_REGION_CONFIG, year: 2026, now: instant(computedAt), linkOf: () => undefined, may: NO_COUNCIL_PERMISSIONS })
  );
  // Random titles do not compress: a region that large needs several parts.
  const risks = Array.from({ length: extraRisks }, (_, index) => ({ id: `r${index}`, title: randomBytes(750).toString('base64'), likelihood: 2, consequence: 3, levelKey: 'medel' }));
  return { ...dashboard, risks: { ...dashboard.risks, open: [...dashboard.risks.open, ...risks] } };
}

describe('the stored council dashboard (CouncilDashboards)', () => {
  let site: TestSite;
  let counter: SharePointRequestCounter;
  let store: CouncilDashboardStore;

  beforeAll(async () => {
    site = await openLocalTestSite();
    counter = await startSharePointRequestCounter(site.siteUrl);
    store = new CouncilDashboardStore(registerRepositories(connectToSite({ ...site.connection, siteUrl: counter.siteUrl }), site.sitePath).councilDashboards);
  }, 60_000);

  afterAll(async () => {
    await counter?.close();
    await site?.close();
  });

  test('a year with nothing stored reads as absent, in one request', async () => {
    counter.reset();
    expect(await store.read(2026)).toEqual({ outcome: 'absent' });
    expect(counter.counts().requests).toBe(1);
  });

  test('a large dashboard is stored in parts of at most 60,000 characters and read back whole in one request; the older generation is deleted', async () => {
    const first = dashboardAt('2026-11-23T09:00:00Z');
    expect((await store.write(first)).parts).toBe(1);
    const large = dashboardAt('2026-11-23T09:20:00Z', 150);
    const packed = packDashboard(large).length;
    expect(packed).toBeGreaterThan(2 * MAX_DASHBOARD_PART_CHARS);
    const written = await store.write(large);
    const parts = Math.ceil(packed / MAX_DASHBOARD_PART_CHARS);
    expect(written).toMatchObject({ parts, deleted: 1 });
    counter.reset();
    const read = await store.read(2026);
    expect(counter.counts().requests).toBe(1);
    expect(read).toEqual({ outcome: 'found', dashboard: large, generation: written.generation });
    const items = (await site.repositories.councilDashboards.readAll()).valid;
    expect(items.map((part) => [part.generation, part.part, part.data.length <= MAX_DASHBOARD_PART_CHARS])).toEqual(Array.from({ length: parts }, (_, index) => [written.generation, index, true]));
    expect(await store.read(2025)).toEqual({ outcome: 'absent' });
  }, 60_000);

  test('a newer generation still incomplete is passed over for the whole one; a whole but corrupt newest one is unusable, never thrown', async () => {
    const whole = await store.read(2026);
    const base = { id: 'new', year: 2026, computedAt: instant('2026-11-23T09:30:00Z') };
    await site.repositories.councilDashboards.add({ ...base, generation: 'half-written', part: 0, parts: 2, data: 'H4sIAAAA' });
    expect(await store.read(2026)).toEqual(whole);
    await site.repositories.councilDashboards.add({ ...base, generation: 'not-gzip', part: 0, parts: 1, data: Buffer.from('{"year":2026}').toString('base64') });
    expect(await store.read(2026)).toMatchObject({ outcome: 'unusable', problem: expect.stringMatching(/not-gzip of 2026: not gzipped JSON/) });
    const refused = packDashboard({ ...dashboardAt('2026-11-23T09:40:00Z'), asOf: 'yesterday' } as unknown as CouncilDashboard);
    await site.repositories.councilDashboards.add({ ...base, computedAt: instant('2026-11-23T09:40:00Z'), generation: 'refused', part: 0, parts: 1, data: refused });
    expect(await store.read(2026)).toMatchObject({ outcome: 'unusable', problem: expect.stringMatching(/refused by the contract: asOf/) });
  }, 60_000);

  test('the next write deletes every older generation, whole or not', async () => {
    const before = (await site.repositories.councilDashboards.readAll()).valid.length;
    const written = await store.write(dashboardAt('2026-11-23T10:00:00Z'));
    expect(written.deleted).toBe(before);
    const items = (await site.repositories.councilDashboards.readAll()).valid;
    expect(new Set(items.map((part) => part.generation))).toEqual(new Set([written.generation]));
  }, 60_000);
});
