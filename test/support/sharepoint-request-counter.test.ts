import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import { startLocalSharePoint, type LocalSharePoint } from '../../src/local-sharepoint/local-sharepoint-server';
import { SITE_ADMIN_EMAIL } from '../../src/local-sharepoint/local-site-defaults';
import { connectToSite, localToken } from '../../src/sharepoint/sp-factory';
import { batchOperationsOf, operationOf, startSharePointRequestCounter, type SharePointRequestCounter } from './sharepoint-request-counter';

/** The counting pass-through of the nudge benchmark: what it counts as a request, an operation and a page of a list. */
describe('SharePoint request counter', () => {
  it('names the list of a request and whether it reads items', () => {
    expect(operationOf('GET', "/sites/tillit/_api/web/getList('%2Fsites%2Ftillit%2FLists%2FNudgeLog')/items?$top=5000")).toEqual({ method: 'GET', list: '/sites/tillit/lists/nudgelog', itemRead: true });
    expect(operationOf('POST', "/sites/tillit/_api/web/lists/getByTitle('Nudges')/items")).toEqual({ method: 'POST', list: 'nudges', itemRead: false });
    expect(operationOf('GET', '/sites/tillit/_api/web')).toEqual({ method: 'GET', list: undefined, itemRead: false });
  });

  it('counts each part of a $batch', () => {
    const body = [
      '--batch_1',
      'Content-Type: application/http',
      '',
      "GET http://127.0.0.1/sites/tillit/_api/web/lists/getByTitle('A')/items HTTP/1.1",
      '--batch_1',
      'Content-Type: multipart/mixed; boundary="changeset_2"',
      '',
      '--changeset_2',
      "POST http://127.0.0.1/sites/tillit/_api/web/lists/getByTitle('A')/items HTTP/1.1",
      '--changeset_2--',
      '--batch_1--'
    ].join('\r\n');
    expect(batchOperationsOf(body).map((operation) => operation.method)).toEqual(['GET', 'POST']);
  });

  describe('in front of the local SharePoint', () => {
    let site: LocalSharePoint;
    let counter: SharePointRequestCounter;

    beforeAll(async () => {
      site = await startLocalSharePoint({ port: 0, dataDir: ':memory:' });
      counter = await startSharePointRequestCounter(site.siteUrl);
    });

    afterAll(async () => {
      await counter.close();
      await site.close();
    });

    it('passes requests through unchanged and counts them, batches part by part', async () => {
      const sp = connectToSite({ siteUrl: counter.siteUrl, token: localToken(SITE_ADMIN_EMAIL) });
      await sp.web.lists.add('Räknat');
      const list = sp.web.lists.getByTitle('Räknat');
      const [batched, execute] = sp.batched();
      const adds = [1, 2, 3].map((n) => batched.web.lists.getByTitle('Räknat').items.add({ Title: `Rad ${n}` }));
      await execute();
      await Promise.all(adds);
      counter.reset();
      const items = await list.items.select('Title')();
      expect(items).toHaveLength(3);
      const counts = counter.counts();
      expect(counts).toMatchObject({ requests: 1, operations: 1, reads: 1, writes: 0 });
      expect(counts.itemPagesByList.get('räknat')).toBe(1);
    });

    it('keeps a client paging through the counter, and notes the distinct items each list returned', async () => {
      const sp = connectToSite({ siteUrl: counter.siteUrl, token: localToken(SITE_ADMIN_EMAIL) });
      counter.reset();
      const pages: number[] = [];
      for await (const page of sp.web.lists.getByTitle('Räknat').items.select('ID').top(2)) pages.push((page as unknown[]).length);
      expect(pages).toEqual([2, 1]);
      const counts = counter.counts();
      // Both pages came through here: SharePoint's absolute odata.nextLink was pointed at the counter.
      expect(counts.itemPagesByList.get('räknat')).toBe(2);
      expect(counts.distinctItemsByList.get('räknat')).toBe(3);
    });

    it('counts the writes of a batch one by one', async () => {
      counter.reset();
      const sp = connectToSite({ siteUrl: counter.siteUrl, token: localToken(SITE_ADMIN_EMAIL) });
      const [batched, execute] = sp.batched();
      const adds = [4, 5].map((n) => batched.web.lists.getByTitle('Räknat').items.add({ Title: `Rad ${n}` }));
      await execute();
      await Promise.all(adds);
      expect(counter.counts()).toMatchObject({ requests: 1, operations: 2, writes: 2 });
    });
  });
});
