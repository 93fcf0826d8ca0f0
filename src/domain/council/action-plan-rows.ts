import type { RegionConfig } from '../../config/region-config';
import type { CouncilDashboard } from '../../contracts/council-dashboard';
import { actionFollowUp } from '../actions/action-follow-up';
import type { ActionPlanItem } from '../actions/action-plan-item';
import type { Person } from '../people/person';
import { isBefore, isoDate, type IsoDate } from '../shared/calendar';

/**
 * R-ACT: the action plan as the council follows it up in `year`: the activities whose timeline meets
 * the year, and earlier ones still open (not done, not cancelled), each with its progress against its
 * metric and the domain's follow-up state on `asOf` (actionFollowUp). Soonest end first.
 */
export function actionPlanRows(actions: readonly ActionPlanItem[], people: ReadonlyMap<string, Person>, config: RegionConfig, year: number, asOf: IsoDate): CouncilDashboard['actionPlan'] {
  const yearStart = isoDate(`${year}-01-01`);
  const yearEnd = isoDate(`${year}-12-31`);
  const stillOpen = (item: ActionPlanItem): boolean => item.status !== 'done' && item.status !== 'cancelled';
  return actions
    .filter((item) => !isBefore(yearEnd, item.startsOn) && (!isBefore(item.endsOn, yearStart) || stillOpen(item)))
    .sort((a, b) => (a.endsOn < b.endsOn ? -1 : a.endsOn > b.endsOn ? 1 : a.id.localeCompare(b.id, 'sv', { numeric: true })))
    .map((item) => {
      const followUp = actionFollowUp(item, asOf, config.nudges.dueSoonDays);
      const responsibleName = item.responsibleEmail === undefined ? undefined : people.get(item.responsibleEmail)?.displayName;
      return {
        id: item.id,
        activity: item.activity,
        metric: item.metric,
        goal: item.goal,
        startsOn: item.startsOn,
        endsOn: item.endsOn,
        status: item.status,
        progressPercent: item.progressPercent,
        state: followUp.state,
        ...(followUp.daysOverdue === undefined ? {} : { daysOverdue: followUp.daysOverdue }),
        ...(responsibleName === undefined ? {} : { responsibleName }),
        ...(item.responsibleEmail === undefined ? {} : { responsibleEmail: item.responsibleEmail })
      };
    });
}
