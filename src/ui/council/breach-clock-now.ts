import type { CouncilDashboard } from '../../contracts/council-dashboard';

type BreachClock = NonNullable<CouncilDashboard['incidents']['open'][number]['clock']>;

/** The states in which the 72 hours still count: the incident is not yet reported, nor judged not reportable. */
const COUNTING = new Set(['running', 'overdue']);

/**
 * A possible personal-data breach's 72-hour clock (GDPR art. 33, R-INC) as of `nowMs`, from its
 * deadline: a stored dashboard's `hoursLeft` is as old as the answer, the deadline is not. A clock
 * that no longer counts (reported, not reportable) keeps the app service's state.
 */
export function breachClockAt(clock: BreachClock, nowMs: number): { readonly state: string; readonly hoursLeft: number } {
  if (!COUNTING.has(clock.state)) return { state: clock.state, hoursLeft: clock.hoursLeft };
  const hoursLeft = (Date.parse(clock.deadline) - nowMs) / 3_600_000;
  return { state: hoursLeft > 0 ? 'running' : 'overdue', hoursLeft };
}
