import { councilMeetingSchema } from '../../domain/meetings/council-meeting';
import { MEETINGS_LIST } from '../lists/meetings-list';
import { defineMapper } from './list-mapper';
import { readCalendarDate, readId, readLines, readLookupIds, readText, readUserEmails } from './read-values';
import { calendarDateValue, linesValue, lookupValues, optionalTextValue, summaryTitle, userValues } from './write-values';

export const meetingsMapper = defineMapper({
  list: MEETINGS_LIST,
  schema: councilMeetingSchema,
  toDomain: (item, { siteTimeZone: zone }) => ({
    id: readId(item),
    heldOn: readCalendarDate(item, 'HeldOn', zone),
    attendeeEmails: readUserEmails(item, 'Attendees'),
    minutes: readText(item, 'Minutes'),
    decisions: readLines(item, 'Decisions'),
    actionIds: readLookupIds(item, 'Actions')
  }),
  toFields: (meeting, people, { siteTimeZone: zone }) => ({
    Title: summaryTitle(`Rådsmöte ${meeting.heldOn}`),
    HeldOn: calendarDateValue(meeting.heldOn, zone),
    AttendeesId: userValues(meeting.attendeeEmails, people),
    Minutes: optionalTextValue(meeting.minutes),
    Decisions: linesValue(meeting.decisions),
    ActionsId: lookupValues(meeting.actionIds, 'actionIds')
  })
});
