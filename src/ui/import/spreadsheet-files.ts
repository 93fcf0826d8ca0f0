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
  // Neither entry of read-excel-file may unzip here as it would: the browser entry parses in a
  // Worker, and fflate (which both use) inflates an entry of 320 KB or more in a Worker, each made
  // from a blob: URL that a page's Content Security Policy refuses (script-src 'self', as the
  // workbench and SharePoint Online send it): the read of a 10,000-row sheet then never ended.
  // So the file is unzipped here synchronously and handed on stored (level 0), which is copied,
  // not inflated: no Worker at all. fflate is read-excel-file's own dependency (0.8.x).
  const [{ readSheet }, { unzipSync, zipSync }] = await Promise.all([
    import(/* webpackChunkName: 'tillit-read-excel' */ 'read-excel-file/universal'),
    import(/* webpackChunkName: 'tillit-read-excel' */ 'fflate')
  ]);
  const stored = zipSync(unzipSync(new Uint8Array(await file.arrayBuffer())), { level: 0 });
  return (await readSheet(new Blob([stored]))) as unknown as unknown[][];
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
