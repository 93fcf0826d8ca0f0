import type { ApiRequest, ApiResponse } from '../http/api-request';
import { argValue, type PathSegment } from '../http/api-path';
import { collectionResponse, emptyOk, entityResponse, noContent, type Entity } from '../http/odata-response';
import { SharePointError, spErrors } from '../http/sharepoint-error';
import { basePermissionsJson } from '../security/base-permissions';
import { canViewList, demand, listScope, permissionsAt, webScope } from '../security/permissions';
import { PermissionKind } from '../security/permission-kind';
import type { ListRecord, SiteStore } from '../store/site-store';
import { projectEntity, type EntityModel } from './entity-projection';
import { fieldEntity, handleFields } from './field-resource';
import { handleItems } from './item-resource';
import { listSecurable } from './securable';
import { handleSecurable } from './securable-resource';
import { SHAREPOINT_TYPE_PROPERTIES } from './sharepoint-type-properties';
import { handleView, handleViews, viewEntity } from './view-resource';

/** SharePoint's limit on a list's title (SP.List.Title: "Its length must be equal to or less than 255"). */
export const MAX_LIST_TITLE_LENGTH = 255;

export function listEditLink(list: ListRecord): string {
  return `Web/Lists(guid'${list.guid}')`;
}

/** SharePoint's entity type for a list's items: `SP.Data.<UrlName>ListItem`, `_x0020_` for a space. */
export function itemTypeName(list: ListRecord): string {
  return `SP.Data.${list.urlName.replace(/[^A-Za-z0-9]/g, (char) => `_x${char.charCodeAt(0).toString(16).padStart(4, '0')}_`)}ListItem`;
}

function rootFolderEntity(request: ApiRequest, list: ListRecord): Entity {
  return { type: 'SP.Folder', editLink: `${listEditLink(list)}/RootFolder`, props: { Name: list.urlName, ServerRelativeUrl: `${request.sitePath}/Lists/${list.urlName}` } };
}

export function listEntity(store: SiteStore, request: ApiRequest, list: ListRecord): Entity {
  return {
    type: 'SP.List',
    editLink: listEditLink(list),
    props: {
      Id: list.guid,
      Title: list.title,
      Description: list.description,
      BaseTemplate: list.baseTemplate,
      BaseType: 0,
      ItemCount: store.itemCount(list.id),
      EntityTypeName: `${list.urlName}List`,
      ListItemEntityTypeFullName: itemTypeName(list),
      Created: list.created,
      LastItemModifiedDate: list.modified,
      Hidden: false,
      ReadSecurity: list.readSecurity,
      WriteSecurity: list.writeSecurity,
      HasUniqueRoleAssignments: list.hasUniqueRoleAssignments,
      EnableVersioning: list.enableVersioning,
      ParentWebUrl: request.sitePath,
      DefaultViewUrl: `${request.sitePath}/Lists/${list.urlName}/${store.views.defaultView(list.id)?.fileName ?? 'AllItems.aspx'}`
    }
  };
}

/** The list as `$select`/`$expand` may shape it: RootFolder, DefaultView, Views and Fields are navigation properties. */
function listModel(store: SiteStore, request: ApiRequest, list: ListRecord): EntityModel {
  return {
    entity: listEntity(store, request, list),
    known: SHAREPOINT_TYPE_PROPERTIES['SP.List'],
    onSelect: { EffectiveBasePermissions: () => basePermissionsJson(permissionsAt(store, request.user, listScope(list))) },
    navigation: {
      RootFolder: () => rootFolderEntity(request, list),
      DefaultView: () => {
        const view = store.views.defaultView(list.id);
        return view ? viewEntity(request, list, view) : null;
      },
      Views: () => store.views.views(list.id).map((view) => viewEntity(request, list, view)),
      Fields: () => store.fields(list.id).map((field) => fieldEntity(list, field))
    }
  };
}

/** Finds the list a path segment names: getByTitle('…'), getById('…'), lists(guid'…'), getList('/sites/…/Lists/…'). */
export function findList(store: SiteStore, request: ApiRequest, segment: PathSegment): ListRecord {
  const arg = String(argValue(segment) ?? '');
  let list: ListRecord | undefined;
  if (segment.name === 'getbytitle') list = store.listByTitle(arg);
  else if (segment.name === 'getlist') {
    const prefix = `${request.sitePath}/lists/`.toLowerCase();
    const url = arg.toLowerCase().startsWith(request.siteUrl.toLowerCase()) ? arg.slice(request.siteUrl.length - request.sitePath.length) : arg;
    if (url.toLowerCase().startsWith(prefix)) list = store.listByUrlName(url.slice(prefix.length).replace(/\/$/, ''));
    // SharePoint answers an unknown list URL as a missing file, not a missing list.
    if (!list) throw new SharePointError(404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.');
  } else list = store.listByGuid(arg);
  if (!list) throw spErrors.listNotFound(arg, request.siteUrl);
  // SharePoint does not reveal a list the user cannot read.
  if (!canViewList(store, request.user, list)) throw spErrors.listNotFound(arg, request.siteUrl);
  return list;
}

const LIST_SETTINGS = ['title', 'description', 'readsecurity', 'writesecurity', 'enableversioning'];
/** Settings PnPjs and the SharePoint UI send that have no effect on the stand-in's behaviour. */
const ACCEPTED_WITHOUT_EFFECT = ['allowcontenttypes', 'contenttypesenabled', 'basetemplate', 'nocrawl', 'onquicklaunch', 'hidden', 'enableattachments', 'enableminorversions', 'majorversionlimit', '__metadata'];

type ListSettings = { -readonly [K in 'title' | 'description' | 'readSecurity' | 'writeSecurity' | 'enableVersioning']?: ListRecord[K] };

function listSettings(request: ApiRequest): ListSettings {
  const body = (request.body ?? {}) as Record<string, unknown>;
  const settings: ListSettings = {};
  for (const [key, value] of Object.entries(body)) {
    const name = key.toLowerCase();
    if (ACCEPTED_WITHOUT_EFFECT.includes(name)) continue;
    if (!LIST_SETTINGS.includes(name)) throw spErrors.unknownProperty(key, 'SP.List');
    if (name === 'title' || name === 'description') {
      if (typeof value !== 'string') throw spErrors.invalidArgument(`${key} must be a string.`);
      if (name === 'title' && value.length > MAX_LIST_TITLE_LENGTH) {
        throw spErrors.invalidArgument(`The list title must be ${MAX_LIST_TITLE_LENGTH} characters or fewer; this one has ${value.length}.`);
      }
      if (name === 'title') settings.title = value;
      else settings.description = value;
    } else if (name === 'enableversioning') settings.enableVersioning = value === true;
    else {
      const allowed = name === 'readsecurity' ? [1, 2] : [1, 2, 4];
      if (typeof value !== 'number' || !allowed.includes(value)) throw spErrors.invalidArgument(`${key} must be one of ${allowed.join(', ')}.`);
      if (name === 'readsecurity') settings.readSecurity = value;
      else settings.writeSecurity = value;
    }
  }
  return settings;
}

export function handleListCollection(store: SiteStore, request: ApiRequest, rest: readonly PathSegment[]): ApiResponse {
  const [next, ...tail] = rest;
  if (next) {
    if (['getbytitle', 'getbyid'].includes(next.name)) return handleList(store, request, findList(store, request, next), tail);
    throw spErrors.resourceNotFound(`lists/${next.name}`);
  }
  if (request.method === 'POST') {
    demand(store, request.user, webScope(), PermissionKind.ManageLists);
    const settings = listSettings(request);
    const body = (request.body ?? {}) as Record<string, unknown>;
    if (!settings.title) throw spErrors.invalidArgument('Title is required.');
    if (store.listByTitle(settings.title)) {
      throw spErrors.duplicate(`A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.`);
    }
    // SharePoint makes the URL from the first title, without spaces and special characters; a later rename keeps it.
    const urlName = settings.title.replace(/[^A-Za-z0-9_-]/g, '') || 'List';
    if (store.listByUrlName(urlName)) throw spErrors.duplicate(`A list with the URL Lists/${urlName} already exists.`);
    const created = store.addList(settings.title, urlName, settings.description ?? '', typeof body.BaseTemplate === 'number' ? body.BaseTemplate : 100);
    const { title: _title, ...otherSettings } = settings;
    if (Object.keys(otherSettings).length > 0) store.updateList(created.id, otherSettings);
    return entityResponse(request, listEntity(store, request, store.listById(created.id)), 'SP.ApiData.Lists1', 201);
  }
  if (request.method !== 'GET') throw spErrors.methodNotAllowed(request.method, 'lists');
  demand(store, request.user, webScope(), PermissionKind.Open);
  const visible = store.lists().filter((list) => canViewList(store, request.user, list));
  return collectionResponse(
    request,
    visible.map((list) => projectEntity(request, listModel(store, request, list))),
    'SP.ApiData.Lists'
  );
}

export function handleList(store: SiteStore, request: ApiRequest, list: ListRecord, rest: readonly PathSegment[]): ApiResponse {
  const [next, ...tail] = rest;
  if (!next) {
    switch (request.method) {
      case 'GET':
        return entityResponse(request, projectEntity(request, listModel(store, request, list)), 'SP.ApiData.Lists1');
      case 'MERGE':
      case 'PATCH': {
        demand(store, request.user, listScope(list), PermissionKind.ManageLists);
        const settings = listSettings(request);
        if (settings.title !== undefined && settings.title.toLowerCase() !== list.title.toLowerCase() && store.listByTitle(settings.title)) {
          throw spErrors.duplicate('A list with the specified title already exists in this Web site.');
        }
        store.updateList(list.id, settings);
        return noContent();
      }
      case 'DELETE':
        demand(store, request.user, listScope(list), PermissionKind.ManageLists);
        store.deleteList(list.id);
        return emptyOk();
      default:
        throw spErrors.methodNotAllowed(request.method, 'a list');
    }
  }
  switch (next.name) {
    case 'fields':
      return handleFields(store, request, list, next, tail);
    case 'items':
      return handleItems(store, request, list, next, tail);
    case 'getitembyid':
      return handleItems(store, request, list, { name: 'items', args: next.args }, tail);
    case 'rootfolder':
      if (request.method !== 'GET' || tail.length > 0) throw spErrors.resourceNotFound(rest.map((segment) => segment.name).join('/'));
      return entityResponse(request, rootFolderEntity(request, list), 'SP.ApiData.Folders1');
    case 'views':
      return handleViews(store, request, list, next, tail);
    case 'defaultview':
    case 'getview':
      return handleView(store, request, list, next, tail);
    default: {
      const answer = handleSecurable(store, request, listSecurable(store, list), next, tail);
      if (answer) return answer;
      throw spErrors.resourceNotFound(`list/${next.name}`);
    }
  }
}
