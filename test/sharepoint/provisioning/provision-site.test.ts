import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/items';
import { DEFAULT_REGION_CONFIG } from '../../../src/config/default-region';
import { loadRegionConfig } from '../../../src/config/load-region-config';
import { startLocalSharePoint, type LocalSharePoint } from '../../../src/local-sharepoint/local-sharepoint-server';
import { SITE_ADMIN_EMAIL } from '../../../src/local-sharepoint/local-site-defaults';
import { ALL_LISTS } from '../../../src/sharepoint/lists/all-lists';
import { SITE_GROUPS } from '../../../src/sharepoint/lists/list-schema';
import { WRITE_KEY } from '../../../src/sharepoint/lists/write-key';
import { FIELD_XML_OPTIONS } from '../../../src/sharepoint/provisioning/field-xml';
import { provisionSite } from '../../../src/sharepoint/provisioning/provision-site';
import { connectToSite, localToken } from '../../../src/sharepoint/sp-factory';

describe('provisionSite on the local stand-in (R-ORG-MULTI, R-SEC-1)', () => {
  let site: LocalSharePoint;

  beforeEach(async () => {
    site = await startLocalSharePoint({ port: 0, dataDir: ':memory:' });
  });

  afterEach(async () => {
    await site.close();
  });

  it('creates every list with its columns, indexes and item-level permissions, and a second run changes nothing', async () => {
    const sp = connectToSite({ siteUrl: site.siteUrl, token: localToken(SITE_ADMIN_EMAIL) });
    const first = await provisionSite(sp, DEFAULT_REGION_CONFIG);
    expect(first.changes.filter((line) => line.endsWith('list created'))).toHaveLength(ALL_LISTS.length);

    for (const schema of ALL_LISTS) {
      const list = sp.web.getList(`/sites/tillit/${schema.url}`);
      const info = await list.select('Title', 'WriteSecurity', 'ReadSecurity')();
      expect(info.Title).toBe(schema.title);
      expect(info.WriteSecurity).toBe(schema.permissions.itemLevel === 'all' ? 1 : 2);
      const fields = (await list.fields.select('InternalName', 'Indexed')()) as { InternalName: string; Indexed: boolean }[];
      for (const field of schema.fields) {
        const found = fields.find((candidate) => candidate.InternalName === field.internalName);
        expect({ list: schema.key, field: field.internalName, indexed: found?.Indexed }).toEqual({ list: schema.key, field: field.internalName, indexed: field.indexed });
      }
    }

    const second = await provisionSite(sp, DEFAULT_REGION_CONFIG);
    expect(second.changes).toEqual([]);
  }, 60_000);

  it("makes the site's own owners, members and visitors groups Tillit's groups, without a second set (R-SEC-1)", async () => {
    const sp = connectToSite({ siteUrl: site.siteUrl, token: localToken('admin@tillit.local') });
    const before = (await sp.web.siteGroups()).length;
    const report = await provisionSite(sp, DEFAULT_REGION_CONFIG);
    expect(report.changes).toContain(`group "Tillit Owners" (the site's owners) renamed to "${SITE_GROUPS.owners}"`);
    expect((await sp.web.associatedOwnerGroup()).Title).toBe(SITE_GROUPS.owners);
    expect((await sp.web.associatedMemberGroup()).Title).toBe(SITE_GROUPS.members);
    expect((await sp.web.associatedVisitorGroup()).Title).toBe(SITE_GROUPS.visitors);
    expect((await sp.web.siteGroups()).length).toBe(before);
  }, 60_000);

  it('gives every list the write key, indexed and unique, and adds it to a site provisioned before it existed (R-SEC-2)', async () => {
    const sp = connectToSite({ siteUrl: site.siteUrl, token: localToken(SITE_ADMIN_EMAIL) });
    await provisionSite(sp, DEFAULT_REGION_CONFIG);
    for (const schema of ALL_LISTS) {
      const key = await sp.web.getList(`/sites/tillit/${schema.url}`).fields.getByInternalNameOrTitle(WRITE_KEY).select('Indexed', 'EnforceUniqueValues')();
      expect({ list: schema.key, indexed: key.Indexed, unique: key.EnforceUniqueValues }).toEqual({ list: schema.key, indexed: true, unique: true });
    }
    // A site from before the write key: Units without the column and with items, Risks with it but not unique.
    const units = sp.web.getList('/sites/tillit/Lists/Units');
    await units.fields.getByInternalNameOrTitle(WRITE_KEY).delete();
    await units.items.add({ Title: 'Gammal enhet 1', Level: 'enhet' });
    await units.items.add({ Title: 'Gammal enhet 2', Level: 'enhet' });
    await sp.web.getList('/sites/tillit/Lists/Risks').fields.getByInternalNameOrTitle(WRITE_KEY).update({ EnforceUniqueValues: false }, 'SP.Field');

    const report = await provisionSite(sp, DEFAULT_REGION_CONFIG);
    expect(report.changes).toEqual([`Lists/Units: column ${WRITE_KEY} added`, `Lists/Risks: column ${WRITE_KEY} enforces unique values`]);
    const added = await units.fields.getByInternalNameOrTitle(WRITE_KEY).select('Indexed', 'EnforceUniqueValues')();
    expect(added).toMatchObject({ Indexed: true, EnforceUniqueValues: true });
    // The old items keep an empty key; a new one with a key lands beside them.
    await units.items.add({ Title: 'Ny enhet', Level: 'enhet', [WRITE_KEY]: 'k-1' });
    expect((await units.items.select('ID')()).length).toBe(3);
    expect((await provisionSite(sp, DEFAULT_REGION_CONFIG)).changes).toEqual([]);
  }, 60_000);

  it('stops a retired column being required, keeping it and its values, so a site from an earlier Tillit takes new items (NudgeLog.Recipient, issue 9)', async () => {
    const sp = connectToSite({ siteUrl: site.siteUrl, token: localToken(SITE_ADMIN_EMAIL) });
    await provisionSite(sp, DEFAULT_REGION_CONFIG);
    const log = sp.web.getList('/sites/tillit/Lists/NudgeLog');
    // As an earlier Tillit left it: a required Recipient column (a text column stands in for the person column here).
    await log.fields.createFieldAsXml({ SchemaXml: '<Field Type="Text" Name="Recipient" StaticName="Recipient" DisplayName="Mottagare (gammal)" Required="TRUE" />', Options: FIELD_XML_OPTIONS } as never);
    expect((await log.fields.getByInternalNameOrTitle('Recipient').select('Required')()).Required).toBe(true);

    const report = await provisionSite(sp, DEFAULT_REGION_CONFIG);
    expect(report.changes).toEqual(['Lists/NudgeLog: column Recipient retired (no longer required)']);
    expect((await log.fields.getByInternalNameOrTitle('Recipient').select('Required')()).Required).toBe(false);
    expect((await provisionSite(sp, DEFAULT_REGION_CONFIG)).changes).toEqual([]);
  }, 60_000);

  it('adds what a changed configuration needs and reports it', async () => {
    const sp = connectToSite({ siteUrl: site.siteUrl, token: localToken(SITE_ADMIN_EMAIL) });
    await provisionSite(sp, DEFAULT_REGION_CONFIG);
    const withSektion = loadRegionConfig({
      organisationLevels: [...DEFAULT_REGION_CONFIG.organisationLevels, { key: 'sektion', label: { sv: 'Sektion', en: 'Section' } }]
    });
    const report = await provisionSite(sp, withSektion);
    expect(report.changes).toEqual(['Lists/Units: column Level offers sektion']);
  }, 60_000);

  it('is refused to someone who is not a site owner', async () => {
    const stranger = await startLocalSharePoint({ port: 0, dataDir: ':memory:', directory: [{ email: 'anna.berg@regionexempel.se', title: 'Anna Berg' }] });
    try {
      const sp = connectToSite({ siteUrl: stranger.siteUrl, token: localToken('anna.berg@regionexempel.se'), retry: { retries: 0, baseDelayMs: 0, maxDelayMs: 0 } });
      await expect(provisionSite(sp, DEFAULT_REGION_CONFIG)).rejects.toMatchObject({ status: 403 });
    } finally {
      await stranger.close();
    }
  });
});
