import type { LocalizedText } from '../domain/shared/localized-text';

/** One accepted value of a choice column: its key in the register and the labels a sheet may use. */
export interface ChoiceOption {
  readonly key: string;
  readonly label: LocalizedText;
}

export type ColumnKind =
  | { readonly type: 'text'; readonly maxLength: number }
  | { readonly type: 'date' }
  | { readonly type: 'yes-no' }
  | { readonly type: 'choice'; readonly options: readonly ChoiceOption[] }
  | { readonly type: 'person' }
  | { readonly type: 'unit' }
  | { readonly type: 'integer'; readonly min: number };

/**
 * A column an import target knows: the headers recognised in a sheet (Swedish and English, as
 * the register and an English export name it, plus common aliases), where its value goes in the
 * domain record, and how a cell is read.
 */
export interface ImportColumn {
  readonly key: string;
  readonly header: LocalizedText;
  readonly aliases?: readonly string[];
  /** Where the value goes in the domain record (`['securityPlan', 'status']`). */
  readonly path: readonly string[];
  readonly kind: ColumnKind;
  readonly required?: boolean;
}

/** A header as compared: lower case, accents kept (å ä ö are letters in Swedish), punctuation and repeated spaces dropped. */
export function normalizedHeader(header: string): string {
  return header
    .normalize('NFC')
    .toLocaleLowerCase('sv')
    .replace(/[*:()[\]"'’.,;_-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function headersOf(column: ImportColumn): string[] {
  return [column.header.sv, column.header.en, column.key, ...(column.aliases ?? [])];
}
