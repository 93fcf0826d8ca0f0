import { isIsoDate } from '../../domain/shared/calendar';
import type { Translate } from '../../i18n/translator';
import type { SheetCell } from '../../imports/failed-rows-sheet';
import type { Stored } from '../../sharepoint/repositories/list-repository';
import type { PageRequest } from '../../sharepoint/repositories/list-page-reader';
import type { DisplayContext, RegisterDefinition } from './register-definition';

/** Pages of an export: well under the 5,000-item threshold, few enough requests for a register of thousands. */
const EXPORT_PAGE_SIZE = 1000;

export interface ExportedItems<T> {
  readonly items: readonly Stored<T>[];
  readonly personNames: ReadonlyMap<string, string>;
}

/**
 * Every item of a view, page by page with SharePoint's $skiptoken and the view's own filter and
 * sort (its first clause indexed, as the grid reads it), never the whole list in one request.
 */
export async function readWholeView<T>(
  repository: { readPage(request: PageRequest): Promise<{ items: Stored<T>[]; nextPageToken: string | undefined; personNames: ReadonlyMap<string, string> }> },
  request: Omit<PageRequest, 'pageToken' | 'pageSize'>,
  onProgress: (read: number) => void
): Promise<ExportedItems<T>> {
  const items: Stored<T>[] = [];
  const personNames = new Map<string, string>();
  let pageToken: string | undefined;
  do {
    const page = await repository.readPage({ ...request, pageSize: EXPORT_PAGE_SIZE, ...(pageToken === undefined ? {} : { pageToken }) });
    items.push(...page.items);
    page.personNames.forEach((name, email) => personNames.set(email, name));
    onProgress(items.length);
    pageToken = page.nextPageToken;
  } while (pageToken !== undefined);
  return { items, personNames };
}

/** A YYYY-MM-DD cell as an Excel date (UTC midnight: the day the sheet shows, as read-excel-file reads it back). */
function cellOf(text: string): SheetCell {
  if (isIsoDate(text)) return new Date(`${text}T00:00:00Z`);
  return text === '' ? null : text;
}

/**
 * The grid's columns as a sheet: people as their name and, in the next column, their e-mail;
 * dates as Excel dates; choices by their labels, as the grid shows them.
 */
export function viewSheet<T>(definition: RegisterDefinition<T>, exported: ExportedItems<T>, t: Translate, display: DisplayContext): SheetCell[][] {
  const header: SheetCell[] = definition.columns.flatMap((column) => (column.person === true ? [t(column.label), `${t(column.label)} – ${t('imports.email')}`] : [t(column.label)]));
  const rows = exported.items.map((item) =>
    definition.columns.flatMap((column): SheetCell[] => {
      const value = column.value(item.record, t, display);
      if (column.person !== true) return [cellOf(value)];
      return value === '' ? [null, null] : [exported.personNames.get(value.toLowerCase()) ?? value, value];
    })
  );
  return [header, ...rows];
}
