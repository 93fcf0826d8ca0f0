import { BatchFormatError } from './batch-format-error';
import { BatchMethod, readEmbeddedHttpRequest } from './embedded-http-request';
import { HeaderFields } from './header-block';
import { parseMediaType } from './media-type';
import { MultipartPart, readMultipartBody } from './multipart-body';

/** One request read from a `$batch` body, in the order the client wrote it. */
export interface BatchRequestPart {
  /** As written in the part; PnPjs writes `MERGE`/`DELETE` here, other clients may tunnel them in `x-http-method`. */
  readonly method: BatchMethod;
  /** Absolute, exactly as written (or the relative target joined to `baseUrl`): query text is not re-encoded. */
  readonly url: string;
  /** The embedded request's headers by lower-cased name (`accept`, `content-type`, `if-match`, …). */
  readonly headers: HeaderFields;
  /** The embedded request's body, empty when there is none. */
  readonly body: string;
  /** The boundary of the changeset the request came in (`changeset_<guid>`); absent outside a changeset. */
  readonly changesetId?: string;
}

export interface ParseBatchRequestOptions {
  /**
   * Where relative request targets resolve: the batch URL's service root, such as
   * `https://contoso.sharepoint.com/sites/tillit/_api/`. Without it a relative target is refused.
   */
  readonly baseUrl?: string;
}

/**
 * Reads the body of `POST <site>/_api/$batch` (OData v3 multipart batch, as SharePoint Online takes it).
 * Requests in changesets must be writes and requests outside them GETs, the rule SharePoint's
 * OData reader enforces; PnPjs follows it by opening a changeset for each run of writes.
 * Throws BatchFormatError for anything SharePoint would refuse as a whole (HTTP 400), so no part
 * runs when the framing is broken.
 */
export function parseBatchRequest(
  contentType: string,
  body: string,
  options: ParseBatchRequestOptions = {}
): BatchRequestPart[] {
  const mediaType = parseMediaType(contentType);
  if (mediaType.type !== 'multipart/mixed') {
    throw new BatchFormatError(
      `The Content-Type of a batch request must be 'multipart/mixed; boundary=batch_<guid>', not '${contentType}'.`
    );
  }
  const boundary = mediaType.params.boundary;
  if (boundary === undefined || boundary.length === 0) {
    throw new BatchFormatError(`The Content-Type of the batch request '${contentType}' has no boundary parameter.`);
  }

  const requests: BatchRequestPart[] = [];
  readMultipartBody(body, boundary, 'the batch').forEach((part, i) => {
    const where = `part ${i + 1} of the batch`;
    const partType = partMediaType(part, where);
    if (partType.type === 'application/http') {
      const request = readRequest(part, where, options, undefined);
      if (request.method !== 'GET') {
        throw new BatchFormatError(
          `The HTTP method '${request.method}' in ${where} is not valid outside a changeset: only GET may stand alone; put writes in a changeset.`
        );
      }
      requests.push(request);
    } else if (partType.type === 'multipart/mixed') {
      const changesetId = partType.params.boundary;
      if (changesetId === undefined || changesetId.length === 0) {
        throw new BatchFormatError(`The changeset in ${where} has no boundary parameter in its Content-Type.`);
      }
      const changesetWhere = `changeset '${changesetId}'`;
      readMultipartBody(part.content, changesetId, changesetWhere).forEach((inner, j) => {
        const innerWhere = `part ${j + 1} of ${changesetWhere}`;
        const innerType = partMediaType(inner, innerWhere);
        if (innerType.type !== 'application/http') {
          // OData v3 allows exactly one level: a batch holds changesets, a changeset holds requests
          throw new BatchFormatError(
            `The Content-Type of ${innerWhere} must be 'application/http', not '${innerType.type}'; changesets cannot nest.`
          );
        }
        const request = readRequest(inner, innerWhere, options, changesetId);
        if (request.method === 'GET') {
          throw new BatchFormatError(
            `The HTTP method 'GET' in ${innerWhere} is not valid in a changeset, which holds only POST, PUT, PATCH, MERGE and DELETE.`
          );
        }
        requests.push(request);
      });
    } else {
      throw new BatchFormatError(
        `The Content-Type of ${where} must be 'application/http' or 'multipart/mixed' (a changeset), not '${partType.type}'.`
      );
    }
  });
  return requests;
}

function partMediaType(part: MultipartPart, where: string): ReturnType<typeof parseMediaType> {
  const contentType = part.headers['content-type'];
  if (contentType === undefined || contentType.length === 0) {
    throw new BatchFormatError(`No Content-Type header in ${where}.`);
  }
  const encoding = part.headers['content-transfer-encoding'];
  // the embedded request is raw text; base64 or quoted-printable parts are not something SharePoint decodes
  if (encoding !== undefined && encoding.toLowerCase() !== 'binary') {
    throw new BatchFormatError(`The Content-Transfer-Encoding of ${where} must be 'binary', not '${encoding}'.`);
  }
  return parseMediaType(contentType);
}

function readRequest(
  part: MultipartPart,
  where: string,
  options: ParseBatchRequestOptions,
  changesetId: string | undefined
): BatchRequestPart {
  const request = readEmbeddedHttpRequest(part.content, where);
  const url = resolveTarget(request.target, where, options.baseUrl);
  const base = { method: request.method, url, headers: request.headers, body: request.body };
  return changesetId === undefined ? base : { ...base, changesetId };
}

function resolveTarget(target: string, where: string, baseUrl: string | undefined): string {
  if (/^https?:\/\//i.test(target)) {
    return target;
  }
  if (baseUrl === undefined) {
    throw new BatchFormatError(`The request URL '${target}' in ${where} is not absolute.`);
  }
  // joined as text rather than through URL(): WHATWG URL would re-encode the quotes in OData queries
  if (target.startsWith('/')) {
    return new URL(baseUrl).origin + target;
  }
  return (baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`) + target;
}
