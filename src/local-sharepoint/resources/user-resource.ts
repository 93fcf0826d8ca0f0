import type { ApiRequest, ApiResponse } from '../http/api-request';
import { argValue, type PathSegment } from '../http/api-path';
import { collectionResponse, entityResponse } from '../http/odata-response';
import { spErrors } from '../http/sharepoint-error';
import { demand, webScope } from '../security/permissions';
import { PermissionKind } from '../security/permission-kind';
import { EVERYONE_LOGIN, membershipLogin, type SiteStore, type SiteUserRecord } from '../store/site-store';
import { bodyString, groupEntity, userEntity } from './principals';

/**
 * Adds an account of the local directory to the site, like SharePoint's ensureuser: accepts a
 * claims login (`i:0#.f|membership|anna@…`) or a bare e-mail. An unknown account is an error,
 * as in SharePoint, never a silently invented user.
 */
export function ensureUserOrFail(store: SiteStore, logonName: string): SiteUserRecord {
  if (logonName.toLowerCase() === EVERYONE_LOGIN) return store.ensureUser(EVERYONE_LOGIN, 4);
  const email = logonName.includes('|') ? logonName.split('|').pop() ?? '' : logonName;
  if (store.directoryEntry(email) === undefined) throw spErrors.invalidArgument(`The specified user ${logonName} could not be found.`);
  return store.ensureUser(membershipLogin(email));
}

/** `…/currentUser`, `…/getUserById(5)` and below: the user, and `groups` (those they are a member of in person). */
export function handleUser(store: SiteStore, request: ApiRequest, user: SiteUserRecord | undefined, rest: readonly PathSegment[]): ApiResponse {
  if (!user) throw spErrors.userNotFound();
  const [next, ...tail] = rest;
  if (request.method !== 'GET') throw spErrors.methodNotAllowed(request.method, next?.name ?? 'a user');
  if (!next) return entityResponse(request, userEntity(user), 'SP.ApiData.Users1');
  if (next.name !== 'groups' || tail.length > 0) throw spErrors.resourceNotFound(rest.map((segment) => segment.name).join('/'));
  // SP.User.Groups lists direct memberships: a group reached only through "Everyone except external users" is not among them.
  return collectionResponse(request, store.directGroupsOf(user.id).map((group) => groupEntity(store, group)), 'SP.ApiData.Groups');
}

/** `_api/web/siteusers` and the ways to find one of them. */
export function handleSiteUsers(store: SiteStore, request: ApiRequest, rest: readonly PathSegment[]): ApiResponse {
  demand(store, request.user, webScope(), PermissionKind.BrowseUserInfo);
  const [next, ...tail] = rest;
  if (!next) {
    if (request.method === 'POST') {
      demand(store, request.user, webScope(), PermissionKind.EditListItems);
      const login = bodyString(request, 'LoginName');
      if (!login) throw spErrors.invalidArgument('LoginName is required.');
      return entityResponse(request, userEntity(ensureUserOrFail(store, login)), 'SP.ApiData.Users1', 201);
    }
    if (request.method !== 'GET') throw spErrors.methodNotAllowed(request.method, 'siteusers');
    return collectionResponse(request, store.users().map(userEntity), 'SP.ApiData.Users');
  }
  const arg = argValue(next);
  switch (next.name) {
    case 'getbyemail':
      return handleUser(store, request, store.userByEmail(String(arg)), tail);
    case 'getbyid':
      return handleUser(store, request, store.userById(Number(arg)), tail);
    case 'getbyloginname':
      return handleUser(store, request, store.userByLogin(String(arg)), tail);
    default:
      throw spErrors.resourceNotFound(next.name);
  }
}

/** `siteusers(5)` is by id; `siteusers(@v)?@v='i:0#.f|…'` (pnp's getByLoginName) is by login name. */
export function handleSiteUserByKey(store: SiteStore, request: ApiRequest, key: unknown, rest: readonly PathSegment[]): ApiResponse {
  demand(store, request.user, webScope(), PermissionKind.BrowseUserInfo);
  return handleUser(store, request, typeof key === 'string' ? store.userByLogin(key) : store.userById(Number(key)), rest);
}
