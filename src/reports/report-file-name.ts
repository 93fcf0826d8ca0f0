import type { ReportPeriodKey } from './report-period';

/**
 * The report's file name, in Swedish whatever the report's language (the region files it so):
 * "Informationssäkerhetsberättelse 2026.docx", "Tertialuppföljning 2 2026.docx", "Uppföljning
 * Område Psykiatri 2026.docx". `ascii` is the same name folded to ASCII, for systems and headers that
 * cannot carry å, ä and ö (Content-Disposition's plain `filename`).
 */
const STEMS: Record<ReportPeriodKey, string> = {
  year: 'Informationssäkerhetsberättelse',
  'tertial-1': 'Tertialuppföljning 1',
  'tertial-2': 'Tertialuppföljning 2',
  'tertial-3': 'Tertialuppföljning 3',
  'half-1': 'Delårsuppföljning',
  'half-2': 'Helårsuppföljning'
};

/** What a file name may not hold on Windows, macOS or in a header: path separators, reserved characters, controls. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const NOT_IN_FILE_NAME = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;
const MAX_UNIT_NAME = 60;

function cleanName(value: string): string {
  return Array.from(value.replace(NOT_IN_FILE_NAME, ' ').replace(/\s+/g, ' ').trim()).slice(0, MAX_UNIT_NAME).join('').trim();
}

export function reportFileName(year: number, period: ReportPeriodKey, unitName?: string): { readonly name: string; readonly ascii: string } {
  const unit = unitName === undefined ? '' : cleanName(unitName);
  const name = unit === '' ? `${STEMS[period]} ${year}.docx` : `Uppföljning ${unit} ${STEMS[period] === STEMS.year ? '' : `${STEMS[period].toLowerCase()} `}${year}.docx`;
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
  return { name, ascii };
}

/** `attachment; filename="…"; filename*=UTF-8''…` (RFC 6266 / RFC 5987): browsers take the UTF-8 name, old clients the ASCII one. */
export function contentDispositionOf(fileName: { readonly name: string; readonly ascii: string }): string {
  const encoded = encodeURIComponent(fileName.name).replace(/['()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fileName.ascii}"; filename*=UTF-8''${encoded}`;
}
