import { snoozeSchema } from '../../domain/nudges/snooze';
import { SNOOZES_LIST } from '../lists/snoozes-list';
import { defineMapper } from './list-mapper';
import { readCalendarDate, readId, readInstant, readText, readUserEmail } from './read-values';
import { calendarDateValue, instantValue } from './write-values';

export const snoozesMapper = defineMapper({
  list: SNOOZES_LIST,
  schema: snoozeSchema,
  toDomain: (item, { siteTimeZone: zone }) => ({
    id: readId(item),
    itemKey: readText(item, 'Title'),
    personEmail: readUserEmail(item, 'Person'),
    dueState: readText(item, 'DueState'),
    until: readCalendarDate(item, 'Until', zone),
    setAt: readInstant(item, 'SetAt')
  }),
  toFields: (snooze, people, { siteTimeZone: zone }) => ({
    Title: snooze.itemKey,
    PersonId: people(snooze.personEmail),
    DueState: snooze.dueState,
    Until: calendarDateValue(snooze.until, zone),
    SetAt: instantValue(snooze.setAt)
  })
});
