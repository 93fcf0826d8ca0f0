import type { ColumnMapping } from './column-mapping';
import type { ImportIssue } from './import-issue';
import type { ImportSheet } from './import-sheet';
import type { ImportTarget } from './import-target';
import { columnLabel, type ParsedRow } from './parse-rows';
import { setAtPath, stableJson, startsWithPath } from './record-paths';

/** An item the register holds, as the import compares with it: its id, its record and the ETag an update is made against (R-SEC-2). */
export interface ExistingItem<T> {
  readonly id: string;
  readonly record: T;
  readonly etag: string;
}

export type PlannedRow<T> =
  | { readonly kind: 'new'; readonly row: ParsedRow; readonly record: T }
  | { readonly kind: 'changed'; readonly row: ParsedRow; readonly record: T; readonly existing: ExistingItem<T> }
  | { readonly kind: 'unchanged'; readonly row: ParsedRow; readonly existing: ExistingItem<T> }
  | { readonly kind: 'error'; readonly row: ParsedRow; readonly issues: readonly ImportIssue[] };

export type PlanKind = PlannedRow<unknown>['kind'];

export interface ImportPlan<T> {
  readonly rows: readonly PlannedRow<T>[];
  readonly counts: Readonly<Record<PlanKind, number>>;
}

/** The register's items by natural key; the first of two items that share a key is the one matched. */
export function existingByKey<T>(target: ImportTarget<T>, items: Iterable<ExistingItem<T>>): Map<string, ExistingItem<T>> {
  const byKey = new Map<string, ExistingItem<T>>();
  for (const item of items) {
    const key = target.naturalKeyOf(item.record);
    if (!byKey.has(key)) byKey.set(key, item);
  }
  return byKey;
}

/**
 * What the import would do, row by row, before anything is written (nothing is written until the
 * user confirms): a row whose natural key the register lacks is new; one that matches an item is
 * that item with the row's mapped columns laid over it (columns the file does not carry keep the
 * register's values), validated with the domain schema, and unchanged when the result equals the
 * item, so a re-import of the same file changes nothing (R-SEC-2). One map lookup per row.
 */
export function planImport<T>(
  target: ImportTarget<T>,
  sheet: ImportSheet,
  mapping: ColumnMapping,
  parsed: readonly ParsedRow[],
  existing: ReadonlyMap<string, ExistingItem<T>>
): ImportPlan<T> {
  const counts: Record<PlanKind, number> = { new: 0, changed: 0, unchanged: 0, error: 0 };
  const rows = parsed.map((row): PlannedRow<T> => {
    const planned = planRow(target, sheet, mapping, row, existing);
    counts[planned.kind] += 1;
    return planned;
  });
  return { rows, counts };
}

function planRow<T>(target: ImportTarget<T>, sheet: ImportSheet, mapping: ColumnMapping, row: ParsedRow, existing: ReadonlyMap<string, ExistingItem<T>>): PlannedRow<T> {
  if (row.issues.length > 0 || row.key === undefined) return { kind: 'error', row, issues: row.issues };
  const match = existing.get(row.key);
  const draft: Record<string, unknown> = match === undefined ? target.blank() : { ...(match.record as Record<string, unknown>) };
  for (const column of target.columns) {
    if (row.values.has(column.key)) setAtPath(draft, column.path, row.values.get(column.key));
  }
  const result = target.schema.safeParse(draft);
  if (!result.success) {
    const issues = result.error.issues.map((issue): ImportIssue => {
      const column = target.columns.find((candidate) => startsWithPath(issue.path, candidate.path)) ?? target.columns.find((candidate) => startsWithPath(candidate.path, issue.path.map(String)));
      return { row: row.rowNumber, column: column === undefined ? issue.path.join('.') : columnLabel(column, sheet, mapping), kind: 'invalid', detail: issue.message };
    });
    return { kind: 'error', row, issues };
  }
  if (match === undefined) return { kind: 'new', row, record: result.data };
  if (stableJson(result.data) === stableJson(match.record)) return { kind: 'unchanged', row, existing: match };
  return { kind: 'changed', row, record: result.data, existing: match };
}
