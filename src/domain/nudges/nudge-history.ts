import { isBefore, type IsoDate } from '../shared/calendar';
import type { NudgeHistory } from './nudge-plan';

/** What the history needs of one NudgeLog row (src/sharepoint/mappers/records/nudge-log-entry.ts). */
export interface LoggedNudge {
  readonly itemKey: string;
  readonly runDay: IsoDate;
  readonly outcome: string;
}

/**
 * R-NDG-3: the first day each item key was sent, from the NudgeLog. Only a reminder the person got
 * (`sent`) starts the grace of an item without a due date; a failed or pending send told no one.
 */
export function nudgeHistoryOf(log: readonly LoggedNudge[]): NudgeHistory {
  const firstSentOn = new Map<string, IsoDate>();
  for (const entry of log) {
    if (entry.outcome !== 'sent') continue;
    const known = firstSentOn.get(entry.itemKey);
    if (known === undefined || isBefore(entry.runDay, known)) firstSentOn.set(entry.itemKey, entry.runDay);
  }
  return { firstSentOn };
}
