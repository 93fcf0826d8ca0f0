/**
 * The Content-Type SharePoint Online labels a JSON answer with, chosen by the request's Accept.
 * @pnp/sp sends `Accept: application/json`, which SharePoint Online treats as JSON light with
 * minimal metadata (DESIGN.md, Toolchain facts).
 */
export const JSON_MINIMAL_METADATA =
  'application/json;odata=minimalmetadata;streaming=true;IEEE754Compatible=false;charset=utf-8';
export const JSON_NO_METADATA = 'application/json;odata=nometadata;streaming=true;charset=utf-8';
export const JSON_FULL_METADATA =
  'application/json;odata=fullmetadata;streaming=true;IEEE754Compatible=false;charset=utf-8';
export const JSON_VERBOSE = 'application/json;odata=verbose;charset=utf-8';

export function odataJsonContentType(accept: string | undefined): string {
  const wanted = (accept ?? '').toLowerCase();
  if (wanted.includes('odata=verbose')) {
    return JSON_VERBOSE;
  }
  if (wanted.includes('odata=nometadata')) {
    return JSON_NO_METADATA;
  }
  if (wanted.includes('odata=fullmetadata')) {
    return JSON_FULL_METADATA;
  }
  return JSON_MINIMAL_METADATA;
}
