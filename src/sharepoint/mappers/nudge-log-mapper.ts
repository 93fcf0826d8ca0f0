import { NUDGE_LOG_LIST } from '../lists/nudge-log-list';
import { defineMapper } from './list-mapper';
import { readBoolean, readCalendarDate, readId, readInstant, readText, readUserEmail } from './read-values';
import { nudgeLogEntrySchema } from './records/nudge-log-entry';
import { naturalWriteKey } from '../lists/write-key';
import { calendarDateValue, optionalInstantValue, optionalTextValue } from './write-values';

export const nudgeLogMapper = defineMapper({
  list: NUDGE_LOG_LIST,
  schema: nudgeLogEntrySchema,
  toDomain: (item, { siteTimeZone: zone }) => ({
    id: readId(item),
    itemKey: readText(item, 'Title'),
    recipientEmail: readUserEmail(item, 'Recipient'),
    topic: readText(item, 'Topic'),
    escalated: readBoolean(item, 'Escalated'),
    runDay: readCalendarDate(item, 'RunDay', zone),
    sentAt: readInstant(item, 'SentAt'),
    outcome: readText(item, 'Outcome'),
    conversationId: readText(item, 'ConversationId'),
    activityId: readText(item, 'ActivityId'),
    error: readText(item, 'Error')
  }),
  toFields: (entry, people, { siteTimeZone: zone }) => ({
    Title: entry.itemKey,
    RecipientId: people(entry.recipientEmail),
    Topic: entry.topic,
    Escalated: entry.escalated,
    RunDay: calendarDateValue(entry.runDay, zone),
    SentAt: optionalInstantValue(entry.sentAt),
    Outcome: entry.outcome,
    ConversationId: optionalTextValue(entry.conversationId),
    ActivityId: optionalTextValue(entry.activityId),
    Error: optionalTextValue(entry.error)
  }),
  // One log item per item key and run day (R-NDG-4): a re-run that logs the same nudge again finds the first.
  writeKeyOf: (entry) => naturalWriteKey('nudge', entry.runDay, entry.itemKey)
});
