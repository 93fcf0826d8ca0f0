import { spErrors } from './sharepoint-error';

export type ArgValue = string | number | boolean;

/** One step of a REST path: `getByTitle('Tillgångar')` is `{ name: 'getbytitle', args: [{ value: 'Tillgångar' }] }`. */
export interface PathSegment {
  /** Lower-cased: SharePoint's REST names are case-insensitive (`Lists`, `lists`). */
  readonly name: string;
  readonly args: readonly { readonly name: string | undefined; readonly value: ArgValue }[] | undefined;
}

/** Splits on `/` outside parentheses and quotes, so a title containing `/` stays one segment. */
function splitSegments(path: string): string[] {
  const segments: string[] = [];
  let current = '';
  let depth = 0;
  let quoted = false;
  for (const char of path) {
    if (char === "'") quoted = !quoted;
    else if (!quoted && char === '(') depth += 1;
    else if (!quoted && char === ')') depth -= 1;
    if (char === '/' && depth === 0 && !quoted) {
      if (current !== '') segments.push(current);
      current = '';
    } else current += char;
  }
  if (current !== '') segments.push(current);
  return segments;
}

/**
 * `siteusers(@v)?@v='i:0#.f|membership|…'`: SharePoint's parameter aliases, which PnPjs uses
 * for values that cannot sit in a path (login names with `#` and `|`). An alias the query does not
 * define is refused, as SharePoint refuses it.
 */
type Aliases = Pick<URLSearchParams, 'get'>;

function parseLiteral(text: string, aliases: Aliases | undefined): ArgValue {
  const trimmed = text.trim();
  if (/^@[A-Za-z_][A-Za-z0-9_]*$/.test(trimmed)) {
    const aliased = aliases?.get(trimmed);
    if (aliased === null || aliased === undefined) throw spErrors.badRequest(`The parameter alias "${trimmed}" is not defined in the query string.`);
    return parseLiteral(aliased, undefined);
  }
  const quoted = /^(?:guid)?'((?:[^']|'')*)'$/i.exec(trimmed);
  if (quoted) return quoted[1].replace(/''/g, "'");
  if (/^(true|false)$/i.test(trimmed)) return trimmed.toLowerCase() === 'true';
  if (/^-?\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  throw spErrors.badRequest(`The expression "${trimmed}" is not a valid literal.`);
}

/** Splits `a=1, b='x,y'` on commas outside quotes. */
function splitArgs(text: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const char of text) {
    if (char === "'") quoted = !quoted;
    if (char === ',' && !quoted) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  if (current.trim() !== '') parts.push(current);
  return parts;
}

function parseSegment(raw: string, aliases: Aliases | undefined): PathSegment {
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    throw spErrors.badRequest(`The path segment "${raw}" is not correctly encoded.`);
  }
  const open = decoded.indexOf('(');
  if (open < 0) return { name: decoded.toLowerCase(), args: undefined };
  if (!decoded.endsWith(')')) throw spErrors.badRequest(`The path segment "${decoded}" is not valid.`);
  const name = decoded.slice(0, open).toLowerCase();
  const inner = decoded.slice(open + 1, -1);
  const args = splitArgs(inner).map((part) => {
    const named = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=(.*)$/s.exec(part);
    return named ? { name: named[1].toLowerCase(), value: parseLiteral(named[2], aliases) } : { name: undefined, value: parseLiteral(part, aliases) };
  });
  return { name, args };
}

/** Parses the part of a URL after `/_api/` (still percent-encoded) into segments; `aliases` is the query string. */
export function parseApiPath(encodedPath: string, aliases?: Aliases): PathSegment[] {
  return splitSegments(encodedPath).map((segment) => parseSegment(segment, aliases));
}

export function argValue(segment: PathSegment, name?: string): ArgValue | undefined {
  if (!segment.args) return undefined;
  if (name === undefined) return segment.args[0]?.value;
  return segment.args.find((arg) => arg.name === name)?.value;
}
