import { daysBetween, isBefore, type IsoDate } from '../shared/calendar';
import type { ActionPlanItem } from './action-plan-item';

export type ActionFollowUpState = 'done' | 'cancelled' | 'overdue' | 'not-started' | 'due-soon' | 'on-track';

export interface ActionFollowUp {
  readonly state: ActionFollowUpState;
  /** Days past the end date, for an overdue activity. */
  readonly daysOverdue?: number;
}

/**
 * R-ACT: where an activity of the action plan stands against its timeline. An activity not done
 * or cancelled is overdue the day after it was to end; one still planned after its start date has
 * not started; one ending within `dueSoonDays` is due soon.
 */
export function actionFollowUp(item: ActionPlanItem, today: IsoDate, dueSoonDays: number): ActionFollowUp {
  if (item.status === 'done') return { state: 'done' };
  if (item.status === 'cancelled') return { state: 'cancelled' };
  if (isBefore(item.endsOn, today)) return { state: 'overdue', daysOverdue: daysBetween(item.endsOn, today) };
  if (item.status === 'planned' && isBefore(item.startsOn, today)) return { state: 'not-started' };
  if (daysBetween(today, item.endsOn) <= dueSoonDays) return { state: 'due-soon' };
  return { state: 'on-track' };
}
