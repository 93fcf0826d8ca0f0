import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import type { SPFI } from '@pnp/sp';
import type { IList } from '@pnp/sp/lists';
import { ValidationError } from '../../domain/shared/errors';
import type { ScreenedRecords } from '../../domain/shared/validation';
import type { ListMapper } from '../mappers/list-mapper';
import { screenItems } from '../mappers/screen-items';
import type { MappingContext, SharePointItem } from '../mappers/sharepoint-item';
import { translateErrors } from '../sharepoint-errors';
import { MAX_BATCH_PARTS, SitePeople } from './site-people';

/** SharePoint's largest page; reading a whole list past 5,000 items pages by ID, which is always indexed. */
const PAGE_SIZE = 5000;

export interface SiteContext {
  readonly sp: SPFI;
  /** `/sites/tillit` */
  readonly sitePath: string;
  readonly people: SitePeople;
  readonly mapping: MappingContext;
}

export interface Stored<T> {
  readonly id: string;
  readonly record: T;
  /** For If-Match on the next write: a stale one is a ConflictError (R-SEC-2). */
  readonly etag: string;
}

export interface WriteProgress {
  readonly done: number;
  readonly total: number;
}

function etagOf(item: SharePointItem): string {
  return String(item['odata.etag'] ?? '*');
}

/**
 * One list's repository (DESIGN.md habit 2): reads items with the mapper's query and validates
 * them (a malformed item is reported with its id, never fatal), writes through the mapper with
 * people resolved first, batches bulk writes, and turns SharePoint's answers into typed errors.
 */
export class ListRepository<T> {
  public constructor(
    private readonly site: SiteContext,
    public readonly mapper: ListMapper<T>
  ) {}

  public list(sp: SPFI = this.site.sp): IList {
    return sp.web.getList(`${this.site.sitePath}/${this.mapper.list.url}`);
  }

  private get what(): string {
    return this.mapper.list.title;
  }

  /**
   * Every item matching `filter` (all items without one), page by page. On a list past the view
   * threshold the filter's first clause must be an indexed column (see the list schemas).
   */
  public async readAll(filter?: string): Promise<ScreenedRecords<T>> {
    const items = await this.readRaw(filter);
    return screenItems(this.mapper, items, this.site.mapping);
  }

  public async readRaw(filter?: string): Promise<SharePointItem[]> {
    return translateErrors(this.what, async () => {
      const { select, expand } = this.mapper.query;
      let query = this.list().items.select(...select).top(PAGE_SIZE);
      if (expand.length > 0) query = query.expand(...expand);
      if (filter !== undefined) query = query.filter(filter);
      const items: SharePointItem[] = [];
      for await (const page of query) items.push(...(page as SharePointItem[]));
      return items;
    });
  }

  public async get(id: string): Promise<Stored<T>> {
    return translateErrors(`${this.what} ${id}`, async () => {
      const { select, expand } = this.mapper.query;
      let query = this.list().items.getById(Number(id)).select(...select);
      if (expand.length > 0) query = query.expand(...expand);
      const item = (await query()) as SharePointItem;
      const screened = screenItems(this.mapper, [item], this.site.mapping);
      const [record] = screened.valid;
      if (record === undefined) {
        throw new ValidationError(`${this.what} ${id}`, screened.rejected[0]?.issues ?? []);
      }
      return { id, record, etag: etagOf(item) };
    });
  }

  private async fieldsOf(records: readonly T[]): Promise<Record<string, unknown>[]> {
    const emails = records.flatMap((record) => SitePeople.emailsUsedBy((people) => this.mapper.toFields(record, people, this.site.mapping)));
    await this.site.people.resolveAll(emails);
    return records.map((record) => this.mapper.toFields(record, this.site.people.resolver, this.site.mapping));
  }

  /** Adds one record; its id is the new item's. */
  public async add(record: T): Promise<Stored<T>> {
    const [fields] = await this.fieldsOf([record]);
    return translateErrors(this.what, async () => {
      const item = (await this.list().items.add(fields)) as SharePointItem;
      return { id: String(item.Id ?? item.ID), record, etag: etagOf(item) };
    });
  }

  /** Updates with If-Match: someone else's change in between is a ConflictError, never overwritten (R-SEC-2). */
  public async update(id: string, record: T, etag: string): Promise<string> {
    const [fields] = await this.fieldsOf([record]);
    return translateErrors(`${this.what} ${id}`, async () => {
      const result = await this.list().items.getById(Number(id)).update(fields, etag);
      return result.etag ?? etag;
    });
  }

  public async remove(id: string, etag: string): Promise<void> {
    await translateErrors(`${this.what} ${id}`, () => this.list().items.getById(Number(id)).delete(etag));
  }

  /**
   * Adds many records in $batch requests of at most 100 parts (SharePoint counts each part). The
   * ids come back in the records' order; a part that fails fails the call with its error, after
   * the other parts of its batch have landed.
   */
  public async addMany(records: readonly T[], onProgress?: (progress: WriteProgress) => void): Promise<string[]> {
    const ids: string[] = [];
    for (let start = 0; start < records.length; start += MAX_BATCH_PARTS) {
      const chunk = records.slice(start, start + MAX_BATCH_PARTS);
      const fields = await this.fieldsOf(chunk);
      const [batchedSp, execute] = this.site.sp.batched();
      const pending = fields.map((values) => this.list(batchedSp).items.add(values) as Promise<SharePointItem>);
      await translateErrors(this.what, async () => {
        await execute();
        const added = await Promise.all(pending);
        ids.push(...added.map((item) => String(item.Id ?? item.ID)));
      });
      onProgress?.({ done: Math.min(start + chunk.length, records.length), total: records.length });
    }
    return ids;
  }

  /** Updates many records by id without ETags (bulk work by a job that owns them), batched like addMany. */
  public async updateMany(updates: readonly { readonly id: string; readonly record: T }[]): Promise<void> {
    for (let start = 0; start < updates.length; start += MAX_BATCH_PARTS) {
      const chunk = updates.slice(start, start + MAX_BATCH_PARTS);
      const fields = await this.fieldsOf(chunk.map((update) => update.record));
      const [batchedSp, execute] = this.site.sp.batched();
      const pending = chunk.map((update, index) => this.list(batchedSp).items.getById(Number(update.id)).update(fields[index]));
      await translateErrors(this.what, async () => {
        await execute();
        await Promise.all(pending);
      });
    }
  }
}
