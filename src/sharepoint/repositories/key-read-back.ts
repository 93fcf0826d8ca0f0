import '@pnp/sp/items';
import type { IList } from '@pnp/sp/lists';
import { WRITE_KEY } from '../lists/write-key';
import type { SharePointItem } from '../mappers/sharepoint-item';
import { eq, or } from '../odata-literal';
import { etagOf } from './etags';

/** An item a write created or found: its id and its ETag for the next conditional write. */
export interface AddedItem {
  readonly id: string;
  readonly etag: string;
  /**
   * True when it was found by its write key rather than confirmed by SharePoint's answer: written by
   * an attempt whose answer was lost, or by an earlier add with the same natural key.
   */
  readonly found: boolean;
}

/**
 * At most this many keys in one read-back: SharePoint treats a query with more than 60 values for
 * one indexed column as unindexed (and throttles it past the list view threshold; Microsoft's
 * "CAML query that contains more than 60 values for the In clause is throttled").
 */
export const MAX_KEYS_PER_READ_BACK = 50;

/** The filter text of one read-back stays short enough for SharePoint's URL limits once encoded. */
export const MAX_READ_BACK_FILTER_LENGTH = 1600;

/** `(WriteKey eq 'a') or (WriteKey eq 'b') …`, literals escaped, in as few filters as the limits above allow. */
export function keyFilters(keys: readonly string[]): string[] {
  const filters: string[] = [];
  let clauses: string[] = [];
  const flush = (): void => {
    if (clauses.length > 0) filters.push(or(...clauses));
    clauses = [];
  };
  for (const key of keys) {
    const clause = eq(WRITE_KEY, key);
    const length = clauses.reduce((sum, existing) => sum + existing.length + 6, 0) + clause.length + 2;
    if (clauses.length >= MAX_KEYS_PER_READ_BACK || (clauses.length > 0 && length > MAX_READ_BACK_FILTER_LENGTH)) flush();
    clauses.push(clause);
  }
  flush();
  return filters;
}

/** Keys compare as SharePoint compares text: case-insensitively. */
export function keyOf(key: string): string {
  return key.toLowerCase();
}

/**
 * The items that carry these write keys, by key: what an add whose answer was lost left behind.
 * Each query filters on the indexed key column only, so it stays under the list view threshold.
 */
export async function readBackByKeys(list: IList, keys: readonly string[], what: string): Promise<Map<string, AddedItem>> {
  const found = new Map<string, AddedItem>();
  for (const filter of keyFilters([...new Set(keys)])) {
    const items = (await list.items.select('ID', WRITE_KEY).filter(filter).top(MAX_KEYS_PER_READ_BACK * 2)()) as SharePointItem[];
    for (const item of items) {
      const key = item[WRITE_KEY];
      if (typeof key !== 'string') continue;
      const id = String(item.ID ?? item.Id);
      found.set(keyOf(key), { id, etag: etagOf(item, `${what} ${id}`), found: true });
    }
  }
  return found;
}
