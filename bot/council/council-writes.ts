import type { z } from 'zod';
import type { MaturityAnswer, MeetingAnswer, SnapshotAnswer, maturityRequestSchema, meetingRequestSchema } from '../../src/contracts/council-writes';
import type { ActionPlanItem } from '../../src/domain/actions/action-plan-item';
import { dashboardGoalAreas } from '../../src/domain/council/dashboard-goal-areas';
import { takeKpiSnapshot } from '../../src/domain/kpi/kpi-snapshot';
import type { CouncilMeeting } from '../../src/domain/meetings/council-meeting';
import { isBefore, instantOf, yearOf } from '../../src/domain/shared/calendar';
import { naturalWriteKey, randomWriteKey } from '../../src/sharepoint/lists/write-key';
import type { Caller } from '../http/caller-identity';
import { HttpProblem } from '../http/http-problem';
import { councilReadsOf, councilToday, mayOfCaller, readCouncilRegisters, requirePastOrCurrentYear, type CouncilServices } from './council-dashboard-service';
import { noteCouncilWrite } from './stored-council-dashboard';

type MaturityRequest = z.output<typeof maturityRequestSchema>;
type MeetingRequest = z.output<typeof meetingRequestSchema>;

const forbidden = (what: string): HttpProblem => new HttpProblem(403, 'not-allowed', `Only ${what} (the roles register says who).`);
const invalid = (what: string, details: string): HttpProblem => new HttpProblem(400, 'invalid-request', `${what} is invalid: ${details}`);

async function callerMay(services: CouncilServices, caller: Caller): Promise<ReturnType<typeof mayOfCaller>> {
  const assignments = await services.registers.roleAssignments.readAll();
  return mayOfCaller(caller, assignments.valid, services);
}

/**
 * R-KPI, R-REP: the council takes a snapshot of the five goal areas' KPIs now, at a meeting ("per
 * tertial" follow-ups): computed by goalAreaKpis over the registers read once, kept as taken (source
 * 'meeting', who took it), never recomputed.
 */
export async function takeMeetingSnapshot(services: CouncilServices, caller: Caller): Promise<SnapshotAnswer> {
  const read = await readCouncilRegisters(services);
  if (!mayOfCaller(caller, read.snapshot.roleAssignments, services).takeSnapshot) throw forbidden('council members take KPI snapshots');
  const taken = takeKpiSnapshot(read.snapshot, services.config, { asOf: councilToday(services), takenAt: instantOf(services.now()) }, 'meeting', caller.email);
  const stored = await services.registers.kpiSnapshots.add({ id: 'new', ...taken });
  noteCouncilWrite(services);
  councilReadsOf(services).amend((kept) => ({ ...kept, kpiSnapshots: [...kept.kpiSnapshots, { ...taken, id: stored.id }] }));
  return { id: stored.id, point: { year: yearOf(taken.asOf), asOf: taken.asOf, source: 'meeting', goalAreas: dashboardGoalAreas(taken.goalAreas, services.config) } };
}

/**
 * R-MAT: the security coordinator records an area's status for a year, with a comment. A new item
 * each time: earlier assessments (of this year and earlier ones) stay as history, the newest of a
 * year is the one in force (newestAssessment). Area and status must be the region's own.
 */
export async function recordMaturity(services: CouncilServices, caller: Caller, request: MaturityRequest): Promise<MaturityAnswer> {
  const { config } = services;
  const today = councilToday(services);
  if (!config.maturity.areas.some((area) => area.key === request.areaKey)) {
    throw invalid('The assessment', `areaKey: "${request.areaKey}" is not one of the region's MSBFS 2020:6 areas (${config.maturity.areas.map((area) => area.key).join(', ')})`);
  }
  if (!config.maturity.scale.some((status) => status.key === request.statusKey)) {
    throw invalid('The assessment', `statusKey: "${request.statusKey}" is not on the region's maturity scale (${config.maturity.scale.map((status) => status.key).join(', ')})`);
  }
  if (request.year > yearOf(today)) throw invalid('The assessment', `year: ${request.year} has not begun`);
  if (!(await callerMay(services, caller)).recordMaturity) throw forbidden('the security coordinator records maturity');
  const assessment = { id: 'new', areaKey: request.areaKey, year: request.year, statusKey: request.statusKey, assessedOn: today, assessedBy: caller.email, comment: request.comment };
  const stored = await services.registers.maturity.add(assessment);
  noteCouncilWrite(services);
  councilReadsOf(services).amend((kept) => ({ ...kept, snapshot: { ...kept.snapshot, maturity: [...kept.snapshot.maturity, { ...assessment, id: stored.id }] } }));
  return {
    id: stored.id,
    year: request.year,
    assessment: { areaKey: request.areaKey, statusKey: request.statusKey, assessed: true, assessedOn: today, ...(request.comment === '' ? {} : { comment: request.comment }) }
  };
}

/**
 * R-MTG, R-ACT: a council meeting with its attendees, minutes and decisions; each action it decided
 * is added to the action plan with its owner and due date (starting on the meeting's day), and the
 * meeting links them. Everyone named must be on the staff roster. The actions and the meeting carry
 * write keys from the request's id, so a retry of the same recording writes nothing twice (R-SEC-2).
 */
export async function recordMeeting(services: CouncilServices, caller: Caller, request: MeetingRequest): Promise<MeetingAnswer> {
  const today = councilToday(services);
  if (isBefore(today, request.heldOn)) throw invalid('The meeting', `heldOn: ${request.heldOn} is after today (${today}); record a meeting once it is held`);
  requirePastOrCurrentYear(yearOf(request.heldOn), today);
  if (!(await callerMay(services, caller)).recordMeeting) throw forbidden('the security coordinator and council members record meetings');
  const roster = await services.registers.staff.readAll();
  const known = new Set(roster.valid.map((person) => person.email));
  const unknown = [
    ...request.attendeeEmails.map((email, index) => ({ email, path: `attendeeEmails.${index}` })),
    ...request.actions.map((action, index) => ({ email: action.responsibleEmail, path: `actions.${index}.responsibleEmail` }))
  ].filter((named) => !known.has(named.email));
  if (unknown.length > 0) throw invalid('The meeting', unknown.map((named) => `${named.path}: ${named.email} is not on the staff roster`).join('; '));

  const requestId = request.requestId ?? randomWriteKey();
  const actions: ActionPlanItem[] = request.actions.map((action) => ({
    id: 'new',
    activity: action.activity,
    targetGroup: '',
    metric: action.metric,
    startsOn: request.heldOn,
    endsOn: action.dueOn,
    responsibleEmail: action.responsibleEmail,
    contactEmail: caller.email,
    goal: action.goal,
    status: 'planned',
    progressPercent: 0
  }));
  const added = actions.length === 0 ? [] : await services.registers.actions.addMany(actions, { keys: actions.map((_, index) => naturalWriteKey('council-meeting', requestId, 'action', String(index))) });
  const meeting: CouncilMeeting = {
    id: 'new',
    heldOn: request.heldOn,
    attendeeEmails: [...new Set(request.attendeeEmails)],
    minutes: request.minutes,
    decisions: request.decisions,
    actionIds: added.map((item) => item.id)
  };
  const stored = await services.registers.meetings.add(meeting, { key: naturalWriteKey('council-meeting', requestId) });
  const landed = actions.map((action, index) => ({ ...action, id: added[index].id }));
  noteCouncilWrite(services);
  councilReadsOf(services).amend((kept) => ({
    ...kept,
    snapshot: {
      ...kept.snapshot,
      // A retried recording finds its items by write key: they replace, never double, what is kept.
      actions: [...kept.snapshot.actions.filter((action) => !landed.some((item) => item.id === action.id)), ...landed],
      meetings: [...kept.snapshot.meetings.filter((existing) => existing.id !== stored.id), { ...meeting, id: stored.id }]
    }
  }));
  return { meeting: { id: stored.id, heldOn: meeting.heldOn, attendeeCount: meeting.attendeeEmails.length, decisions: meeting.decisions, actionIds: meeting.actionIds } };
}
