import { columnExpression, isLookupKind, isTextKind, isUserKind, sameColumn } from './column-expression';
import { resolveFieldReference } from './field-reference';
import type { FieldReference } from './field-reference';
import { invalidExpression, notSupportedBySharePoint, notSupportedByStandIn, projectionNeedsExpand } from './query-errors';
import { listItems, pathSegments } from './query-list';
import type { ColumnInfo, ColumnResolver } from './query-model';

export interface OrderTerm {
  /** The sorted column; for `Owner/Title` the person column Owner. */
  readonly column: ColumnInfo;
  /** The SQL value sorted on, without collation or direction (for building a paging seek). */
  readonly expression: string;
  readonly descending: boolean;
  /** True when the value is text and sorts with COLLATE NOCASE. */
  readonly caseInsensitive: boolean;
}

export interface OrderBySql {
  /** The terms to put after ORDER BY, ending with `id ASC` unless ID is already sorted on. */
  readonly sql: string;
  /** The columns named in $orderby, in order (a plain array: callers keep it in their own records). */
  readonly columns: ColumnInfo[];
  /** The named terms, in order (without the implicit `id` tie-breaker). */
  readonly terms: OrderTerm[];
}

export interface OrderByOptions {
  /** The fields named in `$expand`; when given, sorting on `Owner/Title` requires `Owner` there. */
  readonly expanded?: readonly string[];
}

/** site_users columns for the person properties a sort can name; a bare person field sorts by Title, as in SharePoint. */
const USER_SORT_COLUMNS: Readonly<Record<string, string>> = { Title: 'title', EMail: 'email', Name: 'login_name' };

/**
 * `$orderby=Field [asc|desc], …` as SQL ORDER BY terms. Text sorts case-insensitively like
 * SharePoint; empty values sort first ascending and last descending, as in SharePoint (SQL Server)
 * and SQLite alike. ID always ends the order, so pages cut by `$top`/`$skiptoken` are stable.
 */
export function orderByToSql(orderby: string | undefined, resolve: ColumnResolver, options: OrderByOptions = {}): OrderBySql {
  const terms = listItems(orderby ?? '').map((item) => orderTerm(item, resolve, options));
  const sorted = terms.map((term) => `${term.expression}${term.caseInsensitive ? ' COLLATE NOCASE' : ''} ${term.descending ? 'DESC' : 'ASC'}`);
  if (!terms.some((term) => term.column.kind === 'counter')) sorted.push('id ASC');
  const columns: ColumnInfo[] = [];
  for (const term of terms) if (!columns.some((known) => sameColumn(known, term.column))) columns.push(term.column);
  return { sql: sorted.join(', '), columns, terms };
}

function orderTerm(item: string, resolve: ColumnResolver, options: OrderByOptions): OrderTerm {
  const match = /^(\S+)(?:\s+(asc|desc))?$/i.exec(item);
  if (!match) throw invalidExpression(item);
  const [name, property, ...deeper] = pathSegments(match[1]);
  if (deeper.length > 0) throw notSupportedBySharePoint(`Sorting on '${match[1]}' (a query can follow one lookup, not more)`);
  const reference = resolveFieldReference(name, property, resolve);
  if (property !== undefined && options.expanded !== undefined && !options.expanded.includes(name)) throw projectionNeedsExpand(name);
  const descending = match[2]?.toLowerCase() === 'desc';
  return { ...sortValue(reference), column: reference.column, descending };
}

function sortValue(reference: FieldReference): { expression: string; caseInsensitive: boolean } {
  const { column, property, path } = reference;
  if (column.multi) throw notSupportedBySharePoint(`Sorting on the multi-value field '${path}'`);
  if (!reference.viaNavigation || property === 'Id') {
    return { expression: columnExpression(column), caseInsensitive: isTextKind(column.kind) };
  }
  const userColumn = USER_SORT_COLUMNS[property ?? 'Title'];
  if (isUserKind(column.kind) && userColumn !== undefined) {
    return { expression: `(SELECT su.${userColumn} FROM site_users AS su WHERE su.id = ${columnExpression(column)})`, caseInsensitive: true };
  }
  if (isLookupKind(column.kind) && !isUserKind(column.kind)) {
    // The stand-in does not know which list and field a lookup shows, so it cannot sort by them.
    throw notSupportedByStandIn(`Sorting on '${path}' (sort on '${column.storageKey}')`);
  }
  throw notSupportedByStandIn(`Sorting on '${path}'`);
}
