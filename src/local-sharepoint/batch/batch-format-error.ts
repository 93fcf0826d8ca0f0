/**
 * A `$batch` body SharePoint would refuse before running any part of it.
 * The server answers HTTP 400 with SharePoint's error JSON (http/sharepoint-error.ts), using
 * `sharePointCode` — SharePoint reports batch framing errors from its OData reader, not from SPException.
 */
export class BatchFormatError extends Error {
  public readonly sharePointCode = '-1, Microsoft.Data.OData.ODataException';

  public constructor(message: string) {
    super(message);
    this.name = 'BatchFormatError';
  }
}
