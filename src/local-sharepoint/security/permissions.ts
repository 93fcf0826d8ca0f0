import { EVERYONE_LOGIN, type ListRecord, type SiteStore, type SiteUserRecord } from '../store/site-store';
import { spErrors } from '../http/sharepoint-error';

/**
 * SharePoint's built-in permission levels (role definitions) and what each lets a user do.
 * The ids are SharePoint Online's own, so provisioning code that names them works on both.
 */
export type Right = 'read' | 'edit-items' | 'manage-lists' | 'manage-web';

export interface RoleDefinition {
  readonly id: number;
  readonly name: string;
  readonly roleTypeKind: number;
  readonly rights: readonly Right[];
  readonly order: number;
}

export const ROLE_DEFINITIONS: readonly RoleDefinition[] = [
  { id: 1073741829, name: 'Full Control', roleTypeKind: 5, rights: ['read', 'edit-items', 'manage-lists', 'manage-web'], order: 1 },
  { id: 1073741828, name: 'Design', roleTypeKind: 4, rights: ['read', 'edit-items', 'manage-lists'], order: 32 },
  { id: 1073741830, name: 'Edit', roleTypeKind: 6, rights: ['read', 'edit-items', 'manage-lists'], order: 48 },
  { id: 1073741827, name: 'Contribute', roleTypeKind: 3, rights: ['read', 'edit-items'], order: 64 },
  { id: 1073741826, name: 'Read', roleTypeKind: 2, rights: ['read'], order: 128 }
];

export function roleDefinition(id: number): RoleDefinition | undefined {
  return ROLE_DEFINITIONS.find((definition) => definition.id === id);
}

export function webScope(): string {
  return 'web';
}

export function listScope(list: ListRecord): string {
  return list.hasUniqueRoleAssignments ? `list:${list.id}` : webScope();
}

/** The rights a user has on a scope: through their own assignments, their groups, and "Everyone". */
export function rightsOn(store: SiteStore, user: SiteUserRecord, scope: string): Set<Right> {
  if (user.isSiteAdmin) return new Set<Right>(['read', 'edit-items', 'manage-lists', 'manage-web']);
  const principals = new Set<number>([user.id, ...store.groupsOf(user.id)]);
  const everyone = store.userByLogin(EVERYONE_LOGIN);
  if (everyone !== undefined) principals.add(everyone.id);
  const rights = new Set<Right>();
  for (const assignment of store.roleAssignments(scope)) {
    if (!principals.has(assignment.principalId)) continue;
    for (const right of roleDefinition(assignment.roleDefId)?.rights ?? []) rights.add(right);
  }
  return rights;
}

export function demand(store: SiteStore, user: SiteUserRecord, scope: string, right: Right): void {
  if (!rightsOn(store, user, scope).has(right)) throw spErrors.accessDenied();
}

/** ReadSecurity 2: without list-management rights a user sees only the items they created. */
export function seesOnlyOwnItems(store: SiteStore, user: SiteUserRecord, list: ListRecord): boolean {
  return list.readSecurity === 2 && !rightsOn(store, user, listScope(list)).has('manage-lists');
}

/**
 * WriteSecurity 2 ("edit only own items") keeps anyone from changing someone else's signed
 * acknowledgement (R-SEC-1); WriteSecurity 4 lets nobody but list managers edit.
 */
export function demandItemWrite(store: SiteStore, user: SiteUserRecord, list: ListRecord, authorId: number | undefined): void {
  const rights = rightsOn(store, user, listScope(list));
  if (!rights.has('edit-items')) throw spErrors.accessDenied();
  if (rights.has('manage-lists')) return;
  if (list.writeSecurity === 4) throw spErrors.accessDenied();
  if (list.writeSecurity === 2 && authorId !== undefined && authorId !== user.id) throw spErrors.accessDenied();
}
