import type { Digest, NudgePlan } from '../../src/domain/nudges/nudge-plan';
import { currentStaff, type Person } from '../../src/domain/people/person';
import type { IsoDate } from '../../src/domain/shared/calendar';

/** The day's nudge plan with what My tasks and the nudge run look up in it per person. */
export interface PlannedDay {
  readonly plan: NudgePlan;
  readonly digests: ReadonlyMap<string, Digest>;
  /** The current roster by e-mail: names for the page, managers for "my staff's training". */
  readonly staff: ReadonlyMap<string, Person>;
  /** The current roster's people by their manager's e-mail: a manager's staff without a pass over everyone. */
  readonly reports: ReadonlyMap<string, readonly Person[]>;
  /** How long reading the registers and the NudgeLog took, and planning (the log prints both). */
  readonly readMs: number;
  readonly planMs: number;
}

/** Indexes a plan once for per-person look-ups (pure). */
export function plannedDayOf(plan: NudgePlan, roster: readonly Person[], today: IsoDate, timings: { readonly readMs: number; readonly planMs: number }): PlannedDay {
  const current = currentStaff(roster, today);
  const reports = new Map<string, Person[]>();
  for (const person of current) {
    if (person.managerEmail === undefined) continue;
    const list = reports.get(person.managerEmail) ?? [];
    list.push(person);
    reports.set(person.managerEmail, list);
  }
  return {
    plan,
    digests: new Map(plan.digests.map((digest) => [digest.recipientEmail, digest])),
    staff: new Map(current.map((person) => [person.email, person])),
    reports,
    ...timings
  };
}
