import type { ApiRequest, ApiResponse } from '../http/api-request';
import { argValue, type PathSegment } from '../http/api-path';
import { complexResponse, emptyOk, valueResponse } from '../http/odata-response';
import { spErrors } from '../http/sharepoint-error';
import { basePermissionsJson } from '../security/base-permissions';
import { demand, subjectOf, type Subject } from '../security/permissions';
import { PermissionKind } from '../security/permission-kind';
import { ROLE_IDS } from '../security/role-definitions';
import type { SiteStore } from '../store/site-store';
import { handleRoleAssignments } from './role-assignment-resource';
import type { Securable } from './securable';

/**
 * The person `getUserEffectivePermissions(@user)` asks about: a site user, or an account of the
 * directory not yet on the site, for whom only what "Everyone except external users" has counts.
 */
function subjectByLogin(store: SiteStore, login: string): Subject {
  const user = store.userByLogin(login);
  if (user) return subjectOf(user);
  const email = login.includes('|') ? login.split('|').pop() ?? '' : login;
  if (store.directoryEntry(email) === undefined) throw spErrors.userNotFound();
  return { userId: undefined, isSiteAdmin: false };
}

function requirePost(request: ApiRequest, name: string): void {
  if (request.method !== 'POST') throw spErrors.methodNotAllowed(request.method, name);
}

function breakInheritance(store: SiteStore, request: ApiRequest, securable: Securable, segment: PathSegment): ApiResponse {
  requirePost(request, segment.name);
  demand(store, request.user, securable.effectiveScope, PermissionKind.ManagePermissions);
  if (securable.parentScope === undefined) throw spErrors.invalidArgument('The root web of a site has its own permissions; it has none to inherit.');
  if (!securable.hasUniqueRoleAssignments) {
    store.clearRoleAssignments(securable.ownScope);
    if (argValue(segment, 'copyroleassignments') === true) {
      for (const assignment of store.roleAssignments(securable.parentScope)) store.addRoleAssignment(securable.ownScope, assignment.principalId, assignment.roleDefId);
    } else {
      // Without copying, SharePoint leaves exactly one assignment: the caller with Full Control
      // (SecurableObject.BreakRoleInheritance, "must contain only 1 role assignment containing
      // the current user"), so whoever breaks inheritance does not lock themselves out.
      store.addRoleAssignment(securable.ownScope, request.user.id, ROLE_IDS.fullControl);
    }
    securable.setUnique(true);
  }
  if (argValue(segment, 'clearsubscopes') === true) securable.clearSubscopes();
  return emptyOk();
}

function resetInheritance(store: SiteStore, request: ApiRequest, securable: Securable, segment: PathSegment): ApiResponse {
  requirePost(request, segment.name);
  demand(store, request.user, securable.effectiveScope, PermissionKind.ManagePermissions);
  if (securable.parentScope === undefined) throw spErrors.invalidArgument('The root web of a site has its own permissions; it has none to inherit.');
  securable.setUnique(false);
  return emptyOk();
}

/**
 * What every securable object (web, list, item) answers: its role assignments, breaking and
 * resetting inheritance, and effective permissions, the current user's (`EffectiveBasePermissions`)
 * or another's (`getUserEffectivePermissions(@user)`, which needs EnumeratePermissions unless one
 * asks about oneself). Undefined when the segment is none of these.
 */
export function handleSecurable(store: SiteStore, request: ApiRequest, securable: Securable, next: PathSegment, rest: readonly PathSegment[]): ApiResponse | undefined {
  switch (next.name) {
    case 'roleassignments':
      return handleRoleAssignments(store, request, securable, next, rest);
    case 'breakroleinheritance':
      return breakInheritance(store, request, securable, next);
    case 'resetroleinheritance':
      return resetInheritance(store, request, securable, next);
    case 'hasuniqueroleassignments':
      return valueResponse(request, 'HasUniqueRoleAssignments', securable.hasUniqueRoleAssignments);
    case 'effectivebasepermissions':
      if (request.method !== 'GET') throw spErrors.methodNotAllowed(request.method, next.name);
      return complexResponse(request, 'EffectiveBasePermissions', 'SP.BasePermissions', basePermissionsJson(securable.permissionsOf(subjectOf(request.user))));
    case 'getusereffectivepermissions': {
      if (request.method !== 'GET') throw spErrors.methodNotAllowed(request.method, next.name);
      const login = argValue(next);
      if (typeof login !== 'string' || login === '') throw spErrors.invalidArgument('userName is required.');
      const subject = subjectByLogin(store, login);
      if (subject.userId !== request.user.id) demand(store, request.user, securable.effectiveScope, PermissionKind.EnumeratePermissions);
      return complexResponse(request, 'GetUserEffectivePermissions', 'SP.BasePermissions', basePermissionsJson(securable.permissionsOf(subject)));
    }
    default:
      return undefined;
  }
}
