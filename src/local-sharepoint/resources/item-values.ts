import { spErrors } from '../http/sharepoint-error';
import { parseDateTimeLiteral, storageDateTime } from '../odata/datetime-literal';
import type { FieldRecord, SiteStore } from '../store/site-store';

/**
 * What a client may write to an item, and in which shape it is stored (query-model.ts):
 * person and lookup values go in as `<Name>Id`, multi values as JSON arrays, dates as whole-second
 * UTC. A value of the wrong type is refused with 400, as SharePoint does, never stored half-right.
 */

export function storageKeyOf(field: FieldRecord): string {
  return field.kind === 'user' || field.kind === 'usermulti' || field.kind === 'lookup' || field.kind === 'lookupmulti'
    ? `${field.internalName}Id`
    : field.internalName;
}

function typeError(field: FieldRecord, expected: string, value: unknown): never {
  throw spErrors.invalidArgument(
    `Cannot convert the value ${JSON.stringify(value)} of column '${field.internalName}' to the expected type '${expected}'.`
  );
}

/** Multi values arrive as arrays (JSON light) or `{ results: [...] }` (verbose). */
function multiValues(field: FieldRecord, value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (value !== null && typeof value === 'object' && Array.isArray((value as { results?: unknown }).results)) {
    return (value as { results: unknown[] }).results;
  }
  return typeError(field, 'Collection', value);
}

function integerId(field: FieldRecord, value: unknown): number {
  const id = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof id !== 'number' || !Number.isInteger(id) || id < 1) return typeError(field, 'Edm.Int32', value);
  return id;
}

function requireUser(store: SiteStore, field: FieldRecord, id: number): number {
  if (!store.userById(id)) throw spErrors.invalidArgument(`The user with id ${id} for column '${field.internalName}' does not exist or is not unique.`);
  return id;
}

export function coerceValue(store: SiteStore, field: FieldRecord, value: unknown): unknown {
  if (value === null) return null;
  switch (field.kind) {
    case 'text':
    case 'note':
    case 'choice': {
      if (typeof value !== 'string') return typeError(field, 'Edm.String', value);
      if (field.kind === 'text' && value.length > (field.maxLength ?? 255)) {
        throw spErrors.invalidArgument(`The value of column '${field.internalName}' is longer than its maximum of ${field.maxLength ?? 255} characters.`);
      }
      return value;
    }
    case 'number': {
      const number = typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value)) ? Number(value) : value;
      if (typeof number !== 'number' || !Number.isFinite(number)) return typeError(field, 'Edm.Double', value);
      return number;
    }
    case 'boolean':
      if (typeof value !== 'boolean') return typeError(field, 'Edm.Boolean', value);
      return value;
    case 'datetime': {
      if (typeof value !== 'string') return typeError(field, 'Edm.DateTime', value);
      try {
        return storageDateTime(parseDateTimeLiteral(value));
      } catch {
        return typeError(field, 'Edm.DateTime', value);
      }
    }
    case 'multichoice':
      return multiValues(field, value).map((choice) => (typeof choice === 'string' ? choice : typeError(field, 'Edm.String', choice)));
    case 'user':
      return requireUser(store, field, integerId(field, value));
    case 'lookup':
      return integerId(field, value);
    case 'usermulti':
      return multiValues(field, value).map((id) => requireUser(store, field, integerId(field, id)));
    case 'lookupmulti':
      return multiValues(field, value).map((id) => integerId(field, id));
    case 'counter':
      return typeError(field, 'read-only', value);
  }
}

/** The store hands out the same field array until a list's fields change: built once per array, not per item. */
const storageKeyIndexes = new WeakMap<readonly FieldRecord[], ReadonlyMap<string, FieldRecord>>();

function fieldsByStorageKey(fields: readonly FieldRecord[]): ReadonlyMap<string, FieldRecord> {
  let byKey = storageKeyIndexes.get(fields);
  if (byKey === undefined) {
    byKey = new Map(fields.map((field) => [storageKeyOf(field).toLowerCase(), field]));
    storageKeyIndexes.set(fields, byKey);
  }
  return byKey;
}

/**
 * Applies a client's payload to an item's stored values. Unknown properties are refused with
 * SharePoint's own message; read-only built-ins (ID, Created, Author …) cannot be set.
 */
export function applyPayload(
  store: SiteStore,
  fields: readonly FieldRecord[],
  typeName: string,
  current: Record<string, unknown>,
  payload: unknown
): Record<string, unknown> {
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
    throw spErrors.badRequest('The request body must be a JSON object of field values.');
  }
  const next = { ...current };
  const byKey = fieldsByStorageKey(fields);
  for (const [key, value] of Object.entries(payload as Record<string, unknown>)) {
    if (key === '__metadata' || key.startsWith('odata.')) continue;
    // `<Person>StringId` is the same value as `<Person>Id`, as a string; SharePoint accepts either.
    const field = byKey.get(key.toLowerCase()) ?? byKey.get(key.toLowerCase().replace(/stringid$/, 'id'));
    if (!field) throw spErrors.unknownProperty(key, typeName);
    if (field.readOnly) throw spErrors.invalidArgument(`The column '${field.internalName}' is read-only.`);
    next[storageKeyOf(field)] = coerceValue(store, field, value);
  }
  return next;
}
