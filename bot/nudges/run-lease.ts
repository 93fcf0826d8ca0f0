import { instantOf, type Instant, type IsoDate } from '../../src/domain/shared/calendar';
import type { NudgeLogEntry, NudgeLogKind, RunState } from '../../src/sharepoint/mappers/records/nudge-log-entry';
import { runKeyOf } from './message-key';
import type { LoggedRow, NudgeLogStore } from './nudge-log-store';

/** Whether `me` may take the lease now (pure): free when absent, not running, expired, or already mine. */
export function leaseHolderNow(row: NudgeLogEntry | undefined, me: string, now: Date): { readonly free: true } | { readonly free: false; readonly holder: string; readonly until: Instant } {
  if (row === undefined || row.outcome !== 'running' || row.holder === undefined || row.holder === me) return { free: true };
  if (row.leaseUntil === undefined || Date.parse(row.leaseUntil) <= now.getTime()) return { free: true };
  return { free: false, holder: row.holder, until: row.leaseUntil };
}

export class LeaseLostError extends Error {
  public constructor(message: string) {
    super(message);
    this.name = 'LeaseLostError';
  }
}

function plusSeconds(now: Date, seconds: number): Instant {
  return instantOf(new Date(now.getTime() + seconds * 1000));
}

/**
 * A run day's lease (claim-protocol.ts, step 1): the day's `run:<day>` row in the NudgeLog, added
 * under its unique write key and then only changed with If-Match. Two app-service instances that
 * start the run together both try; one update wins, the other gets 412 and stops. The holder renews
 * it before each chunk of sends once a third of it has passed; a renewal that meets 412 means another
 * process took it over (this one was paused past its lease), and this run stops sending at once.
 */
export class RunLease {
  private row: LoggedRow | undefined;

  public constructor(
    private readonly store: NudgeLogStore,
    private readonly holder: string,
    private readonly runDay: IsoDate,
    private readonly leaseSeconds: number,
    private readonly now: () => Date,
    /** The lease row's kind and key: the nudge run's day by default; the area follow-up's own (R-REP). */
    private readonly identity: { readonly kind: NudgeLogKind; readonly key: string } = { kind: 'run', key: runKeyOf(runDay) }
  ) {}

  private record(outcome: RunState, now: Date, summary: string, base: LoggedRow | undefined): NudgeLogEntry {
    return {
      id: base?.id ?? 'new',
      kind: this.identity.kind,
      key: this.identity.key,
      runDay: this.runDay,
      outcome,
      itemKeys: [],
      holder: this.holder,
      leaseUntil: outcome === 'running' ? plusSeconds(now, this.leaseSeconds) : instantOf(now),
      attempts: (base?.record.attempts ?? 0) + (outcome === 'running' && base?.record.holder !== this.holder ? 1 : 0),
      sentAt: instantOf(now),
      error: summary
    };
  }

  /** Takes the lease, given the day's run row as the run read it; a description of the holder when another process has it. */
  public async acquire(existing: LoggedRow | undefined): Promise<{ readonly acquired: true } | { readonly acquired: false; readonly reason: string }> {
    const now = this.now();
    let current = existing;
    if (current === undefined) {
      const [added] = await this.store.add([this.record('running', now, '', undefined)]);
      if (added.record.holder === this.holder) {
        this.row = added;
        return { acquired: true };
      }
      current = added;
    }
    const holder = leaseHolderNow(current.record, this.holder, now);
    if (!holder.free) return { acquired: false, reason: `another nudge run (${holder.holder}) holds the lease of ${this.runDay} until ${holder.until}` };
    const taken = await this.store.change({ row: current, record: this.record('running', now, '', current) });
    if (taken === undefined) return { acquired: false, reason: `another nudge run took the lease of ${this.runDay} at the same moment` };
    this.row = taken;
    return { acquired: true };
  }

  /** Renews the lease once a third of it has passed; throws LeaseLostError when another process took it over. */
  public async renewIfDue(): Promise<void> {
    const row = this.held();
    const now = this.now();
    const until = Date.parse(row.record.leaseUntil ?? '');
    if (until - now.getTime() > (this.leaseSeconds * 1000 * 2) / 3) return;
    const renewed = await this.store.change({ row, record: this.record('running', now, row.record.error, row) });
    if (renewed === undefined) throw new LeaseLostError(`the lease of the nudge run of ${this.runDay} was taken over by another process; this run stops sending`);
    this.row = renewed;
  }

  /** Ends the run: the row keeps its summary (JSON) for `tillit nudge --status`. */
  public async release(outcome: Exclude<RunState, 'running'>, summary: string): Promise<void> {
    const row = this.held();
    const released = await this.store.change({ row, record: this.record(outcome, this.now(), summary, row) });
    if (released === undefined) throw new LeaseLostError(`the lease of the nudge run of ${this.runDay} was taken over before this run could record its end`);
    this.row = released;
  }

  private held(): LoggedRow {
    if (this.row === undefined) throw new LeaseLostError('the nudge run does not hold its lease');
    return this.row;
  }
}
