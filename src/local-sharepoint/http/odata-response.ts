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

export function entityJson(request: ApiRequest, entity: Entity, metadataSet: string | undefined): Record<string, unknown> {
  const id = `${request.siteUrl}/_api/${entity.editLink}`;
  if (request.metadata === 'verbose') {
    const metadata: Record<string, unknown> = { id, uri: id, type: entity.type };
    if (entity.etag !== undefined) metadata.etag = entity.etag;
    return { __metadata: metadata, ...(verboseValue(entity.props) as Record<string, unknown>) };
  }
  if (request.metadata === 'none') return { ...entity.props };
  const json: Record<string, unknown> = {};
  if (metadataSet !== undefined) json['odata.metadata'] = `${request.siteUrl}/_api/$metadata#${metadataSet}/@Element`;
  json['odata.type'] = entity.type;
  json['odata.id'] = id;
  if (entity.etag !== undefined) json['odata.etag'] = entity.etag;
  json['odata.editLink'] = entity.editLink;
  return { ...json, ...entity.props };
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

export function noContent(etag?: string): ApiResponse {
  return { status: 204, headers: etag === undefined ? {} : { etag }, body: '' };
}

/** SharePoint answers a DELETE with 200 and an empty body. */
export function emptyOk(): ApiResponse {
  return { status: 200, headers: {}, body: '' };
}
