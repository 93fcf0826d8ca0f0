import { hmacSeal } from '../../../src/cli/acknowledgement-key';
import { DEFAULT_REGION_CONFIG } from '../../../src/config/default-region';
import { isoDate } from '../../../src/domain/shared/calendar';
import { seedDemoRegion } from '../../../src/cli/seed-demo-region';
import { generateDemoRegion } from '../../../src/demo/generate-demo-region';
import { startLocalSharePoint, type LocalSharePoint } from '../../../src/local-sharepoint/local-sharepoint-server';
import { LOCAL_SITE_PATH, SITE_ADMIN_EMAIL } from '../../../src/local-sharepoint/local-site-defaults';
import { provisionSite } from '../../../src/sharepoint/provisioning/provision-site';
import { registerRepositories } from '../../../src/sharepoint/repositories/register-repositories';
import { readSnapshot } from '../../../src/sharepoint/repositories/snapshot-reader';
import { writeSnapshot } from '../../../src/sharepoint/repositories/snapshot-writer';
import { connectToSite, localToken } from '../../../src/sharepoint/sp-factory';

/**
 * The demo region's write keys are its record ids (`demo:<register>:<id>`): a seed that loses
 * answers on the way lands everything once, and writing the same region again adds nothing
 * (R-SEC-2) — an interrupted seed is completed by running it again.
 */
describe('writing a snapshot through lost answers, and again', () => {
  const OPTIONS = { asOf: isoDate('2026-11-23'), scale: 0.01, seed: 11, seal: hmacSeal(Buffer.alloc(32, 1)) };
  const RETRY = { retries: 8, baseDelayMs: 1, maxDelayMs: 10 };
  let site: LocalSharePoint;

  beforeAll(async () => {
    site = await startLocalSharePoint({ port: 0, dataDir: ':memory:' });
    await provisionSite(connectToSite({ siteUrl: site.siteUrl, token: localToken(SITE_ADMIN_EMAIL) }), DEFAULT_REGION_CONFIG);
  }, 60_000);

  afterAll(() => site.close());

  it('lands every record once, and a second write of the same region adds nothing', async () => {
    const connection = { siteUrl: site.siteUrl, token: localToken(SITE_ADMIN_EMAIL), retry: RETRY };
    site.faults.set({ mode: 'commit-then-502', share: 0.1 });
    await seedDemoRegion(connection, OPTIONS, DEFAULT_REGION_CONFIG, () => undefined);
    site.faults.set(undefined);

    const generated = generateDemoRegion(OPTIONS, DEFAULT_REGION_CONFIG);
    const repositories = registerRepositories(connectToSite(connection), LOCAL_SITE_PATH);
    const counts = async (): Promise<Record<string, number>> => {
      const { snapshot, rejected } = await readSnapshot(repositories);
      expect(rejected).toEqual({});
      return Object.fromEntries(Object.entries(snapshot as unknown as Record<string, readonly unknown[]>).map(([key, list]) => [key, list.length]));
    };
    const expected = Object.fromEntries(Object.entries(generated as unknown as Record<string, readonly unknown[]>).map(([key, list]) => [key, list.length]));
    expect(await counts()).toEqual(expected);

    const again = await writeSnapshot(generated, repositories, { keyScope: 'demo' });
    expect(again.written.units).toBe(generated.units.length);
    expect(await counts()).toEqual(expected);
  }, 180_000);
});
