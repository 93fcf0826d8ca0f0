import type { SPFI } from '@pnp/sp';
import type { IList } from '@pnp/sp/lists';
import { ADMIN, ANNA, BO, failureOf, startSite, type ConformanceSite } from './conformance-site';

/**
 * `$filter`, `$select`, `$orderby` and `$top` on list items as the repositories send them through
 * @pnp/sp. Every filter answers the exact set of items it should, by title.
 */
describe('local SharePoint: queries', () => {
  let context: ConformanceSite;
  let admin: SPFI;
  let list: IList;
  let annaId: number;
  let boId: number;
  const unitIds = new Map<string, number>();

  const titles = async (filter: string): Promise<string[]> =>
    (await list.items.select('Title').filter(filter).orderBy('Title')()).map((item: { Title: string }) => item.Title);

  beforeAll(async () => {
    context = await startSite();
    admin = context.spAs(ADMIN);
    annaId = (await admin.web.ensureUser(ANNA)).Id;
    boId = (await admin.web.ensureUser(BO)).Id;

    await admin.web.lists.add('Enheter');
    const units = admin.web.lists.getByTitle('Enheter');
    for (const unit of ['Kirurgi', 'Psykiatri']) unitIds.set(unit, (await units.items.add({ Title: unit })).Id);

    await admin.web.lists.add('System');
    list = admin.web.lists.getByTitle('System');
    await list.fields.addNumber('Antal');
    await list.fields.addBoolean('Aktiv');
    await list.fields.addDateTime('Granskad', { DisplayFormat: 1 });
    await list.fields.addChoice('Status', { Choices: ['Utkast', 'Fastställd', 'Avvecklad'] });
    await list.fields.addUser('Ansvarig');
    await list.fields.addLookup('Enhet', { LookupListId: (await units()).Id, LookupFieldName: 'Title' });

    const rows: Record<string, unknown>[] = [
      { Title: 'Journal', Antal: 120, Aktiv: true, Granskad: '2026-01-15T09:00:00Z', Status: 'Fastställd', AnsvarigId: annaId, EnhetId: unitIds.get('Kirurgi') },
      { Title: 'Lönesystem', Antal: 5, Aktiv: true, Granskad: '2025-06-30T12:00:00Z', Status: 'Utkast', AnsvarigId: boId, EnhetId: unitIds.get('Psykiatri') },
      { Title: 'Labbsystem', Antal: 40, Aktiv: false, Granskad: '2024-11-01T00:00:00Z', Status: 'Avvecklad', AnsvarigId: annaId, EnhetId: unitIds.get('Psykiatri') },
      { Title: 'Journal arkiv', Antal: 0, Aktiv: false, Granskad: null, Status: 'Avvecklad', AnsvarigId: null, EnhetId: null },
      { Title: 'Röntgen', Antal: 40, Aktiv: true, Granskad: '2026-01-15T09:00:01Z', Status: 'Fastställd', AnsvarigId: boId, EnhetId: unitIds.get('Kirurgi') }
    ];
    for (const row of rows) await list.items.add(row);
  });

  afterAll(() => context.close());

  it('filters text with eq, ne, startswith and substringof', async () => {
    expect(await titles("Title eq 'Journal'")).toEqual(['Journal']);
    expect(await titles("Title ne 'Journal'")).toEqual(['Journal arkiv', 'Labbsystem', 'Lönesystem', 'Röntgen']);
    expect(await titles("startswith(Title,'Journal')")).toEqual(['Journal', 'Journal arkiv']);
    expect(await titles("substringof('system',Title)")).toEqual(['Labbsystem', 'Lönesystem']);
    // A quote inside a literal is doubled, as OData wants.
    expect(await titles("Title eq 'O''Brien'")).toEqual([]);
  });

  it('filters numbers with eq ne lt le gt ge', async () => {
    expect(await titles('Antal eq 40')).toEqual(['Labbsystem', 'Röntgen']);
    expect(await titles('Antal ne 40')).toEqual(['Journal', 'Journal arkiv', 'Lönesystem']);
    expect(await titles('Antal lt 5')).toEqual(['Journal arkiv']);
    expect(await titles('Antal le 5')).toEqual(['Journal arkiv', 'Lönesystem']);
    expect(await titles('Antal gt 40')).toEqual(['Journal']);
    expect(await titles('Antal ge 40')).toEqual(['Journal', 'Labbsystem', 'Röntgen']);
  });

  it('filters booleans as 1/0 and true/false', async () => {
    expect(await titles('Aktiv eq 1')).toEqual(['Journal', 'Lönesystem', 'Röntgen']);
    expect(await titles('Aktiv eq 0')).toEqual(['Journal arkiv', 'Labbsystem']);
    expect(await titles('Aktiv eq true')).toEqual(['Journal', 'Lönesystem', 'Röntgen']);
  });

  it("filters dates with datetime'…' to the second", async () => {
    expect(await titles("Granskad lt datetime'2025-01-01T00:00:00Z'")).toEqual(['Labbsystem']);
    expect(await titles("Granskad ge datetime'2026-01-15T09:00:00Z'")).toEqual(['Journal', 'Röntgen']);
    expect(await titles("Granskad gt datetime'2026-01-15T09:00:00Z'")).toEqual(['Röntgen']);
    expect(await titles("Granskad eq datetime'2026-01-15T09:00:00Z'")).toEqual(['Journal']);
    expect(await titles("Granskad ge datetime'2025-06-01T00:00:00Z' and Granskad le datetime'2025-12-31T23:59:59Z'")).toEqual(['Lönesystem']);
  });

  it('filters empty values with eq null and ne null', async () => {
    expect(await titles('Granskad eq null')).toEqual(['Journal arkiv']);
    expect(await titles('AnsvarigId eq null')).toEqual(['Journal arkiv']);
    expect(await titles('Granskad ne null')).toEqual(['Journal', 'Labbsystem', 'Lönesystem', 'Röntgen']);
  });

  it('filters a choice column', async () => {
    expect(await titles("Status eq 'Avvecklad'")).toEqual(['Journal arkiv', 'Labbsystem']);
    expect(await titles("Status ne 'Avvecklad'")).toEqual(['Journal', 'Lönesystem', 'Röntgen']);
  });

  it('filters person and lookup columns by id, and a person by e-mail when expanded', async () => {
    expect(await titles(`AnsvarigId eq ${annaId}`)).toEqual(['Journal', 'Labbsystem']);
    expect(await titles(`AnsvarigId ne ${annaId}`)).toEqual(['Lönesystem', 'Röntgen']);
    expect(await titles(`EnhetId eq ${unitIds.get('Kirurgi') ?? 0}`)).toEqual(['Journal', 'Röntgen']);
    const byEmail = await list.items.select('Title', 'Ansvarig/EMail').expand('Ansvarig').filter(`Ansvarig/EMail eq '${BO}'`).orderBy('Title')();
    expect(byEmail.map((item: { Title: string }) => item.Title)).toEqual(['Lönesystem', 'Röntgen']);
    expect(byEmail[0].Ansvarig).toEqual({ EMail: BO });
  });

  it('combines with and, or, not and parentheses', async () => {
    expect(await titles("Aktiv eq 1 and Status eq 'Fastställd'")).toEqual(['Journal', 'Röntgen']);
    expect(await titles("Antal eq 5 or Status eq 'Avvecklad'")).toEqual(['Journal arkiv', 'Labbsystem', 'Lönesystem']);
    expect(await titles("(Antal eq 5 or Antal eq 0) and Aktiv eq 1")).toEqual(['Lönesystem']);
    expect(await titles("not (Status eq 'Avvecklad')")).toEqual(['Journal', 'Lönesystem', 'Röntgen']);
    expect(await titles("not startswith(Title,'J')")).toEqual(['Labbsystem', 'Lönesystem', 'Röntgen']);
  });

  it('selects only the asked-for fields', async () => {
    const [item] = await list.items.select('Title', 'Antal').filter("Title eq 'Journal'")();
    const dataKeys = Object.keys(item).filter((key) => !key.startsWith('odata.'));
    expect(dataKeys.sort()).toEqual(['Antal', 'Title']);
    expect(item['odata.etag']).toBe('"1"');
  });

  it('orders by one or more columns, ascending and descending', async () => {
    const byCount = await list.items.select('Title', 'Antal').orderBy('Antal', false).orderBy('Title', true)();
    expect(byCount.map((item: { Title: string }) => item.Title)).toEqual(['Journal', 'Labbsystem', 'Röntgen', 'Lönesystem', 'Journal arkiv']);
    const byDate = await list.items.select('Title').filter('Granskad ne null').orderBy('Granskad')();
    expect(byDate.map((item: { Title: string }) => item.Title)).toEqual(['Labbsystem', 'Lönesystem', 'Journal', 'Röntgen']);
    const byId = await list.items.select('Id').orderBy('Id', false)();
    expect(byId.map((item: { Id: number }) => item.Id)).toEqual([5, 4, 3, 2, 1]);
  });

  it('limits with $top and answers 100 items a page without it', async () => {
    expect(await list.items.select('Id').top(2)()).toHaveLength(2);
    await admin.web.lists.add('Hundra');
    const hundred = admin.web.lists.getByTitle('Hundra');
    context.site.store.transaction(() => {
      const target = context.site.store.listByTitle('Hundra');
      if (!target) throw new Error('Hundra missing');
      for (let n = 0; n < 150; n += 1) context.site.store.insertItem(target.id, { Title: `R${n}` });
    });
    expect(await hundred.items.select('Id')()).toHaveLength(100);
  });

  it('answers 400 with SharePoint\'s message for a filter on a column the list does not have', async () => {
    const failure = await failureOf(list.items.filter("Finnsinte eq 'x'")());
    expect(failure.status).toBe(400);
    expect(failure.message).toContain('Finnsinte');
  });

  it('answers 400 for a malformed filter and for a projection without $expand', async () => {
    expect((await failureOf(list.items.filter("Title eq 'x' and")())).status).toBe(400);
    expect((await failureOf(list.items.filter("Ansvarig/EMail eq 'x@y.se'")())).status).toBe(400);
  });
});
