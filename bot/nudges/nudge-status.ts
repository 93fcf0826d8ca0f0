import type { LoggedRow } from './nudge-log-store';

/** What `tillit nudge --status` shows (R-NDG-4, R-SEC-4): what needs a person, and the last runs. */
export interface NudgeStatus {
  readonly deadLetters: readonly LoggedRow[];
  readonly unknowns: readonly LoggedRow[];
  /** Rows left `sending`: a run is sending them now, or stopped mid-send (the next run marks them unknown). */
  readonly inFlight: readonly LoggedRow[];
  readonly lastRuns: readonly LoggedRow[];
}

const LAST_RUNS = 5;

/** Pure: the status from the NudgeLog's rows. */
export function nudgeStatusOf(rows: readonly LoggedRow[]): NudgeStatus {
  const messages = rows.filter((row) => row.record.kind === 'message');
  const byDay = (a: LoggedRow, b: LoggedRow): number => b.record.runDay.localeCompare(a.record.runDay) || a.record.key.localeCompare(b.record.key);
  return {
    deadLetters: messages.filter((row) => row.record.outcome === 'dead-letter').sort(byDay),
    unknowns: messages.filter((row) => row.record.outcome === 'unknown').sort(byDay),
    inFlight: messages.filter((row) => row.record.outcome === 'sending').sort(byDay),
    lastRuns: rows
      .filter((row) => row.record.kind === 'run')
      .sort(byDay)
      .slice(0, LAST_RUNS)
  };
}

function runLine(row: LoggedRow): string {
  const { record } = row;
  let figures = '';
  try {
    const summary = JSON.parse(record.error === '' ? '{}' : record.error) as Record<string, unknown>;
    figures = ['planned', 'sent', 'skippedAlreadySent', 'deadLettered', 'unknown', 'notInstalled', 'stale']
      .filter((name) => typeof summary[name] === 'number')
      .map((name) => `${name} ${String(summary[name])}`)
      .join(', ');
    if (typeof summary.error === 'string') figures += `; stopped: ${summary.error}`;
  } catch {
    figures = record.error;
  }
  return `  ${record.runDay}  ${record.outcome.padEnd(8)}  ${record.holder ?? ''}  ${record.sentAt ?? ''}  ${figures}`;
}

function messageLine(row: LoggedRow): string {
  const { record } = row;
  return `  ${record.runDay}  ${record.recipientEmail ?? '?'}  attempts ${record.attempts}  ${record.error}`;
}

/** The status as the CLI prints it. */
export function statusLines(status: NudgeStatus): string[] {
  const section = (title: string, rows: readonly LoggedRow[], line: (row: LoggedRow) => string): string[] => [`${title}: ${rows.length}`, ...rows.slice(0, 50).map(line), ...(rows.length > 50 ? [`  … and ${rows.length - 50} more`] : [])];
  return [
    ...section('Dead letters (tillit nudge --retry-dead sends them again)', status.deadLetters, messageLine),
    ...section('Unknown outcome (tillit nudge --resend-unknown sends them again; they may have arrived)', status.unknowns, messageLine),
    ...section('Being sent, or caught mid-send by a stop (the next run marks these unknown)', status.inFlight, messageLine),
    ...section('Last runs', status.lastRuns, runLine)
  ];
}
