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
  resourceNotFound: (path: string): SharePointError =>
    new SharePointError(404, '-1, Microsoft.SharePoint.Client.ResourceNotFoundException', `Cannot find resource for the request ${path}.`),
  badRequest: (message: string): SharePointError => new SharePointError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', message),
  invalidArgument: (message: string): SharePointError => new SharePointError(400, '-2147024809, System.ArgumentException', message),
  unknownProperty: (name: string, typeName: string): SharePointError =>
    new SharePointError(
      400,
      '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
      `The property '${name}' does not exist on type '${typeName}'. Make sure to only use property names that are defined by the type.`
    ),
  etagMismatch: (): SharePointError =>
    new SharePointError(
      412,
      '-2130575305, Microsoft.SharePoint.SPException',
      'The version of the item you are trying to update has changed since you last read it. Read it again and retry.'
    ),
  duplicate: (message: string): SharePointError => new SharePointError(409, '-2130575342, Microsoft.SharePoint.SPException', message),
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
