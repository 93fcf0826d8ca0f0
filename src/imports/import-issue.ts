import type { LocalizedText } from '../domain/shared/localized-text';

/**
 * What can be wrong with one cell of an imported row (R-SEC-2: validated input, clear errors).
 * Each issue names the row as the spreadsheet shows it and the column as the file names it, so
 * the coordinator finds the cell; its wording (what is wrong, what would fix it) is in
 * src/i18n/<locale>/imports.ts, chosen by `kind`.
 */
export const IMPORT_ISSUE_KINDS = [
  'required',
  'unreadable-date',
  'unknown-person',
  'not-an-email',
  'duplicate-key',
  'markup',
  'too-long',
  'unknown-choice',
  'not-yes-no',
  'not-a-number',
  'unknown-unit',
  'ambiguous-unit',
  'invalid'
] as const;
export type ImportIssueKind = (typeof IMPORT_ISSUE_KINDS)[number];

export interface ImportIssue {
  /** The row number the spreadsheet shows (the header is row 1). */
  readonly row: number;
  /** The column's header as written in the file (or the column's own name when the file lacks it). */
  readonly column: string;
  readonly kind: ImportIssueKind;
  /** The cell's value as written, shortened for the message. */
  readonly value?: string;
  /** A corrected value to suggest (a date written YYYY-MM-DD). */
  readonly suggestion?: string;
  /** The row that already holds this key (duplicate-key). */
  readonly firstRow?: number;
  /** The values a choice column accepts (unknown-choice). */
  readonly allowed?: readonly LocalizedText[];
  /** The column's limit and the text's length (too-long). */
  readonly limit?: number;
  readonly length?: number;
  /** The domain schema's own message, when no kind above fits (invalid). */
  readonly detail?: string;
}

const SHOWN_VALUE_LENGTH = 60;

/** A cell's value as a message quotes it: one line, cut where it would swamp the message. */
export function shownValue(value: string): string {
  const oneLine = value.replace(/\s+/g, ' ').trim();
  return oneLine.length <= SHOWN_VALUE_LENGTH ? oneLine : `${oneLine.slice(0, SHOWN_VALUE_LENGTH - 1)}…`;
}
