import type { SPFI } from '@pnp/sp';
import type { IList } from '@pnp/sp/lists';
import { ADMIN, ANNA, failureOf, grantOnSite, ROLE, startSite, type ConformanceSite } from './conformance-site';

/** Items: add, read, MERGE and delete with ETags, so that no update is lost (R-SEC-2). */
describe('local SharePoint: items and ETags', () => {
  let context: ConformanceSite;
  let admin: SPFI;
  let list: IList;

  beforeAll(async () => {
    context = await startSite();
    admin = context.spAs(ADMIN);
    await grantOnSite(admin, ANNA, ROLE.contribute);
    await admin.web.lists.add('Incidenter');
    list = admin.web.lists.getByTitle('Incidenter');
    await list.fields.addText('Plats');
    await list.fields.addNumber('Allvarlighet');
  });

  afterAll(() => context.close());

  it('adds an item: the answer is the item with its id, ETag "1" and who and when', async () => {
    const before = Date.now();
    const added = await context.spAs(ANNA).web.lists.getByTitle('Incidenter').items.add({ Title: 'Stöld av dator', Plats: 'Växjö', Allvarlighet: 3 });
    expect(added).toMatchObject({ Title: 'Stöld av dator', Plats: 'Växjö', Allvarlighet: 3, 'odata.etag': '"1"' });
    expect(added.Id).toBeGreaterThan(0);
    expect(added.ID).toBe(added.Id);
    const anna = await admin.web.siteUsers.getByEmail(ANNA)();
    expect(added.AuthorId).toBe(anna.Id);
    expect(added.EditorId).toBe(anna.Id);
    expect(added.Created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(Date.parse(added.Created)).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    expect(added.Modified).toBe(added.Created);
  });

  it('reads an item by id with its ETag, and the collection with odata.etag on every item', async () => {
    const added = await list.items.add({ Title: 'Felskickat mejl' });
    const read = await list.items.getById(added.Id)();
    expect(read).toMatchObject({ Id: added.Id, Title: 'Felskickat mejl', Plats: null, 'odata.etag': '"1"' });
    const all = await list.items.select('Id', 'Title')();
    expect(all.map((item) => item.Id)).toContain(added.Id);
    for (const item of all) expect(item['odata.etag']).toMatch(/^"\d+"$/);
  });

  it('updates with MERGE: only the given fields change, the ETag moves on, Modified and Editor follow', async () => {
    const added = await list.items.add({ Title: 'Obehörig inloggning', Plats: 'Ljungby', Allvarlighet: 2 });
    const result = await context.spAs(ANNA).web.lists.getByTitle('Incidenter').items.getById(added.Id).update({ Allvarlighet: 4 }, added['odata.etag']);
    expect(result.etag).toBe('"2"');
    const read = await list.items.getById(added.Id)();
    expect(read).toMatchObject({ Title: 'Obehörig inloggning', Plats: 'Ljungby', Allvarlighet: 4, 'odata.etag': '"2"' });
    const anna = await admin.web.siteUsers.getByEmail(ANNA)();
    expect(read.EditorId).toBe(anna.Id);
    expect(read.AuthorId).not.toBe(anna.Id);
  });

  it('answers 412 to an update with a stale ETag and keeps the newer value', async () => {
    const added = await list.items.add({ Title: 'Phishing', Allvarlighet: 1 });
    const staleEtag: string = added['odata.etag'];
    await list.items.getById(added.Id).update({ Allvarlighet: 2 }, staleEtag);
    const conflict = await failureOf(list.items.getById(added.Id).update({ Allvarlighet: 5 }, staleEtag));
    expect(conflict.status).toBe(412);
    expect(conflict.code).toBe('-1, Microsoft.SharePoint.Client.ClientServiceException');
    expect(conflict.message).toBe(`The request ETag value '"1"' does not match the object's ETag value '"2"'.`);
    expect((await list.items.getById(added.Id)()).Allvarlighet).toBe(2);
    // IF-Match: * (pnp's default) overwrites whatever is there.
    await list.items.getById(added.Id).update({ Allvarlighet: 3 });
    expect((await list.items.getById(added.Id)()).Allvarlighet).toBe(3);
  });

  it('deletes an item; a stale ETag gets 412, and a deleted item is 404', async () => {
    const added = await list.items.add({ Title: 'Tappad nyckel' });
    await list.items.getById(added.Id).update({ Title: 'Tappad passerkort' });
    expect((await failureOf(list.items.getById(added.Id).delete('"1"'))).status).toBe(412);
    await list.items.getById(added.Id).delete('"2"');
    const gone = await failureOf(list.items.getById(added.Id)());
    expect(gone.status).toBe(404);
    expect(gone.message).toBe('Item does not exist. It may have been deleted by another user.');
    expect((await failureOf(list.items.getById(added.Id).update({ Title: 'x' }))).status).toBe(404);
  });

  it('never reuses an id after a delete', async () => {
    const first = await list.items.add({ Title: 'A' });
    await list.items.getById(first.Id).delete();
    const second = await list.items.add({ Title: 'B' });
    expect(second.Id).toBe(first.Id + 1);
  });

  it('refuses a property the list does not have and read-only built-ins, writing nothing', async () => {
    const before = (await list.select('ItemCount')()).ItemCount;
    const unknown = await failureOf(list.items.add({ Title: 'x', Finnsinte: 1 }));
    expect(unknown.status).toBe(400);
    expect(unknown.message).toContain("'Finnsinte'");
    const readOnly = await failureOf(list.items.add({ Title: 'x', Created: '2020-01-01T00:00:00Z' }));
    expect(readOnly.status).toBe(400);
    expect((await list.select('ItemCount')()).ItemCount).toBe(before);
  });

  it('lets a reader read but not write items (403)', async () => {
    await grantOnSite(admin, 'bo.ek@regionexempel.se', ROLE.read);
    const asBo = context.spAs('bo.ek@regionexempel.se').web.lists.getByTitle('Incidenter');
    expect((await asBo.items.top(1)()).length).toBe(1);
    const denied = await failureOf(asBo.items.add({ Title: 'Bo försöker' }));
    expect(denied.status).toBe(403);
    expect(denied.code).toContain('UnauthorizedAccessException');
  });
});
