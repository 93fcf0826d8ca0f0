/**
 * SharePoint's error JSON. JSON light (what @pnp/sp asks for) wraps it in `odata.error`,
 * verbose in `error`; the code is `<HRESULT-ish number>, <.NET exception type>`, e.g.
 * `-2130575305, Microsoft.SharePoint.SPException` or `-1, Microsoft.Data.OData.ODataException`.
 */
export interface SharePointError {
  readonly code: string;
  readonly message: string;
}

export function sharePointErrorBody(error: SharePointError, accept?: string): string {
  const inner = { code: error.code, message: { lang: 'en-US', value: error.message } };
  const verbose = (accept ?? '').toLowerCase().includes('odata=verbose');
  return JSON.stringify(verbose ? { error: inner } : { 'odata.error': inner });
}
