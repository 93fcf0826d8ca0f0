import type { ApiRequest, ApiResponse } from '../http/api-request';
import { argValue, type PathSegment } from '../http/api-path';
import { entityResponse, valueResponse, type Entity } from '../http/odata-response';
import { spErrors } from '../http/sharepoint-error';
import { basePermissionsJson } from '../security/base-permissions';
import { demand, permissionsAt, webScope } from '../security/permissions';
import { PermissionKind } from '../security/permission-kind';
import { SITE_TITLE, type AssociatedGroupKind, type SiteStore } from '../store/site-store';
import { projectEntity, type EntityModel } from './entity-projection';
import { handleAssociatedGroup, handleSiteGroups } from './group-resource';
import { handleListCollection, handleList, findList } from './list-resource';
import { bodyString, groupEntity, userEntity } from './principals';
import { handleRoleDefinitions } from './role-assignment-resource';
import { webSecurable } from './securable';
import { handleSecurable } from './securable-resource';
import { SHAREPOINT_TYPE_PROPERTIES } from './sharepoint-type-properties';
import { ensureUserOrFail, handleSiteUserByKey, handleSiteUsers, handleUser } from './user-resource';

function webModel(store: SiteStore, request: ApiRequest): EntityModel {
  const associated = (kind: AssociatedGroupKind): (() => Entity | null) => () => {
    const group = store.associatedGroup(kind);
    return group ? groupEntity(store, group) : null;
  };
  return {
    entity: {
      type: 'SP.Web',
      editLink: 'Web',
      props: {
        Id: store.meta('webId'),
        Title: SITE_TITLE,
        Description: 'Tillit — ledningssystem för informationssäkerhet',
        Url: request.siteUrl,
        ServerRelativeUrl: request.sitePath,
        Language: 1053,
        Created: store.meta('created'),
        WebTemplate: 'STS'
      }
    },
    known: SHAREPOINT_TYPE_PROPERTIES['SP.Web'],
    onSelect: {
      EffectiveBasePermissions: () => basePermissionsJson(permissionsAt(store, request.user, webScope())),
      HasUniqueRoleAssignments: () => true
    },
    navigation: {
      AssociatedOwnerGroup: associated('owner'),
      AssociatedMemberGroup: associated('member'),
      AssociatedVisitorGroup: associated('visitor'),
      CurrentUser: () => userEntity(request.user)
    }
  };
}

function requireGet(request: ApiRequest, rest: readonly PathSegment[]): void {
  if (rest.length > 0) throw spErrors.resourceNotFound(rest.map((segment) => segment.name).join('/'));
  if (request.method !== 'GET') throw spErrors.methodNotAllowed(request.method, 'this resource');
}

/** `_api/web/…`: the site itself, its users and groups, its permissions, and its lists. */
export function handleWeb(store: SiteStore, request: ApiRequest, rest: readonly PathSegment[]): ApiResponse {
  const [next, ...tail] = rest;
  if (!next) {
    demand(store, request.user, webScope(), PermissionKind.Open);
    requireGet(request, tail);
    return entityResponse(request, projectEntity(request, webModel(store, request)), 'SP.ApiData.Webs1');
  }
  switch (next.name) {
    case 'currentuser':
      return handleUser(store, request, request.user, tail);
    case 'siteusers':
      return next.args ? handleSiteUserByKey(store, request, argValue(next), tail) : handleSiteUsers(store, request, tail);
    case 'getuserbyid':
      return handleSiteUserByKey(store, request, Number(argValue(next)), tail);
    case 'ensureuser': {
      if (request.method !== 'POST') throw spErrors.methodNotAllowed(request.method, 'ensureuser');
      demand(store, request.user, webScope(), PermissionKind.EditListItems);
      const logonName = bodyString(request, 'logonName');
      if (!logonName) throw spErrors.invalidArgument('logonName is required.');
      return entityResponse(request, userEntity(ensureUserOrFail(store, logonName)), 'SP.ApiData.Users1');
    }
    case 'sitegroups':
      return handleSiteGroups(store, request, next.args ? [{ name: 'getbyid', args: next.args }, ...tail] : tail);
    case 'associatedownergroup':
      return handleAssociatedGroup(store, request, 'owner', tail);
    case 'associatedmembergroup':
      return handleAssociatedGroup(store, request, 'member', tail);
    case 'associatedvisitorgroup':
      return handleAssociatedGroup(store, request, 'visitor', tail);
    case 'roledefinitions':
      demand(store, request.user, webScope(), PermissionKind.Open);
      return handleRoleDefinitions(request, next.args ? [{ name: 'getbyid', args: next.args }, ...tail] : tail);
    case 'lists':
      if (next.args) return handleList(store, request, findList(store, request, next), tail);
      return handleListCollection(store, request, tail);
    case 'getlist':
      return handleList(store, request, findList(store, request, next), tail);
    case 'title':
      demand(store, request.user, webScope(), PermissionKind.Open);
      requireGet(request, tail);
      return valueResponse(request, 'Title', SITE_TITLE);
    default: {
      demand(store, request.user, webScope(), PermissionKind.Open);
      const answer = handleSecurable(store, request, webSecurable(store), next, tail);
      if (answer) return answer;
      throw spErrors.resourceNotFound(`web/${next.name}`);
    }
  }
}
