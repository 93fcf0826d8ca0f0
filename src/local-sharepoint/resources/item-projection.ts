import type { ApiRequest } from '../http/api-request';
import type { Entity } from '../http/odata-response';
import { spErrors } from '../http/sharepoint-error';
import type { FieldRecord, ItemRow, ListRecord, SiteStore } from '../store/site-store';
import { isLookupKind } from '../odata/column-expression';
import { parseSelectExpand, type SelectExpand } from '../odata/parse-select-expand';
import { ODataQueryError } from '../odata/query-model';
import { columnResolver } from './column-resolver';
import { storageKeyOf } from './item-values';
import type { ItemExtras } from './item-extras';
import { userInfoKey, userInfoValue } from './principals';

/** What `$select` and `$expand` ask of each item. */
export interface Projection {
  /** undefined: every field, as SharePoint answers without `$select` (or with `*`). */
  readonly fields: ReadonlySet<string> | undefined;
  /** Expanded person/lookup field (lower-case name) → the properties projected from it. */
  readonly expansions: ReadonlyMap<string, readonly string[]>;
  /** Properties that are not columns (ParentList, EffectiveBasePermissions), by name, computed per item. */
  readonly extras?: ReadonlyMap<string, (row: ItemRow) => unknown>;
}

const CONTENT_TYPE_ID = '0x0100D4E2A1C1B0A94F1E9C2B1E64C7B3A2F1';

/** Properties every item has besides its fields; `$select` may name them. */
const ITEM_PROPERTIES = ['FileSystemObjectType', 'ServerRedirectedEmbedUri', 'ServerRedirectedEmbedUrl', 'ContentTypeId', 'OData__UIVersionString', 'Attachments', 'GUID'];
/** SharePoint's navigation properties of an item that the stand-in does not serve: refused by name, not ignored. */
const UNSERVED_NAVIGATION = ['attachmentfiles', 'contenttype', 'fieldvaluesashtml', 'fieldvaluesastext', 'fieldvaluesforedit', 'file', 'folder', 'properties', 'roleassignments', 'versions', 'likedbyinformation'];

/** The names `$select` may use for a field: `Owner`, `OwnerId`, `OwnerStringId`; `ID` and `Id` for the counter. */
function selectableNames(field: FieldRecord): string[] {
  switch (field.kind) {
    case 'counter':
      return ['ID', 'Id'];
    case 'user':
    case 'usermulti':
      return [field.internalName, `${field.internalName}Id`, `${field.internalName}StringId`];
    case 'lookup':
    case 'lookupmulti':
      return [field.internalName, `${field.internalName}Id`];
    default:
      return [field.internalName];
  }
}

/**
 * SharePoint refuses `$select` of a column the list does not have (HTTP 400); dropping it silently
 * would let a misspelt column pass here and fail against SharePoint Online.
 */
function checkSelectable(names: readonly string[], fields: readonly FieldRecord[], extraNames: readonly string[]): void {
  const known = new Set([...ITEM_PROPERTIES, ...extraNames, ...fields.flatMap(selectableNames)].map((name) => name.toLowerCase()));
  for (const name of names) {
    const lower = name.toLowerCase();
    if (known.has(lower)) continue;
    if (UNSERVED_NAVIGATION.includes(lower)) throw spErrors.badRequest(`Selecting '${name}' is not supported by the local SharePoint stand-in.`);
    throw spErrors.badRequest(`The field or property '${name}' does not exist.`);
  }
}

export function itemEditLink(list: ListRecord, id: number): string {
  return `Web/Lists(guid'${list.guid}')/Items(${id})`;
}

export function etagOf(version: number): string {
  return `"${version}"`;
}

/** `$select`/`$expand` against the list's fields; SharePoint's 400s come from parseSelectExpand. */
export function projectionOf(request: ApiRequest, fields: readonly FieldRecord[], itemExtras?: ItemExtras): Projection {
  let parsed: SelectExpand;
  try {
    parsed = parseSelectExpand(request.query.get('$select') ?? undefined, request.query.get('$expand') ?? undefined, columnResolver(fields));
  } catch (error) {
    if (error instanceof ODataQueryError) throw spErrors.badRequest(error.message);
    throw error;
  }
  const extras = new Map<string, (row: ItemRow) => unknown>();
  const parentList = parsed.expand.find((name) => name.toLowerCase() === 'parentlist');
  if (parentList !== undefined && itemExtras) {
    const value = itemExtras.parentList(parsed.projections.get(parentList) ?? []);
    extras.set('ParentList', () => value);
  }
  const selected = new Set(parsed.fields.map((name) => name.toLowerCase()));
  for (const [name, compute] of Object.entries(itemExtras?.onSelect ?? {})) if (selected.has(name.toLowerCase())) extras.set(name, compute);
  if (!parsed.allFields) checkSelectable(parsed.fields, fields, [...extras.keys()]);
  const byName = new Map(fields.map((field) => [field.internalName.toLowerCase(), field]));
  const expansions = new Map<string, readonly string[]>();
  for (const name of parsed.expand) {
    if (name === parentList && itemExtras) continue;
    const field = byName.get(name.toLowerCase());
    if (!field || !isLookupKind(field.kind)) throw spErrors.badRequest(`The field or property '${name}' does not exist.`);
    expansions.set(name.toLowerCase(), parsed.projections.get(name) ?? parsed.projections.get(field.internalName) ?? []);
  }
  return { fields: parsed.allFields ? undefined : new Set(parsed.fields.map((name) => name.toLowerCase())), expansions, extras };
}

function expandUser(store: SiteStore, id: unknown, props: readonly string[]): unknown {
  if (typeof id !== 'number') return null;
  const user = store.userById(id);
  if (!user) return null;
  const projected: Record<string, unknown> = {};
  for (const prop of props.length > 0 ? props : ['Id', 'Title']) projected[userInfoKey(prop)] = userInfoValue(user, prop);
  return projected;
}

function expandLookup(store: SiteStore, field: FieldRecord, id: unknown, props: readonly string[]): unknown {
  if (typeof id !== 'number' || field.lookupListGuid === undefined) return null;
  const target = store.listByGuid(field.lookupListGuid);
  const item = target && store.item(target.id, id);
  if (!target || !item) return null;
  const projected: Record<string, unknown> = {};
  for (const prop of props.length > 0 ? props : ['Id', field.lookupField ?? 'Title']) {
    projected[prop] = prop.toLowerCase() === 'id' ? item.id : item.data[prop] ?? null;
  }
  return projected;
}

function plainValues(field: FieldRecord, row: ItemRow): Record<string, unknown> {
  const value = row.data[storageKeyOf(field)];
  switch (field.kind) {
    case 'counter':
      return { ID: row.id };
    case 'user':
      return { [`${field.internalName}Id`]: value ?? null, [`${field.internalName}StringId`]: typeof value === 'number' ? String(value) : null };
    case 'usermulti':
      return { [`${field.internalName}Id`]: value ?? [], [`${field.internalName}StringId`]: Array.isArray(value) ? value.map(String) : [] };
    case 'lookup':
      return { [`${field.internalName}Id`]: value ?? null };
    case 'lookupmulti':
      return { [`${field.internalName}Id`]: value ?? [] };
    default:
      return { [field.internalName]: value ?? null };
  }
}

/** One item as SharePoint answers it, under the client's projection. */
export function itemEntity(
  store: SiteStore,
  list: ListRecord,
  fields: readonly FieldRecord[],
  typeName: string,
  row: ItemRow,
  projection: Projection
): Entity {
  const all = projection.fields === undefined;
  const props: Record<string, unknown> = {};
  const wanted = (name: string): boolean => all || (projection.fields?.has(name.toLowerCase()) ?? false);
  if (all) props.Id = row.id;
  const leading = { FileSystemObjectType: 0, ServerRedirectedEmbedUri: null, ServerRedirectedEmbedUrl: '', ContentTypeId: CONTENT_TYPE_ID };
  for (const [key, value] of Object.entries(leading)) if (wanted(key)) props[key] = value;
  for (const field of fields) {
    const values = plainValues(field, row);
    for (const [key, value] of Object.entries(values)) {
      if (wanted(key) || (field.kind !== 'counter' && wanted(field.internalName) && !projection.expansions.has(field.internalName.toLowerCase()))) {
        props[key] = value;
      }
    }
    if (field.kind === 'counter' && wanted('Id') && !all) props.Id = row.id;
    const expansion = projection.expansions.get(field.internalName.toLowerCase());
    if (expansion !== undefined && (all || expansion.length > 0 || wanted(field.internalName))) {
      const stored = row.data[storageKeyOf(field)];
      if (field.kind === 'user') props[field.internalName] = expandUser(store, stored, expansion);
      else if (field.kind === 'usermulti') props[field.internalName] = (Array.isArray(stored) ? stored : []).map((id) => expandUser(store, id, expansion));
      else if (field.kind === 'lookup') props[field.internalName] = expandLookup(store, field, stored, expansion);
      else if (field.kind === 'lookupmulti') {
        props[field.internalName] = (Array.isArray(stored) ? stored : []).map((id) => expandLookup(store, field, id, expansion));
      }
    }
  }
  if (all || wanted('OData__UIVersionString')) props.OData__UIVersionString = `${row.version}.0`;
  const trailing = { Attachments: false, GUID: `${list.guid.slice(0, 24)}${String(row.id).padStart(12, '0')}` };
  for (const [key, value] of Object.entries(trailing)) if (wanted(key)) props[key] = value;
  for (const [key, compute] of projection.extras ?? []) props[key] = compute(row);
  return { type: typeName, editLink: itemEditLink(list, row.id), etag: etagOf(row.version), props };
}
