import { BatchFormatError } from './batch-format-error';

/** Header fields by lower-cased name, as HTTP treats names case-insensitively. */
export type HeaderFields = Readonly<Record<string, string>>;

export interface HeaderBlock {
  readonly headers: HeaderFields;
  /** Everything after the blank line that ends the block; empty when the text ends first. */
  readonly rest: string;
}

/** A field name is an RFC 7230 token. */
const FIELD_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * Reads `Name: value` lines up to the first blank line (CRLF or bare LF: PnPjs writes LF,
 * SPFx and Microsoft's samples CRLF). The end of the text also ends the block, because the line
 * break before a multipart delimiter belongs to the delimiter (RFC 2046 §5.1.1): a part without
 * a body loses its final blank line to the boundary that follows it.
 * `where` names the block in error messages.
 */
export function readHeaderBlock(text: string, where: string): HeaderBlock {
  const headers: Record<string, string> = {};
  let pos = 0;
  while (pos < text.length) {
    const { line, next } = readLine(text, pos);
    pos = next;
    if (line.length === 0) {
      return { headers, rest: text.slice(pos) };
    }
    if (line.startsWith(' ') || line.startsWith('\t')) {
      // obs-fold was withdrawn by RFC 7230 §3.2.4; a folded header is a framing error here
      throw new BatchFormatError(`A header line in ${where} is folded (starts with whitespace): '${line}'.`);
    }
    const colon = line.indexOf(':');
    const name = colon < 0 ? '' : line.slice(0, colon);
    if (!FIELD_NAME.test(name)) {
      throw new BatchFormatError(`The header line '${line}' in ${where} is not of the form 'Name: value'.`);
    }
    const key = name.toLowerCase();
    const value = line.slice(colon + 1).trim();
    // repeated fields combine into one list value (RFC 7230 §3.2.2)
    headers[key] = key in headers ? `${headers[key]}, ${value}` : value;
  }
  return { headers, rest: '' };
}

/** One line without its terminator (CRLF or LF), and where the next line starts. */
export function readLine(text: string, pos: number): { line: string; next: number } {
  const lf = text.indexOf('\n', pos);
  const end = lf < 0 ? text.length : lf;
  const line = text.slice(pos, end > pos && text[end - 1] === '\r' ? end - 1 : end);
  return { line, next: lf < 0 ? text.length : lf + 1 };
}
