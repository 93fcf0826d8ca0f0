import { randomUUID } from 'crypto';
import { reasonPhrase } from './http-reason-phrase';
import { JSON_MINIMAL_METADATA } from './odata-content-type';

/** The answer to one request of a batch, in the order the requests came. */
export interface BatchResponsePart {
  readonly status: number;
  /**
   * Headers of the embedded response, e.g. `{ 'Content-Type': …, ETag: '"2"' }`; names are written
   * upper-cased as SharePoint Online writes them. PnPjs drops a header whose value holds a colon
   * (it splits lines on ':'), so an ETag is read back but a LOCATION URL is not.
   */
  readonly headers?: Readonly<Record<string, string>>;
  /** JSON text on one line; empty or absent for 204. A JSON body without a Content-Type gets JSON light's. */
  readonly body?: string;
}

export interface FormattedBatchResponse {
  /** `multipart/mixed; boundary=batchresponse_<guid>`, the Content-Type of the HTTP 200 answer. */
  readonly contentType: string;
  readonly body: string;
}

export interface FormatBatchResponseOptions {
  /** The `<guid>` of `batchresponse_<guid>`; a fresh UUID unless a test needs a stable body. */
  readonly boundaryId?: string;
}

const CRLF = '\r\n';
const FIELD_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * Writes a `$batch` answer the way SharePoint Online does: one flat `--batchresponse_` part per
 * request, changeset or not. SharePoint neither nests changeset answers (as OData v4 would) nor
 * rolls a changeset back, so every part carries its own status — the caller runs each request on
 * its own and passes its outcome here ("mixed results").
 *
 * The layout is held to what PnPjs 4.21.0's batch reader (batching.js, parseResponse) needs:
 * a status line `HTTP/1.1 <code> <reason>` after the part's blank line; a body ends at the next
 * line starting `--batchresponse_`, so bodies must not contain such a line; and the closing
 * delimiter is followed by exactly one line break — a further blank line would be read as the
 * start of another part and fail the whole batch.
 */
export function formatBatchResponse(
  parts: readonly BatchResponsePart[],
  options: FormatBatchResponseOptions = {}
): FormattedBatchResponse {
  const boundary = `batchresponse_${options.boundaryId ?? randomUUID()}`;
  const lines: string[] = [];
  parts.forEach((part, i) => {
    lines.push(`--${boundary}`, 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '');
    lines.push(`HTTP/1.1 ${checkedStatus(part.status, i)} ${reasonPhrase(part.status)}`);
    const body = part.body ?? '';
    checkBody(part.status, body, i);
    for (const [name, value] of responseHeaders(part, body, i)) {
      lines.push(`${name}: ${value}`);
    }
    lines.push('', body);
  });
  lines.push(`--${boundary}--`, '');
  return { contentType: `multipart/mixed; boundary=${boundary}`, body: lines.join(CRLF) };
}

function checkedStatus(status: number, index: number): number {
  if (!Number.isInteger(status) || status < 100 || status > 599) {
    throw new RangeError(`Batch response part ${index + 1} has no valid HTTP status: ${status}.`);
  }
  return status;
}

function checkBody(status: number, body: string, index: number): void {
  if (status === 204 && body.length > 0) {
    throw new Error(`Batch response part ${index + 1} is 204 No Content but has a body.`);
  }
  if (/(^|\n)--batchresponse_/.test(body)) {
    throw new Error(`The body of batch response part ${index + 1} has a line starting '--batchresponse_', which ends a part.`);
  }
}

/** Upper-cased headers, Content-Type first, one per name (the last given wins). */
function responseHeaders(part: BatchResponsePart, body: string, index: number): [string, string][] {
  const byName = new Map<string, string>();
  for (const [name, value] of Object.entries(part.headers ?? {})) {
    if (!FIELD_NAME.test(name) || /[\r\n]/.test(value)) {
      throw new Error(`Batch response part ${index + 1} has a header that would break the framing: '${name}'.`);
    }
    byName.set(name.toUpperCase(), value);
  }
  if (body.length > 0 && !byName.has('CONTENT-TYPE')) {
    byName.set('CONTENT-TYPE', JSON_MINIMAL_METADATA);
  }
  const contentType = byName.get('CONTENT-TYPE');
  byName.delete('CONTENT-TYPE');
  const ordered: [string, string][] = contentType === undefined ? [] : [['CONTENT-TYPE', contentType]];
  return [...ordered, ...byName.entries()];
}
