/**
 * An answer SharePoint Online gives as an error: the HTTP status, SharePoint's own error code
 * ("-2130575305, Microsoft.SharePoint.SPException") and its English message, rendered as
 * `{"odata.error": …}` (JSON light) or `{"error": …}` (verbose) like SharePoint does.
 */
export class SharePointError extends Error {
  public constructor(
    public readonly status: number,
    public readonly code: string,
    message: string,
    public readonly headers: Readonly<Record<string, string>> = {}
  ) {
    super(message);
    this.name = 'SharePointError';
  }

  public body(verbose: boolean): string {
    const error = { code: this.code, message: { lang: 'en-US', value: this.message } };
    return JSON.stringify(verbose ? { error } : { 'odata.error': error });
  }
}

export const RESOURCE_NOT_FOUND_CODE = '-1, Microsoft.SharePoint.Client.ResourceNotFoundException';

export const spErrors = {
  accessDenied: (): SharePointError =>
    new SharePointError(
      403,
      '-2147024891, System.UnauthorizedAccessException',
      'Access denied. You do not have permission to perform this action or access this resource.'
    ),
  listNotFound: (name: string, siteUrl: string): SharePointError =>
    new SharePointError(404, '-1, System.ArgumentException', `List '${name}' does not exist at site with URL '${siteUrl}'.`),
  itemNotFound: (): SharePointError =>
    new SharePointError(404, '-2147024809, System.ArgumentException', 'Item does not exist. It may have been deleted by another user.'),
  fieldNotFound: (name: string): SharePointError =>
    new SharePointError(
      404,
      '-2147024809, System.ArgumentException',
      `Column '${name}' does not exist. It may have been deleted by another user.`
    ),
  userNotFound: (): SharePointError =>
    new SharePointError(404, '-2146232832, Microsoft.SharePoint.SPException', 'User cannot be found.'),
  groupNotFound: (): SharePointError =>
    new SharePointError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Group cannot be found.'),
  /** An unknown service right under `_api/` (404); below `web` dispatch turns it into invalidExpression. */
  resourceNotFound: (path: string): SharePointError =>
    new SharePointError(404, RESOURCE_NOT_FOUND_CODE, `Cannot find resource for the request ${path}.`),
  /**
   * SharePoint's answer to a path it cannot follow below a known entity (`web/nosuchthing`,
   * `…/items(1)/getcomments`): 400 naming the whole expression, e.g. pnp/pnpcore#1191.
   */
  invalidExpression: (expression: string): SharePointError =>
    new SharePointError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', `The expression "${expression}" is not valid.`),
  badRequest: (message: string): SharePointError => new SharePointError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', message),
  invalidArgument: (message: string): SharePointError => new SharePointError(400, '-2147024809, System.ArgumentException', message),
  unknownProperty: (name: string, typeName: string): SharePointError =>
    new SharePointError(
      400,
      '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
      `The property '${name}' does not exist on type '${typeName}'. Make sure to only use property names that are defined by the type.`
    ),
  /**
   * A stale IF-Match on a REST write. SharePoint Online answers with ClientServiceException and
   * names both ETags (seen in @pnp users' reports, e.g. pnp/sp-dev-fx-controls-react#1509), not
   * with the SPException save-conflict text its UI shows.
   */
  etagMismatch: (requested: string, current: string): SharePointError =>
    new SharePointError(
      412,
      '-1, Microsoft.SharePoint.Client.ClientServiceException',
      `The request ETag value '${requested}' does not match the object's ETag value '${current}'.`
    ),
  duplicate: (message: string): SharePointError => new SharePointError(409, '-2130575342, Microsoft.SharePoint.SPException', message),
  /**
   * A value a unique column (EnforceUniqueValues) already holds. SharePoint Online's code and text:
   * HRESULT 0x810200BF as SPDuplicateValuesFoundException (seen in clients that classify it, e.g.
   * the Office365-REST-Python-Client exception tests, and in SOAP answers quoted in
   * jasonrollins/shareplum#41); REST clients report it with status 400.
   */
  duplicateValues: (): SharePointError =>
    new SharePointError(
      400,
      '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException',
      'The list item could not be added or updated because duplicate values were found in one or more fields in the list.'
    ),
  /** SharePoint answers the list view threshold with 500 and SPQueryThrottledException. */
  listViewThreshold: (): SharePointError =>
    new SharePointError(
      500,
      '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
      'The attempted operation is prohibited because it exceeds the list view threshold.'
    ),
  methodNotAllowed: (method: string, path: string): SharePointError =>
    new SharePointError(405, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', `The HTTP method '${method}' cannot be used on ${path}.`)
};
