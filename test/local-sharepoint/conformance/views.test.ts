import type { SPFI } from '@pnp/sp';
import { ADMIN, ANNA, failureOf, grantOnSite, ROLE, startSite, type ConformanceSite } from './conformance-site';

/** Every list's default view and its fields, as list pickers and SharePoint's own forms read them. */
describe('local SharePoint: views', () => {
  let context: ConformanceSite;
  let admin: SPFI;

  beforeAll(async () => {
    context = await startSite();
    admin = context.spAs(ADMIN);
    await grantOnSite(admin, ANNA, ROLE.contribute);
    await admin.web.lists.add('Systems');
    await admin.web.lists.getByTitle('Systems').update({ Title: 'System' });
  });

  afterAll(() => context.close());

  it('gives every new list its default view "All Items" on AllItems.aspx', async () => {
    const list = admin.web.lists.getByTitle('System');
    const view = await list.defaultView();
    expect(view).toMatchObject({ Title: 'All Items', DefaultView: true, PersonalView: false, RowLimit: 30, ServerRelativeUrl: '/sites/tillit/Lists/Systems/AllItems.aspx' });
    const views = await list.views();
    expect(views.map((candidate) => candidate.Id)).toEqual([view.Id]);
    expect((await list.views.getByTitle('All Items')()).Id).toBe(view.Id);
    expect((await list.views.getById(view.Id)()).Title).toBe('All Items');
    expect((await list.getView(view.Id)()).Title).toBe('All Items');
    expect((await list.select('DefaultViewUrl')()).DefaultViewUrl).toBe('/sites/tillit/Lists/Systems/AllItems.aspx');
    expect((await failureOf(list.views.getByTitle('all items')())).status).toBeGreaterThanOrEqual(400);
  });

  it("answers the default view's fields: the title with its item menu", async () => {
    const fields = await admin.web.lists.getByTitle('System').defaultView.fields();
    expect(fields).toMatchObject({ Items: ['LinkTitle'], SchemaXml: '<FieldRef Name="LinkTitle" />' });
    expect(await admin.web.lists.getByTitle('System').defaultView.fields.getSchemaXml()).toBe('<FieldRef Name="LinkTitle" />');
  });

  it('adds a column to the default view when createFieldAsXml asks for it (AddFieldToDefaultView), and only then', async () => {
    const list = admin.web.lists.getByTitle('System');
    await list.fields.createFieldAsXml({ SchemaXml: '<Field Type="Text" Name="Supplier" DisplayName="Leverantör" />', Options: 8 | 16 } as never);
    await list.fields.createFieldAsXml({ SchemaXml: '<Field Type="Note" Name="Notes" DisplayName="Anteckningar" />', Options: 8 } as never);
    expect((await list.defaultView.fields()).Items).toEqual(['LinkTitle', 'Supplier']);
  });

  it('adds, moves and removes view fields, by internal or display name, and drops a deleted column', async () => {
    const fields = admin.web.lists.getByTitle('System').defaultView.fields;
    await fields.add('Anteckningar');
    await fields.add('Modified');
    await fields.move('Modified', 0);
    expect((await fields()).Items).toEqual(['Modified', 'LinkTitle', 'Supplier', 'Notes']);
    await fields.remove('Supplier');
    await admin.web.lists.getByTitle('System').fields.getByInternalNameOrTitle('Notes').delete();
    expect((await fields()).Items).toEqual(['Modified', 'LinkTitle']);
    expect((await failureOf(fields.add('Finns inte'))).status).toBeGreaterThanOrEqual(400);
    await fields.removeAll();
    expect((await fields()).Items).toEqual([]);
    await fields.add('LinkTitle');
  });

  it('expands DefaultView and Views on the list; ViewFields only on request', async () => {
    const list = (await admin.web.lists.getByTitle('System').select('Title', 'DefaultView/Title', 'Views/Id').expand('DefaultView', 'Views')()) as unknown as {
      DefaultView: Record<string, unknown>;
      Views: unknown[];
    };
    expect(list.DefaultView.Title).toBe('All Items');
    expect(list.Views).toHaveLength(1);
    const view: Record<string, unknown> = await admin.web.lists.getByTitle('System').defaultView();
    expect(view.ViewFields).toBeUndefined();
    const expanded = (await admin.web.lists.getByTitle('System').defaultView.expand('ViewFields')()) as unknown as { ViewFields: { Items: string[] } };
    expect(expanded.ViewFields.Items).toEqual(['LinkTitle']);
  });

  it('adds a view and makes it the default, which takes the flag from the old one', async () => {
    const list = admin.web.lists.getByTitle('System');
    const added = (await list.views.add('Aktiva', false, { RowLimit: 50 })) as unknown as { Id: string; DefaultView: boolean };
    expect(added.DefaultView).toBe(false);
    await list.views.getById(added.Id).update({ DefaultView: true });
    expect((await list.defaultView()).Title).toBe('Aktiva');
    expect((await list.views()).filter((view) => view.DefaultView).map((view) => view.Title)).toEqual(['Aktiva']);
    expect((await failureOf(list.views.getById(added.Id).delete())).status).toBe(400);
  });

  it('lets a contributor read views but not change them', async () => {
    const asAnna = context.spAs(ANNA).web.lists.getByTitle('System');
    expect((await asAnna.defaultView()).Title).toBe('Aktiva');
    expect((await failureOf(asAnna.defaultView.fields.add('Modified'))).status).toBe(403);
    expect((await failureOf(asAnna.views.add('Annas'))).status).toBe(403);
  });
});
