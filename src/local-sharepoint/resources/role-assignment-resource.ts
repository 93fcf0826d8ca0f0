import type { ApiRequest, ApiResponse } from '../http/api-request';
import { argValue, type PathSegment } from '../http/api-path';
import { collectionResponse, emptyOk, entityResponse, type Entity } from '../http/odata-response';
import { SharePointError, spErrors } from '../http/sharepoint-error';
import { basePermissionsJson } from '../security/base-permissions';
import { demand } from '../security/permissions';
import { PermissionKind } from '../security/permission-kind';
import { ROLE_DEFINITIONS, roleDefinition, type RoleDefinition } from '../security/role-definitions';
import type { SiteStore } from '../store/site-store';
import { projectEntity } from './entity-projection';
import { groupEntity, userEntity } from './principals';
import type { Securable } from './securable';
import { SHAREPOINT_TYPE_PROPERTIES } from './sharepoint-type-properties';

export function roleDefinitionEntity(definition: RoleDefinition): Entity {
  return {
    type: 'SP.RoleDefinition',
    editLink: `Web/RoleDefinitions(${definition.id})`,
    props: {
      BasePermissions: basePermissionsJson(definition.permissions),
      Description: definition.description,
      Hidden: definition.hidden,
      Id: definition.id,
      Name: definition.name,
      Order: definition.order,
      RoleTypeKind: definition.roleTypeKind
    }
  };
}

/** `_api/web/roledefinitions`, by id, name or type. */
export function handleRoleDefinitions(request: ApiRequest, rest: readonly PathSegment[]): ApiResponse {
  const [next, ...tail] = rest;
  if (request.method !== 'GET') throw spErrors.methodNotAllowed(request.method, 'roledefinitions');
  if (!next) return collectionResponse(request, ROLE_DEFINITIONS.map(roleDefinitionEntity), 'SP.ApiData.RoleDefinitions');
  const arg = argValue(next);
  const definition = ROLE_DEFINITIONS.find((candidate) =>
    next.name === 'getbyname' ? candidate.name.toLowerCase() === String(arg).toLowerCase() : next.name === 'getbytype' ? candidate.roleTypeKind === Number(arg) : candidate.id === Number(arg)
  );
  if (!definition) throw spErrors.invalidArgument('The role definition cannot be found.');
  if (tail.length > 0) throw spErrors.resourceNotFound(tail.map((segment) => segment.name).join('/'));
  return entityResponse(request, roleDefinitionEntity(definition), 'SP.ApiData.RoleDefinitions1');
}

function principalEntity(store: SiteStore, principalId: number): Entity | null {
  const group = store.groupById(principalId);
  if (group) return groupEntity(store, group);
  const user = store.userById(principalId);
  return user ? userEntity(user) : null;
}

/** One principal's bindings on a scope, grouped as SharePoint groups them into one SP.RoleAssignment. */
function assignmentsOn(store: SiteStore, scope: string): Map<number, number[]> {
  const byPrincipal = new Map<number, number[]>();
  for (const assignment of store.roleAssignments(scope)) byPrincipal.set(assignment.principalId, [...(byPrincipal.get(assignment.principalId) ?? []), assignment.roleDefId]);
  return byPrincipal;
}

/** SP.RoleAssignment: PrincipalId; Member and RoleDefinitionBindings only when expanded, as in SharePoint. */
function assignmentEntity(store: SiteStore, request: ApiRequest, securable: Securable, principalId: number, roleDefIds: readonly number[]): Entity {
  const bindings = roleDefIds.map((id) => roleDefinition(id)).filter((definition): definition is RoleDefinition => definition !== undefined);
  return projectEntity(request, {
    entity: { type: 'SP.RoleAssignment', editLink: `${securable.editLink}/RoleAssignments/GetByPrincipalId(${principalId})`, props: { PrincipalId: principalId } },
    known: SHAREPOINT_TYPE_PROPERTIES['SP.RoleAssignment'],
    navigation: { Member: () => principalEntity(store, principalId), RoleDefinitionBindings: () => bindings.map(roleDefinitionEntity) }
  });
}

/** SharePoint refuses to change the assignments of an object that inherits them: break inheritance first. */
function inheritsError(): SharePointError {
  return new SharePointError(400, '-2146232832, Microsoft.SharePoint.SPException', 'This operation is not allowed on an object that inherits permissions.');
}

function handleOneAssignment(store: SiteStore, request: ApiRequest, securable: Securable, principalId: number, rest: readonly PathSegment[]): ApiResponse {
  const roleDefIds = assignmentsOn(store, securable.effectiveScope).get(principalId);
  if (!roleDefIds) throw spErrors.invalidArgument('Can not find the principal with id: ' + String(principalId) + '.');
  const [next, ...tail] = rest;
  if (request.method === 'DELETE' && !next) {
    if (!securable.hasUniqueRoleAssignments) throw inheritsError();
    demand(store, request.user, securable.effectiveScope, PermissionKind.ManagePermissions);
    for (const roleDefId of roleDefIds) store.removeRoleAssignment(securable.ownScope, principalId, roleDefId);
    return emptyOk();
  }
  if (request.method !== 'GET') throw spErrors.methodNotAllowed(request.method, 'a role assignment');
  if (!next) return entityResponse(request, assignmentEntity(store, request, securable, principalId, roleDefIds), 'SP.ApiData.RoleAssignments1');
  if (tail.length > 0) throw spErrors.resourceNotFound(tail.map((segment) => segment.name).join('/'));
  if (next.name === 'member') {
    const member = principalEntity(store, principalId);
    if (!member) throw spErrors.userNotFound();
    return entityResponse(request, member, member.type === 'SP.Group' ? 'SP.ApiData.Groups1' : 'SP.ApiData.Users1');
  }
  if (next.name === 'roledefinitionbindings') {
    const definitions = roleDefIds.map((id) => roleDefinition(id)).filter((definition): definition is RoleDefinition => definition !== undefined);
    return collectionResponse(request, definitions.map(roleDefinitionEntity), 'SP.ApiData.RoleDefinitions');
  }
  throw spErrors.resourceNotFound(next.name);
}

/**
 * `…/roleassignments` of the web, a list or an item. Reading them needs EnumeratePermissions; an
 * object that inherits answers with its parent's assignments, as SharePoint does.
 */
export function handleRoleAssignments(store: SiteStore, request: ApiRequest, securable: Securable, self: PathSegment, rest: readonly PathSegment[]): ApiResponse {
  demand(store, request.user, securable.effectiveScope, PermissionKind.EnumeratePermissions);
  if (self.args) return handleOneAssignment(store, request, securable, Number(argValue(self)), rest);
  const [next, ...tail] = rest;
  if (!next) {
    if (request.method !== 'GET') throw spErrors.methodNotAllowed(request.method, 'roleassignments');
    const entities = [...assignmentsOn(store, securable.effectiveScope)].map(([principalId, roleDefIds]) => assignmentEntity(store, request, securable, principalId, roleDefIds));
    return collectionResponse(request, entities, 'SP.ApiData.RoleAssignments');
  }
  if (next.name === 'getbyprincipalid') return handleOneAssignment(store, request, securable, Number(argValue(next)), tail);
  if (next.name !== 'addroleassignment' && next.name !== 'removeroleassignment') throw spErrors.resourceNotFound(next.name);
  if (request.method !== 'POST') throw spErrors.methodNotAllowed(request.method, next.name);
  demand(store, request.user, securable.effectiveScope, PermissionKind.ManagePermissions);
  if (!securable.hasUniqueRoleAssignments) throw inheritsError();
  const principalId = Number(argValue(next, 'principalid'));
  const roleDefId = Number(argValue(next, 'roledefid'));
  if (!roleDefinition(roleDefId)) throw spErrors.invalidArgument('The role definition cannot be found.');
  if (!store.userById(principalId) && !store.groupById(principalId)) throw spErrors.invalidArgument('The principal cannot be found.');
  if (next.name === 'addroleassignment') store.addRoleAssignment(securable.ownScope, principalId, roleDefId);
  else store.removeRoleAssignment(securable.ownScope, principalId, roleDefId);
  return emptyOk();
}
