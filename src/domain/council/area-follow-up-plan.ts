import type { AreaFollowUpRun } from '../../config/area-follow-up-config';
import type { ReportPeriodKey } from '../../contracts/council-report';
import { unitChain, type OrgUnit } from '../organisation/org-unit';
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

/** One card to send: a chief and the area (reporting unit) whose follow-up they get. */
export interface AreaFollowUpRecipient {
  /** The area: the reporting unit (område by default) the chief's unit lies in, or is. */
  readonly unitId: string;
  readonly unitName: string;
  readonly email: string;
  readonly name: string | undefined;
  /** The units at the follow-up levels this person is chief of within the area (the area itself, departments in it). */
  readonly chiefOf: readonly string[];
}

export interface AreaFollowUpPlan {
  /** One per chief and area, by area id then e-mail: an area chief who also heads a department in it gets one card. */
  readonly recipients: readonly AreaFollowUpRecipient[];
  /** Units at a follow-up level without a chief on `today` (a vacancy): nobody to send to, reported. */
  readonly vacant: readonly string[];
  /** Units at a follow-up level in no area (above the reporting level): no area's follow-up to send, reported. */
  readonly outsideAreas: readonly string[];
}

/**
 * R-REP, the action plan's section 4 ("avdelningschefer och områdeschefer får under maj och december
 * särskilda redovisningar"): who gets which area's card — the chief of every unit at the follow-up
 * levels (områdeschef, avdelningschef) as the roster says on `today` (unitChiefs), the follow-up of
 * the area their unit lies in: the reporting level's unit the council's figures and the area report
 * are kept by (overdue-by-unit.ts), so a department chief reads their område's figures. Pure.
 */
export function planAreaFollowUp(units: readonly OrgUnit[], roster: readonly Person[], levels: readonly string[], reportingLevel: string, today: IsoDate): AreaFollowUpPlan {
  const chiefs = unitChiefs(roster, today);
  const names = new Map(roster.map((person) => [person.email.toLowerCase(), person.displayName]));
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const atLevels = units.filter((unit) => levels.includes(unit.level)).sort((a, b) => a.id.localeCompare(b.id));
  const cards = new Map<string, { area: OrgUnit; email: string; chiefOf: string[] }>();
  const vacant: string[] = [];
  const outsideAreas: string[] = [];
  for (const unit of atLevels) {
    const area = unitChain(byId, unit.id).find((candidate) => candidate.level === reportingLevel);
    if (area === undefined) {
      outsideAreas.push(unit.id);
      continue;
    }
    const chief = chiefs.get(unit.id)?.toLowerCase();
    if (chief === undefined) {
      vacant.push(unit.id);
      continue;
    }
    const key = `${area.id}|${chief}`;
    const card = cards.get(key) ?? { area, email: chief, chiefOf: [] };
    card.chiefOf.push(unit.id);
    cards.set(key, card);
  }
  const recipients = [...cards.values()]
    .map((card) => ({ unitId: card.area.id, unitName: card.area.name, email: card.email, name: names.get(card.email), chiefOf: card.chiefOf }))
    .sort((a, b) => a.unitId.localeCompare(b.unitId) || a.email.localeCompare(b.email));
  return { recipients, vacant, outsideAreas };
}
