import type { SheetCell } from '../../imports/failed-rows-sheet';

/*
 * The spreadsheet libraries are fetched when a file is read or written, in chunks of their own:
 * a page that only shows the web part never loads them (issue 7's 150 KB gzipped aim per web part).
 */

/** The rows of the file's first sheet (.xlsx) or of the CSV (papaparse, its delimiter detected: Swedish Excel writes ";"). */
export async function readSpreadsheet(file: File): Promise<unknown[][]> {
  if (/\.csv$/i.test(file.name) || file.type === 'text/csv') {
    const { default: Papa } = await import(/* webpackChunkName: 'tillit-papaparse' */ 'papaparse');
    const text = await file.text();
    const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
    return parsed.data;
  }
  // The universal entry, not the browser one: the browser entry parses in a Worker made from a blob:
  // URL, which a page's Content Security Policy (script-src 'self', as the workbench and SharePoint
  // Online's CSP send) refuses, and the read then never ends. A 10,000-row sheet parses in ~1.5 s on the main thread.
  const { readSheet } = await import(/* webpackChunkName: 'tillit-read-excel' */ 'read-excel-file/universal');
  return (await readSheet(file)) as unknown as unknown[][];
}

/** An .xlsx of the rows, dates shown as YYYY-MM-DD, handed to the browser as a download. */
export async function downloadSpreadsheet(rows: readonly (readonly SheetCell[])[], fileName: string, sheet: string): Promise<void> {
  const { default: writeXlsxFile } = await import(/* webpackChunkName: 'tillit-write-excel' */ 'write-excel-file/browser');
  const blob = await writeXlsxFile(rows as SheetCell[][], { sheet, dateFormat: 'yyyy-mm-dd', stickyRowsCount: 1 }).toBlob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked after the browser has taken the download.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
