/** Sets a value at a path of a plain record (the record is a fresh copy the caller owns). */
export function setAtPath(record: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let target = record;
  for (const key of path.slice(0, -1)) {
    const next = target[key];
    const child: Record<string, unknown> = typeof next === 'object' && next !== null ? { ...(next as Record<string, unknown>) } : {};
    target[key] = child;
    target = child;
  }
  const last = path[path.length - 1];
  if (value === undefined) delete target[last];
  else target[last] = value;
}

/** JSON with keys sorted: two records with the same values compare equal whatever order their keys were set in. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, child]) => child !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, child]) => `${JSON.stringify(key)}:${stableJson(child)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function startsWithPath(path: readonly (string | number)[], prefix: readonly string[]): boolean {
  return prefix.length <= path.length && prefix.every((key, index) => path[index] === key);
}
