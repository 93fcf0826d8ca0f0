import type { ColumnMapping } from './column-mapping';
import type { ImportColumn } from './import-column';
import type { ImportContext } from './import-context';
import type { ImportIssue } from './import-issue';
import { shownValue } from './import-issue';
import { FIRST_DATA_ROW, type ImportSheet } from './import-sheet';
import type { ImportTarget } from './import-target';
import { cellText, isEmptyCell, readCell } from './read-cell';
import { naturalKey } from './natural-key';

/** One data row of the sheet, read and checked cell by cell; not yet compared with the register. */
export interface ParsedRow {
  /** The row number the spreadsheet shows. */
  readonly rowNumber: number;
  /** The row's cells as the file holds them (the failed-rows sheet gives them back unchanged). */
  readonly cells: readonly unknown[];
  /** Values by column key for the mapped columns; undefined for an empty cell. */
  readonly values: ReadonlyMap<string, unknown>;
  /** The natural key, when its cells could be read. */
  readonly key: string | undefined;
  readonly issues: readonly ImportIssue[];
}

/** The header a message names for a column: the file's own, else the column's Swedish name. */
export function columnLabel(column: ImportColumn, sheet: ImportSheet, mapping: ColumnMapping): string {
  const index = mapping[column.key];
  const header = index === undefined ? undefined : sheet.headers[index];
  return header !== undefined && header !== '' ? header : column.header.sv;
}

function isEmptyRow(cells: readonly unknown[]): boolean {
  return cells.every(isEmptyCell);
}

/**
 * Reads every row of the sheet once (linear: a 10,000-row sheet is 10,000 passes over its mapped
 * columns, no row compared with another), then marks the later rows that repeat an earlier row's
 * natural key: each names the first row, which is kept (R-SYS, R-AST, R-TRN). Empty rows are
 * skipped, as Excel users leave them between blocks.
 */
export function parseRows<T>(target: ImportTarget<T>, sheet: ImportSheet, mapping: ColumnMapping, context: ImportContext): ParsedRow[] {
  const mapped = target.columns.map((column) => ({ column, index: mapping[column.key], label: columnLabel(column, sheet, mapping) }));
  const keyColumns = target.keyColumns.map((key) => mapped.find((entry) => entry.column.key === key));
  const firstRowOfKey = new Map<string, number>();
  const parsed: ParsedRow[] = [];
  sheet.rows.forEach((cells, position) => {
    if (isEmptyRow(cells)) return;
    const rowNumber = position + FIRST_DATA_ROW;
    const values = new Map<string, unknown>();
    const issues: ImportIssue[] = [];
    for (const { column, index, label } of mapped) {
      if (index === undefined) {
        if (column.required === true) issues.push({ row: rowNumber, column: label, kind: 'required' });
        continue;
      }
      const reading = readCell(column.kind, cells[index], context);
      if ('problem' in reading) issues.push({ row: rowNumber, column: label, ...reading.problem });
      else if ('empty' in reading) {
        if (column.required === true) issues.push({ row: rowNumber, column: label, kind: 'required' });
        values.set(column.key, undefined);
      } else values.set(column.key, reading.value);
    }
    const keyReadable = keyColumns.every((entry) => entry === undefined || !issues.some((issue) => issue.column === entry.label));
    let key: string | undefined;
    if (keyReadable) {
      key = naturalKey(keyColumns.map((entry) => (entry === undefined ? undefined : (values.get(entry.column.key) as string | number | undefined))));
      const first = firstRowOfKey.get(key);
      const keyEntry = keyColumns[0];
      if (first !== undefined && keyEntry !== undefined) {
        const shown = keyEntry.index === undefined ? '' : cellText(cells[keyEntry.index]);
        issues.push({ row: rowNumber, column: keyEntry.label, kind: 'duplicate-key', value: shownValue(shown), firstRow: first });
      } else if (first === undefined) firstRowOfKey.set(key, rowNumber);
    }
    parsed.push({ rowNumber, cells, values, key, issues });
  });
  return parsed;
}
