import { SHAREPOINT_TYPE_NAMES } from '../../sharepoint/lists/field-kinds';
import { columnExpression, isTextKind, isUserKind, jsonPath } from './column-expression';
import type { FieldReference } from './field-reference';
import { notSupportedByStandIn } from './query-errors';
import { ODataQueryError } from './query-model';
import type { FieldKind } from './query-model';

/** The type a filter value is converted to before it is bound. */
export type ValueType = 'text' | 'number' | 'boolean' | 'datetime';

/**
 * Where a field's value lives, as far as a filter is concerned:
 * - scalar: one SQL value (`json_extract(…)` or `id`): text, number, boolean, datetime, lookup ids;
 * - array: a JSON array in `data` (multichoice; usermulti/lookupmulti ids): eq means "contains";
 * - user: a person's id whose site_users row holds the compared property (`Owner/EMail`);
 * - userArray: the same for each id of a multi-person field.
 */
export type FilterTarget =
  | { readonly shape: 'scalar'; readonly expression: string; readonly valueType: ValueType }
  | { readonly shape: 'array'; readonly path: string; readonly valueType: ValueType }
  | { readonly shape: 'user'; readonly expression: string; readonly userColumn: string }
  | { readonly shape: 'userArray'; readonly path: string; readonly userColumn: string };

/** The site_users column behind each person property SharePoint lets a query project. */
const USER_PROPERTY_COLUMNS: Readonly<Record<string, string>> = {
  Title: 'title',
  EMail: 'email',
  Name: 'login_name'
};

export function filterTarget(reference: FieldReference): FilterTarget {
  const { column, property } = reference;
  const multi = column.kind === 'multichoice' || column.kind === 'usermulti' || column.kind === 'lookupmulti';
  if (property === undefined && reference.viaNavigation) {
    const type = SHAREPOINT_TYPE_NAMES[column.kind];
    throw new ODataQueryError(
      `The field '${reference.path}' of type '${type}' cannot be compared as it is: filter on '${column.storageKey}' or on '${reference.path}/Id'.`
    );
  }
  if (property === undefined || property === 'Id') {
    const valueType = valueTypeOf(column.kind);
    return multi
      ? { shape: 'array', path: jsonPath(column), valueType }
      : { shape: 'scalar', expression: columnExpression(column), valueType };
  }
  const userColumn = USER_PROPERTY_COLUMNS[property];
  if (isUserKind(column.kind) && userColumn !== undefined) {
    return multi
      ? { shape: 'userArray', path: jsonPath(column), userColumn }
      : { shape: 'user', expression: columnExpression(column), userColumn };
  }
  if (isUserKind(column.kind)) {
    throw notSupportedByStandIn(`Filtering on '${reference.path}' (person fields can be filtered on Id, Title, EMail and Name)`);
  }
  throw notSupportedByStandIn(`Filtering on '${reference.path}' (lookup fields can be filtered on '${column.storageKey}' or '${reference.path.split('/')[0]}/Id')`);
}

function valueTypeOf(kind: FieldKind): ValueType {
  if (isTextKind(kind)) return 'text';
  if (kind === 'boolean') return 'boolean';
  if (kind === 'datetime') return 'datetime';
  return 'number'; // counter, number and the ids of users and lookups
}
