import { BatchFormatError } from './batch-format-error';
import { HeaderFields, readHeaderBlock, readLine } from './header-block';

/** The methods SharePoint's batch reader accepts in a part; MERGE is OData v3's partial update. */
export const BATCH_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'MERGE', 'DELETE'] as const;
export type BatchMethod = (typeof BATCH_METHODS)[number];

/** The request an `application/http` part carries, before its URL is resolved. */
export interface EmbeddedHttpRequest {
  readonly method: BatchMethod;
  /** The request target exactly as written: absolute for PnPjs, possibly relative for others. */
  readonly target: string;
  readonly headers: HeaderFields;
  /** The body with trailing line breaks removed; empty when there is none. */
  readonly body: string;
}

/**
 * Reads `METHOD target HTTP/1.1`, header lines, a blank line and the body from a part's content.
 * Only HTTP/1.1 is accepted, as SharePoint's batch reader does. Trailing line breaks of the body
 * are dropped: PnPjs ends every body with a blank line before the next delimiter, and JSON
 * bodies — all a list API takes — are unchanged by it.
 */
export function readEmbeddedHttpRequest(content: string, where: string): EmbeddedHttpRequest {
  const { line: requestLine, next } = readLine(content, 0);
  if (requestLine.trim().length === 0) {
    throw new BatchFormatError(`${capitalise(where)} has no request line (expected 'METHOD url HTTP/1.1').`);
  }
  // method up to the first space, version after the last, so a target with raw spaces (hand-written
  // batches such as `$filter=Title eq 'a'`) is read whole, as OData's batch reader does; PnPjs encodes them
  const line = requestLine.trim();
  const firstSpace = line.indexOf(' ');
  const lastSpace = line.lastIndexOf(' ');
  const target = line.slice(firstSpace + 1, lastSpace).trim();
  if (firstSpace < 0 || lastSpace === firstSpace || target.length === 0) {
    throw new BatchFormatError(`The request line '${requestLine}' in ${where} is not of the form 'METHOD url HTTP/1.1'.`);
  }
  const method = line.slice(0, firstSpace);
  const version = line.slice(lastSpace + 1);
  if (version !== 'HTTP/1.1') {
    throw new BatchFormatError(`The HTTP version '${version}' in ${where} is not valid; it must be 'HTTP/1.1'.`);
  }
  if (!isBatchMethod(method)) {
    throw new BatchFormatError(
      `The HTTP method '${method}' in ${where} is not valid; use one of ${BATCH_METHODS.join(', ')}.`
    );
  }
  const { headers, rest } = readHeaderBlock(content.slice(next), where);
  return { method, target, headers, body: rest.replace(/(?:\r?\n)+$/, '') };
}

function isBatchMethod(method: string): method is BatchMethod {
  return (BATCH_METHODS as readonly string[]).includes(method);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
