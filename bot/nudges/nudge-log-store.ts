import { ConflictError } from '../../src/domain/shared/errors';
import type { RejectedRecord } from '../../src/domain/shared/validation';
import type { NudgeLogEntry } from '../../src/sharepoint/mappers/records/nudge-log-entry';
import type { ListRepository, Stored } from '../../src/sharepoint/repositories/list-repository';

/** SharePoint's largest page: the whole log is read in ⌈n/5,000⌉ requests, paged by ID (always indexed). */
export const LOG_PAGE_SIZE = 5000;

export type LoggedRow = Stored<NudgeLogEntry>;

/** A row's change: the record as it should be, against the ETag it was read or last written with. */
export interface RowChange {
  readonly row: LoggedRow;
  readonly record: NudgeLogEntry;
}

/** The row after a change: its new ETag; undefined when someone else changed it first (412). */
export type ChangeResult = LoggedRow | undefined;

/**
 * The NudgeLog as the nudge run uses it (claim-protocol.ts): read whole once, with every row's
 * ETag; claims added in $batch requests under their unique write keys; state changes as
 * ETag-guarded updates, batched, where a 412 loses that one row's change and nothing else.
 */
export class NudgeLogStore {
  public constructor(private readonly repository: ListRepository<NudgeLogEntry>) {}

  /** Every row with its ETag, 5,000 a page. Malformed rows are reported, never fatal (DESIGN.md habit 2). */
  public async readAll(): Promise<{ readonly rows: LoggedRow[]; readonly rejected: RejectedRecord[] }> {
    const rows: LoggedRow[] = [];
    const rejected: RejectedRecord[] = [];
    let pageToken: string | undefined;
    do {
      const page = await this.repository.readPage({ pageSize: LOG_PAGE_SIZE, orderBy: { field: 'ID', descending: false }, pageToken });
      rows.push(...page.items);
      rejected.push(...page.rejected);
      pageToken = page.nextPageToken;
    } while (pageToken !== undefined);
    return { rows, rejected };
  }

  /**
   * Adds rows under their write keys (one message per person and run day), 100 a $batch. A row
   * whose key was taken already is read back as it is stored: the caller compares its holder.
   */
  public async add(records: readonly NudgeLogEntry[]): Promise<LoggedRow[]> {
    if (records.length === 0) return [];
    const added = await this.repository.addMany(records);
    return Promise.all(added.map(async (item, index) => (item.found ? this.repository.get(item.id) : { id: item.id, record: records[index], etag: item.etag })));
  }

  /** One ETag-guarded change; undefined when the row changed since it was read (someone else's claim won). */
  public async change(change: RowChange): Promise<ChangeResult> {
    try {
      const etag = await this.repository.update(change.row.id, change.record, change.row.etag);
      return { id: change.row.id, record: change.record, etag };
    } catch (error) {
      if (error instanceof ConflictError) return undefined;
      throw error;
    }
  }

  /**
   * ETag-guarded changes in one $batch; when any of them meets a 412, they are made one by one so
   * that exactly the changed rows lose (their result is undefined) and the rest go through.
   */
  public async changeMany(changes: readonly RowChange[]): Promise<ChangeResult[]> {
    if (changes.length === 0) return [];
    try {
      const etags = await this.repository.updateMany(changes.map((change) => ({ id: change.row.id, record: change.record, etag: change.row.etag })));
      return changes.map((change, index) => ({ id: change.row.id, record: change.record, etag: etags[index] }));
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      const results: ChangeResult[] = [];
      for (const change of changes) results.push(await this.changeOrCurrent(change));
      return results;
    }
  }

  /** A change retried alone after its batch met a 412: it may have been applied by the batch already. */
  private async changeOrCurrent(change: RowChange): Promise<ChangeResult> {
    const applied = await this.change(change);
    if (applied !== undefined) return applied;
    const current = await this.repository.get(change.row.id);
    // The batch applied this one before another part conflicted: the row is already as we wanted it.
    return sameState(current.record, change.record) ? current : undefined;
  }
}

function sameState(a: NudgeLogEntry, b: NudgeLogEntry): boolean {
  return a.outcome === b.outcome && a.holder === b.holder && a.attempts === b.attempts && a.key === b.key;
}
