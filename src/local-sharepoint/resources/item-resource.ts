import type { ApiRequest, ApiResponse } from '../http/api-request';
import { argValue, type PathSegment } from '../http/api-path';
import { collectionResponse, emptyOk, entityResponse, noContent, type Entity } from '../http/odata-response';
import { spErrors } from '../http/sharepoint-error';
import { columnExpression } from '../odata/column-expression';
import { filterToSql } from '../odata/filter-to-sql';
import { orderByToSql, type OrderBySql, type OrderTerm } from '../odata/orderby-to-sql';
import { ODataQueryError, type ColumnInfo } from '../odata/query-model';
import { hasPermission } from '../security/base-permissions';
import { demand, demandItemWrite, hiddenItemIds, itemScope, listScope, permissionsAt, seesOnlyOwnItems } from '../security/permissions';
import { PermissionKind } from '../security/permission-kind';
import { listIdCondition, nowIso, type FieldRecord, type ItemRow, type ListRecord, type SiteStore } from '../store/site-store';
import { columnResolver } from './column-resolver';
import { itemExtras } from './item-extras';
import { itemEntity, etagOf, projectionOf } from './item-projection';
import { applyPayload } from './item-values';
import { DuplicateValuesError } from '../store/unique-values';
import { itemTypeName, listEditLink } from './list-resource';
import { itemSecurable } from './securable';
import { handleSecurable } from './securable-resource';

/** SharePoint's list view threshold: past it, a query must start with an indexed column. */
export const LIST_VIEW_THRESHOLD = 5000;
/** SharePoint's page size when `$top` is absent, and its ceiling when `$top` is larger. */
export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 5000;

function toQueryError(error: unknown): never {
  if (error instanceof ODataQueryError) throw spErrors.badRequest(error.message);
  throw error;
}

/** `Paged=TRUE&p_ID=100[&p_Title=…]`: the last row of the previous page, by SharePoint's own token format. */
interface SkipToken {
  readonly lastId: number;
  readonly lastSortValue: string | undefined;
}

function parseSkipToken(token: string | null, sortField: string | undefined): SkipToken | undefined {
  if (token === null || token === '') return undefined;
  const params = new URLSearchParams(token);
  const lastId = Number(params.get('p_ID'));
  if (!Number.isInteger(lastId)) throw spErrors.badRequest('The $skiptoken is not valid.');
  return { lastId, lastSortValue: sortField === undefined ? undefined : params.get(`p_${sortField}`) ?? undefined };
}

/** The token's name for a sort term: `p_Prio`, `p_Owner` for `Owner/Title` (SharePoint names the field). */
function sortFieldOf(term: OrderTerm | undefined): string | undefined {
  return term === undefined || term.column.kind === 'counter' ? undefined : term.column.internalName;
}

/**
 * Whether a sort term's SQL value is a number (number, yes/no as 1/0, a person or lookup id) rather
 * than text: a token carries it as text, and SQLite never finds a number equal to a text.
 */
function sortsAsNumber(term: OrderTerm): boolean {
  const plainColumn = term.expression === columnExpression(term.column);
  return plainColumn && ['number', 'boolean', 'lookup', 'user', 'counter'].includes(term.column.kind);
}

interface ItemQuery {
  readonly sql: string;
  readonly params: (string | number | null)[];
  readonly top: number;
  /** The one `$orderby` term pages are cut on, if any besides ID. */
  readonly sortTerm: OrderTerm | undefined;
}

function buildQuery(store: SiteStore, request: ApiRequest, list: ListRecord, fields: readonly FieldRecord[]): ItemQuery {
  const resolve = columnResolver(fields);
  // The list id as a literal: only then can SQLite use the list's own (partial) indexes.
  const where: string[] = [listIdCondition(list.id)];
  const params: (string | number | null)[] = [];
  const filter = request.query.get('$filter');
  const orderBy = request.query.get('$orderby');
  const expanded = (request.query.get('$expand') ?? '').split(',').map((name) => name.trim()).filter((name) => name !== '');
  let firstColumn: ColumnInfo | undefined;
  if (filter !== null && filter.trim() !== '') {
    try {
      const translated = filterToSql(filter, resolve, { expanded });
      where.push(`(${translated.where.sql})`);
      params.push(...translated.where.params);
      firstColumn = translated.firstColumn;
    } catch (error) {
      toQueryError(error);
    }
  }
  let order: OrderBySql = { sql: 'id ASC', columns: [], terms: [] };
  if (orderBy !== null && orderBy.trim() !== '') {
    try {
      order = orderByToSql(orderBy, resolve, { expanded });
    } catch (error) {
      toQueryError(error);
    }
  }
  // SharePoint's list view threshold: on a large list the query must start with an indexed
  // column (ID is always indexed); sorting by a column that is not indexed fails as well.
  if (store.itemCount(list.id) > LIST_VIEW_THRESHOLD) {
    const unindexedFilter = firstColumn !== undefined && !firstColumn.indexed && firstColumn.kind !== 'counter';
    const unindexedSort = order.columns.some((column) => !column.indexed && column.kind !== 'counter');
    if (unindexedFilter || unindexedSort) throw spErrors.listViewThreshold();
  }
  if (seesOnlyOwnItems(store, request.user, list)) {
    where.push(`json_extract(data, '$."AuthorId"') = ?`);
    params.push(request.user.id);
  }
  // Items with their own permissions that deny this user are left out, as SharePoint trims them.
  const hidden = hiddenItemIds(store, request.user, list);
  if (hidden.length > 0) {
    where.push(`id NOT IN (${hidden.map(() => '?').join(', ')})`);
    params.push(...hidden);
  }
  if (order.terms.length > 1) {
    // Paging past the first page needs the sort key of the last row; one sort column (plus ID) is what Tillit uses.
    if (request.query.get('$skiptoken')) throw spErrors.badRequest('The local SharePoint pages by at most one $orderby column.');
  }
  const sortTerm = order.terms.length === 1 ? order.terms[0] : undefined;
  const token = parseSkipToken(request.query.get('$skiptoken'), sortFieldOf(sortTerm));
  if (token !== undefined) {
    const descending = sortTerm?.descending ?? false;
    if (sortTerm === undefined || sortTerm.column.kind === 'counter') {
      where.push(`id ${descending ? '<' : '>'} ?`);
      params.push(token.lastId);
    } else {
      // The seek compares exactly as ORDER BY sorts: the same expression and, for text,
      // the same case-insensitive collation; otherwise rows would be skipped or repeated.
      const expression = `(${sortTerm.expression})${sortTerm.caseInsensitive ? ' COLLATE NOCASE' : ''}`;
      const last = token.lastSortValue === undefined || token.lastSortValue === '' ? null : token.lastSortValue;
      const typed = last !== null && sortsAsNumber(sortTerm) ? Number(last) : last;
      // SQLite sorts NULL first ascending and last descending; the keyset follows that order,
      // and ties go on in ID order (orderByToSql ends with `id ASC`).
      if (descending) {
        where.push(`((${expression} < ?) OR (${expression} IS ? AND id > ?) OR (? IS NOT NULL AND ${expression} IS NULL))`);
      } else {
        where.push(`((${expression} > ?) OR (${expression} IS ? AND id > ?) OR (? IS NULL AND ${expression} IS NOT NULL))`);
      }
      params.push(typed, typed, token.lastId, typed);
    }
  }
  const requestedTop = request.query.get('$top');
  let top = DEFAULT_PAGE_SIZE;
  if (requestedTop !== null) {
    top = Number(requestedTop);
    if (!Number.isInteger(top) || top < 0) throw spErrors.badRequest(`The $top value '${requestedTop}' is not a non-negative integer.`);
    top = Math.min(top, MAX_PAGE_SIZE);
  }
  return { sql: `SELECT id, data, version FROM items WHERE ${where.join(' AND ')} ORDER BY ${order.sql} LIMIT ?`, params: [...params, top + 1], top, sortTerm };
}

/** The next page's token: the last row's ID and, when sorted by a column, that row's sort value as ORDER BY saw it. */
function skipTokenOf(store: SiteStore, list: ListRecord, row: ItemRow, sortTerm: OrderTerm | undefined): string {
  const params = new URLSearchParams({ Paged: 'TRUE' });
  const field = sortFieldOf(sortTerm);
  if (sortTerm !== undefined && field !== undefined) {
    const value = store.scalar(`SELECT ${sortTerm.expression} AS value FROM items WHERE list_id = ? AND id = ?`, [list.id, row.id]);
    params.set(`p_${field}`, value === null || value === undefined ? '' : String(value));
  }
  params.set('p_ID', String(row.id));
  return params.toString();
}

function nextLinkOf(store: SiteStore, request: ApiRequest, list: ListRecord, last: ItemRow, query: ItemQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of request.query) if (key !== '$skiptoken' && key !== '$top') params.set(key, value);
  params.set('$skiptoken', skipTokenOf(store, list, last, query.sortTerm));
  params.set('$top', String(query.top));
  return `${request.siteUrl}/_api/${listEditLink(list)}/Items?${params.toString()}`;
}

function queryItems(store: SiteStore, request: ApiRequest, list: ListRecord, fields: readonly FieldRecord[]): ApiResponse {
  const query = buildQuery(store, request, list, fields);
  const rows = store.queryItems(query.sql, query.params);
  const page = rows.slice(0, query.top);
  const projection = projectionOf(request, fields, itemExtras(store, request, list));
  const typeName = itemTypeName(list);
  const entities: Entity[] = page.map((row) => itemEntity(store, list, fields, typeName, row, projection));
  const nextLink = rows.length > query.top && page.length > 0 ? nextLinkOf(store, request, list, page[page.length - 1], query) : undefined;
  return collectionResponse(request, entities, `SP.ListData.${list.urlName}ListItems`, nextLink);
}

/** If-Match: `*` or absent matches anything; otherwise the item's current version (R-SEC-2: no lost updates). */
function checkEtag(request: ApiRequest, row: ItemRow): void {
  const ifMatch = request.headers['if-match'];
  if (ifMatch === undefined || ifMatch.trim() === '*') return;
  const wanted = ifMatch.trim().replace(/^W\//, '').replace(/"/g, '').split(',')[0];
  if (wanted !== String(row.version)) throw spErrors.etagMismatch(ifMatch.trim(), etagOf(row.version));
}

/** A write that would repeat a unique column's value is refused as SharePoint Online refuses it (nothing lands). */
function refusingDuplicates<T>(write: () => T): T {
  try {
    return write();
  } catch (error) {
    if (error instanceof DuplicateValuesError) throw spErrors.duplicateValues();
    throw error;
  }
}

function addItem(store: SiteStore, request: ApiRequest, list: ListRecord, fields: readonly FieldRecord[]): ApiResponse {
  demandItemWrite(store, request.user, list, undefined);
  const now = nowIso();
  const values = applyPayload(store, fields, itemTypeName(list), {}, request.body ?? {});
  const data = { Title: null, ...values, Created: now, Modified: now, AuthorId: request.user.id, EditorId: request.user.id };
  const row = refusingDuplicates(() => store.insertItem(list.id, data));
  return entityResponse(request, itemEntity(store, list, fields, itemTypeName(list), row, { fields: undefined, expansions: new Map() }), `SP.ListData.${list.urlName}ListItems`, 201);
}

function versionEntity(store: SiteStore, list: ListRecord, itemId: number, version: { version: number; data: Record<string, unknown>; editorId: number; modified: string }, current: number): Entity {
  const editor = store.userById(version.editorId);
  return {
    type: 'SP.ListItemVersion',
    editLink: `Web/Lists(guid'${list.guid}')/Items(${itemId})/Versions(${version.version * 512})`,
    props: {
      ...version.data,
      VersionId: version.version * 512,
      VersionLabel: `${version.version}.0`,
      IsCurrentVersion: version.version === current,
      Created: version.modified,
      CheckInComment: '',
      Editor: editor ? { LookupId: editor.id, LookupValue: editor.title, Email: editor.email } : null
    }
  };
}

function handleVersions(store: SiteStore, request: ApiRequest, list: ListRecord, row: ItemRow, rest: readonly PathSegment[]): ApiResponse {
  if (request.method !== 'GET') throw spErrors.methodNotAllowed(request.method, 'versions');
  const versions = store.versions(list.id, row.id);
  const [next] = rest;
  if (!next) {
    return collectionResponse(request, versions.map((version) => versionEntity(store, list, row.id, version, row.version)), 'SP.ApiData.ListItemVersions');
  }
  const versionId = Number(argValue(next));
  const version = versions.find((candidate) => candidate.version * 512 === versionId);
  if (!version) throw spErrors.invalidArgument('The version does not exist.');
  return entityResponse(request, versionEntity(store, list, row.id, version, row.version), 'SP.ApiData.ListItemVersions1');
}

function handleItem(store: SiteStore, request: ApiRequest, list: ListRecord, fields: readonly FieldRecord[], id: number, rest: readonly PathSegment[]): ApiResponse {
  const row = store.item(list.id, id);
  if (!row) throw spErrors.itemNotFound();
  const ownOnly = seesOnlyOwnItems(store, request.user, list);
  if (ownOnly && row.data.AuthorId !== request.user.id) throw spErrors.itemNotFound();
  if (!hasPermission(permissionsAt(store, request.user, itemScope(store, list, id)), PermissionKind.ViewListItems)) throw spErrors.itemNotFound();
  const [next, ...tail] = rest;
  if (next) {
    if (next.name === 'versions') return handleVersions(store, request, list, row, next.args ? [{ name: 'getbyid', args: next.args }, ...tail] : tail);
    const answer = handleSecurable(store, request, itemSecurable(store, list, row), next, tail);
    if (answer) return answer;
    throw spErrors.resourceNotFound(`items/${next.name}`);
  }
  switch (request.method) {
    case 'GET':
      return entityResponse(request, itemEntity(store, list, fields, itemTypeName(list), row, projectionOf(request, fields, itemExtras(store, request, list))), `SP.ListData.${list.urlName}ListItems`);
    case 'MERGE':
    case 'PATCH':
    case 'PUT': {
      demandItemWrite(store, request.user, list, row.data.AuthorId as number | undefined, id);
      checkEtag(request, row);
      const values = applyPayload(store, fields, itemTypeName(list), row.data, request.body ?? {});
      const updated = refusingDuplicates(() => store.updateItem(list.id, id, { ...values, Modified: nowIso(), EditorId: request.user.id }));
      return noContent(etagOf(updated.version));
    }
    case 'DELETE':
      demandItemWrite(store, request.user, list, row.data.AuthorId as number | undefined, id);
      checkEtag(request, row);
      store.deleteItem(list.id, id);
      store.clearItemSecurity(list.id, id);
      return emptyOk();
    default:
      throw spErrors.methodNotAllowed(request.method, 'an item');
  }
}

/** `…/items`, `…/items(5)`, `…/items/getById(5)` and `…/items(5)/versions`. */
export function handleItems(store: SiteStore, request: ApiRequest, list: ListRecord, self: PathSegment, rest: readonly PathSegment[]): ApiResponse {
  demand(store, request.user, listScope(list), PermissionKind.ViewListItems);
  const fields = store.fields(list.id);
  if (self.args) return handleItem(store, request, list, fields, Number(argValue(self)), rest);
  const [next, ...tail] = rest;
  if (next) {
    if (next.name === 'getbyid') return handleItem(store, request, list, fields, Number(argValue(next)), tail);
    throw spErrors.resourceNotFound(`items/${next.name}`);
  }
  if (request.method === 'POST') return addItem(store, request, list, fields);
  if (request.method !== 'GET') throw spErrors.methodNotAllowed(request.method, 'items');
  return queryItems(store, request, list, fields);
}
