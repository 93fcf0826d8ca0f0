import type { AddedItem, StoredUpdate, WriteProgress } from '../sharepoint/repositories/list-repository';
import type { ImportPlan } from './import-plan';

/** The writes an import needs (ListRepository): batched, idempotent adds and ETag-conditional updates (R-SEC-2). */
export interface ImportWriter<T> {
  addMany(records: readonly T[], options?: { readonly onProgress?: (progress: WriteProgress) => void }): Promise<AddedItem[]>;
  updateMany(updates: readonly StoredUpdate<T>[]): Promise<string[]>;
}

/** Updates go in slices of four batches of 100 (what is in flight at once), so progress moves and a failure stops early. */
const UPDATE_SLICE = 400;

export interface ImportWriteResult {
  readonly added: number;
  readonly updated: number;
}

/** A write that stopped: how far it got, and SharePoint's error (forbidden, conflict, throttled beyond the budget …). */
export class ImportWriteError extends Error {
  public constructor(
    public readonly done: number,
    public readonly total: number,
    public readonly cause: unknown
  ) {
    super(`The import stopped after ${done} of ${total} rows: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'ImportWriteError';
  }
}

/**
 * Writes what the user confirmed: the new rows added in $batch requests (each with a write key,
 * so a lost answer never adds twice), the changed rows updated with If-Match on the ETag read for
 * the preview (someone's edit since is a conflict, never overwritten: R-SEC-2); unchanged and
 * failed rows are not sent. The writes go with the signed-in person's own connection, so SharePoint
 * decides what they may write (R-SEC-1). A failure stops the import after the batches in flight;
 * what landed stays, and importing the same file again finds it unchanged.
 */
export async function writePlan<T>(writer: ImportWriter<T>, plan: ImportPlan<T>, onProgress?: (progress: WriteProgress) => void): Promise<ImportWriteResult> {
  const additions: T[] = [];
  const updates: StoredUpdate<T>[] = [];
  for (const row of plan.rows) {
    if (row.kind === 'new') additions.push(row.record);
    else if (row.kind === 'changed') updates.push({ id: row.existing.id, record: row.record, etag: row.existing.etag });
  }
  const total = additions.length + updates.length;
  let done = 0;
  onProgress?.({ done, total });
  try {
    if (additions.length > 0) {
      await writer.addMany(additions, { onProgress: (progress) => onProgress?.({ done: progress.done, total }) });
      done = additions.length;
    }
    for (let start = 0; start < updates.length; start += UPDATE_SLICE) {
      const slice = updates.slice(start, start + UPDATE_SLICE);
      await writer.updateMany(slice);
      done += slice.length;
      onProgress?.({ done, total });
    }
  } catch (error) {
    throw new ImportWriteError(done, total, error);
  }
  return { added: additions.length, updated: updates.length };
}
