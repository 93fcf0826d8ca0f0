import { headersOf, normalizedHeader, type ImportColumn } from './import-column';

/**
 * Which of the file's columns (by position) feeds which target column; a target column without a
 * file column is not imported (its value is left as the register holds it, or the default for a
 * new item). The user may change it in the mapping step.
 */
export type ColumnMapping = Readonly<Record<string, number | undefined>>;

/**
 * Recognises the file's headers automatically ("Systemnamn" and "System name" alike), each file
 * column used at most once, the first match winning.
 */
export function automaticMapping(columns: readonly ImportColumn[], fileHeaders: readonly string[]): ColumnMapping {
  const byHeader = new Map<string, number>();
  fileHeaders.forEach((header, index) => {
    const normalized = normalizedHeader(header);
    if (normalized !== '' && !byHeader.has(normalized)) byHeader.set(normalized, index);
  });
  const used = new Set<number>();
  const mapping: Record<string, number | undefined> = {};
  for (const column of columns) {
    const index = headersOf(column)
      .map((header) => byHeader.get(normalizedHeader(header)))
      .find((found) => found !== undefined && !used.has(found));
    mapping[column.key] = index;
    if (index !== undefined) used.add(index);
  }
  return mapping;
}

/** Required columns the mapping leaves without a file column: the import cannot start until they are mapped. */
export function unmappedRequired(columns: readonly ImportColumn[], mapping: ColumnMapping): ImportColumn[] {
  return columns.filter((column) => column.required === true && mapping[column.key] === undefined);
}
