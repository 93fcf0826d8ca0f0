import type { ApiRequest, ApiResponse } from '../http/api-request';
import { argValue, type PathSegment } from '../http/api-path';
import { emptyOk, entityResponse, valueResponse, type Entity } from '../http/odata-response';
import { spErrors } from '../http/sharepoint-error';
import { demand, listScope } from '../security/permissions';
import { PermissionKind } from '../security/permission-kind';
import type { ListRecord, SiteStore } from '../store/site-store';
import type { ViewRecord } from '../store/view-store';
import { listEditLink } from './list-resource';

/** Computed columns a view may show that are not in the list's fields collection here (Title with its item menu, …). */
const COMPUTED_VIEW_FIELDS = ['LinkTitle', 'LinkTitleNoMenu', 'Edit', 'DocIcon', 'SelectTitle', 'Attachments'];

/** SP.ViewFieldCollection: the view's columns in order (`Items`) and their `<FieldRef>`s. */
export function viewFieldsEntity(list: ListRecord, view: ViewRecord): Entity {
  return {
    type: 'SP.ViewFieldCollection',
    editLink: `${listEditLink(list)}/Views(guid'${view.guid}')/ViewFields`,
    props: { SchemaXml: view.fields.map((name) => `<FieldRef Name="${name}" />`).join(''), Items: [...view.fields] }
  };
}

/** A column by its case-sensitive internal name or display name, as `addViewField` takes it. */
function internalNameOf(store: SiteStore, list: ListRecord, name: string): string {
  const computed = COMPUTED_VIEW_FIELDS.find((candidate) => candidate === name);
  if (computed) return computed;
  const fields = store.fields(list.id);
  const field = fields.find((candidate) => candidate.internalName === name) ?? fields.find((candidate) => candidate.title === name);
  if (!field) throw spErrors.fieldNotFound(name);
  return field.internalName;
}

/** `…/views(…)/viewfields`: read the columns; add, move and remove them (needs ManageLists, as changing a public view does). */
export function handleViewFields(store: SiteStore, request: ApiRequest, list: ListRecord, view: ViewRecord, rest: readonly PathSegment[]): ApiResponse {
  const [next, ...tail] = rest;
  if (tail.length > 0) throw spErrors.resourceNotFound(rest.map((segment) => segment.name).join('/'));
  if (!next || next.name === 'schemaxml') {
    if (request.method !== 'GET') throw spErrors.methodNotAllowed(request.method, 'viewfields');
    const entity = viewFieldsEntity(list, view);
    return next ? valueResponse(request, 'SchemaXml', entity.props.SchemaXml) : entityResponse(request, entity, 'SP.ApiData.ViewFieldCollections1');
  }
  if (request.method !== 'POST') throw spErrors.methodNotAllowed(request.method, next.name);
  demand(store, request.user, listScope(list), PermissionKind.ManageLists);
  let fields = [...view.fields];
  switch (next.name) {
    case 'addviewfield': {
      const name = internalNameOf(store, list, String(argValue(next) ?? ''));
      if (!fields.includes(name)) fields.push(name);
      break;
    }
    case 'removeviewfield': {
      const name = String(argValue(next) ?? '');
      if (!fields.includes(name)) throw spErrors.fieldNotFound(name);
      fields = fields.filter((candidate) => candidate !== name);
      break;
    }
    case 'removeallviewfields':
      fields = [];
      break;
    case 'moveviewfieldto': {
      const body = (request.body ?? {}) as { field?: unknown; index?: unknown };
      const name = String(body.field ?? '');
      const index = Number(body.index);
      if (!fields.includes(name)) throw spErrors.fieldNotFound(name);
      if (!Number.isInteger(index) || index < 0 || index >= fields.length) throw spErrors.invalidArgument(`The index ${String(body.index)} is outside the view's ${fields.length} columns.`);
      fields = fields.filter((candidate) => candidate !== name);
      fields.splice(index, 0, name);
      break;
    }
    default:
      throw spErrors.resourceNotFound(`viewfields/${next.name}`);
  }
  store.views.updateView(list.id, view.guid, { fields });
  return emptyOk();
}
