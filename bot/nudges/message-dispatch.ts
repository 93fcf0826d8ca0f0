import { instantOf } from '../../src/domain/shared/calendar';
import type { NudgeRunConfig } from '../../src/config/nudge-run-config';
import type { MessageState, NudgeLogEntry } from '../../src/sharepoint/mappers/records/nudge-log-entry';
import type { MessageSender, SendResult } from '../sender/message-sender';
import { canMove } from './claim-protocol';
import { digestActivity, type DigestCardBuilder } from './digest-card-input';
import type { PlannedMessage } from './nudge-messages';
import type { LoggedRow, NudgeLogStore } from './nudge-log-store';
import type { RunSummary } from './run-summary';

/** A message this run holds the claim of, with its row as last written. */
export interface ClaimedMessage {
  readonly message: PlannedMessage;
  readonly row: LoggedRow;
}

export interface DispatchContext {
  readonly store: NudgeLogStore;
  readonly sender: MessageSender;
  readonly buildCard: DigestCardBuilder;
  readonly holder: string;
  readonly settings: Pick<NudgeRunConfig, 'sendChunkSize' | 'concurrency'>;
  readonly siteUrl: string;
  readonly myTasksUrl: string;
  readonly now: () => Date;
  readonly log: (line: string) => void;
  readonly summary: RunSummary;
  /** Called before each chunk: renews the run's lease, or throws when it was lost (run-lease.ts). */
  readonly beforeChunk: () => Promise<void>;
  /** A 403/404 answer: the installation is gone (BotInstallations.markStale). */
  readonly markStale: (message: PlannedMessage) => Promise<void>;
  readonly onProgress: (done: number) => void;
}

/** The row of a message in `state`, this run holding it, with the message's current content. */
export function messageRecord(message: PlannedMessage, state: MessageState, holder: string, base: LoggedRow | undefined): NudgeLogEntry {
  return {
    id: base?.id ?? 'new',
    kind: 'message',
    key: message.key,
    recipientEmail: message.recipientEmail,
    runDay: message.runDay,
    outcome: state,
    itemKeys: [...message.itemKeys],
    contentDigest: message.contentDigest,
    holder,
    attempts: base?.record.attempts ?? 0,
    error: base?.record.error ?? ''
  };
}

function moved(row: LoggedRow, to: MessageState, changes: Partial<NudgeLogEntry>): NudgeLogEntry {
  if (!canMove(row.record.outcome as MessageState, to)) throw new Error(`a nudge message cannot move from ${row.record.outcome} to ${to} (${row.record.key})`);
  return { ...row.record, ...changes, outcome: to };
}

function outcomeChanges(result: SendResult, row: LoggedRow, now: Date): Partial<NudgeLogEntry> {
  const attempts = row.record.attempts + result.attempts;
  if (result.outcome === 'sent') {
    return { attempts, sentAt: instantOf(now), conversationId: result.delivered.conversationId, activityId: result.delivered.activityId, error: '' };
  }
  return { attempts, error: result.error };
}

const COUNTED: Record<SendResult['outcome'], keyof Pick<RunSummary, 'sent' | 'deadLettered' | 'stale' | 'unknown'>> = {
  sent: 'sent',
  'dead-letter': 'deadLettered',
  stale: 'stale',
  unknown: 'unknown'
};

async function inPool<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await work(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** The person's card, or why it cannot be built (then it is never sent: dead-lettered with the reason, re-driven by --retry-dead after a fix). */
function cardFor(message: ClaimedMessage['message'], teamsUserId: string, context: DispatchContext): ReturnType<DispatchContext['buildCard']> | string {
  try {
    return context.buildCard({ answer: message.answer, recipient: { name: message.recipientName }, locale: message.locale, siteUrl: context.siteUrl, myTasksUrl: context.myTasksUrl, refreshUserIds: [teamsUserId] });
  } catch (error) {
    return `the digest card could not be built: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/**
 * One message: `claimed` → `sending` (ETag-guarded), its turn under the rate limits, then at once the
 * send — so `sending` is only ever on a message whose send had begun. Undefined when the
 * claim was lost (412): another run has the row, and this one sends nothing.
 */
async function markAndSend(claimed: ClaimedMessage, context: DispatchContext): Promise<{ readonly sending: ClaimedMessage; readonly result: SendResult } | undefined> {
  const { message, row } = claimed;
  const installation = message.installation;
  const card = installation === undefined ? 'no installation to send to' : cardFor(message, installation.installation.teamsUserId, context);
  const [marked] = await context.store.changeMany([{ row, record: moved(row, 'sending', { holder: context.holder }) }]);
  if (marked === undefined) return undefined;
  // The turn after the mark, so the send follows its turn at once: a SharePoint write between them would bunch sends past Teams' windows.
  if (installation !== undefined && typeof card !== 'string') await context.sender.awaitTurn(installation.reference);
  const sending = { message, row: marked };
  if (installation === undefined || typeof card === 'string') return { sending, result: { outcome: 'dead-letter', attempts: 0, error: typeof card === 'string' ? card : 'no installation to send to' } };
  return { sending, result: await context.sender.send(installation.reference, digestActivity(card, message.key), { turnTaken: true }) };
}

/**
 * One chunk (claim-protocol.ts, steps 3 and 4). Each message is marked `sending` on its own, right
 * before its send (markAndSend) — not the whole chunk at once — so that a process dying mid-chunk
 * leaves `sending` (unknown) only on messages whose send had begun; the chunk's others stay `claimed`
 * and the next run sends them. Then every outcome is written in one ETag-guarded $batch.
 */
async function dispatchChunk(chunk: readonly ClaimedMessage[], context: DispatchContext): Promise<void> {
  const { store, summary } = context;
  const attempts = await inPool(chunk, context.settings.concurrency, (claimed) => markAndSend(claimed, context));
  summary.skippedAlreadySent += attempts.filter((attempt) => attempt === undefined).length;
  const done = attempts.flatMap((attempt) => (attempt === undefined ? [] : [attempt]));
  const sending = done.map((attempt) => attempt.sending);
  const results = done.map((attempt) => attempt.result);
  const now = context.now();
  const written = await store.changeMany(sending.map(({ row }, index) => ({ row, record: moved(row, results[index].outcome, outcomeChanges(results[index], row, now)) })));
  written.forEach((row, index) => {
    const result = results[index];
    summary[COUNTED[result.outcome]] += 1;
    // Someone changed the row between our two writes (a sweep by a run that took the lease over): it is theirs now, `unknown`.
    if (row === undefined) context.log(`nudge: the outcome of ${sending[index].row.record.key} (${result.outcome}) could not be recorded: the row was changed by another run`);
  });
  for (const [index, result] of results.entries()) {
    if (result.outcome === 'stale') await context.markStale(sending[index].message);
    if (result.outcome !== 'sent') context.log(`nudge: ${sending[index].message.recipientEmail}: ${result.outcome}: ${'error' in result ? result.error : ''}`);
  }
}

/** Sends every claimed message, a chunk at a time, renewing the lease before each chunk. */
export async function dispatchClaimed(claimed: readonly ClaimedMessage[], context: DispatchContext): Promise<void> {
  const size = context.settings.sendChunkSize;
  for (let start = 0; start < claimed.length; start += size) {
    await context.beforeChunk();
    const chunk = claimed.slice(start, start + size);
    await dispatchChunk(chunk, context);
    context.onProgress(chunk.length);
  }
}
