import type { ItemPage, PageRequest } from '../sharepoint/repositories/list-page-reader';
import type { ExistingItem } from './import-plan';
import { importContext, type ImportContext } from './import-context';

/** SharePoint's largest page: the list view threshold is 5,000 items, and paging by ID (always indexed) keeps every request under it. */
export const READ_PAGE_SIZE = 5000;

/** The one read a repository needs to offer: a page at a time (ListRepository.readPage). */
export interface PagedReader<T> {
  readPage(request?: PageRequest): Promise<ItemPage<T>>;
}

/**
 * Every item of a list, page by page with SharePoint's own $skiptoken (never the whole list in
 * one request past the 5,000-item threshold), read once for the whole import. Items that fail
 * the domain schema are left out, as every read does (DESIGN.md habit 2).
 */
export async function readAllPages<T>(reader: PagedReader<T>, onPage?: (read: number) => void): Promise<ExistingItem<T>[]> {
  const items: ExistingItem<T>[] = [];
  let pageToken: string | undefined;
  do {
    const page = await reader.readPage({ pageSize: READ_PAGE_SIZE, ...(pageToken === undefined ? {} : { pageToken }) });
    for (const item of page.items) items.push(item);
    onPage?.(items.length);
    pageToken = page.nextPageToken;
  } while (pageToken !== undefined);
  return items;
}

/** The staff roster and the organisation, read once: whom an owner or a completion may name, and the units by name. */
export async function readImportContext(
  staff: PagedReader<{ readonly email: string }>,
  units: PagedReader<{ readonly id: string; readonly name: string }>
): Promise<ImportContext> {
  const [people, organisation] = await Promise.all([readAllPages(staff), readAllPages(units)]);
  return importContext(
    people.map((person) => person.record.email),
    organisation.map((unit) => unit.record)
  );
}
