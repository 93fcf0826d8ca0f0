import type { SPFI } from '@pnp/sp';
import { ADMIN, failureOf, startSite, type ConformanceSite } from './conformance-site';

/** SharePoint's fixed ids of the built-in columns, in every list of every site. */
const BUILT_IN_IDS = {
  Title: 'fa564e0f-0c70-4ab9-b863-0177e6ddd247',
  ID: '1d22ea11-1e32-424e-89ab-9fedbadb6ce1',
  Created: '8c06beca-0777-48f7-91c7-6da68bc07b69',
  Modified: '28cf69c5-fa48-462a-b5cd-27b6f9d2bd5f',
  Author: '1df5e554-ec7e-46a6-901d-d85a3881cb18',
  Editor: 'd31655d1-1d5b-4511-95a1-7a09e9b75bf2'
};

const INVALID_QUERY = '-1, Microsoft.SharePoint.Client.InvalidClientQueryException';

/** The metadata a page reads besides items: built-in column ids, `$select` as SharePoint checks it, ParentList, title limits. */
describe('local SharePoint: metadata as SharePoint answers it', () => {
  let context: ConformanceSite;
  let admin: SPFI;

  beforeAll(async () => {
    context = await startSite();
    admin = context.spAs(ADMIN);
    await admin.web.lists.add('Tillgångar');
    await admin.web.lists.add('Risker');
  });

  afterAll(() => context.close());

  it('gives the built-in columns the same fixed ids in every list', async () => {
    for (const title of ['Tillgångar', 'Risker']) {
      const fields = await admin.web.lists.getByTitle(title).fields.select('InternalName', 'Id')();
      const ids = Object.fromEntries(fields.map((field) => [field.InternalName, field.Id]));
      expect(ids).toMatchObject(BUILT_IN_IDS);
    }
    expect((await admin.web.lists.getByTitle('Risker').fields.getById(BUILT_IN_IDS.Title)()).InternalName).toBe('Title');
  });

  it('answers $select of a property a list does not have with 400, as SharePoint does', async () => {
    const failure = await failureOf(admin.web.lists.getByTitle('Risker').select('Title', 'Titel')());
    expect(failure).toMatchObject({
      status: 400,
      code: INVALID_QUERY,
      message: "The property 'Titel' does not exist on type 'SP.List'. Make sure to only use property names that are defined by the type."
    });
    expect((await failureOf(admin.web.lists.select('Title', 'NoSuchThing')())).status).toBe(400);
    const onWeb = await failureOf(admin.web.select('Titel')());
    expect(onWeb).toMatchObject({ status: 400, code: INVALID_QUERY, message: expect.stringContaining("does not exist on type 'SP.Web'") });
  });

  it('refuses a real SharePoint property it does not serve by saying so, rather than dropping it', async () => {
    const failure = await failureOf(admin.web.lists.getByTitle('Risker').select('ValidationFormula')());
    expect(failure.status).toBe(400);
    expect(failure.message).toContain('not served by the local SharePoint stand-in');
  });

  it('inlines a navigation property of a list only when it is expanded', async () => {
    const plain: Record<string, unknown> = await admin.web.lists.getByTitle('Risker')();
    expect(plain.RootFolder).toBeUndefined();
    const named: Record<string, unknown> = await admin.web.lists.getByTitle('Risker').select('Title', 'RootFolder')();
    expect(named).toMatchObject({ Title: 'Risker' });
    expect(named.RootFolder).toBeUndefined();
    const { RootFolder } = await admin.web.lists.getByTitle('Risker').select('RootFolder/ServerRelativeUrl').expand('RootFolder')();
    expect(RootFolder).toMatchObject({ ServerRelativeUrl: '/sites/tillit/Lists/Risker' });
    expect((await failureOf(admin.web.lists.getByTitle('Risker').select('RootFolder/ServerRelativeUrl')())).status).toBe(400);
  });

  it("expands an item's ParentList, a navigation property and not a lookup", async () => {
    const added = await admin.web.lists.getByTitle('Risker').items.add({ Title: 'Nätverksavbrott' });
    const item = (await admin.web.lists.getByTitle('Risker').items.getById(added.Id).expand('ParentList')()) as unknown as {
      Title: string;
      ParentList: { Title: string; Id: string; 'odata.type'?: string };
    };
    expect(item.Title).toBe('Nätverksavbrott');
    expect(item.ParentList).toMatchObject({ Title: 'Risker', 'odata.type': 'SP.List' });
    const narrowed = (await admin.web.lists.getByTitle('Risker').items.getById(added.Id).select('Id', 'ParentList/Title').expand('ParentList')()) as unknown as {
      ParentList: Record<string, unknown>;
    };
    expect(Object.keys(narrowed.ParentList).filter((key) => !key.startsWith('odata.'))).toEqual(['Title']);
    const [listed] = (await admin.web.lists.getByTitle('Risker').items.select('Title', 'ParentList/Id').expand('ParentList')()) as unknown as { ParentList: { Id: string } }[];
    expect(listed.ParentList.Id).toBe((await admin.web.lists.getByTitle('Risker')()).Id);
  });

  it('refuses a list title over 255 characters, on creation and on rename', async () => {
    const tooLong = 'R'.repeat(256);
    const failure = await failureOf(admin.web.lists.add(tooLong));
    expect(failure.status).toBe(400);
    expect(failure.message).toContain('255');
    expect((await admin.web.lists.select('Title')()).map((list) => list.Title)).not.toContain(tooLong);
    expect((await failureOf(admin.web.lists.getByTitle('Risker').update({ Title: tooLong }))).status).toBe(400);
    const longest = `${'L'.repeat(254)}x`;
    await admin.web.lists.add(longest);
    expect((await admin.web.lists.getByTitle(longest)()).Title).toHaveLength(255);
  });
});
