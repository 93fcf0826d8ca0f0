/** What a nudge run did, counted per message (R-NDG-4): the CLI's summary and the run row's record. */
export interface RunSummary {
  readonly runDay: string;
  /** Messages planned (one per person with something to tell, R-NDG-2). */
  planned: number;
  sent: number;
  /** Found sent (or claimed by a concurrent run) already: nothing sent again. */
  skippedAlreadySent: number;
  /** People whose snoozes hide everything they owe today. */
  snoozed: number;
  /** Not sent because of an error on our side (a card that could not be built, a log write that failed). */
  failed: number;
  deadLettered: number;
  /** Sent or not, nobody knows: caught between the send and its log write (now or by an earlier run). */
  unknown: number;
  notInstalled: number;
  /** The connector answered 403/404: the installation was marked stale. */
  stale: number;
  /** Left alone: dead letters and unknowns of earlier runs waiting for --retry-dead / --resend-unknown, or not asked for. */
  skippedOther: number;
}

export function emptySummary(runDay: string): RunSummary {
  return { runDay, planned: 0, sent: 0, skippedAlreadySent: 0, snoozed: 0, failed: 0, deadLettered: 0, unknown: 0, notInstalled: 0, stale: 0, skippedOther: 0 };
}

/** Whether the run leaves something for a person to look at: a dead letter, an unknown outcome or a failure. */
export function needsAttention(summary: RunSummary): boolean {
  return summary.failed + summary.deadLettered + summary.unknown > 0;
}

/** The summary as the CLI prints it, one figure a line. */
export function summaryLines(summary: RunSummary, dryRun: boolean): string[] {
  const rows: Array<[string, number]> = [
    [dryRun ? 'planned (dry run: nothing sent)' : 'planned', summary.planned],
    ['sent', summary.sent],
    ['skipped, already sent', summary.skippedAlreadySent],
    ['snoozed (everything hidden)', summary.snoozed],
    ['failed', summary.failed],
    ['dead-lettered', summary.deadLettered],
    ['unknown outcome', summary.unknown],
    ['not installed', summary.notInstalled],
    ['installation stale (403/404)', summary.stale],
    ['left for --retry-dead / --resend-unknown', summary.skippedOther]
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  return [`Nudge run of ${summary.runDay}:`, ...rows.map(([label, count]) => `  ${label.padEnd(width)}  ${count}`)];
}
