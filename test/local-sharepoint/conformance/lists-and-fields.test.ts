import type { SPFI } from '@pnp/sp';
import type { IFieldInfo } from '@pnp/sp/fields';
import { ADMIN, ANNA, failureOf, grantOnSite, ROLE, startSite, type ConformanceSite } from './conformance-site';

/** The web, its lists and their fields, as provisioning (src/sharepoint/provisioning) drives them. */
describe('local SharePoint: web, lists and fields', () => {
  let context: ConformanceSite;
  let admin: SPFI;

  beforeAll(async () => {
    context = await startSite();
    admin = context.spAs(ADMIN);
  });

  afterAll(() => context.close());

  it('answers _api/web in JSON light', async () => {
    const web = await admin.web();
    expect(web).toMatchObject({ Title: 'Tillit', Url: context.site.siteUrl, ServerRelativeUrl: '/sites/tillit' });
    expect(web['odata.type' as keyof typeof web]).toBe('SP.Web');
    expect(typeof web.Id).toBe('string');
    expect((await admin.web.select('Title')()).Title).toBe('Tillit');
  });

  it('adds a list and finds it by title, by id, by URL and in the lists collection', async () => {
    const added = await admin.web.lists.add('Tillgångar', 'Informationstillgångar', 100, false, { EnableVersioning: true });
    expect(added).toMatchObject({ Title: 'Tillgångar', Description: 'Informationstillgångar', BaseTemplate: 100, ItemCount: 0 });

    const byTitle = await admin.web.lists.getByTitle('Tillgångar')();
    expect(byTitle.Id).toBe(added.Id);
    expect((await admin.web.lists.getById(added.Id)()).Title).toBe('Tillgångar');
    // The list's URL is fixed from its first title; getList finds the list by it, site-relative or absolute.
    const { RootFolder } = await admin.web.lists.getByTitle('Tillgångar').select('RootFolder/ServerRelativeUrl').expand('RootFolder')();
    expect(RootFolder.ServerRelativeUrl).toMatch(/^\/sites\/tillit\/Lists\/Tillg/);
    expect((await admin.web.getList(RootFolder.ServerRelativeUrl)()).Id).toBe(added.Id);
    expect((await admin.web.getList(`http://127.0.0.1:${context.site.port}${RootFolder.ServerRelativeUrl}`)()).Id).toBe(added.Id);

    const titles = (await admin.web.lists.select('Title')()).map((list) => list.Title);
    expect(titles).toContain('Tillgångar');
  });

  it('ensures a list: creates it once, then finds and updates it', async () => {
    const first = await admin.web.lists.ensure('Risker', 'Riskregister');
    expect(first.created).toBe(true);
    const second = await admin.web.lists.ensure('Risker', 'Riskregistret');
    expect(second.created).toBe(false);
    expect((await second.list.select('Description')()).Description).toBe('Riskregistret');
    expect((await admin.web.lists()).filter((list) => list.Title === 'Risker')).toHaveLength(1);
  });

  it('answers 404 for a list that does not exist, by title and by URL', async () => {
    const byTitle = await failureOf(admin.web.lists.getByTitle('Finns inte')());
    expect(byTitle.status).toBe(404);
    expect(byTitle.message).toBe(`List 'Finns inte' does not exist at site with URL '${context.site.siteUrl}'.`);
    expect((await failureOf(admin.web.getList('/sites/tillit/Lists/FinnsInte')())).status).toBe(404);
  });

  it('refuses a second list with the same title', async () => {
    await admin.web.lists.add('Dubbel');
    const failure = await failureOf(admin.web.lists.add('Dubbel'));
    expect(failure.status).toBeGreaterThanOrEqual(400);
    expect(failure.message).toContain('already exists');
  });

  it('adds a field of every type Tillit uses and reports its type back', async () => {
    await admin.web.lists.add('Fälttyper');
    const list = admin.web.lists.getByTitle('Fälttyper');
    await admin.web.lists.add('Enheter');
    const units = await admin.web.lists.getByTitle('Enheter')();

    await list.fields.addText('Kod', { MaxLength: 20 });
    await list.fields.addNumber('Sannolikhet', { MinimumValue: 1, MaximumValue: 5 });
    await list.fields.addBoolean('Aktiv');
    await list.fields.addDateTime('Granskad');
    await list.fields.addChoice('Status', { Choices: ['Öppen', 'Stängd'] });
    await list.fields.addMultiChoice('Kategorier', { Choices: ['Person', 'Hälsa', 'Ekonomi'] });
    await list.fields.addUser('Ansvarig');
    await list.fields.addLookup('Enhet', { LookupListId: units.Id, LookupFieldName: 'Title' });
    await list.fields.addMultilineText('Beskrivning');
    await list.fields.createFieldAsXml({
      SchemaXml: '<Field Type="Choice" Name="Klassning" DisplayName="Klassning (K)" Indexed="TRUE"><CHOICES><CHOICE>1</CHOICE><CHOICE>2</CHOICE></CHOICES></Field>',
      // AddFieldInternalNameHint: the internal name comes from Name, not from DisplayName.
      Options: 8
    });

    const fields = await list.fields.select('InternalName', 'Title', 'TypeAsString', 'FieldTypeKind', 'Choices', 'Indexed', 'MaxLength')();
    // MaxLength is SP.FieldText's, not in pnp's IFieldInfo.
    const byName = new Map<string, IFieldInfo & { MaxLength?: number }>(fields.map((field) => [field.InternalName, field]));
    const type = (name: string): [string | undefined, number | undefined] => [byName.get(name)?.TypeAsString, byName.get(name)?.FieldTypeKind];
    expect(type('Kod')).toEqual(['Text', 2]);
    expect(type('Sannolikhet')).toEqual(['Number', 9]);
    expect(type('Aktiv')).toEqual(['Boolean', 8]);
    expect(type('Granskad')).toEqual(['DateTime', 4]);
    expect(type('Status')).toEqual(['Choice', 6]);
    expect(type('Kategorier')).toEqual(['MultiChoice', 15]);
    expect(type('Ansvarig')).toEqual(['User', 20]);
    expect(type('Enhet')).toEqual(['Lookup', 7]);
    expect(type('Beskrivning')).toEqual(['Note', 3]);
    expect(type('Klassning')).toEqual(['Choice', 6]);
    expect(byName.get('Kod')?.MaxLength).toBe(20);
    expect(byName.get('Status')?.Choices).toEqual(['Öppen', 'Stängd']);
    expect(byName.get('Kategorier')?.Choices).toEqual(['Person', 'Hälsa', 'Ekonomi']);
    expect(byName.get('Klassning')).toMatchObject({ Title: 'Klassning (K)', Indexed: true, Choices: ['1', '2'] });
    // The built-ins every list has.
    expect([...byName.keys()]).toEqual(expect.arrayContaining(['ID', 'Title', 'Created', 'Modified', 'Author', 'Editor']));

    const lookup = await list.fields.getByInternalNameOrTitle('Enhet').select('LookupList', 'LookupField')();
    expect(lookup).toMatchObject({ LookupList: `{${units.Id}}`, LookupField: 'Title' });
  });

  it('takes the internal name from the display name without the name hint', async () => {
    await admin.web.lists.add('Utan hint');
    const field = await admin.web.lists.getByTitle('Utan hint').fields.createFieldAsXml('<Field Type="Text" Name="Kort" DisplayName="Lång rubrik" />');
    expect(field.InternalName).toBe('L_x00e5_ng_x0020_rubrik');
    expect(field.Title).toBe('Lång rubrik');
  });

  it('writes and reads back a value of every field type', async () => {
    const list = admin.web.lists.getByTitle('Fälttyper');
    const unit = await admin.web.lists.getByTitle('Enheter').items.add({ Title: 'Kirurgi' });
    const anna = await admin.web.ensureUser(ANNA);
    const added = await list.items.add({
      Title: 'Journalsystem',
      Kod: 'JS-1',
      Sannolikhet: 4,
      Aktiv: true,
      Granskad: '2026-03-01T08:30:00Z',
      Status: 'Öppen',
      Kategorier: ['Person', 'Hälsa'],
      AnsvarigId: anna.Id,
      EnhetId: unit.Id,
      Beskrivning: 'Rad ett\nRad två',
      Klassning: '2'
    });
    const read = await list.items.getById(added.Id)();
    expect(read).toMatchObject({
      Title: 'Journalsystem',
      Kod: 'JS-1',
      Sannolikhet: 4,
      Aktiv: true,
      Granskad: '2026-03-01T08:30:00Z',
      Status: 'Öppen',
      Kategorier: ['Person', 'Hälsa'],
      AnsvarigId: anna.Id,
      EnhetId: unit.Id,
      Beskrivning: 'Rad ett\nRad två',
      Klassning: '2'
    });
    const expanded = await list.items.getById(added.Id).select('Enhet/Title', 'Ansvarig/EMail').expand('Enhet', 'Ansvarig')();
    expect(expanded.Enhet).toEqual({ Title: 'Kirurgi' });
    expect(expanded.Ansvarig).toEqual({ EMail: ANNA });
  });

  it('refuses a value of the wrong type and a text longer than the column allows', async () => {
    const list = admin.web.lists.getByTitle('Fälttyper');
    expect((await failureOf(list.items.add({ Title: 'x', Sannolikhet: 'hög' }))).status).toBe(400);
    expect((await failureOf(list.items.add({ Title: 'x', Aktiv: 'ja' }))).status).toBe(400);
    expect((await failureOf(list.items.add({ Title: 'x', Granskad: 'i morgon' }))).status).toBe(400);
    expect((await failureOf(list.items.add({ Title: 'x', Kod: 'K'.repeat(21) }))).status).toBe(400);
  });

  it('indexes a field with field.update({ Indexed: true })', async () => {
    const field = admin.web.lists.getByTitle('Fälttyper').fields.getByInternalNameOrTitle('Kod');
    expect((await field.select('Indexed')()).Indexed).toBe(false);
    await field.update({ Indexed: true });
    expect((await field.select('Indexed')()).Indexed).toBe(true);
    const schema = (await field.select('SchemaXml')()).SchemaXml;
    expect(schema).toContain('Indexed="TRUE"');
  });

  it('gives a new list only the built-in fields, even right after another list was deleted', async () => {
    await admin.web.lists.add('Borttagen');
    await admin.web.lists.getByTitle('Borttagen').fields.addText('Kvarleva');
    await admin.web.lists.getByTitle('Borttagen').delete();
    await admin.web.lists.add('Ny efter borttagen');
    const names = (await admin.web.lists.getByTitle('Ny efter borttagen').fields.select('InternalName')()).map((field) => field.InternalName);
    expect(names.sort()).toEqual(['Author', 'Created', 'Editor', 'ID', 'Modified', 'Title']);
    expect((await failureOf(admin.web.lists.getByTitle('Ny efter borttagen').items.add({ Title: 'x', Kvarleva: 'y' }))).status).toBe(400);
  });

  it('refuses more than 20 indexed columns on a list, as SharePoint does', async () => {
    await admin.web.lists.add('Många index');
    const list = admin.web.lists.getByTitle('Många index');
    for (let n = 1; n <= 20; n += 1) await list.fields.addText(`Index${n}`, { Indexed: true });
    const failure = await failureOf(list.fields.addText('Index21', { Indexed: true }));
    expect(failure.status).toBe(400);
    expect(failure.message).toContain('20');
  });

  it('updates and deletes a list; only a list manager may', async () => {
    await grantOnSite(admin, ANNA, ROLE.contribute);
    await admin.web.lists.add('Tillfällig');
    const asAnna = context.spAs(ANNA).web.lists.getByTitle('Tillfällig');
    expect((await failureOf(asAnna.update({ Description: 'av Anna' }))).status).toBe(403);
    expect((await failureOf(asAnna.delete())).status).toBe(403);

    await admin.web.lists.getByTitle('Tillfällig').update({ Description: 'Ändrad' });
    expect((await admin.web.lists.getByTitle('Tillfällig').select('Description')()).Description).toBe('Ändrad');
    await admin.web.lists.getByTitle('Tillfällig').delete();
    expect((await failureOf(admin.web.lists.getByTitle('Tillfällig')())).status).toBe(404);
  });
});
