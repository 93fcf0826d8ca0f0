import type { Delivery } from './bot-connector/connector-records';

/**
 * The resilience test's verdict (issue 9, R-NDG-4: "a re-run never sends the same nudge twice and
 * never misses one"), counted by key: the NudgeLog's message rows of the run day against what the
 * Bot Connector stand-in actually delivered. Pure, so the counting itself is tested.
 */
export interface LoggedMessage {
  readonly key: string;
  readonly recipientEmail?: string;
  readonly outcome: string;
}

export interface DeliveryTally {
  readonly planned: number;
  /** Rows of the day: one per planned message, whatever became of it. */
  readonly rows: number;
  readonly delivered: number;
  /** Keys delivered more than once. */
  readonly doubledKeys: readonly string[];
  /** Conversations that got more than one message with a key of the day (one message per person per run, R-NDG-2). */
  readonly doubledConversations: readonly string[];
  /** Rows never delivered and not marked `unknown`, `not-installed` or `stale`: a silent loss. */
  readonly missingWithoutMark: readonly string[];
  /** Rows marked `sent` with no delivery, or delivered but marked something other than sent or unknown: the log lies. */
  readonly logContradicts: readonly string[];
  readonly unknownDelivered: number;
  readonly unknownNotDelivered: number;
  readonly byOutcome: ReadonlyMap<string, number>;
  /** Deliveries whose key is no row of the day (or that carry no key). */
  readonly strayDeliveries: number;
}

/** States in which a message legitimately has no delivery: the person could not be reached, and the log says so. */
const MARKED_UNDELIVERED = new Set(['unknown', 'not-installed', 'stale']);

export function tallyDeliveries(planned: number, rows: readonly LoggedMessage[], deliveries: readonly Delivery[]): DeliveryTally {
  const byKey = new Map<string, number>();
  const conversationCounts = new Map<string, number>();
  let strayDeliveries = 0;
  const rowKeys = new Set(rows.map((row) => row.key));
  for (const delivery of deliveries) {
    if (delivery.messageKey === undefined || !rowKeys.has(delivery.messageKey)) {
      strayDeliveries += 1;
      continue;
    }
    byKey.set(delivery.messageKey, (byKey.get(delivery.messageKey) ?? 0) + 1);
    conversationCounts.set(delivery.conversationId, (conversationCounts.get(delivery.conversationId) ?? 0) + 1);
  }
  const byOutcome = new Map<string, number>();
  const missingWithoutMark: string[] = [];
  const logContradicts: string[] = [];
  let unknownDelivered = 0;
  let unknownNotDelivered = 0;
  for (const row of rows) {
    byOutcome.set(row.outcome, (byOutcome.get(row.outcome) ?? 0) + 1);
    const count = byKey.get(row.key) ?? 0;
    if (row.outcome === 'unknown') {
      if (count > 0) unknownDelivered += 1;
      else unknownNotDelivered += 1;
      continue;
    }
    if (count === 0 && !MARKED_UNDELIVERED.has(row.outcome)) missingWithoutMark.push(row.key);
    if ((row.outcome === 'sent' && count === 0) || (count > 0 && row.outcome !== 'sent')) logContradicts.push(`${row.key} (${row.outcome}, delivered ${count}×)`);
  }
  return {
    planned,
    rows: rows.length,
    delivered: deliveries.length,
    doubledKeys: [...byKey].filter(([, count]) => count > 1).map(([key]) => key),
    doubledConversations: [...conversationCounts].filter(([, count]) => count > 1).map(([conversation]) => conversation),
    missingWithoutMark,
    logContradicts,
    unknownDelivered,
    unknownNotDelivered,
    byOutcome,
    strayDeliveries
  };
}
