import type { BasePermissions } from '../security/base-permissions';
import { itemPermissions, itemScope, listScope, permissionsAt, webScope, type Subject } from '../security/permissions';
import { SCOPES, type ItemRow, type ListRecord, type SiteStore } from '../store/site-store';

/**
 * SP.SecurableObject: the web, a list or an item, each of which either inherits its parent's
 * role assignments or has its own. The resources for role assignments, breaking and resetting
 * inheritance and effective permissions (securable-resource.ts) work on this, whatever the object.
 */
export interface Securable {
  /** Where this object's own assignments are kept once it stops inheriting. */
  readonly ownScope: string;
  readonly hasUniqueRoleAssignments: boolean;
  /** Where the assignments that apply to it are: its own, or its parent's while it inherits. */
  readonly effectiveScope: string;
  /** The parent's effective scope; undefined for the web, the root of the site. */
  readonly parentScope: string | undefined;
  /** Relative to `_api/`: `Web`, `Web/Lists(guid'…')`, `Web/Lists(guid'…')/Items(5)`. */
  readonly editLink: string;
  /** Effective permissions, item-level permissions (ReadSecurity/WriteSecurity) included for an item. */
  permissionsOf(subject: Subject): BasePermissions;
  setUnique(unique: boolean): void;
  /** `clearsubscopes`: children (a list's items) go back to inheriting from this object. */
  clearSubscopes(): void;
}

export function webSecurable(store: SiteStore): Securable {
  return {
    ownScope: SCOPES.web,
    hasUniqueRoleAssignments: true,
    effectiveScope: webScope(),
    parentScope: undefined,
    editLink: 'Web',
    permissionsOf: (subject) => permissionsAt(store, subject, webScope()),
    setUnique: () => undefined,
    clearSubscopes: () => undefined
  };
}

export function listSecurable(store: SiteStore, list: ListRecord): Securable {
  return {
    ownScope: SCOPES.list(list.id),
    hasUniqueRoleAssignments: list.hasUniqueRoleAssignments,
    effectiveScope: listScope(list),
    parentScope: webScope(),
    editLink: `Web/Lists(guid'${list.guid}')`,
    permissionsOf: (subject) => permissionsAt(store, subject, listScope(list)),
    setUnique: (unique) => {
      if (!unique) store.clearRoleAssignments(SCOPES.list(list.id));
      store.updateList(list.id, { hasUniqueRoleAssignments: unique });
    },
    clearSubscopes: () => {
      for (const itemId of store.uniqueItemIds(list.id)) store.clearItemSecurity(list.id, itemId);
    }
  };
}

export function itemSecurable(store: SiteStore, list: ListRecord, row: ItemRow): Securable {
  return {
    ownScope: SCOPES.item(list.id, row.id),
    hasUniqueRoleAssignments: store.hasUniqueItemScope(list.id, row.id),
    effectiveScope: itemScope(store, list, row.id),
    parentScope: listScope(list),
    editLink: `Web/Lists(guid'${list.guid}')/Items(${row.id})`,
    permissionsOf: (subject) => itemPermissions(store, subject, list, row.id, row.data.AuthorId),
    setUnique: (unique) => store.setUniqueItemScope(list.id, row.id, unique),
    clearSubscopes: () => undefined
  };
}
