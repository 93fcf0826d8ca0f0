import type { ZodType, ZodTypeDef } from 'zod';
import type { ImportColumn } from './import-column';

export const IMPORT_TARGET_KEYS = ['systems', 'assets', 'trainingRecords'] as const;
export type ImportTargetKey = (typeof IMPORT_TARGET_KEYS)[number];

/**
 * A register a sheet can be imported into: the columns it knows, its natural key (what makes two
 * rows the same thing: a system's name, an asset's name, a person's completion of a course), the
 * domain schema every row must pass, and a new record's starting point.
 */
export interface ImportTarget<T> {
  readonly key: ImportTargetKey;
  readonly columns: readonly ImportColumn[];
  /** The columns whose values make the natural key, in order (an empty optional one, a whole course's missing module, counts as empty). */
  readonly keyColumns: readonly string[];
  readonly schema: ZodType<T, ZodTypeDef, unknown>;
  /** A new item before the row's values (the schema's defaults fill in the rest). */
  blank(): Record<string, unknown>;
  naturalKeyOf(record: T): string;
}
