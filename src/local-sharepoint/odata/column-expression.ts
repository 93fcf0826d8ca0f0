import type { ColumnInfo, FieldKind } from './query-model';

/**
 * SharePoint internal names are letters, digits and underscores (`_x0020_` encodes a space), so a
 * storage key never needs quoting. It is checked anyway because it is spliced into SQL text.
 */
const STORAGE_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The JSON path of a column's value inside `items.data`: `$."Title"`. */
export function jsonPath(column: ColumnInfo): string {
  if (!STORAGE_KEY.test(column.storageKey)) {
    // A programming error in the list schema, not a bad query: not an ODataQueryError.
    throw new Error(`Storage key '${column.storageKey}' of column '${column.internalName}' is not a SharePoint internal name.`);
  }
  return `$."${column.storageKey}"`;
}

/**
 * The one SQL expression for a column's value, used by filters, sorting and the storage's index
 * definitions alike. Keep the spelling byte for byte: SQLite only uses an expression index when the
 * query's expression text is identical to the indexed one.
 * ID (kind 'counter') is the `id` column itself, never a JSON value.
 */
export function columnExpression(column: ColumnInfo): string {
  if (column.kind === 'counter') return 'id';
  return `json_extract(data, '${jsonPath(column)}')`;
}

/** The resolver may build a new ColumnInfo per call, and ID is also Id: a column is its storage. */
export function sameColumn(a: ColumnInfo, b: ColumnInfo): boolean {
  return a.kind === 'counter' ? b.kind === 'counter' : a.storageKey === b.storageKey;
}

/**
 * SharePoint compares and sorts text case-insensitively (its content databases use a
 * case-insensitive SQL collation), so text-valued kinds are compared with COLLATE NOCASE here.
 * NOCASE folds ASCII letters only: 'Å' and 'å' stay different in the stand-in.
 */
export function isTextKind(kind: FieldKind): boolean {
  return kind === 'text' || kind === 'note' || kind === 'choice' || kind === 'multichoice';
}

/** The kinds whose value is stored as `<Name>Id` and that `$expand` can follow. */
export function isLookupKind(kind: FieldKind): boolean {
  return kind === 'user' || kind === 'usermulti' || kind === 'lookup' || kind === 'lookupmulti';
}

export function isUserKind(kind: FieldKind): boolean {
  return kind === 'user' || kind === 'usermulti';
}
