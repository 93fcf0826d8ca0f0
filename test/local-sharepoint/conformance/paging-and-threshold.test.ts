import type { SPFI } from '@pnp/sp';
import type { IItems } from '@pnp/sp/items';
import { ADMIN, ANNA, BO, failureOf, startSite, type ConformanceSite } from './conformance-site';

/**
 * Paging with `odata.nextLink` ($skiptoken) through @pnp/sp's async iterator, and SharePoint's list
 * view threshold: past 5,000 items a query must start on an indexed column (DESIGN.md, Limits).
 */
describe('local SharePoint: paging and the list view threshold', () => {
  const BIG = 12_000;
  let context: ConformanceSite;
  let admin: SPFI;

  /** Every page @pnp/sp's iterator yields, following odata.nextLink until there is none. */
  async function pages<T>(items: IItems): Promise<T[][]> {
    const result: T[][] = [];
    for await (const page of items) result.push(page as T[]);
    return result;
  }

  beforeAll(async () => {
    context = await startSite();
    admin = context.spAs(ADMIN);
    await admin.web.lists.add('Kvittenser');
    const list = admin.web.lists.getByTitle('Kvittenser');
    await list.fields.addText('Kategori');
    await list.fields.addNumber('Nummer', { Indexed: true });
    // 12,000 items straight into the store in one transaction: seconds through REST, milliseconds here.
    const { store } = context.site;
    const record = store.listByTitle('Kvittenser');
    if (!record) throw new Error('the list was not created');
    const adminId = (await admin.web.currentUser()).Id;
    const now = '2026-02-01T10:00:00Z';
    store.transaction(() => {
      for (let n = 1; n <= BIG; n += 1) {
        const data = { Title: `K${n}`, Kategori: n % 2 === 0 ? 'Jämn' : 'Udda', Nummer: n % 1000, Created: now, Modified: now, AuthorId: adminId, EditorId: adminId };
        store.insertItem(record.id, data);
      }
    });
  });

  afterAll(() => context.close());

  it(`pages a ${BIG.toLocaleString('en')}-item list with top(5000): 5000, 5000, 2000, every item once, in ID order`, async () => {
    const items = admin.web.lists.getByTitle('Kvittenser').items.select('Id', 'Nummer').top(5000);
    const all = await pages<{ Id: number; Nummer: number }>(items);
    expect(all.map((page) => page.length)).toEqual([5000, 5000, 2000]);
    const ids = all.flat().map((item) => item.Id);
    expect(ids).toEqual(Array.from({ length: BIG }, (_, index) => index + 1));
    expect(all[2][1999]).toEqual(expect.objectContaining({ Id: BIG, Nummer: 0 }));
  });

  it('caps $top above 5,000 at 5,000 and pages the rest', async () => {
    const items = admin.web.lists.getByTitle('Kvittenser').items.select('Id').top(6000);
    expect((await pages(items)).map((page) => page.length)).toEqual([5000, 5000, 2000]);
  });

  it('fails a query whose first filter is on a column that is not indexed, as SharePoint does', async () => {
    const failure = await failureOf(admin.web.lists.getByTitle('Kvittenser').items.filter("Kategori eq 'Jämn'").top(10)());
    expect(failure.status).toBe(500);
    expect(failure.code).toBe('-2147024860, Microsoft.SharePoint.SPQueryThrottledException');
    expect(failure.message).toBe('The attempted operation is prohibited because it exceeds the list view threshold.');
    // The order of the clauses matters: SharePoint looks at the first one.
    const second = await failureOf(admin.web.lists.getByTitle('Kvittenser').items.filter("Kategori eq 'Jämn' and Nummer eq 7")());
    expect(second.status).toBe(500);
  });

  it('answers the same kind of query on an indexed column, and ID is always indexed', async () => {
    const list = admin.web.lists.getByTitle('Kvittenser');
    const seven = await list.items.select('Id').filter('Nummer eq 7')();
    expect(seven.map((item: { Id: number }) => item.Id)).toEqual(Array.from({ length: 12 }, (_, index) => 7 + index * 1000));
    const sevenEven = await list.items.select('Id').filter("Nummer eq 8 and Kategori eq 'Jämn'")();
    expect(sevenEven).toHaveLength(12);
    const byId = await list.items.select('Id', 'Title').filter('Id gt 11995')();
    expect(byId.map((item: { Title: string }) => item.Title)).toEqual(['K11996', 'K11997', 'K11998', 'K11999', 'K12000']);
  });

  it('fails sorting on a column that is not indexed, and sorts on an indexed one', async () => {
    const list = admin.web.lists.getByTitle('Kvittenser');
    expect((await failureOf(list.items.orderBy('Kategori').top(5)())).status).toBe(500);
    const sorted = await list.items.select('Id', 'Nummer').filter('Nummer ge 998').orderBy('Nummer', false).top(5)();
    expect(sorted.map((item: { Nummer: number }) => item.Nummer)).toEqual([999, 999, 999, 999, 999]);
  });

  it('makes a column usable once it is indexed', async () => {
    await admin.web.lists.getByTitle('Kvittenser').fields.getByInternalNameOrTitle('Kategori').update({ Indexed: true });
    const found = await admin.web.lists.getByTitle('Kvittenser').items.select('Id').filter("Kategori eq 'Udda' and Nummer eq 1")();
    expect(found).toHaveLength(12);
    await admin.web.lists.getByTitle('Kvittenser').fields.getByInternalNameOrTitle('Kategori').update({ Indexed: false });
    expect((await failureOf(admin.web.lists.getByTitle('Kvittenser').items.filter("Kategori eq 'Udda'")())).status).toBe(500);
  });

  describe('pages ordered by a column keep every item exactly once', () => {
    beforeAll(async () => {
      await admin.web.lists.add('Sortering');
      const list = admin.web.lists.getByTitle('Sortering');
      await list.fields.addNumber('Prio');
      await list.fields.addBoolean('Klar');
      await list.fields.addUser('Ansvarig');
      const people = [(await admin.web.ensureUser(BO)).Id, (await admin.web.ensureUser(ANNA)).Id];
      const titles = ['delta', 'Alfa', 'charlie', 'Bravo', 'echo', 'Foxtrot', 'golf', 'Hotel', 'india', 'Juliett', 'alfa'];
      for (const [index, title] of titles.entries()) {
        await list.items.add({ Title: title, Prio: index % 3, Klar: index % 2 === 0, AnsvarigId: people[index % 2] });
      }
    });

    const titlesOf = (all: { Title: string }[][]): string[] => all.flat().map((item) => item.Title);

    it('by a number, descending, with ties', async () => {
      const all = await pages<{ Title: string; Prio: number }>(admin.web.lists.getByTitle('Sortering').items.select('Title', 'Prio').orderBy('Prio', false).top(2));
      const flat = all.flat();
      expect(flat).toHaveLength(11);
      expect(new Set(titlesOf(all)).size).toBe(11);
      expect(flat.map((item) => item.Prio)).toEqual([2, 2, 2, 1, 1, 1, 1, 0, 0, 0, 0]);
      expect(all.map((page) => page.length)).toEqual([2, 2, 2, 2, 2, 1]);
    });

    it('by text, which SharePoint sorts without regard to case', async () => {
      const all = await pages<{ Title: string }>(admin.web.lists.getByTitle('Sortering').items.select('Title').orderBy('Title').top(3));
      expect(titlesOf(all).map((title) => title.toLowerCase())).toEqual(['alfa', 'alfa', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliett']);
    });

    it('by a yes/no column', async () => {
      const all = await pages<{ Title: string; Klar: boolean }>(admin.web.lists.getByTitle('Sortering').items.select('Title', 'Klar').orderBy('Klar').top(4));
      const flat = all.flat();
      expect(flat).toHaveLength(11);
      expect(flat.map((item) => item.Klar)).toEqual([false, false, false, false, false, true, true, true, true, true, true]);
    });

    it("by a person's name", async () => {
      const all = await pages<{ Title: string; Ansvarig: { Title: string } }>(
        admin.web.lists.getByTitle('Sortering').items.select('Title', 'Ansvarig/Title').expand('Ansvarig').orderBy('Ansvarig/Title').top(4)
      );
      const names = all.flat().map((item) => item.Ansvarig.Title);
      expect(names).toEqual([...Array(5).fill('Anna Berg'), ...Array(6).fill('Bo Ek')]);
    });

    it('with a filter carried to every page', async () => {
      const all = await pages<{ Title: string; Prio: number }>(
        admin.web.lists.getByTitle('Sortering').items.select('Title', 'Prio').filter('Prio eq 1').orderBy('Title', false).top(1)
      );
      // Equal titles (Alfa, alfa) follow ID order, as SharePoint breaks ties.
      expect(titlesOf(all)).toEqual(['Hotel', 'echo', 'Alfa', 'alfa']);
      expect(all).toHaveLength(4);
    });
  });
});
