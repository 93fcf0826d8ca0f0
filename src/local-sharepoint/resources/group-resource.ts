import type { ApiRequest, ApiResponse } from '../http/api-request';
import { argValue, type PathSegment } from '../http/api-path';
import { collectionResponse, emptyOk, entityResponse, noContent } from '../http/odata-response';
import { spErrors } from '../http/sharepoint-error';
import { demand, webScope } from '../security/permissions';
import { PermissionKind } from '../security/permission-kind';
import type { AssociatedGroupKind, GroupRecord, SiteStore } from '../store/site-store';
import { bodyString, groupEntity, userEntity } from './principals';
import { ensureUserOrFail } from './user-resource';

/** SharePoint keeps group names to 255 characters. */
const MAX_GROUP_TITLE = 255;

function checkTitle(store: SiteStore, title: string, except?: GroupRecord): void {
  if (title.trim() === '') throw spErrors.invalidArgument('Title is required.');
  if (title.length > MAX_GROUP_TITLE) throw spErrors.invalidArgument(`The group name must be ${MAX_GROUP_TITLE} characters or fewer.`);
  const taken = store.groupByTitle(title);
  if (taken && taken.id !== except?.id) throw spErrors.duplicate('The specified name is already in use.');
}

function handleGroupUsers(store: SiteStore, request: ApiRequest, group: GroupRecord, rest: readonly PathSegment[]): ApiResponse {
  const [next] = rest;
  if (!next) {
    if (request.method === 'POST') {
      demand(store, request.user, webScope(), PermissionKind.ManagePermissions);
      const login = bodyString(request, 'LoginName');
      if (!login) throw spErrors.invalidArgument('LoginName is required.');
      const user = ensureUserOrFail(store, login);
      store.addGroupMember(group.id, user.id);
      return entityResponse(request, userEntity(user), 'SP.ApiData.Users1', 201);
    }
    return collectionResponse(request, store.groupMembers(group.id).map(userEntity), 'SP.ApiData.Users');
  }
  if (next.name !== 'removebyloginname' && next.name !== 'removebyid') throw spErrors.resourceNotFound(next.name);
  if (request.method !== 'POST') throw spErrors.methodNotAllowed(request.method, next.name);
  demand(store, request.user, webScope(), PermissionKind.ManagePermissions);
  const arg = argValue(next);
  const user = next.name === 'removebyloginname' ? store.userByLogin(String(arg)) : store.userById(Number(arg));
  if (!user) throw spErrors.userNotFound();
  store.removeGroupMember(group.id, user.id);
  return emptyOk();
}

/** One group: read it, rename it (MERGE), and its members. */
function handleGroup(store: SiteStore, request: ApiRequest, group: GroupRecord, rest: readonly PathSegment[]): ApiResponse {
  const [next, ...tail] = rest;
  if (next?.name === 'users') return handleGroupUsers(store, request, group, tail);
  if (next) throw spErrors.resourceNotFound(rest.map((segment) => segment.name).join('/'));
  switch (request.method) {
    case 'GET':
      return entityResponse(request, groupEntity(store, group), 'SP.ApiData.Groups1');
    case 'MERGE':
    case 'PATCH': {
      demand(store, request.user, webScope(), PermissionKind.ManagePermissions);
      const title = bodyString(request, 'Title');
      const description = bodyString(request, 'Description');
      if (title !== undefined) checkTitle(store, title, group);
      store.updateGroup(group.id, { title: title ?? group.title, description: description ?? group.description });
      return noContent();
    }
    default:
      throw spErrors.methodNotAllowed(request.method, 'a group');
  }
}

function findGroup(store: SiteStore, segment: PathSegment): GroupRecord {
  const arg = argValue(segment);
  const group = segment.name === 'getbyname' ? store.groupByTitle(String(arg)) : store.groupById(Number(arg));
  if (!group) throw spErrors.groupNotFound();
  return group;
}

/** `_api/web/sitegroups`: the collection, a group by id or name, and removeById/removeByLoginName. */
export function handleSiteGroups(store: SiteStore, request: ApiRequest, rest: readonly PathSegment[]): ApiResponse {
  demand(store, request.user, webScope(), PermissionKind.BrowseUserInfo);
  const [next, ...tail] = rest;
  if (!next) {
    if (request.method === 'POST') {
      demand(store, request.user, webScope(), PermissionKind.CreateGroups);
      const title = bodyString(request, 'Title') ?? '';
      checkTitle(store, title);
      return entityResponse(request, groupEntity(store, store.addGroup(title, bodyString(request, 'Description') ?? '')), 'SP.ApiData.Groups1', 201);
    }
    if (request.method !== 'GET') throw spErrors.methodNotAllowed(request.method, 'sitegroups');
    return collectionResponse(request, store.groups().map((group) => groupEntity(store, group)), 'SP.ApiData.Groups');
  }
  if (next.name === 'removebyid' || next.name === 'removebyloginname') {
    if (request.method !== 'POST') throw spErrors.methodNotAllowed(request.method, next.name);
    demand(store, request.user, webScope(), PermissionKind.ManagePermissions);
    const arg = argValue(next);
    // pnp quotes the id (`removeById('7')`); SharePoint takes it either way.
    const group = next.name === 'removebyid' ? store.groupById(Number(arg)) : store.groupByTitle(String(arg));
    if (!group) throw spErrors.groupNotFound();
    store.removeGroup(group.id);
    return emptyOk();
  }
  if (!['getbyname', 'getbyid', 'sitegroups'].includes(next.name)) throw spErrors.resourceNotFound(next.name);
  return handleGroup(store, request, findGroup(store, next), tail);
}

/**
 * `_api/web/associatedOwnerGroup` (and Member, Visitor): the site's own groups. A site whose
 * associated group was removed answers null, as SharePoint answers an unset navigation property.
 */
export function handleAssociatedGroup(store: SiteStore, request: ApiRequest, kind: AssociatedGroupKind, rest: readonly PathSegment[]): ApiResponse {
  demand(store, request.user, webScope(), PermissionKind.BrowseUserInfo);
  const group = store.associatedGroup(kind);
  if (!group) {
    if (rest.length > 0 || request.method !== 'GET') throw spErrors.groupNotFound();
    return { status: 200, headers: { 'content-type': 'application/json;odata=minimalmetadata;charset=utf-8' }, body: JSON.stringify({ 'odata.null': true }) };
  }
  return handleGroup(store, request, group, rest);
}
