import { NUDGE_LOG_LIST } from '../lists/nudge-log-list';
import { defineMapper } from './list-mapper';
import { readCalendarDate, readId, readInstant, readLines, readNumber, readText } from './read-values';
import { nudgeLogEntrySchema } from './records/nudge-log-entry';
import { naturalWriteKey } from '../lists/write-key';
import { calendarDateValue, linesValue, optionalInstantValue, optionalTextValue } from './write-values';

/*
 * A person's item keys end in their own e-mail (NudgeItem.key): the note stores them without it, a
 * line starting with ':' standing for "this key, then ':<recipient>'", which keeps a long digest's
 * keys well inside a note's 63,999 characters.
 */
function withoutRecipient(keys: readonly string[], recipient: string | undefined): string[] {
  if (recipient === undefined) return [...keys];
  const suffix = `:${recipient}`;
  return keys.map((key) => (key.endsWith(suffix) ? `:${key.slice(0, -suffix.length)}` : key));
}

function withRecipient(lines: unknown, recipient: unknown): unknown {
  if (!Array.isArray(lines) || typeof recipient !== 'string') return lines;
  return lines.map((line: unknown) => (typeof line === 'string' && line.startsWith(':') ? `${line.slice(1)}:${recipient}` : line));
}

export const nudgeLogMapper = defineMapper({
  list: NUDGE_LOG_LIST,
  schema: nudgeLogEntrySchema,
  toDomain: (item, { siteTimeZone: zone }) => ({
    id: readId(item),
    kind: readText(item, 'Kind'),
    key: readText(item, 'Title'),
    recipientEmail: readText(item, 'RecipientEmail'),
    runDay: readCalendarDate(item, 'RunDay', zone),
    outcome: readText(item, 'Outcome'),
    itemKeys: withRecipient(readLines(item, 'ItemKeys'), readText(item, 'RecipientEmail')),
    contentDigest: readText(item, 'ContentDigest'),
    holder: readText(item, 'Holder'),
    leaseUntil: readInstant(item, 'LeaseUntil'),
    attempts: readNumber(item, 'Attempts'),
    sentAt: readInstant(item, 'SentAt'),
    conversationId: readText(item, 'ConversationId'),
    activityId: readText(item, 'ActivityId'),
    error: readText(item, 'Error')
  }),
  toFields: (entry, _people, { siteTimeZone: zone }) => ({
    Title: entry.key,
    Kind: entry.kind,
    RecipientEmail: optionalTextValue(entry.recipientEmail),
    RunDay: calendarDateValue(entry.runDay, zone),
    Outcome: entry.outcome,
    ItemKeys: linesValue(withoutRecipient(entry.itemKeys, entry.recipientEmail)),
    ContentDigest: optionalTextValue(entry.contentDigest),
    Holder: optionalTextValue(entry.holder),
    LeaseUntil: optionalInstantValue(entry.leaseUntil),
    Attempts: entry.attempts,
    SentAt: optionalInstantValue(entry.sentAt),
    ConversationId: optionalTextValue(entry.conversationId),
    ActivityId: optionalTextValue(entry.activityId),
    Error: optionalTextValue(entry.error === '' ? undefined : entry.error)
  }),
  // One message per person and run day (R-NDG-2, R-NDG-4), one lease row per run day: the unique
  // write key makes the first claim the only one, whatever its content or state.
  // An area follow-up's rows (R-REP) are keyed by their own key: `area:<year>-<period>:<unit>:<chief>`
  // (once per chief, area and follow-up) and `area-run:<year>-<period>` (one lease per follow-up).
  writeKeyOf: (entry) => {
    if (entry.kind === 'area-message' || entry.kind === 'area-run') return naturalWriteKey(entry.kind, entry.key);
    return entry.kind === 'run' ? naturalWriteKey('nudge-run', entry.runDay) : naturalWriteKey('nudge', entry.runDay, entry.recipientEmail ?? entry.key);
  }
});
