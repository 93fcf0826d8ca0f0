import '@pnp/sp/webs';
import '@pnp/sp/lists';
import { PROVISIONED_SCHEMA_META, schemaFingerprint, upgradeLocalSchema } from '../../src/cli/schema-upgrade';
import { DEFAULT_REGION_CONFIG } from '../../src/config/default-region';
import { loadRegionConfig } from '../../src/config/load-region-config';
import { startLocalSharePoint, type LocalSharePoint } from '../../src/local-sharepoint/local-sharepoint-server';
import { SITE_ADMIN_EMAIL } from '../../src/local-sharepoint/local-site-defaults';
import { ALL_LISTS } from '../../src/sharepoint/lists/all-lists';
import { provisionSite } from '../../src/sharepoint/provisioning/provision-site';
import { connectToSite, localToken } from '../../src/sharepoint/sp-factory';

describe('a data folder made by an earlier Tillit is brought up to date at start', () => {
  let site: LocalSharePoint;

  beforeAll(async () => {
    site = await startLocalSharePoint({ port: 0, dataDir: ':memory:' });
  });

  afterAll(async () => {
    await site.close();
  });

  test('the fingerprint follows the list schemas and the configuration', () => {
    expect(schemaFingerprint(DEFAULT_REGION_CONFIG)).toBe(schemaFingerprint(DEFAULT_REGION_CONFIG));
    const otherConfig = loadRegionConfig({ classification: { reviewIntervalMonths: 6 } });
    expect(schemaFingerprint(otherConfig)).not.toBe(schemaFingerprint(DEFAULT_REGION_CONFIG));
  });

  test('a list added since the folder was made is provisioned once, then starts change nothing', async () => {
    const sp = connectToSite({ siteUrl: site.siteUrl, token: localToken(SITE_ADMIN_EMAIL) });
    const newest = ALL_LISTS[ALL_LISTS.length - 1];
    // The earlier version: every list but the newest.
    await provisionSite(sp, DEFAULT_REGION_CONFIG, ALL_LISTS.slice(0, -1));
    site.store.setMeta(PROVISIONED_SCHEMA_META, 'an earlier version');
    const lines: string[] = [];
    expect(await upgradeLocalSchema(site.siteUrl, site.store, DEFAULT_REGION_CONFIG, (line) => lines.push(line))).toBeGreaterThan(0);
    expect(await sp.web.getList(`/sites/tillit/${newest.url}`).select('Title')()).toMatchObject({ Title: newest.title });
    expect(lines[0]).toMatch(/brought up to date/);
    expect(site.store.meta(PROVISIONED_SCHEMA_META)).toBe(schemaFingerprint(DEFAULT_REGION_CONFIG));
    expect(await upgradeLocalSchema(site.siteUrl, site.store, DEFAULT_REGION_CONFIG, (line) => lines.push(line))).toBe(0);
    expect(lines).toHaveLength(2);
    // Provisioning every list twice on a loaded machine outlasts jest's default 5 s.
  }, 120_000);
});
