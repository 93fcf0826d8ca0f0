import type { Locale } from '../domain/shared/localized-text';
import type { Translate } from '../i18n/translator';
import type { ImportSheet } from './import-sheet';
import type { PlannedRow } from './import-plan';
import { rowIssuesText } from './issue-message';

/** A cell as write-excel-file takes it (a value of one of its four types, or empty). */
// eslint-disable-next-line @rushstack/no-new-null -- write-excel-file's own empty cell
export type SheetCell = string | number | boolean | Date | null;

function writableCell(cell: unknown): SheetCell {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'string' || typeof cell === 'number' || typeof cell === 'boolean' || cell instanceof Date) return cell;
  return String(cell);
}

/**
 * The rows that failed, as the file had them (same headers, same cells, so they can be fixed and
 * imported again), with one column more at the end: what is wrong in each, in the user's language.
 * Rows that passed are not in it.
 */
export function failedRowsSheet(sheet: ImportSheet, rows: readonly PlannedRow<unknown>[], translate: Translate, locale: Locale): SheetCell[][] {
  const width = sheet.headers.length;
  const header: SheetCell[] = [...sheet.headers, translate('imports.errorColumn')];
  const failed = rows.flatMap((planned) => {
    if (planned.kind !== 'error') return [];
    const cells = Array.from({ length: width }, (_, index) => writableCell(planned.row.cells[index]));
    return [[...cells, rowIssuesText(planned.issues, translate, locale)]];
  });
  return [header, ...failed];
}
