import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ADMIN, ANNA, BO, failureOf, grantOnSite, membershipLogin, ROLE, startSite } from './conformance-site';

/** A site in a data folder is still there, lists, fields, items, people and permissions, after a restart. */
describe('local SharePoint: persistence', () => {
  let dataDir: string;

  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'tillit-local-sharepoint-'));
  });

  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps lists, fields, indexes, items, versions, users, groups and list security across a close and a new start', async () => {
    const first = await startSite({ dataDir });
    let listId: string;
    let itemId: number;
    let groupId: number;
    try {
      const admin = first.spAs(ADMIN);
      await grantOnSite(admin, ANNA, ROLE.contribute);
      const list = (await admin.web.lists.add('Kvittenser', 'Kvitterade policyer', 100, false, { EnableVersioning: true })).Id as string;
      listId = list;
      const handle = admin.web.lists.getByTitle('Kvittenser');
      await handle.fields.addUser('Person');
      await handle.fields.addDateTime('Kvitterad', { DisplayFormat: 1 });
      await handle.fields.getByInternalNameOrTitle('Kvitterad').update({ Indexed: true });
      await handle.update({ WriteSecurity: 2 });
      const anna = await admin.web.siteUsers.getByEmail(ANNA)();
      const signed = await first.spAs(ANNA).web.lists.getByTitle('Kvittenser').items.add({ Title: 'Policy 2026', PersonId: anna.Id, Kvitterad: '2026-02-03T09:15:00Z' });
      itemId = signed.Id;
      await first.spAs(ANNA).web.lists.getByTitle('Kvittenser').items.getById(itemId).update({ Title: 'Policy 2026 (läst)' }, signed['odata.etag']);
      const group = await admin.web.siteGroups.add({ Title: 'Tillit läsare' });
      groupId = group.Id;
      await admin.web.siteGroups.getById(groupId).users.add(membershipLogin(BO));
    } finally {
      await first.close();
    }

    const second = await startSite({ dataDir });
    try {
      const admin = second.spAs(ADMIN);
      const list = await admin.web.lists.getByTitle('Kvittenser').select('Id', 'Description', 'WriteSecurity', 'EnableVersioning')();
      expect(list).toMatchObject({ Id: listId, Description: 'Kvitterade policyer', WriteSecurity: 2, EnableVersioning: true });
      const field = await admin.web.lists.getByTitle('Kvittenser').fields.getByInternalNameOrTitle('Kvitterad').select('Indexed', 'TypeAsString')();
      expect(field).toMatchObject({ Indexed: true, TypeAsString: 'DateTime' });

      const item = await admin.web.lists.getByTitle('Kvittenser').items.getById(itemId).select('Title', 'Kvitterad', 'Person/EMail').expand('Person')();
      expect(item).toMatchObject({ Title: 'Policy 2026 (läst)', Kvitterad: '2026-02-03T09:15:00Z', Person: { EMail: ANNA }, 'odata.etag': '"2"' });
      const versions = await admin.web.lists.getByTitle('Kvittenser').items.getById(itemId).versions();
      expect(versions.map((version: { VersionLabel: string }) => version.VersionLabel)).toEqual(['2.0', '1.0']);

      // The people and the rules came back too: Anna is still a contributor, Bo still may not touch her item.
      await second.spAs(ANNA).web.lists.getByTitle('Kvittenser').items.add({ Title: 'Efter omstart' });
      expect((await admin.web.siteGroups.getById(groupId).users()).map((user) => user.Email)).toEqual([BO]);
      await grantOnSite(admin, BO, ROLE.contribute);
      expect((await failureOf(second.spAs(BO).web.lists.getByTitle('Kvittenser').items.getById(itemId).update({ Title: 'Bo' }))).status).toBe(403);

      // Ids keep counting where they were.
      const next = await admin.web.lists.getByTitle('Kvittenser').items.add({ Title: 'Nästa' });
      expect(next.Id).toBe(itemId + 2);
    } finally {
      await second.close();
    }
  });

  it('starts an empty site in a new folder, and a memory site leaves nothing behind', async () => {
    const fresh = await startSite({ dataDir: join(dataDir, 'ny') });
    try {
      const titles = (await fresh.spAs(ADMIN).web.lists()).map((list) => list.Title);
      expect(titles).toEqual([]);
    } finally {
      await fresh.close();
    }
    const memory = await startSite();
    await memory.spAs(ADMIN).web.lists.add('Flyktig');
    await memory.close();
    const again = await startSite();
    try {
      expect((await again.spAs(ADMIN).web.lists()).map((list) => list.Title)).toEqual([]);
    } finally {
      await again.close();
    }
  });
});
