/**
 * A sheet as read from a file (.xlsx by read-excel-file, .csv by papaparse): the header row and the
 * rows under it, cells as the reader gives them (text, numbers, booleans, Date objects for Excel
 * date cells, null for empty).
 */
export interface ImportSheet {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly unknown[])[];
}

/** The header is the spreadsheet's row 1, so the first data row is row 2: the numbers the user sees in Excel. */
export const FIRST_DATA_ROW = 2;

/** A sheet from the reader's rows: the first row is the header; trailing empty columns of the header are dropped. */
export function sheetOf(rows: readonly (readonly unknown[])[]): ImportSheet {
  const [header = [], ...data] = rows;
  const headers = header.map((cell) => (cell === null || cell === undefined ? '' : String(cell).trim()));
  while (headers.length > 0 && headers[headers.length - 1] === '') headers.pop();
  return { headers, rows: data };
}
