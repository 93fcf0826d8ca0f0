import { DEFAULT_REGION_CONFIG } from '../../../src/config/default-region';
import { councilDashboardSchema } from '../../../src/contracts/council-dashboard';
import { actionPlanItemSchema } from '../../../src/domain/actions/action-plan-item';
import { councilDashboardOf } from '../../../src/domain/council/council-dashboard';
import { councilDashboardOfPeriod, incidentsReportedIn } from '../../../src/domain/council/council-dashboard-of-period';
import { NO_COUNCIL_PERMISSIONS } from '../../../src/domain/council/council-permissions';
import { endOfDayIn } from '../../../src/domain/council/end-of-day';
import { keptSnapshotAsOf } from '../../../src/domain/council/kept-kpis-as-of';
import { registersAsOf } from '../../../src/domain/council/registers-as-of';
import { goalAreaKpis } from '../../../src/domain/kpi/goal-area-kpis';
import { goalAreaFigures, type KpiSnapshot } from '../../../src/domain/kpi/kpi-snapshot';
import { councilMeetingSchema } from '../../../src/domain/meetings/council-meeting';
import type { RegisterSnapshot } from '../../../src/domain/registers';
import { instant, isoDate } from '../../../src/domain/shared/calendar';
import { generateDemoRegion } from '../../../src/demo/generate-demo-region';
import {
  aClassification,
  aDocumentVersion,
  aMaturityAssessment,
  anAcknowledgement,
  anIncident,
  aPerson,
  aRisk,
  aRiskAnalysis,
  aRoleAssignment,
  aSnapshot,
  aTrainingRecord
} from '../builders';

/*
 * A follow-up for a finished period shows the period as at its end (issue 10; R-REP, R-KPI): the KPIs
 * as kept near its last day, else computed as of it; the rest from the registers rewound to that day.
 * A period still running is live. Tables of the as-of rules, then the composition on the demo region.
 */
const config = DEFAULT_REGION_CONFIG;
const TZ = config.timeZone;
const T1 = { from: isoDate('2026-01-01'), to: isoDate('2026-04-30') };

const snapshotKept = (asOf: string, source: KpiSnapshot['source'], takenAt: string, numerator = 1): KpiSnapshot => ({
  id: `${asOf}-${source}-${takenAt}`,
  asOf: isoDate(asOf),
  takenAt: instant(takenAt),
  source,
  goalAreas: [{ area: 'classification', measures: [{ key: 'current-systems-classified', numerator, denominator: 10 }] }]
});

describe('keptSnapshotAsOf (R-KPI, R-REP): the snapshot standing for a period\'s last day', () => {
  const onEnd = snapshotKept('2026-04-30', 'daily', '2026-04-30T04:15:00Z');
  const meetingOnEnd = snapshotKept('2026-04-30', 'meeting', '2026-04-30T11:30:00Z');
  const weekBefore = snapshotKept('2026-04-23', 'daily', '2026-04-23T04:15:00Z');
  const eightDaysBefore = snapshotKept('2026-04-22', 'meeting', '2026-04-22T11:30:00Z');
  const dayAfter = snapshotKept('2026-05-01', 'daily', '2026-05-01T04:15:00Z');
  test.each([
    ['the daily one of the last day', [weekBefore, onEnd, dayAfter], onEnd],
    ['of two kept on the last day, the one taken last (the meeting\'s, in the afternoon)', [meetingOnEnd, onEnd], meetingOnEnd],
    ['the newest before the end, a week before at most (the daily job was down)', [eightDaysBefore, weekBefore], weekBefore],
    ['none when the newest is more than a week before the end', [eightDaysBefore], undefined],
    ['none kept after the end stands for it', [dayAfter], undefined],
    ['none when nothing is kept', [], undefined]
  ])('%s', (_rule, snapshots, expected) => {
    expect(keptSnapshotAsOf(snapshots, T1.to)).toBe(expected);
  });
});

describe('endOfDayIn (R-REP, R-INC): the last minute of a day in the region\'s zone', () => {
  test.each([
    ['Stockholm in winter (UTC+1)', '2026-01-31', 'Europe/Stockholm', '2026-01-31T22:59:00.000Z'],
    ['Stockholm in summer (UTC+2)', '2026-08-31', 'Europe/Stockholm', '2026-08-31T21:59:00.000Z'],
    ['UTC', '2026-04-30', 'UTC', '2026-04-30T23:59:00.000Z'],
    ['a zone behind UTC (New York, UTC−4 in April)', '2026-04-30', 'America/New_York', '2026-05-01T03:59:00.000Z']
  ])('%s', (_zone, day, timeZone, expected) => {
    expect(endOfDayIn(isoDate(day), timeZone)).toBe(expected);
  });
});

describe('registersAsOf (R-REP): the registers rewound to a day by their own dates', () => {
  const day = isoDate('2026-04-30');
  const registers = aSnapshot({
    roster: [aPerson({ email: 'tidig@region.se', startDate: '2020-01-01' }), aPerson({ email: 'sen@region.se', startDate: '2026-05-01' })],
    classifications: [aClassification({ id: 'c-on', targetId: 'a1', classifiedOn: '2026-04-30' }), aClassification({ id: 'c-after', targetId: 'a1', classifiedOn: '2026-05-02' })],
    risks: [aRisk({ id: 'r-before', identifiedOn: '2026-04-01' }), aRisk({ id: 'r-after', identifiedOn: '2026-06-01' })],
    riskAnalyses: [
      aRiskAnalysis({ id: 'ra-approved', unitId: 'u1', performedOn: '2026-03-01', approvedOn: '2026-04-10' }),
      aRiskAnalysis({ id: 'ra-approved-later', unitId: 'u1', performedOn: '2026-03-01', approvedOn: '2026-05-10' }),
      aRiskAnalysis({ id: 'ra-after', unitId: 'u1', performedOn: '2026-05-03' })
    ],
    incidents: [
      // 23:30 UTC on 30 April is 1 May in Stockholm: after the day.
      anIncident({ id: 'i-late-evening', discoveredAt: '2026-04-30T23:00:00Z', reportedAt: '2026-04-30T23:30:00Z' }),
      anIncident({ id: 'i-on', discoveredAt: '2026-04-30T08:00:00+02:00', reportedAt: '2026-04-30T09:00:00+02:00', reportedToAuthorityAt: '2026-05-02T09:00:00+02:00' }),
      anIncident({ id: 'i-reported-to-imy', discoveredAt: '2026-04-01T08:00:00+02:00', reportedAt: '2026-04-01T09:00:00+02:00', reportedToAuthorityAt: '2026-04-02T09:00:00+02:00' })
    ],
    documentVersions: [aDocumentVersion({ id: 'd-before', publishedOn: '2026-01-10' }), aDocumentVersion({ id: 'd-after', publishedOn: '2026-05-10' })],
    acknowledgements: [anAcknowledgement({ id: 'k-before', signerEmail: 'tidig@region.se', signedOn: '2026-04-29' }), anAcknowledgement({ id: 'k-after', signerEmail: 'tidig@region.se', signedOn: '2026-05-01' })],
    trainingRecords: [
      aTrainingRecord({ id: 't-before', personEmail: 'tidig@region.se', courseKey: 'grund', completedOn: '2026-02-01' }),
      aTrainingRecord({ id: 't-after', personEmail: 'tidig@region.se', courseKey: 'grund', completedOn: '2026-09-01' })
    ],
    maturity: [aMaturityAssessment({ id: 'm-before', areaKey: 'a', statusKey: 'pabörjat', assessedOn: '2026-03-01' }), aMaturityAssessment({ id: 'm-after', areaKey: 'a', statusKey: 'pabörjat', assessedOn: '2026-10-01' })],
    roleAssignments: [aRoleAssignment({ id: 'ro-always', roleKey: 'dso' }), aRoleAssignment({ id: 'ro-before', roleKey: 'dso', since: '2025-01-01' }), aRoleAssignment({ id: 'ro-after', roleKey: 'dso', since: '2026-06-01' })],
    meetings: [councilMeetingSchema.parse({ id: 'mtg-feb', heldOn: '2026-02-10' }), councilMeetingSchema.parse({ id: 'mtg-may', heldOn: '2026-05-12' })]
  });
  const rewound = registersAsOf(registers, day, TZ);
  const ids = (records: readonly { readonly id: string }[]): string[] => records.map((record) => record.id);

  test.each<[string, (snapshot: RegisterSnapshot) => unknown, unknown]>([
    ['a person who started after the day is not on the roster', (s) => s.roster.map((p) => p.email), ['tidig@region.se']],
    ['a classification made on the day counts, one made after does not (R-CLS)', (s) => ids(s.classifications), ['c-on']],
    ['a risk identified after the day is not there (R-RSK)', (s) => ids(s.risks), ['r-before']],
    ['an analysis performed after is not there; one approved after is not yet approved', (s) => s.riskAnalyses.map((a) => [a.id, a.approvedOn]), [['ra-approved', '2026-04-10'], ['ra-approved-later', undefined]]],
    ['an incident reported after the day in the region\'s zone is not there; a report to IMY after it is undone (R-INC)', (s) => s.incidents.map((i) => [i.id, i.reportedToAuthorityAt]), [['i-on', undefined], ['i-reported-to-imy', '2026-04-02T09:00:00+02:00']]],
    ['a document version published after is not there (R-ACK)', (s) => ids(s.documentVersions), ['d-before']],
    ['an acknowledgement signed after is not there (R-ACK)', (s) => ids(s.acknowledgements), ['k-before']],
    ['a training completed after is not there (R-TRN)', (s) => ids(s.trainingRecords), ['t-before']],
    ['a maturity assessment made after is not there (R-MAT)', (s) => ids(s.maturity), ['m-before']],
    ['a role taken on after is not there (R-ORG)', (s) => ids(s.roleAssignments), ['ro-always', 'ro-before']],
    ['a meeting held after is not there (R-MTG)', (s) => ids(s.meetings), ['mtg-feb']]
  ])('%s', (_rule, select, expected) => {
    expect(select(rewound)).toEqual(expected);
  });

  test('what the registers keep no history of (statuses, progress, reviews, units) is left as it is today', () => {
    expect(rewound.units).toBe(registers.units);
    expect(rewound.assets).toBe(registers.assets);
    expect(rewound.systems).toBe(registers.systems);
    expect(rewound.actions).toBe(registers.actions);
  });
});

describe('councilDashboardOfPeriod (R-REP): a finished period as at its end, a running one live', () => {
  const TODAY = '2026-11-23';
  const NOW = instant('2026-11-23T09:00:00Z');
  const demo = generateDemoRegion({ asOf: TODAY, scale: 0.05 }, config);
  const action = (id: string, endsOn: string, status: 'planned' | 'in-progress' | 'done'): RegisterSnapshot['actions'][number] =>
    actionPlanItemSchema.parse({ id, activity: `Aktivitet ${id}`, startsOn: '2026-01-15', endsOn, status, progressPercent: status === 'done' ? 100 : 40 });
  const region: RegisterSnapshot = {
    ...demo,
    actions: [...demo.actions, action('act-t1', '2026-04-15', 'in-progress')],
    incidents: [
      ...demo.incidents,
      anIncident({ id: 'inc-t1-breach', unitId: demo.units[0].id, personalData: 'yes', discoveredAt: '2026-04-30T08:00:00+02:00', reportedAt: '2026-04-30T10:00:00+02:00' }),
      anIncident({ id: 'inc-june', unitId: demo.units[0].id, category: 'security-incident', discoveredAt: '2026-06-01T08:00:00+02:00', reportedAt: '2026-06-01T09:00:00+02:00' })
    ]
  };
  const base = { snapshot: region, config, now: NOW, linkOf: () => undefined, may: NO_COUNCIL_PERMISSIONS };
  const figures = (goalAreas: readonly { area: string; measures: readonly { key: string; numerator: number; denominator: number }[] }[]): unknown =>
    goalAreas.map((area) => ({ area: area.area, measures: area.measures.map((m) => [m.key, m.numerator, m.denominator]) }));

  const computed = councilDashboardOfPeriod({ ...base, kpiSnapshots: [], period: T1 });
  const live = councilDashboardOf({ ...base, kpiSnapshots: [], year: 2026 });

  test('R-KPI: with none kept near the end, the KPIs are goalAreaKpis\' for the registers rewound to the end, not today\'s', () => {
    expect(councilDashboardSchema.safeParse(computed.dashboard).success).toBe(true);
    expect(computed.basis).toEqual({ kind: 'computed', day: '2026-04-30', computedOn: TODAY, keptAsToday: ['risk-status', 'incident-status', 'action-status', 'reviews', 'organisation'] });
    expect([computed.dashboard.asOf, computed.dashboard.computedAt]).toEqual(['2026-04-30', NOW]);
    const atEnd = goalAreaFigures(goalAreaKpis(registersAsOf(region, T1.to, TZ), config, T1.to));
    expect(figures(computed.dashboard.goalAreas)).toEqual(figures(atEnd));
    // The demo region's registers moved since April: the period's figures are not today's.
    expect(figures(computed.dashboard.goalAreas)).not.toEqual(figures(live.goalAreas));
  });

  test('R-KPI: kept near the end, the KPIs are the snapshot\'s, and the trend holds nothing kept after the end', () => {
    const keptOnEnd = snapshotKept('2026-04-29', 'daily', '2026-04-29T04:15:00Z', 7);
    const afterEnd = snapshotKept('2026-05-12', 'meeting', '2026-05-12T11:30:00Z', 9);
    const kept = councilDashboardOfPeriod({ ...base, kpiSnapshots: [afterEnd, keptOnEnd], period: T1 });
    expect(kept.basis).toMatchObject({ kind: 'kept', day: '2026-04-30', keptOn: '2026-04-29', source: 'daily' });
    expect([kept.dashboard.asOf, kept.dashboard.goalAreasFrom]).toEqual(['2026-04-29', 'daily']);
    expect(figures(kept.dashboard.goalAreas)).toEqual([{ area: 'classification', measures: [['current-systems-classified', 7, 10]] }]);
    expect(kept.dashboard.trend.map((point) => [point.asOf, point.source])).toEqual([['2026-04-29', 'daily']]);
  });

  test('R-ACT: an activity that ended 15 April and is not done was 15 days overdue at the end of April', () => {
    const row = computed.dashboard.actionPlan.find((candidate) => candidate.id === 'act-t1');
    expect([row?.state, row?.daysOverdue]).toEqual(['overdue', 15]);
    expect(live.actionPlan.find((candidate) => candidate.id === 'act-t1')?.daysOverdue).toBe(222);
  });

  test('R-INC: the period counts the cases reported within it; a later case is neither counted nor open; a breach\'s clock is read at the end\'s last minute', () => {
    expect(computed.dashboard.incidents.byCategory).toEqual(incidentsReportedIn(registersAsOf(region, T1.to, TZ).incidents, T1, TZ));
    expect(computed.dashboard.incidents.open.map((row) => row.id)).not.toContain('inc-june');
    expect(live.incidents.open.map((row) => row.id)).toContain('inc-june');
    const breach = computed.dashboard.incidents.open.find((row) => row.id === 'inc-t1-breach');
    // Reported 10:00 on 30 April, discovered 08:00: 72 hours from discovery, read at 23:59 that day.
    expect(breach?.clock?.state).toBe('running');
    expect(breach?.clock?.hoursLeft).toBeCloseTo(72 - 15 - 59 / 60, 5);
  });

  test('R-MTG, R-MAT, R-RSK: meetings held, assessments made and risks identified after the end are not in the period', () => {
    expect(computed.dashboard.meetings.every((meeting) => meeting.heldOn <= '2026-04-30')).toBe(true);
    expect(computed.dashboard.meetings.length).toBeLessThan(live.meetings.length);
    expect(computed.dashboard.maturity.years[0].areas.every((area) => area.assessedOn === undefined || area.assessedOn <= '2026-04-30')).toBe(true);
    const identifiedLater = new Set(region.risks.filter((risk) => risk.identifiedOn > '2026-04-30').map((risk) => risk.id));
    expect(computed.dashboard.risks.open.some((row) => identifiedLater.has(row.id))).toBe(false);
  });

  test('R-REP: the period still running (the third tertial, today in November) is live, as the tab shows it, its cases counted from 1 September', () => {
    const running = councilDashboardOfPeriod({ ...base, kpiSnapshots: [], period: { from: isoDate('2026-09-01'), to: isoDate('2026-12-31') } });
    expect(running.basis).toEqual({ kind: 'live', day: TODAY });
    expect({ ...running.dashboard, incidents: undefined }).toEqual({ ...live, incidents: undefined });
    expect(running.dashboard.incidents.open).toEqual(live.incidents.open);
    expect(running.dashboard.incidents.byCategory).toEqual(incidentsReportedIn(region.incidents, { from: isoDate('2026-09-01'), to: isoDate(TODAY) }, TZ));
  });
});
