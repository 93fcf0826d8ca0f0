import { DEFAULT_REGION_CONFIG } from '../../../src/config/default-region';
import { actionPlanRows } from '../../../src/domain/council/action-plan-rows';
import { dashboardAsOf, yearsWithData } from '../../../src/domain/council/dashboard-year';
import { incidentRows } from '../../../src/domain/council/incident-rows';
import { overdueByUnit, reportingLevel } from '../../../src/domain/council/overdue-by-unit';
import { riskHeatMap } from '../../../src/domain/council/risk-heat-map';
import { actionPlanItemSchema } from '../../../src/domain/actions/action-plan-item';
import { councilMeetingSchema } from '../../../src/domain/meetings/council-meeting';
import { instant, isoDate } from '../../../src/domain/shared/calendar';
import { roleSlots } from '../../../src/domain/roles/role-slots';
import { aBreach } from '../builders-extra';
import { anAsset, anIncident, aPerson, aRisk, aSnapshot, aSystem, aUnit } from '../builders';

/* The dashboard's sections, each from the domain's own rule (issue 10): tables counted by hand. */
const config = DEFAULT_REGION_CONFIG;
const link = (kind: string, id: string): string => `/sites/tillit/${kind}/${id}`;
const units = [
  aUnit({ id: 'forv', name: 'Förvaltningen', level: 'forvaltning' }),
  aUnit({ id: 'akut', name: 'Område Akut', level: 'omrade', parentId: 'forv' }),
  aUnit({ id: 'psyk', name: 'Område Psykiatri', level: 'omrade', parentId: 'forv' }),
  aUnit({ id: 'akuten', name: 'Akutmottagningen', level: 'enhet', parentId: 'akut' })
];
const people = [aPerson({ email: 'agare@r.se', displayName: 'Åsa Ägare', unitId: 'akuten' })];

describe('risk heat map (R-RSK-1)', () => {
  const risks = [
    aRisk({ id: '1', likelihood: 4, consequence: 3, unitId: 'akuten', ownerEmail: 'agare@r.se' }), // 12 → kritisk
    aRisk({ id: '2', likelihood: 1, consequence: 1, unitId: 'psyk', ownerEmail: undefined, followUpOn: undefined }), // 1 → lag
    aRisk({ id: '3', likelihood: 4, consequence: 3, status: 'closed' }), // closed: not on the map
    aRisk({ id: '4', likelihood: 9, consequence: 2 }) // outside the scale: cannot be placed
  ];
  const map = riskHeatMap(risks, config, { units: new Map(units.map((u) => [u.id, u])), people: new Map(people.map((p) => [p.email, p])) }, link);

  test.each([
    ['1', 'kritisk', 'Akutmottagningen', 'Åsa Ägare'],
    ['2', 'lag', 'Område Psykiatri', undefined]
  ])('risk %s is open at level %s in %s, owned by %s', (id, level, unitName, ownerName) => {
    const row = map.open.find((risk) => risk.id === id);
    expect([row?.levelKey, row?.unitName, row?.ownerName, row?.link]).toEqual([level, unitName, ownerName, `/sites/tillit/risk/${id}`]);
  });

  test('closed risks and risks off the scales are left out; the worst first; the axes are the region\'s scales', () => {
    expect(map.open.map((risk) => risk.id)).toEqual(['1', '2']);
    expect(map.likelihoods.map((level) => level.value)).toEqual(config.risk.likelihoodScale.map((level) => level.value));
    expect(map.consequences.map((level) => level.value)).toEqual(config.classification.consequenceScale.map((level) => level.value));
    expect(map.levels.map((level) => level.key)).toEqual(config.risk.levels.map((level) => level.key));
  });
});

describe('overdue work per reporting unit and kind (R-NDG-1, R-CLS-2, R-SYS-1, R-RSK-1)', () => {
  const today = isoDate('2026-06-15');
  const snapshot = aSnapshot({
    units,
    roster: people,
    // Never classified, prioritised: overdue (missing) in Akut via its enhet.
    assets: [anAsset({ id: 'a1', unitId: 'akuten', ownerEmail: 'agare@r.se' }), anAsset({ id: 'a2', unitId: 'forv', ownerEmail: 'agare@r.se' })],
    systems: [],
    risks: [
      aRisk({ id: 'r1', unitId: 'psyk', followUpOn: '2026-05-01' }), // past its follow-up: overdue in Psykiatri
      aRisk({ id: 'r2', unitId: 'psyk', followUpOn: '2026-06-20' }) // due soon: not overdue
    ]
  });
  const slots = roleSlots(config, snapshot.units, snapshot.systems, snapshot.roleAssignments, today);
  const overdue = overdueByUnit(snapshot, slots, config, today);

  test('the reporting level is the area-responsible role\'s (område by default)', () => {
    expect(reportingLevel(config)).toBe('omrade');
  });

  test.each([
    ['akut', 'classifications', 1],
    ['akut', 'risk-follow-ups', 0],
    ['psyk', 'risk-follow-ups', 1],
    ['psyk', 'classifications', 0]
  ] as const)('%s: %s %i', (unitId, kind, count) => {
    expect(overdue.byUnit.find((row) => row.unitId === unitId)?.counts[kind]).toBe(count);
  });

  test('every reporting unit is listed; an item above the level counts in the totals only', () => {
    expect(overdue.byUnit.map((row) => row.unitName)).toEqual(['Område Akut', 'Område Psykiatri']);
    expect(overdue.totals.classifications).toBe(2);
    expect(overdue.totals['risk-follow-ups']).toBe(1);
  });
});

describe('incidents with the 72-hour clock (R-INC)', () => {
  const now = instant('2026-03-03T09:00:00Z');
  const incidents = [
    aBreach({ id: 'b1', discoveredAt: '2026-03-02T08:00:00+01:00' }), // deadline 2026-03-05T07:00Z: 46 h left
    aBreach({ id: 'b2', discoveredAt: '2026-02-20T08:00:00+01:00' }), // past its deadline, not reported
    aBreach({ id: 'b3', discoveredAt: '2026-03-01T08:00:00+01:00', reportableToAuthority: false }),
    anIncident({ id: 'd1', category: 'deviation', reportedAt: '2026-03-03T08:00:00+01:00', discoveredAt: '2026-03-03T08:00:00+01:00' }),
    anIncident({ id: 'd2', category: 'deviation', status: 'closed', reportedAt: '2025-12-31T23:30:00Z', discoveredAt: '2025-12-31T23:30:00Z' }) // 1 January in Stockholm
  ];
  const rows = incidentRows(incidents, config, 2026, now, link);

  test('open incidents: ticking clocks first, the nearest deadline on top, then the newest reports; closed ones left out', () => {
    expect(rows.open.map((row) => [row.id, row.clock?.state])).toEqual([
      ['b2', 'overdue'],
      ['b1', 'running'],
      ['d1', undefined],
      ['b3', 'not-reportable']
    ]);
    expect(rows.open[1].clock).toEqual({ deadline: '2026-03-05T07:00:00.000Z', state: 'running', hoursLeft: 46 });
    expect(rows.open[1].link).toBe('/sites/tillit/incident/b1');
  });

  test('the year\'s incidents by category, the year taken in the region\'s time zone', () => {
    expect(rows.byCategory).toEqual({ 'personal-data-breach': 3, deviation: 2 });
    expect(incidentRows(incidents, config, 2025, now, link).byCategory).toEqual({});
  });
});

describe('the action plan\'s follow-up (R-ACT)', () => {
  const action = (id: string, startsOn: string, endsOn: string, status: string, progressPercent = 0): ReturnType<typeof actionPlanItemSchema.parse> =>
    actionPlanItemSchema.parse({ id, activity: `Aktivitet ${id}`, startsOn, endsOn, status, progressPercent, responsibleEmail: 'agare@r.se' });
  const actions = [
    action('1', '2026-01-01', '2026-05-31', 'in-progress', 60), // overdue 15 days on 2026-06-15
    action('2', '2026-02-01', '2026-12-31', 'in-progress', 30), // on track
    action('3', '2025-01-01', '2025-06-30', 'done', 100), // done in an earlier year: not this year's
    action('4', '2025-01-01', '2025-10-31', 'planned'), // earlier and still open: followed up now
    action('5', '2027-01-01', '2027-06-30', 'planned') // starts next year
  ];
  const rows = actionPlanRows(actions, new Map(people.map((p) => [p.email, p])), config, 2026, isoDate('2026-06-15'));

  test.each([
    ['4', 'overdue', 227],
    ['1', 'overdue', 15],
    ['2', 'on-track', undefined]
  ])('activity %s: %s (%s days overdue)', (id, state, daysOverdue) => {
    const row = rows.find((candidate) => candidate.id === id);
    expect([row?.state, row?.daysOverdue, row?.responsibleName]).toEqual([state, daysOverdue, 'Åsa Ägare']);
  });

  test('the year\'s activities and earlier open ones, soonest end first', () => {
    expect(rows.map((row) => row.id)).toEqual(['4', '1', '2']);
    expect(rows.find((row) => row.id === '1')?.progressPercent).toBe(60);
  });
});

describe('the year shown and the years to choose (R-REP)', () => {
  test.each([
    [2026, '2026-06-15', '2026-06-15'],
    [2025, '2026-06-15', '2025-12-31']
  ])('year %i seen on %s is as of %s', (year, today, asOf) => {
    expect(dashboardAsOf(year, isoDate(today))).toBe(asOf);
  });

  test('years with maturity, meetings, incidents or kept snapshots, never one still to come, newest first', () => {
    const snapshot = aSnapshot({
      meetings: [councilMeetingSchema.parse({ id: 'm', heldOn: '2023-05-09' })],
      incidents: [anIncident({ id: 'i', reportedAt: '2027-01-01T10:00:00Z', discoveredAt: '2027-01-01T09:00:00Z' })]
    });
    expect(yearsWithData(snapshot, [], isoDate('2026-06-15'), config.timeZone)).toEqual([2026, 2023]);
  });

  test('a system register alone gives the current year', () => {
    expect(yearsWithData(aSnapshot({ systems: [aSystem({ id: 's' })] }), [], isoDate('2026-06-15'), config.timeZone)).toEqual([2026]);
  });
});
