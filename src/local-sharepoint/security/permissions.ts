import { spErrors } from '../http/sharepoint-error';
import { SCOPES, type ListRecord, type SiteStore, type SiteUserRecord } from '../store/site-store';
import { EMPTY_MASK, FULL_MASK, hasPermission, unionOf, withoutPermissions, type BasePermissions } from './base-permissions';
import { PermissionKind } from './permission-kind';
import { roleDefinition } from './role-definitions';

/**
 * Effective permissions as SharePoint computes them: the union of the permission levels given to
 * a person, to "Everyone except external users" and to their groups, on the nearest securable
 * object with its own role assignments (item → list → web). Site collection administrators have
 * everything everywhere. Item-level permissions then take away what ReadSecurity/WriteSecurity
 * forbid (R-SEC-1), unless the person may "override list behaviors" (CancelCheckout), which
 * SharePoint's list settings name: "Users with the Cancel Checkout permission can read and edit all items."
 */

/** Whose permissions are asked: a site user, or a directory account not yet added to the site. */
export interface Subject {
  readonly userId: number | undefined;
  readonly isSiteAdmin: boolean;
}

export function subjectOf(user: SiteUserRecord): Subject {
  return { userId: user.id, isSiteAdmin: user.isSiteAdmin };
}

export function webScope(): string {
  return SCOPES.web;
}

/** The scope whose assignments apply to a list: its own once it stopped inheriting, else the web's. */
export function listScope(list: ListRecord): string {
  return list.hasUniqueRoleAssignments ? SCOPES.list(list.id) : webScope();
}

export function itemScope(store: SiteStore, list: ListRecord, itemId: number): string {
  return store.hasUniqueItemScope(list.id, itemId) ? SCOPES.item(list.id, itemId) : listScope(list);
}

export function permissionsAt(store: SiteStore, who: Subject | SiteUserRecord, scope: string): BasePermissions {
  const subject = 'userId' in who ? who : subjectOf(who);
  if (subject.isSiteAdmin) return FULL_MASK;
  const principals = new Set(store.principalIdsOf(subject.userId));
  const masks = store
    .roleAssignments(scope)
    .filter((assignment) => principals.has(assignment.principalId))
    .map((assignment) => roleDefinition(assignment.roleDefId)?.permissions ?? EMPTY_MASK);
  return unionOf(...masks);
}

export function demand(store: SiteStore, user: SiteUserRecord, scope: string, kind: PermissionKind): void {
  if (!hasPermission(permissionsAt(store, user, scope), kind)) throw spErrors.accessDenied();
}

/** SharePoint does not reveal a list to someone who may not view its items: it answers as if it did not exist. */
export function canViewList(store: SiteStore, user: SiteUserRecord, list: ListRecord): boolean {
  return hasPermission(permissionsAt(store, user, listScope(list)), PermissionKind.ViewListItems);
}

/** ReadSecurity 2: without "override list behaviors" a user sees only the items they created. */
export function seesOnlyOwnItems(store: SiteStore, user: SiteUserRecord, list: ListRecord): boolean {
  return list.readSecurity === 2 && !hasPermission(permissionsAt(store, user, listScope(list)), PermissionKind.CancelCheckout);
}

/**
 * An item's effective permissions: its scope's, less what item-level permissions forbid someone
 * who did not create it. WriteSecurity 2 ("edit only own items") keeps anyone from changing
 * someone else's signed acknowledgement (R-SEC-1); WriteSecurity 4 lets nobody edit.
 */
export function itemPermissions(store: SiteStore, who: Subject | SiteUserRecord, list: ListRecord, itemId: number, authorId: unknown): BasePermissions {
  const subject = 'userId' in who ? who : subjectOf(who);
  const mask = permissionsAt(store, subject, itemScope(store, list, itemId));
  if (hasPermission(mask, PermissionKind.CancelCheckout)) return mask;
  const own = subject.userId !== undefined && authorId === subject.userId;
  const writes = [PermissionKind.EditListItems, PermissionKind.DeleteListItems, PermissionKind.DeleteVersions];
  let result = mask;
  if (list.readSecurity === 2 && !own) result = withoutPermissions(result, PermissionKind.ViewListItems, PermissionKind.OpenItems, PermissionKind.ViewVersions, ...writes);
  if (list.writeSecurity === 4 || (list.writeSecurity === 2 && !own)) result = withoutPermissions(result, ...writes);
  return result;
}

/** Items with their own permissions that this user may not view: a query leaves them out. */
export function hiddenItemIds(store: SiteStore, user: SiteUserRecord, list: ListRecord): number[] {
  if (user.isSiteAdmin) return [];
  return store
    .uniqueItemIds(list.id)
    .filter((itemId) => !hasPermission(permissionsAt(store, user, SCOPES.item(list.id, itemId)), PermissionKind.ViewListItems));
}

/**
 * Adding an item needs AddListItems on the list (and WriteSecurity other than 4); changing or
 * deleting one needs EditListItems on the item, as item-level permissions leave it.
 */
export function demandItemWrite(store: SiteStore, user: SiteUserRecord, list: ListRecord, authorId: number | undefined, itemId?: number): void {
  if (itemId === undefined) {
    const mask = permissionsAt(store, user, listScope(list));
    const refusedByList = list.writeSecurity === 4 && !hasPermission(mask, PermissionKind.CancelCheckout);
    if (!hasPermission(mask, PermissionKind.AddListItems) || refusedByList) throw spErrors.accessDenied();
    return;
  }
  if (!hasPermission(itemPermissions(store, user, list, itemId, authorId), PermissionKind.EditListItems)) throw spErrors.accessDenied();
}
