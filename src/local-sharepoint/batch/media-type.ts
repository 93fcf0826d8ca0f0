/** A parsed `Content-Type` value: `multipart/mixed; boundary="changeset_…"` → type and parameters. */
export interface MediaType {
  /** Lower-cased `type/subtype`. */
  readonly type: string;
  /** Parameters by lower-cased name; quoted values are unquoted. */
  readonly params: Readonly<Record<string, string>>;
}

/**
 * Reads a media type as RFC 7231 §3.1.1.1 writes it. Quoted parameter values matter here:
 * PnPjs quotes the changeset boundary but not the batch boundary.
 */
export function parseMediaType(value: string): MediaType {
  const [typePart = '', ...rest] = splitOutsideQuotes(value, ';');
  const params: Record<string, string> = {};
  for (const raw of rest) {
    const eq = raw.indexOf('=');
    if (eq < 0) {
      continue; // a bare token carries nothing a batch reader needs
    }
    const name = raw.slice(0, eq).trim().toLowerCase();
    let paramValue = raw.slice(eq + 1).trim();
    if (paramValue.length >= 2 && paramValue.startsWith('"') && paramValue.endsWith('"')) {
      paramValue = paramValue.slice(1, -1).replace(/\\(.)/g, '$1');
    }
    if (name.length > 0) {
      params[name] = paramValue;
    }
  }
  return { type: typePart.trim().toLowerCase(), params };
}

function splitOutsideQuotes(value: string, separator: string): string[] {
  const pieces: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (ch === '\\' && quoted && i + 1 < value.length) {
      current += ch + value[i + 1];
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
      current += ch;
    } else if (ch === separator && !quoted) {
      pieces.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  pieces.push(current);
  return pieces;
}
