import { handleWeb } from '../resources/web-resource';
import type { SiteStore } from '../store/site-store';
import type { ApiRequest, ApiResponse } from './api-request';
import { RESOURCE_NOT_FOUND_CODE, SharePointError, spErrors } from './sharepoint-error';

export function errorResponse(request: Pick<ApiRequest, 'metadata'>, error: SharePointError): ApiResponse {
  const verbose = request.metadata === 'verbose';
  return {
    status: error.status,
    headers: { 'content-type': `application/json;odata=${verbose ? 'verbose' : 'minimalmetadata'};charset=utf-8`, ...error.headers },
    body: error.body(verbose)
  };
}

function route(store: SiteStore, request: ApiRequest): ApiResponse {
  const [first, ...rest] = request.segments;
  if (!first) throw spErrors.resourceNotFound('_api');
  switch (first.name) {
    case 'web':
      try {
        return handleWeb(store, request, rest);
      } catch (error) {
        // A resource names the one segment it does not know; SharePoint answers 400 with the whole expression.
        if (error instanceof SharePointError && error.code === RESOURCE_NOT_FOUND_CODE) throw spErrors.invalidExpression(request.path);
        throw error;
      }
    case 'contextinfo':
      // Only clients without a bearer token use a request digest; one is handed out all the same.
      return {
        status: 200,
        headers: { 'content-type': 'application/json;odata=minimalmetadata;charset=utf-8' },
        body: JSON.stringify({ FormDigestValue: `0x${'0'.repeat(32)},${new Date().toUTCString()}`, FormDigestTimeoutSeconds: 1800, WebFullUrl: request.siteUrl })
      };
    default:
      throw spErrors.resourceNotFound(first.name);
  }
}

/**
 * Runs one REST call in one transaction: a SharePoint error is answered as SharePoint answers it;
 * anything else is a bug of the stand-in and answers 500 with its message, never a silent success.
 */
export function dispatch(store: SiteStore, request: ApiRequest): ApiResponse {
  try {
    return store.transaction(() => route(store, request));
  } catch (error) {
    if (error instanceof SharePointError) return errorResponse(request, error);
    const message = error instanceof Error ? error.message : String(error);
    return errorResponse(request, new SharePointError(500, '-2146233088, System.InvalidOperationException', `The local SharePoint failed: ${message}`));
  }
}
