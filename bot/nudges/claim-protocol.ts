import type { MessageState } from '../../src/sharepoint/mappers/records/nudge-log-entry';

/*
 * The claim protocol of the nudge run (R-NDG-4: "a re-run never sends the same nudge twice and
 * never misses one"; R-NDG-2: one message per person per run). Pure: the run (nudge-run.ts) reads
 * the NudgeLog once, asks claimDecision per planned message, and carries out the decision with
 * SharePoint writes that cannot both succeed for two processes:
 *
 *   1. The run's lease (run-lease.ts): the run day's row, taken or renewed with an ETag-guarded
 *      update (the first one added under a unique write key). A second app-service instance finds it
 *      held and stops; a restarted process takes it over once `leaseUntil` has passed.
 *   2. Claim: a message's row is added as `claimed` under the unique write key `nudge:<day>:<person>`
 *      (a second add of the same key finds the first row instead), or an existing row is taken over
 *      with an ETag-guarded update (`claimed` left by a crashed run, `not-installed` now installed,
 *      and, on request only, `dead-letter` and `unknown`). Nothing has been sent yet.
 *   3. Sending: just before the connector is called, `claimed` → `sending` (ETag-guarded, one
 *      message at a time, so that only sends that had begun can be caught in it). A run that lost the
 *      claim meanwhile gets 412 and sends nothing.
 *   4. Outcome: after the connector's answer, `sending` → `sent` (with Teams' activity id),
 *      `dead-letter`, `stale` (403/404) or `unknown` (no answer), again ETag-guarded.
 *
 * A process that dies between 2 and 3 leaves `claimed`: the next run sends it. One that dies between
 * 3 and 4 leaves `sending`: the message may or may not have reached the person, so the next run
 * marks it `unknown`, which only `tillit nudge --resend-unknown` sends again. That window — from the
 * `sending` mark to the outcome's write, the connector's call inside it — is the only one in which
 * the outcome is unknown.
 */

/** What a run was started to do. */
export type RunMode = 'run' | 'retry-dead' | 'resend-unknown';

/** A message's row as the run read it, if there is one. */
export interface LoggedMessage {
  readonly state: MessageState;
  /** The run that claimed it. */
  readonly holder: string | undefined;
}

export type SkipReason = 'already-sent' | 'unknown' | 'dead-letter' | 'stale' | 'not-installed' | 'not-asked';

export type ClaimDecision =
  /** No row: add one as `claimed` (or `not-installed` when the person has no installation). */
  | { readonly kind: 'claim-new' }
  /** A row this run may take: an ETag-guarded update to `claimed` by this run. */
  | { readonly kind: 'take-over' }
  /** Already claimed by this run (an add whose answer was lost and was found by its key). */
  | { readonly kind: 'continue' }
  /** Left `sending` by a run that stopped: the outcome is unknown. */
  | { readonly kind: 'mark-unknown' }
  | { readonly kind: 'skip'; readonly reason: SkipReason };

const SKIP_BY_STATE: Record<Exclude<MessageState, 'claimed' | 'sending'>, SkipReason> = {
  sent: 'already-sent',
  unknown: 'unknown',
  'dead-letter': 'dead-letter',
  stale: 'stale',
  'not-installed': 'not-installed'
};

/** The state a mode re-drives, beyond what every run does. */
const REDRIVEN: Record<RunMode, MessageState | undefined> = { run: undefined, 'retry-dead': 'dead-letter', 'resend-unknown': 'unknown' };

/**
 * What the run `me` does with one planned message, from its row in the NudgeLog. `installed`: the
 * recipient has a usable installation now (a `not-installed` row of the day is then sent after all).
 */
export function claimDecision(row: LoggedMessage | undefined, me: string, mode: RunMode, installed: boolean): ClaimDecision {
  if (mode !== 'run') {
    // A re-drive touches only the state asked for, and only with an installation to send to.
    if (row?.state === REDRIVEN[mode] && installed) return { kind: 'take-over' };
    return row?.state === 'sending' ? { kind: 'mark-unknown' } : { kind: 'skip', reason: 'not-asked' };
  }
  if (row === undefined) return { kind: 'claim-new' };
  switch (row.state) {
    case 'claimed':
      // Only one run holds the lease, so a claim by another run is a stopped run's: nothing was sent for it.
      return row.holder === me ? { kind: 'continue' } : { kind: 'take-over' };
    case 'sending':
      return { kind: 'mark-unknown' };
    case 'not-installed':
      return installed ? { kind: 'take-over' } : { kind: 'skip', reason: 'not-installed' };
    default:
      return { kind: 'skip', reason: SKIP_BY_STATE[row.state] };
  }
}

/** The moves a message's row may make (the protocol above); anything else is a bug and is refused. */
const ALLOWED: Record<MessageState, readonly MessageState[]> = {
  claimed: ['sending', 'not-installed', 'claimed'],
  sending: ['sent', 'dead-letter', 'stale', 'unknown'],
  sent: [],
  unknown: ['claimed'],
  'dead-letter': ['claimed'],
  stale: [],
  'not-installed': ['claimed']
};

export function canMove(from: MessageState, to: MessageState): boolean {
  return ALLOWED[from].includes(to);
}
