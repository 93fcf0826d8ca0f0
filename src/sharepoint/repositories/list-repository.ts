import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import type { SPFI } from '@pnp/sp';
import type { IList } from '@pnp/sp/lists';
import { ConflictError, UnknownOutcomeError, ValidationError } from '../../domain/shared/errors';
import type { ScreenedRecords } from '../../domain/shared/validation';
import type { ListMapper } from '../mappers/list-mapper';
import { screenItems } from '../mappers/screen-items';
import type { ItemFields, MappingContext, SharePointItem } from '../mappers/sharepoint-item';
import { randomWriteKey } from '../lists/write-key';
import { eq, or } from '../odata-literal';
import { chunksOf, forEachChunk, progressInOrder } from '../batches-in-flight';
import { httpStatusOf, translateErrors } from '../sharepoint-errors';
import { etagOf, requireConcreteEtag } from './etags';
import { addIdempotently, batchedAdds, singleAdds, type KeyedFields } from './idempotent-add';
import { batchedUpdates, MAX_UPDATE_ROUNDS, singleUpdates, updateIdempotently, type CurrentItem, type PendingUpdate } from './idempotent-update';
import { MAX_KEYS_PER_READ_BACK, readBackByKeys, type AddedItem } from './key-read-back';
import { MAX_BATCH_PARTS, type SitePeople } from './site-people';
import { readListPage, type ItemPage, type PageRequest } from './list-page-reader';
import { readListAbilities, readsEveryItem, type ListAbilities } from './list-permissions-reader';
import { claimsLoginOf } from './site-people';

export type { AddedItem } from './key-read-back';

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
  /** For If-Match on the next write: a stale one is a ConflictError (R-SEC-2). Always concrete, never `*`. */
  readonly etag: string;
}

export interface WriteProgress {
  readonly done: number;
  readonly total: number;
}

export interface AddOptions {
  /**
   * The write key of this add (lists/write-key.ts), when the caller has a natural one; else the
   * mapper's natural key, else a random one. The same key again finds the item instead of adding it twice.
   */
  readonly key?: string;
}

export interface AddManyOptions {
  /** The write key of each record, in their order (a snapshot's record ids); else as for `add`. */
  readonly keys?: readonly string[];
  readonly onProgress?: (progress: WriteProgress) => void;
}

export interface StoredUpdate<T> {
  readonly id: string;
  readonly record: T;
  /** The ETag the change is made against (from a read or an add): never `*` (R-SEC-2). */
  readonly etag: string;
}

/**
 * One list's repository (DESIGN.md habit 2): reads items with the mapper's query and validates
 * them (a malformed item is reported with its id, never fatal), writes through the mapper with
 * people resolved first, batches bulk writes, and turns SharePoint's answers into typed errors.
 * Writes never duplicate and never overwrite (R-SEC-2): adds carry a write key and are settled by
 * reading back when SharePoint's answer is lost; updates and deletes are conditional on a
 * concrete ETag and settled by reading the item.
 */
export class ListRepository<T> {
  public constructor(
    private readonly site: SiteContext,
    public readonly mapper: ListMapper<T>
  ) {}

  private list(sp: SPFI = this.site.sp): IList {
    return sp.web.getList(`${this.site.sitePath}/${this.mapper.list.url}`);
  }

  /**
   * The list's handle for one $batch, made once: @pnp's batching needs a new request object per
   * call, and every `items` read off one handle is new, so the handle itself can be shared.
   */
  private listPerBatch(): (sp: SPFI) => IList {
    let last: { readonly sp: SPFI; readonly list: IList } | undefined;
    return (sp) => {
      if (last?.sp !== sp) last = { sp, list: this.list(sp) };
      return last.list;
    };
  }

  /** Whether the list holds any item at all (one ID read; cheap on a list of any size, ID is always indexed). */
  public async hasItems(): Promise<boolean> {
    return translateErrors(this.what, async () => (await this.list().items.select('ID').top(1)()).length > 0);
  }

  private get what(): string {
    return this.mapper.list.title;
  }

  /** One grid page, never the whole list (list-page-reader.ts). */
  public readPage(request: PageRequest = {}): Promise<ItemPage<T>> {
    return readListPage(this.list(), this.mapper, this.site.mapping, request);
  }

  /** What the signed-in person may do in this list (EffectiveBasePermissions, R-SEC-1). */
  public abilities(): Promise<ListAbilities> {
    return readListAbilities(this.list(), this.what);
  }

  /** Whether SharePoint lets this person read every item despite item-level permissions (site owners; R-SEC-1). */
  public everyItemReadableBy(email: string): Promise<boolean> {
    return readsEveryItem(this.list(), claimsLoginOf(email), this.what);
  }

  /** Ids and titles only, page by page: a picker's options, without the mapper's lookups and people. */
  public async readTitles(): Promise<{ id: string; title: string }[]> {
    return translateErrors(this.what, async () => {
      const titles: { id: string; title: string }[] = [];
      for await (const page of this.list().items.select('ID', 'Title').top(PAGE_SIZE)) {
        for (const item of page as { ID: number; Title: string | null }[]) titles.push({ id: String(item.ID), title: item.Title ?? '' });
      }
      return titles;
    });
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

  /** One item; an item SharePoint sends without an ETag is refused (MissingEtagError), never read as `*`. */
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
      return { id, record, etag: etagOf(item, `${this.what} ${id}`) };
    });
  }

  private async fieldsOf(records: readonly T[]): Promise<ItemFields[]> {
    await this.resolvePeopleOf(records);
    return this.mapFields(records);
  }

  /** Makes sure everyone `records` name is resolved to a site user, in one go. */
  private async resolvePeopleOf(records: readonly T[]): Promise<void> {
    // Mapped once against the cache; only when someone is missing are they resolved (the mapping is pure, so mapping again is harmless).
    const missing = this.site.people.missingFrom((people) => records.map((record) => this.mapper.toFields(record, people, this.site.mapping)));
    if (missing.length > 0) await this.site.people.resolveAll(missing);
  }

  private mapFields(records: readonly T[]): ItemFields[] {
    return records.map((record) => this.mapper.toFields(record, this.site.people.resolver, this.site.mapping));
  }

  private writeKeyOf(record: T, given: string | undefined): string {
    return given ?? this.mapper.writeKeyOf?.(record) ?? randomWriteKey();
  }

  private readBack = (keys: readonly string[]): Promise<Map<string, AddedItem>> => readBackByKeys(this.list(), keys, this.what);

  /**
   * Adds one record; its id is the new item's. Its write key (options.key, the mapper's natural
   * key, or a random one) makes it land once, even when SharePoint's answer is lost. An item found
   * by its key instead (a natural key added before) is returned as it is stored.
   */
  public async add(record: T, options: AddOptions = {}): Promise<Stored<T>> {
    const key = this.writeKeyOf(record, options.key);
    const [fields] = await this.fieldsOf([record]);
    const [added] = await translateErrors(this.what, () => addIdempotently([{ key, fields }], singleAdds(() => this.list()), this.readBack, this.what));
    return added.found ? this.get(added.id) : { id: added.id, record, etag: added.etag };
  }

  /** Updates with If-Match: someone else's change in between is a ConflictError, never overwritten (R-SEC-2). */
  public async update(id: string, record: T, etag: string): Promise<string> {
    const what = `${this.what} ${id}`;
    const ifMatch = requireConcreteEtag(etag, what);
    const [fields] = await this.fieldsOf([record]);
    const [newEtag] = await translateErrors(what, () => updateIdempotently([{ id, etag: ifMatch, fields }], singleUpdates(() => this.list()), this.readCurrent, this.what));
    return newEtag;
  }

  /** Deletes with If-Match. After a lost answer, an item that is gone counts as deleted; one changed since is a ConflictError. */
  public async remove(id: string, etag: string): Promise<void> {
    const what = `${this.what} ${id}`;
    const ifMatch = requireConcreteEtag(etag, what);
    await translateErrors(what, async () => {
      for (let round = 1; ; round += 1) {
        try {
          await this.list().items.getById(Number(id)).delete(ifMatch);
          return;
        } catch (error) {
          if (!(error instanceof UnknownOutcomeError) || round >= MAX_UPDATE_ROUNDS) throw error;
          const current = await this.readCurrent([id]);
          const now = current.get(id);
          if (now === undefined) return;
          if (now.etag !== ifMatch) throw new ConflictError(what);
        }
      }
    });
  }

  /**
   * Adds many records in $batch requests of at most 100 parts (SharePoint counts each part), a few
   * batches in flight (batches-in-flight.ts), everyone they name resolved first in one go, each
   * record with its write key (options.keys, else as for `add`): a batch whose answer is lost is
   * read back by key and only its missing items are sent again. The ids and ETags come back in the
   * records' order, progress in the records' order too; a part that fails fails the call with its
   * error, after the other parts, and the batches already in flight, have landed.
   */
  public async addMany(records: readonly T[], options: AddManyOptions = {}): Promise<AddedItem[]> {
    if (options.keys !== undefined && options.keys.length !== records.length) {
      throw new RangeError(`addMany: ${options.keys.length} write keys for ${records.length} records`);
    }
    const keys = records.map((record, index) => this.writeKeyOf(record, options.keys?.[index]));
    await this.resolvePeopleOf(records);
    const chunks = chunksOf(
      records.map((record, index) => ({ record, key: keys[index] })),
      MAX_BATCH_PARTS
    );
    const added: AddedItem[][] = [];
    const landed = progressInOrder(
      chunks.map((chunk) => chunk.length),
      (done) => options.onProgress?.({ done, total: records.length })
    );
    await forEachChunk(chunks.length, async (index) => {
      // Mapped batch by batch: a register of 40,000 items is never held as field values all at once.
      const chunk = chunks[index];
      const items: KeyedFields[] = this.mapFields(chunk.map((entry) => entry.record)).map((fields, position) => ({ key: chunk[position].key, fields }));
      const send = batchedAdds(this.site.sp, this.listPerBatch());
      const result = await translateErrors(this.what, () => addIdempotently(items, send, this.readBack, this.what));
      added[index] = result;
      landed(index);
    });
    return added.flat();
  }

  /**
   * Updates many records, each with If-Match on its ETag (bulk work by a job that read or added
   * them), batched like addMany, a few batches in flight. The new ETags come back in the updates' order.
   */
  public async updateMany(updates: readonly StoredUpdate<T>[]): Promise<string[]> {
    const fields = await this.fieldsOf(updates.map((update) => update.record));
    const chunks = chunksOf(
      updates.map((update, index): PendingUpdate => ({ id: update.id, etag: requireConcreteEtag(update.etag, `${this.what} ${update.id}`), fields: fields[index] })),
      MAX_BATCH_PARTS
    );
    const etags: string[][] = [];
    await forEachChunk(chunks.length, async (index) => {
      const send = batchedUpdates(this.site.sp, this.listPerBatch());
      const result = await translateErrors(this.what, () => updateIdempotently(chunks[index], send, this.readCurrent, this.what));
      etags[index] = result;
    });
    return etags.flat();
  }

  /** Items as they are now, by id: their ETags and the payload their values map to (idempotent-update.ts). */
  private readCurrent = async (ids: readonly string[]): Promise<Map<string, CurrentItem>> => {
    const current = new Map<string, CurrentItem>();
    const { select, expand } = this.mapper.query;
    for (let start = 0; start < ids.length; start += MAX_KEYS_PER_READ_BACK) {
      const chunk = ids.slice(start, start + MAX_KEYS_PER_READ_BACK);
      // ID is always indexed, so this stays under the list view threshold.
      let query = this.list().items.select(...select).filter(or(...chunk.map((id) => eq('ID', Number(id))))).top(chunk.length);
      if (expand.length > 0) query = query.expand(...expand);
      let items: SharePointItem[];
      try {
        items = (await query()) as SharePointItem[];
      } catch (error) {
        if (httpStatusOf(error) === 404) return current;
        throw error;
      }
      for (const item of items) {
        const id = String(item.ID ?? item.Id);
        const [record] = screenItems(this.mapper, [item], this.site.mapping).valid;
        const fields = record === undefined ? undefined : (await this.fieldsOf([record]))[0];
        current.set(id, { etag: etagOf(item, `${this.what} ${id}`), fields });
      }
    }
    return current;
  };
}
