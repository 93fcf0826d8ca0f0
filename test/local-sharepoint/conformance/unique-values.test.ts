import type { SPFI } from '@pnp/sp';
import type { IItems } from '@pnp/sp/items';
import { ADMIN, failureOf, startSite, type ConformanceSite } from './conformance-site';

/**
 * EnforceUniqueValues, as SharePoint Online enforces it: a value a unique column already holds is
 * refused with SPDuplicateValuesFoundException and nothing lands, case-insensitively, in a $batch
 * as alone; empty values are not values. The write key (src/sharepoint/lists/write-key.ts) relies
 * on it so that no duplicate can land even when a client errs (R-SEC-2).
 */
describe('local SharePoint: unique values', () => {
  const DUPLICATE = {
    status: 400,
    code: '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException',
    message: 'The list item could not be added or updated because duplicate values were found in one or more fields in the list.'
  };
  let context: ConformanceSite;
  let admin: SPFI;
  const items = (sp: SPFI = admin): IItems => sp.web.lists.getByTitle('Nycklar').items;

  beforeAll(async () => {
    context = await startSite();
    admin = context.spAs(ADMIN);
    await admin.web.lists.add('Nycklar');
    await admin.web.lists
      .getByTitle('Nycklar')
      .fields.createFieldAsXml('<Field Type="Text" Name="Nyckel" DisplayName="Nyckel" Indexed="TRUE" EnforceUniqueValues="TRUE" MaxLength="255" />');
  });

  afterAll(() => context.close());

  async function count(key: string): Promise<number> {
    return (await items().select('ID').filter(`Nyckel eq '${key}'`)()).length;
  }

  it('shows the column as unique and indexed', async () => {
    const field = await admin.web.lists.getByTitle('Nycklar').fields.getByInternalNameOrTitle('Nyckel').select('Indexed', 'EnforceUniqueValues')();
    expect(field).toMatchObject({ Indexed: true, EnforceUniqueValues: true });
  });

  it('refuses an add with a value the column holds, as SharePoint Online does, and writes nothing', async () => {
    await items().add({ Title: 'Första', Nyckel: 'abc-1' });
    const failure = await failureOf(items().add({ Title: 'Andra', Nyckel: 'abc-1' }));
    expect({ status: failure.status, code: failure.code, message: failure.message }).toEqual(DUPLICATE);
    // Case-insensitive, as SharePoint compares text.
    expect((await failureOf(items().add({ Title: 'Tredje', Nyckel: 'ABC-1' }))).code).toBe(DUPLICATE.code);
    expect(await count('abc-1')).toBe(1);
    expect((await items().select('Title').filter("Title eq 'Andra'")()).length).toBe(0);
  });

  it('refuses an update that would repeat another item\'s value', async () => {
    const other = await items().add({ Title: 'Annan', Nyckel: 'abc-2' });
    const failure = await failureOf(items().getById(other.Id as number).update({ Nyckel: 'abc-1' }, other['odata.etag'] as string));
    expect(failure.code).toBe(DUPLICATE.code);
    expect(await count('abc-2')).toBe(1);
    // An item may keep its own value.
    await items().getById(other.Id as number).update({ Title: 'Annan (ändrad)', Nyckel: 'abc-2' }, other['odata.etag'] as string);
  });

  it('refuses the duplicate part of a $batch and lands the rest', async () => {
    const [batched, execute] = admin.batched();
    const outcomes = Promise.allSettled([items(batched).add({ Nyckel: 'batch-1' }), items(batched).add({ Nyckel: 'batch-1' }), items(batched).add({ Nyckel: 'batch-2' })]);
    await execute();
    expect((await outcomes).map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect([await count('batch-1'), await count('batch-2')]).toEqual([1, 1]);
  });

  it('lets any number of items leave the column empty', async () => {
    await items().add({ Title: 'Tom 1' });
    await items().add({ Title: 'Tom 2', Nyckel: null });
    await items().add({ Title: 'Tom 3', Nyckel: '' });
    expect((await items().select('ID').filter("startswith(Title,'Tom')")()).length).toBe(3);
  });

  it('enforces only on an indexed column, and not on one that holds duplicates already', async () => {
    const list = admin.web.lists.getByTitle('Nycklar');
    const unindexed = await failureOf(list.fields.createFieldAsXml('<Field Type="Text" Name="Oindexerad" DisplayName="Oindexerad" EnforceUniqueValues="TRUE" />'));
    expect([unindexed.status, unindexed.message]).toEqual([400, "The column 'Oindexerad' must be indexed before it can enforce unique values."]);

    await list.fields.createFieldAsXml('<Field Type="Text" Name="Kod" DisplayName="Kod" Indexed="TRUE" />');
    await items().add({ Kod: 'dubbel' });
    await items().add({ Kod: 'DUBBEL' });
    const withDuplicates = await failureOf(list.fields.getByInternalNameOrTitle('Kod').update({ EnforceUniqueValues: true }, 'SP.Field'));
    expect(withDuplicates.status).toBe(400);
    expect(withDuplicates.message).toMatch(/duplicate values/);
    expect((await list.fields.getByInternalNameOrTitle('Kod').select('EnforceUniqueValues')()).EnforceUniqueValues).toBe(false);

    // A unique column keeps its index.
    const unindex = await failureOf(list.fields.getByInternalNameOrTitle('Nyckel').update({ Indexed: false }, 'SP.Field'));
    expect(unindex.status).toBe(400);
  });

  it('stops enforcing when switched off, and the same values may then land', async () => {
    const list = admin.web.lists.getByTitle('Nycklar');
    await list.fields.createFieldAsXml('<Field Type="Text" Name="Tillfallig" DisplayName="Tillfallig" Indexed="TRUE" EnforceUniqueValues="TRUE" />');
    await items().add({ Tillfallig: 'x' });
    expect((await failureOf(items().add({ Tillfallig: 'x' }))).code).toBe(DUPLICATE.code);
    await list.fields.getByInternalNameOrTitle('Tillfallig').update({ EnforceUniqueValues: false }, 'SP.Field');
    await items().add({ Tillfallig: 'x' });
    expect((await items().select('ID').filter("Tillfallig eq 'x'")()).length).toBe(2);
  });
});
