import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { parseBinderWithErrorCheck } from '@pnp/queryable';
import { z } from 'zod';
import type { RejectedRecord } from '../../domain/shared/validation';
import { screenRecords } from '../../domain/shared/validation';
import type { SharePointItem } from '../mappers/sharepoint-item';
import { and, odataLiteral } from '../odata-literal';
import { translateErrors } from '../sharepoint-errors';
import { etagOf } from './etags';
import type { IList } from '@pnp/sp/lists';
import type { ListMapper } from '../mappers/list-mapper';
import type { MappingContext } from '../mappers/sharepoint-item';
import { personNamesOf } from '../mappers/person-names';
import type { Stored } from './list-repository';

/** A page a person reads in a grid: small enough to render at once, far below the 5,000-item view threshold. */
export const DEFAULT_GRID_PAGE_SIZE = 50;

export interface PageRequest {
  readonly pageSize?: number;
  /** An indexed column (or ID): sorting by another one fails past the list view threshold. */
  readonly orderBy?: { readonly field: string; readonly descending: boolean };
  /** Built with odata-literal; on a large list its first clause must be an indexed column. */
  readonly filter?: string;
  /** Searched in Title after the filter, so the indexed clause stays first. */
  readonly titleSearch?: { readonly text: string; readonly mode: 'startswith' | 'substringof' };
  /** The previous page's `nextPageToken`. */
  readonly pageToken?: string;
}

export interface ItemPage<T> {
  readonly items: Stored<T>[];
  readonly rejected: RejectedRecord[];
  /** SharePoint's `$skiptoken` for the next page; absent on the last page. */
  readonly nextPageToken: string | undefined;
  /** The names of the page's people (owners, reporters …) by lower-case e-mail, as SharePoint knows them. */
  readonly personNames: ReadonlyMap<string, string>;
}

const pageAnswerSchema = z.object({
  value: z.array(z.record(z.unknown())),
  'odata.nextLink': z.string().optional()
});

/** The `$skiptoken` of an `odata.nextLink`, kept instead of the link so a token never carries a host. */
function skipTokenOf(nextLink: string | undefined): string | undefined {
  if (nextLink === undefined) return undefined;
  return new URL(nextLink).searchParams.get('$skiptoken') ?? undefined;
}

function searchClause(search: NonNullable<PageRequest['titleSearch']>): string {
  const text = odataLiteral(search.text);
  return search.mode === 'startswith' ? `startswith(Title,${text})` : `substringof(${text},Title)`;
}

/**
 * One page of a list, never the whole list: `$top`, one `$orderby`, `$filter` and SharePoint's
 * own `$skiptoken` paging (the 5,000-item list view threshold). Items are validated with the
 * list's schema; a malformed one is reported with its id and left out, as readAll does.
 */
export async function readListPage<T>(list: IList, mapper: ListMapper<T>, mapping: MappingContext, request: PageRequest): Promise<ItemPage<T>> {
  const { select, expand } = mapper.query;
  const clauses = [request.filter, request.titleSearch && request.titleSearch.text.trim() !== '' ? searchClause({ ...request.titleSearch, text: request.titleSearch.text.trim() }) : undefined].filter(
    (clause): clause is string => clause !== undefined && clause !== ''
  );
  const answer = await translateErrors(mapper.list.title, async () => {
    // Person columns also bring the person's name (`<Name>/Title`) for the grid; the mapper needs only the e-mail.
    let query = list.items.select(...select, ...expand.map((person) => `${person}/Title`)).top(request.pageSize ?? DEFAULT_GRID_PAGE_SIZE);
    if (expand.length > 0) query = query.expand(...expand);
    if (clauses.length === 1) query = query.filter(clauses[0]);
    if (clauses.length > 1) query = query.filter(and(...clauses));
    if (request.orderBy) query = query.orderBy(request.orderBy.field, !request.orderBy.descending);
    if (request.pageToken !== undefined) query.query.set('$skiptoken', request.pageToken);
    return query.using(parseBinderWithErrorCheck((response) => response.json()))<unknown>();
  });
  const page = pageAnswerSchema.parse(answer);
  const items = page.value as SharePointItem[];
  const screened = screenRecords(
    mapper.schema,
    items.map((item) => mapper.toDomain(item, mapping))
  );
  // A concrete ETag for every item, or MissingEtagError: an edit from the grid is always conditional (R-SEC-2).
  const etags = new Map(items.map((item) => [String(item.ID ?? item.Id), etagOf(item, `${mapper.list.title} ${String(item.ID ?? item.Id)}`)]));
  return {
    items: screened.valid.map((record) => {
      const id = String((record as { id: unknown }).id);
      return { id, record, etag: etags.get(id) ?? '' };
    }),
    rejected: screened.rejected,
    nextPageToken: skipTokenOf(page['odata.nextLink']),
    personNames: personNamesOf(items, expand)
  };
}
