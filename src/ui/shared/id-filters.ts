import { eq, or } from '../../sharepoint/odata-literal';

/**
 * `$filter`s that read the items whose (indexed) lookup or id column holds one of `ids`, in chunks:
 * every clause is on the indexed column, so the list view threshold never applies, and a chunk of
 * 40 keeps the request line far below SharePoint's URL limit (2,048 characters in the path + query
 * are safe everywhere).
 */
export const IDS_PER_FILTER = 40;

export function filtersForIds(field: string, ids: readonly string[]): string[] {
  const filters: string[] = [];
  for (let start = 0; start < ids.length; start += IDS_PER_FILTER) {
    filters.push(or(...ids.slice(start, start + IDS_PER_FILTER).map((id) => eq(field, Number(id)))));
  }
  return filters;
}

/** Reads each filter in turn and concatenates what comes back. */
export async function readInChunks<T>(filters: readonly string[], read: (filter: string) => Promise<{ readonly valid: readonly T[] }>): Promise<T[]> {
  const records: T[] = [];
  for (const filter of filters) records.push(...(await read(filter)).valid);
  return records;
}
