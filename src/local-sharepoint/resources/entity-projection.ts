import type { ApiRequest } from '../http/api-request';
import { expanded, type Entity } from '../http/odata-response';
import { spErrors, type SharePointError } from '../http/sharepoint-error';
import { listItems, pathSegments } from '../odata/query-list';

/** A navigation property's value: an entity, a collection of them, or null (an unset associated group). */
export type NavigationValue = Entity | readonly Entity[] | null;

/**
 * A metadata entity (SP.Web, SP.List, SP.View, SP.RoleAssignment) before `$select`/`$expand`:
 * the properties SharePoint returns by default, those it returns only when selected, and the
 * navigation properties, which SharePoint inlines only when named in `$expand`.
 */
export interface EntityModel {
  readonly entity: Entity;
  /** Every property the SharePoint type defines (lower-case), served or not. */
  readonly known: ReadonlySet<string>;
  /** Returned only when named in `$select` (EffectiveBasePermissions, HasUniqueRoleAssignments). */
  readonly onSelect?: Readonly<Record<string, () => unknown>>;
  readonly navigation?: Readonly<Record<string, () => NavigationValue>>;
}

function keyOf(record: Readonly<Record<string, unknown>> | undefined, name: string): string | undefined {
  return record === undefined ? undefined : Object.keys(record).find((key) => key.toLowerCase() === name.toLowerCase());
}

function refused(model: EntityModel, name: string): SharePointError {
  if (!model.known.has(name.toLowerCase())) return spErrors.unknownProperty(name, model.entity.type);
  return spErrors.badRequest(`The property '${name}' of '${model.entity.type}' is not served by the local SharePoint stand-in.`);
}

/** Keeps the named properties of an expanded entity (`$select=RootFolder/ServerRelativeUrl`). */
export function narrowEntity(entity: Entity, names: readonly string[]): Entity {
  if (names.length === 0) return entity;
  const props: Record<string, unknown> = {};
  for (const name of names) {
    const key = keyOf(entity.props, name);
    if (key === undefined) throw spErrors.badRequest(`The property '${name}' of '${entity.type}' is not served by the local SharePoint stand-in.`);
    props[key] = entity.props[key];
  }
  return { ...entity, props };
}

/**
 * Applies the request's `$select` and `$expand` to a metadata entity as SharePoint does: an
 * unknown property is a 400, a navigation property appears only when expanded, and `Nav/Prop`
 * in `$select` needs `Nav` in `$expand`.
 */
export function projectEntity(request: ApiRequest, model: EntityModel): Entity {
  const expansions = new Map<string, { readonly key: string; readonly props: string[]; selected: boolean }>();
  for (const item of listItems(request.query.get('$expand') ?? '')) {
    const [name, ...deeper] = pathSegments(item);
    if (deeper.length > 0) throw spErrors.badRequest(`Expanding '${item}' (more than one level) is not supported by the local SharePoint stand-in.`);
    const key = keyOf(model.navigation, name);
    if (key === undefined) throw refused(model, name);
    if (!expansions.has(key.toLowerCase())) expansions.set(key.toLowerCase(), { key, props: [], selected: false });
  }
  const selectItems = listItems(request.query.get('$select') ?? '');
  const all = selectItems.length === 0 || selectItems.includes('*');
  const props: Record<string, unknown> = all ? { ...model.entity.props } : {};
  for (const item of selectItems) {
    if (item === '*') continue;
    const [name, sub, ...deeper] = pathSegments(item);
    if (deeper.length > 0) throw spErrors.badRequest(`Selecting '${item}' (more than one level) is not supported by the local SharePoint stand-in.`);
    const expansion = expansions.get(name.toLowerCase());
    if (sub !== undefined) {
      if (!expansion) throw spErrors.badRequest(`The query to field '${item}' is not valid: $select names a property of '${name}', so $expand must name '${name}'.`);
      expansion.props.push(sub);
      continue;
    }
    const plain = keyOf(model.entity.props, name);
    const computed = keyOf(model.onSelect, name);
    if (plain !== undefined) props[plain] = model.entity.props[plain];
    else if (computed !== undefined && model.onSelect) props[computed] = model.onSelect[computed]();
    else if (expansion) expansion.selected = true;
    // A navigation property named without $expand is not inlined, as in SharePoint.
    else if (keyOf(model.navigation, name) === undefined) throw refused(model, name);
  }
  for (const expansion of expansions.values()) {
    if (!all && !expansion.selected && expansion.props.length === 0) continue;
    const value = model.navigation?.[expansion.key]();
    if (value === undefined) continue;
    const narrowed = value === null ? null : Array.isArray(value) ? (value as readonly Entity[]).map((entity) => narrowEntity(entity, expansion.props)) : narrowEntity(value as Entity, expansion.props);
    props[expansion.key] = expanded(narrowed);
  }
  return { ...model.entity, props };
}
