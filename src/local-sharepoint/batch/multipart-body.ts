import { BatchFormatError } from './batch-format-error';
import { HeaderFields, readHeaderBlock, readLine } from './header-block';

/** One body part of a multipart entity: its MIME headers and its content. */
export interface MultipartPart {
  readonly headers: HeaderFields;
  readonly content: string;
}

/** RFC 2046 §5.1.1 allows 1–70 characters; longer ones point at a mangled Content-Type. */
const MAX_BOUNDARY_LENGTH = 70;
const TRANSPORT_PADDING = /^[ \t]*$/;

/**
 * Splits a `multipart/mixed` body on its boundary (RFC 2046 §5.1.1). A delimiter counts only as a
 * whole line, followed by nothing but transport padding, so a boundary that merely prefixes another
 * (`batch_1` vs `batch_12`) or occurs inside a JSON string is not a delimiter. The preamble before
 * the first and the epilogue after the closing delimiter are ignored, as the RFC asks.
 * `where` names the entity in error messages ("the batch", "changeset 'changeset_…'").
 */
export function readMultipartBody(body: string, boundary: string, where: string): MultipartPart[] {
  if (boundary.length === 0 || boundary.length > MAX_BOUNDARY_LENGTH) {
    throw new BatchFormatError(`The boundary of ${where} must be 1 to ${MAX_BOUNDARY_LENGTH} characters long.`);
  }
  const parts: MultipartPart[] = [];
  let contentStart = -1;
  let pos = 0;
  while (pos < body.length) {
    const { line, next } = readLine(body, pos);
    const kind = delimiterKind(line, boundary);
    if (kind !== undefined) {
      if (contentStart >= 0) {
        const content = body.slice(contentStart, contentEnd(body, contentStart, pos));
        parts.push(readPart(content, where, parts.length + 1));
      }
      if (kind === 'close') {
        return parts;
      }
      contentStart = next;
    }
    pos = next;
  }
  if (contentStart < 0) {
    throw new BatchFormatError(`The body of ${where} has no delimiter line '--${boundary}'.`);
  }
  throw new BatchFormatError(`The body of ${where} does not end with the closing delimiter '--${boundary}--'.`);
}

function delimiterKind(line: string, boundary: string): 'open' | 'close' | undefined {
  const delimiter = `--${boundary}`;
  if (!line.startsWith(delimiter)) {
    return undefined;
  }
  const rest = line.slice(delimiter.length);
  if (rest.startsWith('--') && TRANSPORT_PADDING.test(rest.slice(2))) {
    return 'close';
  }
  return TRANSPORT_PADDING.test(rest) ? 'open' : undefined;
}

/** The line break before a delimiter belongs to the delimiter, so a part's content ends before it. */
function contentEnd(body: string, contentStart: number, delimiterStart: number): number {
  let end = delimiterStart;
  if (end > contentStart && body[end - 1] === '\n') {
    end--;
  }
  if (end > contentStart && body[end - 1] === '\r') {
    end--;
  }
  return end;
}

function readPart(content: string, where: string, index: number): MultipartPart {
  const { headers, rest } = readHeaderBlock(content, `part ${index} of ${where}`);
  return { headers, content: rest };
}
