import type Database from 'better-sqlite3';

/**
 * SharePoint's "enforce unique values" on a column, as SQLite enforces it: a UNIQUE partial
 * expression index per list and column, so that a duplicate can never land, whatever the client
 * does (R-SEC-2). As in SharePoint Online: values compare case-insensitively (`ABC` and `abc`
 * collide), and empty values (null, '') are not values, so any number of items may leave the
 * column empty — items written before the column existed among them.
 */

/** What the store throws when a write would give two items the same value in a unique column. */
export class DuplicateValuesError extends Error {
  public constructor(public readonly listId: number) {
    super(`A value of a unique column of list ${listId} is already used by another item.`);
    this.name = 'DuplicateValuesError';
  }
}

function uniqueIndexName(listId: number, internalName: string): string {
  return `ux_items_${listId}_${internalName.replace(/[^A-Za-z0-9_]/g, '_')}`;
}

/** A person or lookup is stored as `<Name>Id` (item-values.ts); SharePoint allows unique values on single-value columns only. */
export function createUniqueIndex(db: Database.Database, listId: number, field: { readonly internalName: string; readonly kind: string }): void {
  const { internalName } = field;
  const storageKey = field.kind === 'user' || field.kind === 'lookup' ? `${internalName}Id` : internalName;
  const value = `json_extract(data, '$."${storageKey.replace(/"/g, '')}"')`;
  // listId is an integer from the lists table: a literal, because a partial index cannot hold a parameter.
  db.exec(
    `CREATE UNIQUE INDEX IF NOT EXISTS ${uniqueIndexName(listId, internalName)} ON items(${value} COLLATE NOCASE) ` +
      `WHERE list_id = ${Math.trunc(listId)} AND ${value} IS NOT NULL AND ${value} <> ''`
  );
}

export function dropUniqueIndex(db: Database.Database, listId: number, internalName: string): void {
  db.exec(`DROP INDEX IF EXISTS ${uniqueIndexName(listId, internalName)}`);
}

/** Runs a write; SQLite's unique-index violation becomes DuplicateValuesError, anything else passes unchanged. */
export function guardUniqueValues<T>(listId: number, write: () => T): T {
  try {
    return write();
  } catch (error) {
    // Read by shape, not instanceof: better-sqlite3's native addon keeps the SqliteError class it
    // was first given, which under jest may belong to another test file's realm.
    const { code, message } = (typeof error === 'object' && error !== null ? error : {}) as { code?: unknown; message?: unknown };
    if (code === 'SQLITE_CONSTRAINT_UNIQUE' && typeof message === 'string' && message.includes(`ux_items_${listId}_`)) {
      throw new DuplicateValuesError(listId);
    }
    throw error;
  }
}
