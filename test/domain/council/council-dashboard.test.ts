import { DEFAULT_REGION_CONFIG } from '../../../src/config/default-region';
import { councilDashboardSchema } from '../../../src/contracts/council-dashboard';
import { councilDashboardOf, type CouncilDashboardInput } from '../../../src/domain/council/council-dashboard';
import { NO_COUNCIL_PERMISSIONS } from '../../../src/domain/council/council-permissions';
import { goalAreaKpis } from '../../../src/domain/kpi/goal-area-kpis';
import { goalAreaFigures, takeKpiSnapshot, type KpiSnapshot } from '../../../src/domain/kpi/kpi-snapshot';
import { instant, isoDate } from '../../../src/domain/shared/calendar';
import { generateDemoRegion } from '../../../src/demo/generate-demo-region';
import { aMaturityAssessment, aSnapshot } from '../builders';

/*
 * The council's dashboard (issue 10; R-KPI, R-MAT, R-RSK, R-INC, R-ACT, R-MTG, R-REP): a composition
 * of the domain's rules, none re-implemented — shown here by holding its figures equal to the rules'
 * own for the same registers, and by the choice of figures for an earlier year and the trend.
 */
const config = DEFAULT_REGION_CONFIG;
const NOW = instant('2026-06-15T08:00:00Z');
const region = generateDemoRegion({ asOf: '2026-06-15', scale: 0.05 }, config);
const link = (kind: string, id: string): string => `/sites/tillit/${kind}/${id}`;

const input = (overrides: Partial<CouncilDashboardInput> = {}): CouncilDashboardInput => ({
  snapshot: region,
  kpiSnapshots: [],
  config,
  year: 2026,
  now: NOW,
  linkOf: link,
  may: NO_COUNCIL_PERMISSIONS,
  ...overrides
});

/** The measures as the contract carries them, from the domain's report: key, numerator, denominator, percent, target. */
const figuresOfReport = (asOf: string): unknown =>
  goalAreaFigures(goalAreaKpis(region, config, isoDate(asOf))).map((area) => ({
    area: area.area,
    measures: area.measures.map((m) => [m.key, m.numerator, m.denominator, m.denominator === 0 ? undefined : (m.numerator / m.denominator) * 100, m.targetPercent])
  }));
const figuresOfDashboard = (goalAreas: ReturnType<typeof councilDashboardOf>['goalAreas']): unknown =>
  goalAreas.map((area) => ({ area: area.area, measures: area.measures.map((m) => [m.key, m.numerator, m.denominator, m.percent, m.targetPercent]) }));

const kept = (asOf: string, source: KpiSnapshot['source'], id: string): KpiSnapshot => ({
  id,
  ...takeKpiSnapshot(region, config, { asOf: isoDate(asOf), takenAt: instant(`${asOf}T05:00:00Z`) }, source)
});

describe('councilDashboardOf (issue 10)', () => {
  const dashboard = councilDashboardOf(input());

  test('R-KPI: the current year\'s KPIs are goalAreaKpis\' for the same registers on the region\'s today, and the answer meets the contract', () => {
    expect(councilDashboardSchema.safeParse(dashboard).success).toBe(true);
    expect(dashboard.asOf).toBe('2026-06-15');
    expect(dashboard.goalAreasFrom).toBe('live');
    expect(figuresOfDashboard(dashboard.goalAreas)).toEqual(figuresOfReport('2026-06-15'));
    // Every goal area is there, and the demo region has something to measure in each.
    expect(dashboard.goalAreas.map((area) => area.area)).toEqual(['management-system', 'risk-management', 'security-organisation', 'classification', 'training']);
    expect(dashboard.goalAreas.every((area) => area.measures.some((m) => m.denominator > 0))).toBe(true);
  });

  test('R-KPI: a training measure carries its audience\'s name from the configuration', () => {
    const training = dashboard.goalAreas.find((area) => area.area === 'training');
    expect(training?.measures.map((m) => [m.key, m.label?.en])).toEqual(config.training.audiences.map((audience) => [`trained:${audience.key}`, audience.label.en]));
  });

  test('R-REP: an earlier year shows the figures kept at its end, not today\'s registers; a year with none kept is computed as of 31 December', () => {
    const snapshots = [kept('2025-06-01', 'daily', '1'), kept('2025-12-31', 'daily', '2'), kept('2025-11-20', 'meeting', '3')];
    // Make the year-end snapshot's figures recognisably its own.
    const yearEnd = { ...snapshots[1], goalAreas: [{ area: 'classification' as const, measures: [{ key: 'current-systems-classified', numerator: 7, denominator: 10, targetPercent: 100 }] }] };
    const earlier = councilDashboardOf(input({ year: 2025, kpiSnapshots: [snapshots[0], yearEnd, snapshots[2]] }));
    expect([earlier.asOf, earlier.goalAreasFrom]).toEqual(['2025-12-31', 'daily']);
    expect(earlier.goalAreas).toEqual([{ area: 'classification', measures: [{ key: 'current-systems-classified', numerator: 7, denominator: 10, percent: 70, targetPercent: 100 }] }]);
    const none = councilDashboardOf(input({ year: 2024 }));
    expect([none.asOf, none.goalAreasFrom]).toEqual(['2024-12-31', 'live']);
    expect(figuresOfDashboard(none.goalAreas)).toEqual(figuresOfReport('2024-12-31'));
  });

  test('R-KPI, R-REP: the trend holds each year\'s meeting snapshots and newest daily one, then today\'s live point; nothing after the chosen year', () => {
    const snapshots = [
      kept('2024-12-31', 'daily', '1'),
      kept('2024-06-30', 'daily', '2'),
      kept('2025-05-13', 'meeting', '3'),
      kept('2025-12-31', 'daily', '4'),
      kept('2026-02-10', 'meeting', '5'),
      kept('2026-06-14', 'daily', '6')
    ];
    const points = (year: number): string[] => councilDashboardOf(input({ year, kpiSnapshots: snapshots })).trend.map((point) => `${point.asOf} ${point.source}`);
    expect(points(2026)).toEqual(['2024-12-31 daily', '2025-05-13 meeting', '2025-12-31 daily', '2026-02-10 meeting', '2026-06-15 live']);
    expect(points(2025)).toEqual(['2024-12-31 daily', '2025-05-13 meeting', '2025-12-31 daily']);
    // The live point is the dashboard's own goal areas.
    const current = councilDashboardOf(input({ kpiSnapshots: snapshots }));
    expect(current.trend[current.trend.length - 1].goalAreas).toEqual(current.goalAreas);
  });

  test('R-MAT: the chosen year first, then earlier assessed years newest first, each area\'s status the newest assessment of its year', () => {
    const maturity = [
      aMaturityAssessment({ id: '1', areaKey: 'ledningssystem', statusKey: 'paborjat', year: 2024, assessedOn: '2024-11-20', comment: 'Första' }),
      aMaturityAssessment({ id: '2', areaKey: 'ledningssystem', statusKey: 'begransat', year: 2026, assessedOn: '2026-03-01', comment: 'Våren' }),
      aMaturityAssessment({ id: '3', areaKey: 'ledningssystem', statusKey: 'definierat', year: 2026, assessedOn: '2026-05-01', comment: 'Efter revisionen' })
    ];
    const shown = councilDashboardOf(input({ snapshot: aSnapshot({ maturity }) })).maturity;
    expect(shown.years.map((year) => year.year)).toEqual([2026, 2024]);
    expect(shown.years[0].areas[0]).toEqual({ areaKey: 'ledningssystem', statusKey: 'definierat', assessed: true, assessedOn: '2026-05-01', comment: 'Efter revisionen' });
    expect(shown.years[0].areas[1]).toEqual({ areaKey: 'styrdokument', statusKey: 'okant', assessed: false });
    expect(shown.years[1].areas[0]).toMatchObject({ statusKey: 'paborjat', comment: 'Första' });
    expect(shown.areas.map((area) => area.key)).toEqual(config.maturity.areas.map((area) => area.key));
    expect(shown.targetStatus).toBe(config.maturity.targetStatus);
  });

  test('R-MTG: the year\'s meetings in date order with their decisions and actions; the years to choose from, newest first', () => {
    expect(dashboard.meetings.length).toBeGreaterThan(0);
    expect(dashboard.meetings.every((meeting) => meeting.heldOn.startsWith('2026-'))).toBe(true);
    expect(dashboard.meetings.map((meeting) => meeting.heldOn)).toEqual([...dashboard.meetings.map((meeting) => meeting.heldOn)].sort());
    const source = region.meetings.find((meeting) => meeting.id === dashboard.meetings[0].id);
    expect(dashboard.meetings[0]).toEqual({ id: source?.id, heldOn: source?.heldOn, attendeeCount: source?.attendeeEmails.length, decisions: source?.decisions, actionIds: source?.actionIds });
    expect(dashboard.years).toEqual([2026, 2025, 2024]);
    expect(dashboard.computedAt).toBe(NOW);
  });

  test('the answer is the same for the same input (pure), and the caller\'s permissions are passed through', () => {
    const may = { recordMaturity: true, recordMeeting: true, takeSnapshot: false };
    expect(councilDashboardOf(input({ may }))).toEqual({ ...dashboard, may });
  });
});
