import type { ApiRequest, ApiResponse } from '../http/api-request';
import { argValue, type PathSegment } from '../http/api-path';
import { collectionResponse, emptyOk, entityResponse, valueResponse, type Entity } from '../http/odata-response';
import { spErrors } from '../http/sharepoint-error';
import { demand, ROLE_DEFINITIONS, webScope, type RoleDefinition } from '../security/permissions';
import { EVERYONE_LOGIN, membershipLogin, type GroupRecord, type SiteStore, type SiteUserRecord } from '../store/site-store';
import { bodyString, groupEntity, userEntity } from './principals';
import { handleListCollection, handleList, findList, handleRoleAssignments } from './list-resource';

function webEntity(store: SiteStore, request: ApiRequest): Entity {
  return {
    type: 'SP.Web',
    editLink: 'Web',
    props: {
      Id: store.meta('webId'),
      Title: 'Tillit',
      Description: 'Tillit — ledningssystem för informationssäkerhet',
      Url: request.siteUrl,
      ServerRelativeUrl: request.sitePath,
      Language: 1053,
      Created: store.meta('created'),
      WebTemplate: 'STS',
      HasUniqueRoleAssignments: true
    }
  };
}

function roleDefinitionEntity(definition: RoleDefinition): Entity {
  return {
    type: 'SP.RoleDefinition',
    editLink: `Web/RoleDefinitions(${definition.id})`,
    props: { Id: definition.id, Name: definition.name, RoleTypeKind: definition.roleTypeKind, Order: definition.order, Hidden: false, Description: definition.name }
  };
}

function requireNoMore(rest: readonly PathSegment[], request: ApiRequest): void {
  if (rest.length > 0) throw spErrors.resourceNotFound(rest.map((segment) => segment.name).join('/'));
  if (request.method !== 'GET') throw spErrors.methodNotAllowed(request.method, 'this resource');
}

/**
 * Adds an account of the local directory to the site, like SharePoint's ensureuser: accepts a
 * claims login (`i:0#.f|membership|anna@…`) or a bare e-mail. An unknown account is an error,
 * as in SharePoint, never a silently invented user.
 */
function ensureUserOrFail(store: SiteStore, logonName: string): SiteUserRecord {
  if (logonName.toLowerCase() === EVERYONE_LOGIN) return store.ensureUser(EVERYONE_LOGIN, 4);
  const email = logonName.includes('|') ? logonName.split('|').pop() ?? '' : logonName;
  if (store.directoryEntry(email) === undefined) throw spErrors.invalidArgument(`The specified user ${logonName} could not be found.`);
  return store.ensureUser(membershipLogin(email));
}

function handleUser(request: ApiRequest, user: SiteUserRecord | undefined, rest: readonly PathSegment[]): ApiResponse {
  if (!user) throw spErrors.userNotFound();
  requireNoMore(rest, request);
  return entityResponse(request, userEntity(user), 'SP.ApiData.Users1');
}

function handleSiteUsers(store: SiteStore, request: ApiRequest, rest: readonly PathSegment[]): ApiResponse {
  demand(store, request.user, webScope(), 'read');
  const [next, ...tail] = rest;
  if (!next) {
    if (request.method === 'POST') {
      demand(store, request.user, webScope(), 'edit-items');
      const login = bodyString(request, 'LoginName');
      if (!login) throw spErrors.invalidArgument('LoginName is required.');
      return entityResponse(request, userEntity(ensureUserOrFail(store, login)), 'SP.ApiData.Users1', 201);
    }
    requireNoMore(tail, request);
    return collectionResponse(request, store.users().map(userEntity), 'SP.ApiData.Users');
  }
  const arg = argValue(next);
  switch (next.name) {
    case 'getbyemail':
      return handleUser(request, store.userByEmail(String(arg)), tail);
    case 'getbyid':
    case 'siteusers':
      return handleUser(request, store.userById(Number(arg)), tail);
    case 'getbyloginname':
      return handleUser(request, store.userByLogin(String(arg)), tail);
    default:
      throw spErrors.resourceNotFound(next.name);
  }
}

function findGroup(store: SiteStore, segment: PathSegment): GroupRecord {
  const arg = argValue(segment);
  const group = segment.name === 'getbyname' ? store.groupByTitle(String(arg)) : store.groupById(Number(arg));
  if (!group) throw spErrors.groupNotFound();
  return group;
}

function handleGroupUsers(store: SiteStore, request: ApiRequest, group: GroupRecord, rest: readonly PathSegment[]): ApiResponse {
  const [next] = rest;
  if (!next) {
    if (request.method === 'POST') {
      demand(store, request.user, webScope(), 'manage-web');
      const login = bodyString(request, 'LoginName');
      if (!login) throw spErrors.invalidArgument('LoginName is required.');
      const user = ensureUserOrFail(store, login);
      store.addGroupMember(group.id, user.id);
      return entityResponse(request, userEntity(user), 'SP.ApiData.Users1', 201);
    }
    return collectionResponse(request, store.groupMembers(group.id).map(userEntity), 'SP.ApiData.Users');
  }
  if (request.method !== 'POST') throw spErrors.methodNotAllowed(request.method, next.name);
  demand(store, request.user, webScope(), 'manage-web');
  const arg = argValue(next);
  const user = next.name === 'removebyloginname' ? store.userByLogin(String(arg)) : next.name === 'removebyid' ? store.userById(Number(arg)) : undefined;
  if (next.name !== 'removebyloginname' && next.name !== 'removebyid') throw spErrors.resourceNotFound(next.name);
  if (!user) throw spErrors.userNotFound();
  store.removeGroupMember(group.id, user.id);
  return emptyOk();
}

function handleSiteGroups(store: SiteStore, request: ApiRequest, rest: readonly PathSegment[]): ApiResponse {
  demand(store, request.user, webScope(), 'read');
  const [next, ...tail] = rest;
  if (!next) {
    if (request.method === 'POST') {
      demand(store, request.user, webScope(), 'manage-web');
      const title = bodyString(request, 'Title');
      if (!title) throw spErrors.invalidArgument('Title is required.');
      if (store.groupByTitle(title)) throw spErrors.duplicate(`The specified name is already in use.`);
      return entityResponse(request, groupEntity(store.addGroup(title, bodyString(request, 'Description') ?? '')), 'SP.ApiData.Groups1', 201);
    }
    return collectionResponse(request, store.groups().map(groupEntity), 'SP.ApiData.Groups');
  }
  if (!['getbyname', 'getbyid', 'sitegroups'].includes(next.name)) throw spErrors.resourceNotFound(next.name);
  const group = findGroup(store, next);
  const [sub, ...subRest] = tail;
  if (!sub) {
    requireNoMore([], request);
    return entityResponse(request, groupEntity(group), 'SP.ApiData.Groups1');
  }
  if (sub.name === 'users') return handleGroupUsers(store, request, group, subRest);
  throw spErrors.resourceNotFound(sub.name);
}

function handleRoleDefinitions(request: ApiRequest, rest: readonly PathSegment[]): ApiResponse {
  const [next, ...tail] = rest;
  if (!next) {
    requireNoMore(tail, request);
    return collectionResponse(request, ROLE_DEFINITIONS.map(roleDefinitionEntity), 'SP.ApiData.RoleDefinitions');
  }
  const arg = argValue(next);
  const definition = ROLE_DEFINITIONS.find((candidate) =>
    next.name === 'getbyname' ? candidate.name.toLowerCase() === String(arg).toLowerCase() : next.name === 'getbytype' ? candidate.roleTypeKind === Number(arg) : candidate.id === Number(arg)
  );
  if (!definition) throw spErrors.invalidArgument('The role definition cannot be found.');
  requireNoMore(tail, request);
  return entityResponse(request, roleDefinitionEntity(definition), 'SP.ApiData.RoleDefinitions1');
}

/** `_api/web/…`: the site itself, its users and groups, and its lists. */
export function handleWeb(store: SiteStore, request: ApiRequest, rest: readonly PathSegment[]): ApiResponse {
  const [next, ...tail] = rest;
  if (!next) {
    demand(store, request.user, webScope(), 'read');
    requireNoMore(tail, request);
    return entityResponse(request, webEntity(store, request), 'SP.ApiData.Webs1');
  }
  switch (next.name) {
    case 'currentuser':
      return handleUser(request, request.user, tail);
    case 'siteusers': {
      if (!next.args) return handleSiteUsers(store, request, tail);
      // `siteusers(5)` is by id; `siteusers(@v)?@v='i:0#.f|…'` (pnp's getByLoginName) is by login name.
      const key = argValue(next);
      demand(store, request.user, webScope(), 'read');
      return handleUser(request, typeof key === 'string' ? store.userByLogin(key) : store.userById(Number(key)), tail);
    }
    case 'getuserbyid':
      demand(store, request.user, webScope(), 'read');
      return handleUser(request, store.userById(Number(argValue(next))), tail);
    case 'ensureuser': {
      if (request.method !== 'POST') throw spErrors.methodNotAllowed(request.method, 'ensureuser');
      demand(store, request.user, webScope(), 'edit-items');
      const logonName = bodyString(request, 'logonName');
      if (!logonName) throw spErrors.invalidArgument('logonName is required.');
      return entityResponse(request, userEntity(ensureUserOrFail(store, logonName)), 'SP.ApiData.Users1');
    }
    case 'sitegroups':
      return next.args ? handleSiteGroups(store, request, [{ name: 'getbyid', args: next.args }, ...tail]) : handleSiteGroups(store, request, tail);
    case 'roledefinitions':
      demand(store, request.user, webScope(), 'read');
      return next.args ? handleRoleDefinitions(request, [{ name: 'getbyid', args: next.args }, ...tail]) : handleRoleDefinitions(request, tail);
    case 'roleassignments':
      return handleRoleAssignments(store, request, webScope(), tail);
    case 'lists':
      if (next.args) return handleList(store, request, findList(store, request, next), tail);
      return handleListCollection(store, request, tail);
    case 'getlist':
      return handleList(store, request, findList(store, request, next), tail);
    case 'title':
      demand(store, request.user, webScope(), 'read');
      return valueResponse(request, 'Title', 'Tillit');
    default:
      throw spErrors.resourceNotFound(`web/${next.name}`);
  }
}
