/**
 * OData literals for `$filter`, escaped: a quote in a register value (O'Brien) is doubled, so text
 * from the registers can never change the query it is put into. Every filter Tillit builds goes
 * through these.
 */
export type FilterValue = string | number | boolean;

export function odataLiteral(value: FilterValue): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`Not a number an OData filter can hold: ${value}`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? '1' : '0';
  return `'${value.replace(/'/g, "''")}'`;
}

/** `datetime'2026-03-01T00:00:00Z'` for a DateTime column. */
export function odataDateTime(isoInstant: string): string {
  if (Number.isNaN(Date.parse(isoInstant))) throw new RangeError(`Not an instant: ${isoInstant}`);
  return `datetime'${new Date(isoInstant).toISOString().replace(/\.\d{3}Z$/, 'Z')}'`;
}

/** Field names come from the list schemas, never from users; checked all the same. */
function fieldName(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*(\/[A-Za-z_][A-Za-z0-9_]*)?$/.test(name)) throw new RangeError(`Not a field name: ${name}`);
  return name;
}

export function eq(field: string, value: FilterValue): string {
  return `${fieldName(field)} eq ${odataLiteral(value)}`;
}

export function lt(field: string, literal: string): string {
  return `${fieldName(field)} lt ${literal}`;
}

export function ge(field: string, literal: string): string {
  return `${fieldName(field)} ge ${literal}`;
}

export function and(...clauses: string[]): string {
  return clauses.map((clause) => `(${clause})`).join(' and ');
}

export function or(...clauses: string[]): string {
  return clauses.map((clause) => `(${clause})`).join(' or ');
}
