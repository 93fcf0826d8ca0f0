/**
 * The file name a download's Content-Disposition names (RFC 6266): the UTF-8 `filename*` when there
 * is one (the report's Swedish name with å, ä and ö, bot/council/report-route.ts), else the plain
 * `filename`; undefined when the header names none. Path parts are never taken from it.
 */
export function fileNameFromContentDisposition(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  let name: string | undefined;
  if (extended !== null) {
    try {
      name = decodeURIComponent(extended[1].trim());
    } catch (error) {
      // A malformed escape: fall back to the plain name, and say why in the console.
      console.warn(`Content-Disposition's filename* could not be decoded: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (name === undefined) {
    const plain = /filename\s*=\s*(?:"([^"]*)"|([^;]+))/i.exec(header);
    name = plain === null ? undefined : (plain[1] ?? plain[2]).trim();
  }
  const base = name?.split(/[\\/]/).pop()?.trim();
  return base === undefined || base === '' ? undefined : base;
}
