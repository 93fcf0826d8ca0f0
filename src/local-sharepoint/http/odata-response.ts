import type { ApiRequest, ApiResponse } from './api-request';

/** An entity before it is written in the client's metadata level. */
export interface Entity {
  /** `SP.Data.AssetsListItem`, `SP.List`, `SP.User` … */
  readonly type: string;
  /** Relative to `_api/`: `Web/Lists(guid'…')/Items(5)`. */
  readonly editLink: string;
  readonly etag?: string;
  readonly props: Record<string, unknown>;
}

/**
 * A navigation property inlined by `$expand` (a list's RootFolder, a role assignment's Member):
 * written as a nested entity with its own metadata, or a collection of them.
 */
export class ExpandedValue {
  public constructor(public readonly value: Entity | readonly Entity[] | null) {}
}

export function expanded(value: Entity | readonly Entity[] | null): ExpandedValue {
  return new ExpandedValue(value);
}

function contentType(request: ApiRequest): string {
  const level = request.metadata === 'verbose' ? 'verbose' : request.metadata === 'none' ? 'nometadata' : 'minimalmetadata';
  return `application/json;odata=${level};streaming=true;charset=utf-8`;
}

/** Verbose JSON writes multi values as `{ results: [...] }`; JSON light as plain arrays. */
function verboseValue(value: unknown): unknown {
  if (Array.isArray(value)) return { results: value.map(verboseValue) };
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([key, inner]) => [key, verboseValue(inner)]));
  }
  return value;
}

function expandedJson(request: ApiRequest, value: ExpandedValue): unknown {
  if (value.value === null) return null;
  if (!Array.isArray(value.value)) return entityJson(request, value.value as Entity, undefined);
  const entities = (value.value as readonly Entity[]).map((entity) => entityJson(request, entity, undefined));
  return request.metadata === 'verbose' ? { results: entities } : entities;
}

/** The entity's properties with expanded navigation properties written as nested entities. */
function propsJson(request: ApiRequest, props: Record<string, unknown>): Record<string, unknown> {
  const json: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    if (value instanceof ExpandedValue) json[key] = expandedJson(request, value);
    else json[key] = request.metadata === 'verbose' ? verboseValue(value) : value;
  }
  return json;
}

export function entityJson(request: ApiRequest, entity: Entity, metadataSet: string | undefined): Record<string, unknown> {
  const id = `${request.siteUrl}/_api/${entity.editLink}`;
  if (request.metadata === 'verbose') {
    const metadata: Record<string, unknown> = { id, uri: id, type: entity.type };
    if (entity.etag !== undefined) metadata.etag = entity.etag;
    return { __metadata: metadata, ...propsJson(request, entity.props) };
  }
  if (request.metadata === 'none') return propsJson(request, entity.props);
  const json: Record<string, unknown> = {};
  if (metadataSet !== undefined) json['odata.metadata'] = `${request.siteUrl}/_api/$metadata#${metadataSet}/@Element`;
  json['odata.type'] = entity.type;
  json['odata.id'] = id;
  if (entity.etag !== undefined) json['odata.etag'] = entity.etag;
  json['odata.editLink'] = entity.editLink;
  return Object.assign(json, propsJson(request, entity.props));
}

export function entityResponse(request: ApiRequest, entity: Entity, metadataSet: string, status = 200): ApiResponse {
  const body =
    request.metadata === 'verbose' ? { d: entityJson(request, entity, undefined) } : entityJson(request, entity, metadataSet);
  const headers: Record<string, string> = { 'content-type': contentType(request) };
  if (entity.etag !== undefined) headers.etag = entity.etag;
  return { status, headers, body: JSON.stringify(body) };
}

export function collectionResponse(request: ApiRequest, entities: readonly Entity[], metadataSet: string, nextLink?: string): ApiResponse {
  let body: unknown;
  if (request.metadata === 'verbose') {
    const d: Record<string, unknown> = { results: entities.map((entity) => entityJson(request, entity, undefined)) };
    if (nextLink !== undefined) d.__next = nextLink;
    body = { d };
  } else {
    const json: Record<string, unknown> = {};
    if (request.metadata === 'minimal') json['odata.metadata'] = `${request.siteUrl}/_api/$metadata#${metadataSet}`;
    json.value = entities.map((entity) => entityJson(request, entity, undefined));
    if (nextLink !== undefined) json['odata.nextLink'] = nextLink;
    body = json;
  }
  return { status: 200, headers: { 'content-type': contentType(request) }, body: JSON.stringify(body) };
}

/** A bare value, as SharePoint answers a function returning a primitive (`{"value": …}` / `{"d": {"Name": …}}`). */
export function valueResponse(request: ApiRequest, name: string, value: unknown): ApiResponse {
  const body = request.metadata === 'verbose' ? { d: { [name]: value } } : { value };
  return { status: 200, headers: { 'content-type': contentType(request) }, body: JSON.stringify(body) };
}

/**
 * A value of a complex type (SP.BasePermissions, SP.ViewFieldCollection's parts) answered on its own:
 * JSON light writes its properties at the top level, verbose wraps it in the member's name.
 */
export function complexResponse(request: ApiRequest, name: string, typeName: string, value: Record<string, unknown>): ApiResponse {
  let body: unknown;
  if (request.metadata === 'verbose') body = { d: { [name]: { __metadata: { type: typeName }, ...(verboseValue(value) as Record<string, unknown>) } } };
  else if (request.metadata === 'none') body = value;
  else body = { 'odata.metadata': `${request.siteUrl}/_api/$metadata#${typeName}`, ...value };
  return { status: 200, headers: { 'content-type': contentType(request) }, body: JSON.stringify(body) };
}

export function noContent(etag?: string): ApiResponse {
  return { status: 204, headers: etag === undefined ? {} : { etag }, body: '' };
}

/** SharePoint answers a DELETE with 200 and an empty body. */
export function emptyOk(): ApiResponse {
  return { status: 200, headers: {}, body: '' };
}
