import type { RegionConfig } from '../../config/region-config';
import type { CouncilDashboard } from '../../contracts/council-dashboard';
import { goalAreaKpis } from '../kpi/goal-area-kpis';
import type { KpiSnapshot } from '../kpi/kpi-snapshot';
import type { RegisterSnapshot } from '../registers';
import { roleSlots } from '../roles/role-slots';
import { localDateOf, yearOf, type Instant } from '../shared/calendar';
import { actionPlanRows } from './action-plan-rows';
import type { CouncilPermissions } from './council-permissions';
import { dashboardGoalAreas, goalAreasOfReport } from './dashboard-goal-areas';
import { dashboardAsOf, yearsWithData } from './dashboard-year';
import { incidentRows } from './incident-rows';
import { kpiTrend, latestSnapshotOfYear } from './kpi-trend';
import { maturityYears } from './maturity-years';
import { overdueByUnit, reportingLevel, reportingUnitOfTree } from './overdue-by-unit';
import { riskHeatMap, type LinkOf } from './risk-heat-map';

export interface CouncilDashboardInput {
  /** The registers as read now (each list once). */
  readonly snapshot: RegisterSnapshot;
  /** Every kept KPI snapshot (the KpiSnapshots list). */
  readonly kpiSnapshots: readonly KpiSnapshot[];
  readonly config: RegionConfig;
  readonly year: number;
  /** The instant the dashboard is computed at: the region's today and the breach clocks follow from it. */
  readonly now: Instant;
  /** Site-relative links to a risk's or an incident's item (the SharePoint adapter knows the lists' addresses). */
  readonly linkOf: LinkOf;
  /** What the signed-in person may do (council-permissions.ts). */
  readonly may: CouncilPermissions;
}

/**
 * The security council's dashboard for a year (issue 10; R-KPI, R-MAT, R-RSK, R-INC, R-ACT, R-MTG,
 * R-REP), composed from the domain's own rules, none re-implemented: the goal areas by goalAreaKpis,
 * maturity by maturityForYear, risk levels by riskLevel, overdue work by owedItems (what the bot
 * nudges about), breach clocks by breachClock, the action plan by actionFollowUp. Pure: the registers,
 * the kept snapshots and the instant are its whole input, so the tab and the annual report, given the
 * same input, show the same figures.
 *
 * The current year's goal areas are live (today's registers). An earlier year's are the figures kept
 * at its end (its newest snapshot), as the council saw them; only a year with none kept is computed
 * from today's registers as of 31 December. `goalAreasFrom` says which.
 * Overdue work and the action plan's states are as of the dashboard's day (`asOf`); breach clocks on `now`.
 */
export function councilDashboardOf(input: CouncilDashboardInput): CouncilDashboard {
  const { snapshot, config, year, now } = input;
  const today = localDateOf(now, config.timeZone);
  const asOf = dashboardAsOf(year, today);
  const isCurrentYear = year >= yearOf(today);
  const kept = isCurrentYear ? undefined : latestSnapshotOfYear(input.kpiSnapshots, year);
  const live = kept === undefined ? goalAreasOfReport(goalAreaKpis(snapshot, config, asOf), config) : undefined;
  const goalAreas = kept === undefined ? (live ?? []) : dashboardGoalAreas(kept.goalAreas, config);
  const units = new Map(snapshot.units.map((unit) => [unit.id, unit]));
  const people = new Map(snapshot.roster.map((person) => [person.email, person]));
  const reportingUnitOf = reportingUnitOfTree(units, reportingLevel(config));
  const slots = roleSlots(config, snapshot.units, snapshot.systems, snapshot.roleAssignments, asOf);
  return {
    year,
    asOf: kept?.asOf ?? asOf,
    computedAt: now,
    years: yearsWithData(snapshot, input.kpiSnapshots, today, config.timeZone),
    goalAreas,
    goalAreasFrom: kept?.source ?? 'live',
    trend: kpiTrend(input.kpiSnapshots, config, year, isCurrentYear && live !== undefined ? { asOf, goalAreas: live } : undefined),
    maturity: maturityYears(snapshot.maturity, config, year),
    risks: riskHeatMap(snapshot.risks, config, { units, people, reportingUnitOf }, input.linkOf),
    overdue: overdueByUnit(snapshot, slots, config, asOf),
    incidents: incidentRows(snapshot.incidents, config, year, now, input.linkOf, reportingUnitOf),
    actionPlan: actionPlanRows(snapshot.actions, people, config, year, asOf),
    meetings: snapshot.meetings
      .filter((meeting) => yearOf(meeting.heldOn) === year)
      .sort((a, b) => (a.heldOn < b.heldOn ? -1 : a.heldOn > b.heldOn ? 1 : a.id.localeCompare(b.id)))
      .map((meeting) => ({ id: meeting.id, heldOn: meeting.heldOn, attendeeCount: meeting.attendeeEmails.length, decisions: meeting.decisions, actionIds: meeting.actionIds })),
    may: input.may
  };
}
