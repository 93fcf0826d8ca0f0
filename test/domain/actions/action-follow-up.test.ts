import { actionFollowUp, type ActionFollowUpState } from '../../../src/domain/actions/action-follow-up';
import { actionPlanItemSchema } from '../../../src/domain/actions/action-plan-item';
import { isoDate } from '../../../src/domain/shared/calendar';

const today = isoDate('2026-11-30');
const anAction = (status: string, startsOn: string, endsOn: string): ReturnType<typeof actionPlanItemSchema.parse> =>
  actionPlanItemSchema.parse({ id: '1', activity: 'Utbilda chefer', status, startsOn, endsOn, progressPercent: 40 });

describe('actionFollowUp: an activity against its timeline (R-ACT)', () => {
  test.each<[string, string, string, string, ActionFollowUpState, number | undefined]>([
    // [what, status, startsOn, endsOn, state, days overdue]
    ['in progress, ended yesterday', 'in-progress', '2026-01-01', '2026-11-29', 'overdue', 1],
    ['planned, ended a year ago', 'planned', '2025-01-01', '2025-11-30', 'overdue', 365],
    ['in progress, ends today: not yet overdue', 'in-progress', '2026-01-01', '2026-11-30', 'due-soon', undefined],
    ['planned, should have started', 'planned', '2026-11-01', '2027-06-30', 'not-started', undefined],
    ['planned, starts today', 'planned', '2026-11-30', '2027-06-30', 'on-track', undefined],
    ['in progress, ends in 14 days', 'in-progress', '2026-01-01', '2026-12-14', 'due-soon', undefined],
    ['in progress, ends in 15 days', 'in-progress', '2026-01-01', '2026-12-15', 'on-track', undefined],
    ['done long after its end date', 'done', '2020-01-01', '2020-12-31', 'done', undefined],
    ['cancelled after its end date', 'cancelled', '2020-01-01', '2020-12-31', 'cancelled', undefined]
  ])('%s', (_what, status, startsOn, endsOn, state, daysOverdue) => {
    expect(actionFollowUp(anAction(status, startsOn, endsOn), today, 14)).toEqual(daysOverdue === undefined ? { state } : { state, daysOverdue });
  });
});
