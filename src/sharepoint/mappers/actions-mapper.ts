import { actionPlanItemSchema } from '../../domain/actions/action-plan-item';
import { ACTIONS_LIST } from '../lists/actions-list';
import { defineMapper } from './list-mapper';
import { readCalendarDate, readId, readNumber, readText, readUserEmail } from './read-values';
import { calendarDateValue, optionalTextValue, optionalUserValue, summaryTitle } from './write-values';

/** The activity is read from its note; Title is only its shortened copy for SharePoint's views. */
export const actionsMapper = defineMapper({
  list: ACTIONS_LIST,
  schema: actionPlanItemSchema,
  toDomain: (item, { siteTimeZone: zone }) => ({
    id: readId(item),
    activity: readText(item, 'Activity'),
    targetGroup: readText(item, 'TargetGroup'),
    metric: readText(item, 'Metric'),
    startsOn: readCalendarDate(item, 'StartsOn', zone),
    endsOn: readCalendarDate(item, 'EndsOn', zone),
    responsibleEmail: readUserEmail(item, 'Responsible'),
    contactEmail: readUserEmail(item, 'Contact'),
    goal: readText(item, 'Goal'),
    status: readText(item, 'Status'),
    progressPercent: readNumber(item, 'ProgressPercent')
  }),
  toFields: (action, people, { siteTimeZone: zone }) => ({
    Title: summaryTitle(action.activity),
    Activity: action.activity,
    TargetGroup: optionalTextValue(action.targetGroup),
    Metric: optionalTextValue(action.metric),
    StartsOn: calendarDateValue(action.startsOn, zone),
    EndsOn: calendarDateValue(action.endsOn, zone),
    ResponsibleId: optionalUserValue(action.responsibleEmail, people),
    ContactId: optionalUserValue(action.contactEmail, people),
    Goal: optionalTextValue(action.goal),
    Status: action.status,
    ProgressPercent: action.progressPercent
  })
});
