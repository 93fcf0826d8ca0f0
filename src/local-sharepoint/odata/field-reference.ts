import { isLookupKind } from './column-expression';
import { unknownColumn } from './query-errors';
import type { ColumnInfo, ColumnResolver } from './query-model';

/**
 * A field as a query names it: `Title`, `OwnerId`, `Owner` or `Owner/EMail`.
 *
 * Lookup and person fields have two names in SharePoint's REST API: `OwnerId` (the stored id) and
 * `Owner` (the navigation that `$expand` follows). The resolver may know a lookup column under
 * either name, so both are tried: `Owner/…` and `Owner` resolve `Owner`, else `OwnerId`;
 * `OwnerId` resolves `OwnerId`, else `Owner` if that column is stored under `OwnerId`.
 */
export interface FieldReference {
  readonly column: ColumnInfo;
  /** The path as written, for messages: `Owner/EMail`. */
  readonly path: string;
  /** True when a lookup or person field is named by its navigation name (`Owner`, `Owner/…`), not its id key. */
  readonly viaNavigation: boolean;
  /** The projected property of `Owner/EMail`; undefined for a plain name. */
  readonly property: string | undefined;
}

export function resolveFieldReference(name: string, property: string | undefined, resolve: ColumnResolver): FieldReference {
  const path = property === undefined ? name : `${name}/${property}`;
  if (property !== undefined) {
    const column = navigationColumn(name, resolve);
    if (column) return { column, path, viaNavigation: true, property };
    // A projection of a column that is not a lookup (`Title/Foo`) or of nothing at all.
    throw unknownColumn(resolve(name) ? path : name);
  }
  const direct = resolve(name) ?? idKeyColumn(name, resolve);
  if (direct) {
    return { column: direct, path, viaNavigation: isLookupKind(direct.kind) && direct.storageKey !== name, property };
  }
  const navigation = navigationColumn(name, resolve);
  if (navigation) return { column: navigation, path, viaNavigation: true, property };
  throw unknownColumn(name);
}

/** The lookup or person column that `$expand=<name>` would follow, if any. */
export function navigationColumn(name: string, resolve: ColumnResolver): ColumnInfo | undefined {
  const direct = resolve(name);
  if (direct && isLookupKind(direct.kind) && direct.storageKey !== name) return direct;
  const byIdKey = resolve(`${name}Id`);
  if (byIdKey && isLookupKind(byIdKey.kind) && byIdKey.storageKey === `${name}Id`) return byIdKey;
  return undefined;
}

function idKeyColumn(name: string, resolve: ColumnResolver): ColumnInfo | undefined {
  if (!name.endsWith('Id') || name.length <= 2) return undefined;
  const column = resolve(name.slice(0, -2));
  return column && isLookupKind(column.kind) && column.storageKey === name ? column : undefined;
}
