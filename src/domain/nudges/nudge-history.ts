import { isBefore, type IsoDate } from '../shared/calendar';
import type { NudgeHistory } from './nudge-plan';

/**
 * What the history needs of one NudgeLog row (src/sharepoint/mappers/records/nudge-log-entry.ts):
 * the item it told of, or, for a digest message (one row per person and run, R-NDG-2), every item
 * it carried.
 */
export type LoggedNudge = { readonly runDay: IsoDate; readonly outcome: string } & ({ readonly itemKey: string } | { readonly itemKeys: readonly string[] });

function keysOf(entry: LoggedNudge): readonly string[] {
  return 'itemKeys' in entry ? entry.itemKeys : [entry.itemKey];
}

/**
 * R-NDG-3: the first day each item key was sent, from the NudgeLog. Only a reminder the person got
 * (`sent`) starts the grace of an item without a due date; a failed or pending send told no one.
 */
export function nudgeHistoryOf(log: readonly LoggedNudge[]): NudgeHistory {
  const firstSentOn = new Map<string, IsoDate>();
  for (const entry of log) {
    if (entry.outcome !== 'sent') continue;
    for (const itemKey of keysOf(entry)) {
      const known = firstSentOn.get(itemKey);
      if (known === undefined || isBefore(entry.runDay, known)) firstSentOn.set(itemKey, entry.runDay);
    }
  }
  return { firstSentOn };
}
