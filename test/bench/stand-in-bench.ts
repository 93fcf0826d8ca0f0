import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/batching';
import type { SPFI } from '@pnp/sp';
import { startLocalSharePoint, type LocalSharePoint } from '../../src/local-sharepoint/local-sharepoint-server';
import { SITE_ADMIN_EMAIL } from '../../src/local-sharepoint/local-site-defaults';
import { nowIso } from '../../src/local-sharepoint/store/site-store';
import { connectToSite, localToken } from '../../src/sharepoint/sp-factory';
import { percentile, report, timeMs } from './bench-stats';

const BATCH = 100;

async function benchList(sp: SPFI, title: string): Promise<void> {
  await sp.web.lists.add(title, 'benchmark');
  const list = sp.web.getList(`/sites/tillit/Lists/${title}`);
  await list.fields.createFieldAsXml({ SchemaXml: '<Field Type="Choice" Name="Status" DisplayName="Status" Indexed="TRUE"><CHOICES><CHOICE>open</CHOICE><CHOICE>closed</CHOICE></CHOICES></Field>', Options: 8 } as never);
  await list.fields.createFieldAsXml({ SchemaXml: '<Field Type="Number" Name="Unit" DisplayName="Unit" Indexed="TRUE" />', Options: 8 } as never);
  await list.fields.createFieldAsXml({ SchemaXml: '<Field Type="Note" Name="Body" DisplayName="Body" />', Options: 8 } as never);
}

/** Items/s of a 10,000-item insert through @pnp/sp, in $batch requests of 100 (what addMany sends). */
async function batchedInsert(site: LocalSharePoint, sp: SPFI): Promise<void> {
  await benchList(sp, 'InsertBench');
  const total = 10_000;
  const { ms } = await timeMs(async () => {
    for (let start = 0; start < total; start += BATCH) {
      const [batched, execute] = sp.batched();
      const pending: Promise<unknown>[] = [];
      for (let index = start; index < start + BATCH; index += 1) {
        pending.push(batched.web.getList('/sites/tillit/Lists/InsertBench').items.add({ Title: `Post ${index}`, Status: index % 3 === 0 ? 'closed' : 'open', Unit: index % 250, Body: 'x'.repeat(200) }));
      }
      await execute();
      await Promise.all(pending);
    }
  });
  const count = site.store.itemCount(site.store.listByUrlName('InsertBench')?.id ?? -1);
  report('batched insert (10,000 items, $batch of 100, through @pnp/sp)', { items: count, seconds: ms / 1000, 'items/s': count / (ms / 1000) });
}

/** p50/p95 of an indexed query and of a paged full read on a 100,000-item list. */
async function largeList(site: LocalSharePoint, sp: SPFI): Promise<void> {
  await benchList(sp, 'LargeBench');
  const list = site.store.listByUrlName('LargeBench');
  if (!list) throw new Error('bench list missing');
  // The 100,000 items go straight into the store: this measures reading, and inserting is measured above.
  const { ms: fillMs } = await timeMs(async () => {
    site.store.transaction(() => {
      const now = nowIso();
      for (let index = 0; index < 100_000; index += 1) {
        site.store.insertItem(list.id, { Title: `Post ${index}`, Status: index % 3 === 0 ? 'closed' : 'open', Unit: index % 1000, Body: 'x'.repeat(200), Created: now, Modified: now, AuthorId: 1, EditorId: 1 });
      }
    });
    return Promise.resolve();
  });
  report('large list filled directly in the store', { items: 100_000, seconds: fillMs / 1000 });

  // A fresh chain per request: @pnp/sp queryables keep the query they were given.
  const items = (): ReturnType<SPFI['web']['getList']>['items'] => sp.web.getList('/sites/tillit/Lists/LargeBench').items;
  const indexed: number[] = [];
  for (let round = 0; round < 200; round += 1) {
    const unit = (round * 37) % 1000;
    const { ms, result } = await timeMs(() => items().filter(`Unit eq ${unit}`).select('ID', 'Title', 'Status').top(5000)());
    if (result.length !== 100) throw new Error(`expected 100 items of unit ${unit}, got ${result.length}`);
    indexed.push(ms);
  }
  report('indexed query (Unit eq n → 100 of 100,000 items)', { p50_ms: percentile(indexed, 50), p95_ms: percentile(indexed, 95), runs: indexed.length });

  const full: number[] = [];
  for (let round = 0; round < 5; round += 1) {
    const { ms, result } = await timeMs(async () => {
      let count = 0;
      for await (const page of items().select('ID', 'Title', 'Status').top(5000)) count += page.length;
      return count;
    });
    if (result !== 100_000) throw new Error(`expected 100,000 items, got ${result}`);
    full.push(ms);
  }
  report('paged full read (20 pages of 5,000 via odata.nextLink)', { p50_ms: percentile(full, 50), p95_ms: percentile(full, 95), runs: full.length });
}

export async function standInBench(): Promise<void> {
  const site = await startLocalSharePoint({ port: 0, dataDir: ':memory:' });
  try {
    const sp = connectToSite({ siteUrl: site.siteUrl, token: localToken(SITE_ADMIN_EMAIL) });
    await batchedInsert(site, sp);
    await largeList(site, sp);
  } finally {
    await site.close();
  }
}
