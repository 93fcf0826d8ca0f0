import type { ApiRequest, ApiResponse } from '../http/api-request';
import { argValue, type PathSegment } from '../http/api-path';
import { collectionResponse, emptyOk, entityResponse, noContent, type Entity } from '../http/odata-response';
import { spErrors } from '../http/sharepoint-error';
import { demand, listScope } from '../security/permissions';
import { PermissionKind } from '../security/permission-kind';
import type { ListRecord, SiteStore } from '../store/site-store';
import type { ViewChanges, ViewRecord } from '../store/view-store';
import { projectEntity } from './entity-projection';
import { listEditLink, MAX_LIST_TITLE_LENGTH } from './list-resource';
import { SHAREPOINT_TYPE_PROPERTIES } from './sharepoint-type-properties';
import { viewFieldsEntity, handleViewFields } from './view-fields-resource';

function viewUrl(request: ApiRequest, list: ListRecord, view: ViewRecord): string {
  return `${request.sitePath}/Lists/${list.urlName}/${view.fileName}`;
}

export function viewEditLink(list: ListRecord, view: ViewRecord): string {
  return `${listEditLink(list)}/Views(guid'${view.guid}')`;
}

function viewXml(request: ApiRequest, list: ListRecord, view: ViewRecord): string {
  const flags = view.isDefault ? ' DefaultView="TRUE" MobileView="TRUE" MobileDefaultView="TRUE"' : '';
  const fields = view.fields.map((name) => `<FieldRef Name="${name}" />`).join('');
  return `<View Name="{${view.guid.toUpperCase()}}"${flags} Type="HTML" DisplayName="${view.title}" Url="${viewUrl(request, list, view)}" Level="1" BaseViewID="1" ContentTypeID="0x">` +
    `<Query>${view.viewQuery}</Query><ViewFields>${fields}</ViewFields><RowLimit Paged="TRUE">${view.rowLimit}</RowLimit><JSLink>clienttemplates.js</JSLink></View>`;
}

/** SP.View as SharePoint answers it; ViewFields is a navigation property (`…/views(…)/viewfields`). */
export function viewEntity(request: ApiRequest, list: ListRecord, view: ViewRecord): Entity {
  return {
    type: 'SP.View',
    editLink: viewEditLink(list, view),
    props: {
      BaseViewId: '1',
      ContentTypeId: { StringValue: '0x' },
      DefaultView: view.isDefault,
      DefaultViewForContentType: false,
      EditorModified: false,
      Hidden: false,
      Id: view.guid,
      ImageUrl: '/_layouts/15/images/generic.png?rev=47',
      IncludeRootFolder: false,
      JSLink: 'clienttemplates.js',
      ListViewXml: viewXml(request, list, view),
      MobileDefaultView: view.isDefault,
      MobileView: view.isDefault,
      OrderedView: false,
      Paged: true,
      PersonalView: false,
      ReadOnlyView: false,
      RequiresClientIntegration: false,
      RowLimit: view.rowLimit,
      Scope: 0,
      ServerRelativeUrl: viewUrl(request, list, view),
      TabularView: true,
      Threaded: false,
      Title: view.title,
      ViewQuery: view.viewQuery,
      ViewType: 'HTML'
    }
  };
}

function viewResponse(request: ApiRequest, list: ListRecord, view: ViewRecord, status = 200): ApiResponse {
  const model = { entity: viewEntity(request, list, view), known: SHAREPOINT_TYPE_PROPERTIES['SP.View'], navigation: { ViewFields: () => viewFieldsEntity(list, view) } };
  return entityResponse(request, projectEntity(request, model), 'SP.ApiData.Views1', status);
}

function viewChanges(body: unknown): ViewChanges {
  const changes: { -readonly [K in keyof ViewChanges]: ViewChanges[K] } = {};
  for (const [key, value] of Object.entries((body ?? {}) as Record<string, unknown>)) {
    const name = key.toLowerCase();
    if (name === '__metadata' || name === 'personalview') continue;
    if (name === 'title') {
      if (typeof value !== 'string' || value.trim() === '') throw spErrors.invalidArgument('Title must be a non-empty string.');
      if (value.length > MAX_LIST_TITLE_LENGTH) throw spErrors.invalidArgument(`The view title must be ${MAX_LIST_TITLE_LENGTH} characters or fewer.`);
      changes.title = value;
    } else if (name === 'rowlimit') {
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 5000) throw spErrors.invalidArgument('RowLimit must be a whole number from 1 to 5000.');
      changes.rowLimit = value;
    } else if (name === 'viewquery') changes.viewQuery = String(value);
    else if (name === 'defaultview' || name === 'setasdefaultview') {
      if (value === true) changes.isDefault = true;
    } else throw spErrors.unknownProperty(key, 'SP.View');
  }
  return changes;
}

function handleOneView(store: SiteStore, request: ApiRequest, list: ListRecord, view: ViewRecord, rest: readonly PathSegment[]): ApiResponse {
  const [next, ...tail] = rest;
  if (next?.name === 'viewfields') return handleViewFields(store, request, list, view, tail);
  if (next) throw spErrors.resourceNotFound(rest.map((segment) => segment.name).join('/'));
  switch (request.method) {
    case 'GET':
      return viewResponse(request, list, view);
    case 'MERGE':
    case 'PATCH':
      demand(store, request.user, listScope(list), PermissionKind.ManageLists);
      store.views.updateView(list.id, view.guid, viewChanges(request.body));
      return noContent();
    case 'DELETE':
      demand(store, request.user, listScope(list), PermissionKind.ManageLists);
      if (view.isDefault) throw spErrors.invalidArgument('The default view of a list cannot be deleted. Make another view the default first.');
      store.views.deleteView(list.id, view.guid);
      return emptyOk();
    default:
      throw spErrors.methodNotAllowed(request.method, 'a view');
  }
}

function viewNotFound(): never {
  throw spErrors.invalidArgument('The specified view is invalid.');
}

/** `…/defaultView` and `…/getView('guid')`. */
export function handleView(store: SiteStore, request: ApiRequest, list: ListRecord, segment: PathSegment, rest: readonly PathSegment[]): ApiResponse {
  const view = segment.name === 'defaultview' ? store.views.defaultView(list.id) : store.views.view(list.id, String(argValue(segment) ?? ''));
  return handleOneView(store, request, list, view ?? viewNotFound(), rest);
}

/** `…/views`: the list's views, one by id (`views('guid')`, `getById`) or title (`getByTitle`), and adding one. */
export function handleViews(store: SiteStore, request: ApiRequest, list: ListRecord, self: PathSegment, rest: readonly PathSegment[]): ApiResponse {
  if (self.args) return handleOneView(store, request, list, store.views.view(list.id, String(argValue(self))) ?? viewNotFound(), rest);
  const [next, ...tail] = rest;
  if (next) {
    const arg = String(argValue(next) ?? '');
    if (next.name === 'getbyid') return handleOneView(store, request, list, store.views.view(list.id, arg.replace(/[{}]/g, '')) ?? viewNotFound(), tail);
    // getByTitle is case-sensitive in SharePoint, as PnPjs documents.
    if (next.name === 'getbytitle') return handleOneView(store, request, list, store.views.views(list.id).find((view) => view.title === arg) ?? viewNotFound(), tail);
    throw spErrors.resourceNotFound(`views/${next.name}`);
  }
  if (request.method === 'POST') {
    demand(store, request.user, listScope(list), PermissionKind.ManageLists);
    const changes = viewChanges(request.body);
    if (changes.title === undefined) throw spErrors.invalidArgument('Title is required.');
    const fileName = `${changes.title.replace(/[^A-Za-z0-9]/g, '') || 'View'}.aspx`;
    const added = store.views.addView(list.id, {
      title: changes.title, isDefault: changes.isDefault ?? false, fields: ['LinkTitle'], rowLimit: changes.rowLimit ?? 30, viewQuery: changes.viewQuery ?? '', fileName
    });
    return viewResponse(request, list, added, 201);
  }
  if (request.method !== 'GET') throw spErrors.methodNotAllowed(request.method, 'views');
  const entities = store.views.views(list.id).map((view) =>
    projectEntity(request, { entity: viewEntity(request, list, view), known: SHAREPOINT_TYPE_PROPERTIES['SP.View'], navigation: { ViewFields: () => viewFieldsEntity(list, view) } })
  );
  return collectionResponse(request, entities, 'SP.ApiData.Views');
}

