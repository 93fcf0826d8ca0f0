import { DEFAULT_REGION_CONFIG } from '../../src/config/default-region';
import { generateDemoRegion } from '../../src/demo/generate-demo-region';
import { generateKpiHistory } from '../../src/demo/generators/kpi-history';
import { goalAreaKpis } from '../../src/domain/kpi/goal-area-kpis';
import { kpiSnapshotSchema } from '../../src/domain/kpi/kpi-snapshot';
import { maturitySummary } from '../../src/domain/maturity/maturity-status';
import { isoDate } from '../../src/domain/shared/calendar';

/* The demo region's kept KPI snapshots (issue 10; R-KPI, R-REP): a trend with years behind it, deterministic and valid. */
const config = DEFAULT_REGION_CONFIG;
const asOf = isoDate('2026-11-23');
const region = generateDemoRegion({ asOf, scale: 0.05 }, config);
const history = generateKpiHistory(region, config, asOf, 7);

const share = (snapshot: (typeof history)[number], key: string): number => {
  const m = snapshot.goalAreas.flatMap((area) => area.measures).find((candidate) => candidate.key === key);
  return m === undefined || m.denominator === 0 ? Number.NaN : m.numerator / m.denominator;
};

test('the same region and seed give the same history; every snapshot is valid as the list reads it back', () => {
  expect(generateKpiHistory(region, config, asOf, 7)).toEqual(history);
  for (const snapshot of history) expect(kpiSnapshotSchema.safeParse({ id: '1', ...snapshot }).success).toBe(true);
});

test('three year-end daily snapshots (2023–2025) and one at each meeting before asOf, oldest first', () => {
  expect(history.filter((snapshot) => snapshot.source === 'daily').map((snapshot) => snapshot.asOf)).toEqual(['2023-12-31', '2024-12-31', '2025-12-31']);
  expect(history.filter((snapshot) => snapshot.source === 'meeting').map((snapshot) => snapshot.asOf)).toEqual(region.meetings.filter((meeting) => meeting.heldOn < asOf).map((meeting) => meeting.heldOn).sort());
  expect(history.map((snapshot) => snapshot.asOf)).toEqual([...history.map((snapshot) => snapshot.asOf)].sort());
});

test('the management system\'s measure is the demo\'s own maturity of that year (R-MAT)', () => {
  for (const snapshot of history) {
    const summary = maturitySummary(region.maturity, config, Number(snapshot.asOf.slice(0, 4)));
    expect([snapshot.asOf, share(snapshot, 'areas-at-target-maturity')]).toEqual([snapshot.asOf, summary.atTarget / summary.applicable]);
  }
});

test('figures rise from the 2023 report\'s situation towards today\'s, never above their denominators', () => {
  const today = goalAreaKpis(region, config, asOf);
  const trainedToday = today.training.measures[0];
  const first = history[0];
  const last = history[history.length - 1];
  expect(share(first, trainedToday.key)).toBeLessThan(0.1 * (trainedToday.numerator / trainedToday.denominator) + 0.01);
  expect(share(first, trainedToday.key)).toBeLessThan(share(last, trainedToday.key));
  expect(share(first, 'current-systems-classified')).toBeLessThan(share(last, 'current-systems-classified'));
  for (const snapshot of history) for (const m of snapshot.goalAreas.flatMap((area) => area.measures)) expect(m.numerator).toBeLessThanOrEqual(m.denominator);
});
