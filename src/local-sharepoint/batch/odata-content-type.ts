/**
 * The Content-Type SharePoint Online labels a JSON light answer with: PnPjs sends
 * `Accept: application/json`, which SharePoint Online treats as minimal metadata (DESIGN.md,
 * Toolchain facts). A batch part whose answer names no Content-Type gets this one.
 */
export const JSON_MINIMAL_METADATA = 'application/json;odata=minimalmetadata;streaming=true;IEEE754Compatible=false;charset=utf-8';
