import type { MessageState } from '../../src/sharepoint/mappers/records/nudge-log-entry';
import { claimDecision, type RunMode, type SkipReason } from './claim-protocol';
import { messageRecord, type ClaimedMessage } from './message-dispatch';
import type { PlannedMessage } from './nudge-messages';
import type { LoggedRow, NudgeLogStore } from './nudge-log-store';
import type { RunSummary } from './run-summary';

const SWEEP_BATCH = 100;

/**
 * Claim protocol, before anything is claimed: every message row left `sending` — by a run that
 * stopped between a send and its log write — becomes `unknown` (ETag-guarded; a run still writing
 * its outcome wins). Returns the rows as they are now and how many were marked.
 */
export async function sweepSending(store: NudgeLogStore, rows: readonly LoggedRow[], holder: string): Promise<{ readonly rows: LoggedRow[]; readonly marked: number }> {
  const now = new Map(rows.map((row) => [row.id, row]));
  const stuck = rows.filter((row) => row.record.kind === 'message' && row.record.outcome === 'sending');
  let marked = 0;
  for (let start = 0; start < stuck.length; start += SWEEP_BATCH) {
    const batch = stuck.slice(start, start + SWEEP_BATCH);
    const changed = await store.changeMany(batch.map((row) => ({ row, record: { ...row.record, outcome: 'unknown' as MessageState, holder, error: `unknown: the run ${row.record.holder ?? '?'} stopped between the send and its log write` } })));
    changed.forEach((row) => {
      if (row === undefined) return;
      now.set(row.id, row);
      marked += 1;
    });
  }
  return { rows: [...now.values()], marked };
}

export interface ClaimContext {
  readonly store: NudgeLogStore;
  readonly holder: string;
  readonly mode: RunMode;
  readonly summary: RunSummary;
}

const SKIP_COUNTER: Record<SkipReason, keyof Pick<RunSummary, 'skippedAlreadySent' | 'notInstalled' | 'skippedOther'>> = {
  'already-sent': 'skippedAlreadySent',
  'not-installed': 'notInstalled',
  unknown: 'skippedOther',
  'dead-letter': 'skippedOther',
  stale: 'skippedOther',
  'not-asked': 'skippedOther'
};

/** The day's message rows by recipient. */
export function rowsByRecipient(rows: readonly LoggedRow[], runDay: string): Map<string, LoggedRow> {
  const byRecipient = new Map<string, LoggedRow>();
  for (const row of rows) {
    if (row.record.kind === 'message' && row.record.runDay === runDay && row.record.recipientEmail !== undefined) byRecipient.set(row.record.recipientEmail.toLowerCase(), row);
  }
  return byRecipient;
}

/**
 * Claim protocol, step 2, for one batch of planned messages: new rows added as `claimed` (or
 * `not-installed`) in one $batch under their unique write keys, existing rows taken over one by one
 * with If-Match. Returns the messages this run now holds, to be sent; counts the rest.
 */
export async function claimMessages(messages: readonly PlannedMessage[], rows: ReadonlyMap<string, LoggedRow>, context: ClaimContext): Promise<ClaimedMessage[]> {
  const { store, holder, summary } = context;
  const claimed: ClaimedMessage[] = [];
  const held = (message: PlannedMessage, row: LoggedRow | undefined): void => {
    if (row === undefined || row.record.holder !== holder) summary.skippedAlreadySent += 1;
    else if (row.record.outcome === 'not-installed') summary.notInstalled += 1;
    else claimed.push({ message, row });
  };
  const fresh: PlannedMessage[] = [];
  for (const message of messages) {
    const row = rows.get(message.recipientEmail);
    const installed = message.installation !== undefined;
    const decision = claimDecision(row === undefined ? undefined : { state: row.record.outcome as MessageState, holder: row.record.holder }, holder, context.mode, installed);
    const state: MessageState = installed ? 'claimed' : 'not-installed';
    switch (decision.kind) {
      case 'claim-new':
        fresh.push(message);
        break;
      case 'continue':
      case 'take-over': {
        const current = row as LoggedRow;
        const unchanged = decision.kind === 'continue' && current.record.outcome === state;
        held(message, unchanged ? current : await store.change({ row: current, record: messageRecord(message, state, holder, current) }));
        break;
      }
      case 'mark-unknown':
        // Swept before claiming (sweepSending); a row still `sending` here changed since the read.
        summary.skippedOther += 1;
        break;
      case 'skip':
        summary[SKIP_COUNTER[decision.reason]] += 1;
        break;
    }
  }
  const added = await store.add(fresh.map((message) => messageRecord(message, message.installation === undefined ? 'not-installed' : 'claimed', holder, undefined)));
  added.forEach((row, index) => held(fresh[index], row));
  return claimed;
}
