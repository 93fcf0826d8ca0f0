import type { SPFI } from '@pnp/sp';
import type { IItems } from '@pnp/sp/items';
import { ADMIN, ANNA, failureOf, grantOnSite, ROLE, startSite, type ConformanceSite } from './conformance-site';

/**
 * `$batch` as @pnp/sp's `sp.batched()` sends it: writes in changesets, each part answered on its
 * own (SharePoint Online does not roll a changeset back), so one bad part leaves the others done.
 */
describe('local SharePoint: $batch', () => {
  let context: ConformanceSite;
  let admin: SPFI;

  beforeAll(async () => {
    context = await startSite();
    admin = context.spAs(ADMIN);
    await admin.web.lists.add('Åtgärder');
    const list = admin.web.lists.getByTitle('Åtgärder');
    await list.fields.addNumber('Prioritet');
    await list.fields.addChoice('Status', { Choices: ['Öppen', 'Klar'] });
  });

  afterAll(() => context.close());

  it('runs adds, updates, a delete and a read in one batch with mixed results', async () => {
    const list = admin.web.lists.getByTitle('Åtgärder');
    const toUpdate = await list.items.add({ Title: 'Uppdatera mig', Prioritet: 1 });
    const toConflict = await list.items.add({ Title: 'Krockar', Prioritet: 1 });
    await list.items.getById(toConflict.Id).update({ Prioritet: 2 }, toConflict['odata.etag']);
    const toDelete = await list.items.add({ Title: 'Ta bort mig' });

    const [batched, execute] = admin.batched();
    // A fresh chain for every call: @pnp/sp refuses to batch one queryable instance twice.
    const items = (): IItems => batched.web.lists.getByTitle('Åtgärder').items;
    const outcomes = Promise.allSettled([
      items().add({ Title: 'Ny åtgärd 1', Prioritet: 3, Status: 'Öppen' }),
      items().add({ Title: 'Felaktig', Finnsinte: 'x' }),
      items().add({ Title: 'Ny åtgärd 2', Prioritet: 4 }),
      items().getById(toUpdate.Id).update({ Status: 'Klar' }, toUpdate['odata.etag']),
      items().getById(toConflict.Id).update({ Prioritet: 9 }, toConflict['odata.etag']),
      items().getById(toDelete.Id).delete(),
      items().select('Title').filter("Title eq 'Uppdatera mig'")()
    ]);
    await execute();
    const [added1, badAdd, added2, updated, conflict, deleted, read] = await outcomes;

    expect(added1.status).toBe('fulfilled');
    expect(added2.status).toBe('fulfilled');
    const first = (added1 as PromiseFulfilledResult<{ Id: number; Title: string; Prioritet: number }>).value;
    const second = (added2 as PromiseFulfilledResult<{ Id: number }>).value;
    expect(first).toMatchObject({ Title: 'Ny åtgärd 1', Prioritet: 3 });
    // The failed add took no id: the parts run in order.
    expect(second.Id).toBe(first.Id + 1);

    expect(badAdd.status).toBe('rejected');
    const badFailure = await failureOf(Promise.reject((badAdd as PromiseRejectedResult).reason));
    expect(badFailure.status).toBe(400);
    expect(badFailure.message).toContain('Finnsinte');

    expect(updated.status).toBe('fulfilled');
    expect((updated as PromiseFulfilledResult<{ etag: string }>).value.etag).toBe('"2"');

    expect(conflict.status).toBe('rejected');
    expect((await failureOf(Promise.reject((conflict as PromiseRejectedResult).reason))).status).toBe(412);

    expect(deleted.status).toBe('fulfilled');
    expect(read.status).toBe('fulfilled');
    expect((read as PromiseFulfilledResult<{ Title: string }[]>).value.map((item) => item.Title)).toEqual(['Uppdatera mig']);

    // What the batch left behind, read outside it.
    expect((await list.items.getById(toUpdate.Id)()).Status).toBe('Klar');
    expect((await list.items.getById(toConflict.Id)()).Prioritet).toBe(2);
    expect((await failureOf(list.items.getById(toDelete.Id)())).status).toBe(404);
    const titles = (await list.items.select('Title').orderBy('Id')()).map((item: { Title: string }) => item.Title);
    expect(titles).toEqual(['Uppdatera mig', 'Krockar', 'Ny åtgärd 1', 'Ny åtgärd 2']);
  });

  it('sees, within one batch, what an earlier part wrote', async () => {
    const [batched, execute] = admin.batched();
    const items = (): IItems => batched.web.lists.getByTitle('Åtgärder').items;
    const add = items().add({ Title: 'Först skriven' });
    const read = items().select('Title').filter("Title eq 'Först skriven'")();
    await execute();
    expect((await add).Title).toBe('Först skriven');
    expect(await read).toHaveLength(1);
  });

  it('answers each part with its own permission check: a reader gets 403 per write, reads succeed', async () => {
    await grantOnSite(admin, ANNA, ROLE.read);
    const [batched, execute] = context.spAs(ANNA).batched();
    const items = (): IItems => batched.web.lists.getByTitle('Åtgärder').items;
    const outcomes = Promise.allSettled([items().add({ Title: 'Anna försöker' }), items().select('Id').top(1)()]);
    await execute();
    const [add, read] = await outcomes;
    expect(add.status).toBe('rejected');
    expect((await failureOf(Promise.reject((add as PromiseRejectedResult).reason))).status).toBe(403);
    expect(read.status).toBe('fulfilled');
  });

  it('answers a part for a list that does not exist with 404, others unharmed', async () => {
    const [batched, execute] = admin.batched();
    const outcomes = Promise.allSettled([
      batched.web.lists.getByTitle('Finns inte').items.add({ Title: 'x' }),
      batched.web.lists.getByTitle('Åtgärder').items.add({ Title: 'Efter 404' })
    ]);
    await execute();
    const [missing, added] = await outcomes;
    expect(missing.status).toBe('rejected');
    expect((await failureOf(Promise.reject((missing as PromiseRejectedResult).reason))).status).toBe(404);
    expect(added.status).toBe('fulfilled');
  });
});
