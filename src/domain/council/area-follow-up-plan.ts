import type { AreaFollowUpRun } from '../../config/area-follow-up-config';
import type { ReportPeriodKey } from '../../contracts/council-report';
import type { OrgUnit } from '../organisation/org-unit';
import { unitChiefs } from '../organisation/unit-chiefs';
import type { Person } from '../people/person';
import { isoDate, type IsoDate } from '../shared/calendar';

/** One follow-up of a year (R-REP, the action plan's section 4): its period, and the day it is sent. */
export interface AreaFollowUp {
  readonly year: number;
  readonly period: ReportPeriodKey;
  /** The day it is due (the configured day of its month). */
  readonly day: IsoDate;
}

/** `<year>-<period>`: what makes a follow-up once per person and area (the NudgeLog's write key). */
export function followUpIdOf(followUp: Pick<AreaFollowUp, 'year' | 'period'>): string {
  return `${followUp.year}-${followUp.period}`;
}

const pad = (value: number): string => String(value).padStart(2, '0');

/**
 * The follow-up due on `today` at `time` (the region's local date and HH:MM), or undefined. Due from
 * the configured day and time to the end of that month: a service that was down on the day catches
 * up when it starts again within the month ("under maj och december månad"); later it is not sent,
 * being no longer the follow-up of that month (`tillit area-follow-up` still can). Pure.
 */
export function dueAreaFollowUp(today: IsoDate, time: string, at: string, runs: readonly AreaFollowUpRun[]): AreaFollowUp | undefined {
  const [year, month, day] = today.split('-').map(Number);
  const run = runs.find((candidate) => candidate.month === month);
  if (run === undefined) return undefined;
  if (day < run.day || (day === run.day && time < at)) return undefined;
  return { year, period: run.period, day: isoDate(`${year}-${pad(month)}-${pad(run.day)}`) };
}

/** One card to send: a chief and the unit they are chief of. */
export interface AreaFollowUpRecipient {
  readonly unitId: string;
  readonly unitName: string;
  readonly email: string;
  readonly name: string | undefined;
}

export interface AreaFollowUpPlan {
  /** One per unit at a follow-up level with a chief, by unit id: a chief of two units gets two cards. */
  readonly recipients: readonly AreaFollowUpRecipient[];
  /** Units at a follow-up level without a chief on `today` (a vacancy): nobody to send to, reported. */
  readonly vacant: readonly string[];
}

/**
 * R-REP, the action plan's section 4: who gets which area's card — the chief of every unit at the
 * follow-up levels (områdeschef, avdelningschef), the chief as the roster says on `today` (unitChiefs,
 * the same rule that lets them read the area's report, area-report-readers.ts). Pure.
 */
export function planAreaFollowUp(units: readonly OrgUnit[], roster: readonly Person[], levels: readonly string[], today: IsoDate): AreaFollowUpPlan {
  const chiefs = unitChiefs(roster, today);
  const names = new Map(roster.map((person) => [person.email.toLowerCase(), person.displayName]));
  const atLevels = units.filter((unit) => levels.includes(unit.level)).sort((a, b) => a.id.localeCompare(b.id));
  const recipients: AreaFollowUpRecipient[] = [];
  const vacant: string[] = [];
  for (const unit of atLevels) {
    const chief = chiefs.get(unit.id)?.toLowerCase();
    if (chief === undefined) vacant.push(unit.id);
    else recipients.push({ unitId: unit.id, unitName: unit.name, email: chief, name: names.get(chief) });
  }
  return { recipients, vacant };
}
