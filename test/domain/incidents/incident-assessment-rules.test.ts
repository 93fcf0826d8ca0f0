import { DEFAULT_REGION_CONFIG } from '../../../src/config/default-region';
import { categoryFromAnswers, isPossibleBreach, type PersonalDataAnswer } from '../../../src/domain/incidents/incident';
import { applyAssessment, incidentAccess, type AssessmentOutcome, type IncidentAccess, type IncidentAssessment } from '../../../src/domain/incidents/incident-assessment';
import { incidentDeciders, incidentDirectory } from '../../../src/domain/incidents/incident-deciders';
import { incidentFromReport, incidentReportSchema } from '../../../src/domain/incidents/incident-report';
import { incidentDuties } from '../../../src/domain/nudges/incident-duties';
import { planNudges } from '../../../src/domain/nudges/nudge-plan';
import { chiefUpTheTree, unitChiefs } from '../../../src/domain/organisation/unit-chiefs';
import { roleSlots } from '../../../src/domain/roles/role-slots';
import { instant, isoDate } from '../../../src/domain/shared/calendar';
import { anIncident, aPerson, aRoleAssignment, aSnapshot, aUnit } from '../builders';

/*
 * R-INC: reported by anyone, assessed by the unit chief; personal data breaches by the DSO for the
 * report to IMY within 72 hours of discovery. R-NDG-1: the assessment is owed in the digest.
 * R-SEC-1: who may read and assess what the list's item-level security hides.
 */
const config = DEFAULT_REGION_CONFIG;
const today = isoDate('2026-03-03');
const now = instant('2026-03-03T10:00:00+01:00');

// förvaltning › område › enhet (Akuten, chief vacant) › enhet (Avdelning 12, chief left)
const units = [
  aUnit({ id: 'hos', level: 'forvaltning' }),
  aUnit({ id: 'akut', level: 'omrade', parentId: 'hos' }),
  aUnit({ id: 'akuten', parentId: 'akut' }),
  aUnit({ id: 'avd12', parentId: 'akut' }),
  aUnit({ id: 'rontgen', parentId: 'akut' })
];
const roster = [
  aPerson({ email: 'direktor@r.se', unitId: 'hos', managerSince: '2015-01-01' }),
  aPerson({ email: 'omradeschef@r.se', unitId: 'akut', managerSince: '2018-01-01', managerEmail: 'direktor@r.se' }),
  aPerson({ email: 'anna@r.se', unitId: 'akuten', managerEmail: 'omradeschef@r.se' }),
  aPerson({ email: 'slutat@r.se', unitId: 'avd12', managerSince: '2019-01-01', endDate: '2026-02-01' }),
  aPerson({ email: 'bo@r.se', unitId: 'avd12', managerEmail: 'slutat@r.se' }),
  // Two managers in Röntgen: most of its staff report to rut, so she is its chief.
  aPerson({ email: 'adam@r.se', unitId: 'rontgen', managerSince: '2020-01-01', managerEmail: 'omradeschef@r.se' }),
  aPerson({ email: 'rut@r.se', unitId: 'rontgen', managerSince: '2021-01-01', managerEmail: 'omradeschef@r.se' }),
  aPerson({ email: 'r1@r.se', unitId: 'rontgen', managerEmail: 'rut@r.se' }),
  aPerson({ email: 'r2@r.se', unitId: 'rontgen', managerEmail: 'rut@r.se' }),
  aPerson({ email: 'eva.dso@r.se', unitId: 'hos', managerEmail: 'direktor@r.se' }),
  aPerson({ email: 'maria.deputy@r.se', unitId: 'hos', managerEmail: 'direktor@r.se' })
];
const assignments = [
  aRoleAssignment({ id: 'ra1', roleKey: 'dataskyddsombud', holderEmail: 'eva.dso@r.se' }),
  aRoleAssignment({ id: 'ra2', roleKey: 'bitradande-dataskyddsombud', unitId: 'hos', holderEmail: 'maria.deputy@r.se' })
];
const slots = roleSlots(config, units, [], assignments, today);
const directory = incidentDirectory(units, unitChiefs(roster, today), slots, config);

describe('categoryFromAnswers: the category a report starts with (R-INC)', () => {
  test.each<[PersonalDataAnswer, string[], string]>([
    ['yes', [], 'personal-data-breach'],
    ['yes', ['sys-1'], 'personal-data-breach'],
    // "Don't know" is a possible breach: the DSO must see it and the clock must run.
    ['unknown', [], 'personal-data-breach'],
    ['no', ['sys-1'], 'security-incident'],
    ['no', [], 'deviation']
  ])('personal data %s, systems %j → %s', (answer, systems, category) => {
    expect(categoryFromAnswers(answer, systems)).toBe(category);
  });

  test.each([
    ['a breach', { category: 'personal-data-breach', status: 'assessed', personalData: 'no' }, true],
    ['a deviation the reporter was unsure about, not yet assessed', { category: 'deviation', status: 'reported', personalData: 'unknown' }, true],
    ['the same, once assessed as a deviation', { category: 'deviation', status: 'assessed', personalData: 'unknown' }, false],
    ['a deviation without personal data', { category: 'deviation', status: 'reported', personalData: 'no' }, false],
    ['an old deviation with no answer recorded', { category: 'deviation', status: 'reported', personalData: undefined }, false]
  ] as const)('isPossibleBreach: %s → %s', (_what, incident, expected) => {
    expect(isPossibleBreach(incident)).toBe(expected);
  });
});

describe('incidentReportSchema: what an employee sends (R-INC, R-SEC-2)', () => {
  const report = { title: 'Patientlista till fel adress', discoveredAt: '2026-03-03T09:30:00+01:00', personalData: 'unknown', unitId: 'akuten' };

  test('a report becomes a reported incident of the reporter, discovered when she says, reported now', () => {
    const parsed = incidentReportSchema(now).parse(report);
    expect(incidentFromReport(parsed, 'Anna@R.se', now)).toMatchObject({
      status: 'reported',
      category: 'personal-data-breach',
      reportedBy: 'anna@r.se',
      reportedAt: now,
      discoveredAt: '2026-03-03T09:30:00+01:00',
      personalData: 'unknown',
      description: '',
      systemIds: []
    });
  });

  test.each([
    ['discovered in the future', { discoveredAt: '2026-03-03T10:05:00+01:00' }, 'discoveredAt'],
    ['no heading', { title: '  ' }, 'title'],
    ['no answer about personal data', { personalData: 'kanske' }, 'personalData'],
    ['six systems', { systemIds: ['1', '2', '3', '4', '5', '6'] }, 'systemIds']
  ])('refuses a report %s, naming the field', (_what, change, path) => {
    const parsed = incidentReportSchema(now).safeParse({ ...report, ...change });
    expect(parsed.success ? [] : parsed.error.issues.map((issue) => issue.path.join('.'))).toEqual([path]);
  });

  test('a discovery within a minute of the clock is not the future (clocks differ slightly)', () => {
    const parsed = incidentReportSchema(now).parse({ ...report, discoveredAt: '2026-03-03T10:00:30+01:00' });
    expect(incidentFromReport(parsed, 'anna@r.se', now).reportedAt).toBe('2026-03-03T10:00:30+01:00');
  });
});

describe('unitChiefs and chiefUpTheTree: who is the chief of the incident\'s unit', () => {
  test.each([
    ['a unit with its chief', 'akut', 'omradeschef@r.se'],
    ['a vacant post: the chief up the tree', 'akuten', 'omradeschef@r.se'],
    ['a chief who has left: the chief up the tree', 'avd12', 'omradeschef@r.se'],
    ['two managers: the one most staff report to', 'rontgen', 'rut@r.se'],
    ['the top', 'hos', 'direktor@r.se'],
    ['a unit the tree does not know', 'nowhere', undefined]
  ])('%s', (_what, unitId, chief) => {
    expect(chiefUpTheTree(directory.chiefs, directory.units, unitId)).toBe(chief);
  });
});

describe('incidentDeciders and incidentAccess (R-INC, R-SEC-1)', () => {
  const breach = anIncident({ id: '7', unitId: 'akuten', reportedBy: 'anna@r.se', personalData: 'yes' });
  const deviation = anIncident({ id: '8', unitId: 'rontgen', category: 'deviation', reportedBy: 'r1@r.se', personalData: 'no' });

  test('a breach is the unit chief\'s, then the DSO\'s and the administration\'s deputy\'s', () => {
    expect(incidentDeciders(breach, directory)).toEqual({ unitChief: 'omradeschef@r.se', dataProtectionOfficers: ['eva.dso@r.se', 'maria.deputy@r.se'] });
    expect(incidentDeciders(deviation, directory)).toEqual({ unitChief: 'rut@r.se', dataProtectionOfficers: [] });
  });

  test.each([
    ['the unit chief', breach, 'omradeschef@r.se', false, { read: true, assess: true, decideForAuthority: false }],
    ['the DSO, for a breach', breach, 'eva.dso@r.se', false, { read: true, assess: true, decideForAuthority: true }],
    ['the deputy DSO, for a breach', breach, 'maria.deputy@r.se', false, { read: true, assess: true, decideForAuthority: true }],
    ['the DSO, for a deviation without personal data', deviation, 'eva.dso@r.se', false, { read: false, assess: false, decideForAuthority: false }],
    ['the reporter', breach, 'ANNA@r.se', false, { read: true, assess: false, decideForAuthority: false }],
    ['another unit\'s chief', deviation, 'adam@r.se', false, { read: false, assess: false, decideForAuthority: false }],
    ['a colleague', breach, 'bo@r.se', false, { read: false, assess: false, decideForAuthority: false }],
    ['a site owner (reads every item in SharePoint)', breach, 'asa@r.se', true, { read: true, assess: false, decideForAuthority: false }]
  ])('%s', (_what, incident, email, readsAllItems, access) => {
    expect(incidentAccess(incident, incidentDeciders(incident, directory), { email, readsAllItems })).toEqual(access);
  });
});

describe('applyAssessment (R-INC, R-SEC-1, R-SEC-2)', () => {
  const breach = anIncident({ id: '7', unitId: 'akuten', reportedBy: 'anna@r.se', personalData: 'unknown', discoveredAt: '2026-03-02T08:00:00+01:00' });
  const deciders = incidentDeciders(breach, directory);
  const as = (email: string): IncidentAccess => incidentAccess(breach, deciders, { email, readsAllItems: false });
  const assess = (assessment: IncidentAssessment, email: string): AssessmentOutcome => applyAssessment(breach, assessment, as(email), email, now);

  test('the unit chief assesses status and category; the assessor is recorded', () => {
    const outcome = assess({ status: 'assessed', category: 'personal-data-breach' }, 'omradeschef@r.se');
    expect(outcome).toEqual({ kind: 'assessed', incident: expect.objectContaining({ status: 'assessed', assessedBy: 'omradeschef@r.se', reportableToAuthority: undefined }) });
  });

  test.each([
    ['a colleague', { status: 'assessed', category: 'personal-data-breach' }, 'bo@r.se', 'not-a-decider'],
    ['the reporter', { status: 'closed', category: 'deviation' }, 'anna@r.se', 'not-a-decider'],
    ['the chief deciding for IMY', { status: 'assessed', category: 'personal-data-breach', authority: { reportable: false } }, 'omradeschef@r.se', 'dso-only'],
    ['the chief saying a breach is not one', { status: 'assessed', category: 'deviation' }, 'omradeschef@r.se', 'dso-only']
  ] as const)('refuses %s', (_what, assessment, email, reason) => {
    expect(assess(assessment, email)).toEqual({ kind: 'forbidden', reason });
  });

  test('the DSO decides reportable and records the report to IMY', () => {
    const outcome = assess({ status: 'assessed', category: 'personal-data-breach', authority: { reportable: true, reportedAt: instant('2026-03-03T09:00:00+01:00') } }, 'eva.dso@r.se');
    expect(outcome).toEqual({ kind: 'assessed', incident: expect.objectContaining({ reportableToAuthority: true, reportedToAuthorityAt: '2026-03-03T09:00:00+01:00', assessedBy: 'eva.dso@r.se' }) });
    expect(assess({ status: 'closed', category: 'deviation', authority: {} }, 'eva.dso@r.se')).toMatchObject({ kind: 'assessed', incident: { category: 'deviation' } });
  });

  test.each([
    ['reported without being reportable', { reportable: false, reportedAt: '2026-03-03T09:00:00+01:00' }, /only a breach decided reportable/],
    ['reported in the future', { reportable: true, reportedAt: '2026-03-03T11:00:00+01:00' }, /future/],
    ['reported before discovery', { reportable: true, reportedAt: '2026-03-01T09:00:00+01:00' }, /before it was discovered/]
  ])('refuses a decision %s', (_what, authority, message) => {
    const outcome = assess({ status: 'assessed', category: 'personal-data-breach', authority: { reportable: authority.reportable, reportedAt: instant(authority.reportedAt) } }, 'eva.dso@r.se');
    expect(outcome.kind).toBe('invalid');
    expect(outcome.kind === 'invalid' ? outcome.issues.join(' ') : '').toMatch(message);
  });
});

describe('incidentDuties: who owes the assessment, and by when (R-INC, R-NDG-1)', () => {
  const discoveredAt = '2026-03-02T08:00:00+01:00';
  const deadline = '2026-03-05T07:00:00.000Z';
  const duties = (incident: ReturnType<typeof anIncident>, on = today): unknown[][] =>
    incidentDuties([incident], directory, config, on).map((item) => [item.responsibleEmail, item.detail, item.urgency, item.dueOn, item.dueAt]);

  test.each([
    ['a reported breach: the unit chief and the DSO, due 72 h after discovery', { status: 'reported' }, today, [
      ['omradeschef@r.se', 'assess', 'due-soon', '2026-03-05', deadline],
      ['eva.dso@r.se', 'breach', 'due-soon', '2026-03-05', deadline]
    ]],
    ['the same, past the deadline: overdue', { status: 'reported' }, isoDate('2026-03-06'), [
      ['omradeschef@r.se', 'assess', 'overdue', '2026-03-05', deadline],
      ['eva.dso@r.se', 'breach', 'overdue', '2026-03-05', deadline]
    ]],
    ['assessed by the chief, not yet decided by the DSO: the DSO only', { status: 'assessed' }, today, [['eva.dso@r.se', 'breach', 'due-soon', '2026-03-05', deadline]]],
    ['assessed reportable, not reported: the DSO', { status: 'assessed', reportableToAuthority: true }, today, [['eva.dso@r.se', 'breach', 'due-soon', '2026-03-05', deadline]]],
    ['judged not reportable: nobody', { status: 'assessed', reportableToAuthority: false }, today, []],
    ['reported to IMY: nobody', { status: 'closed', reportableToAuthority: true, reportedToAuthorityAt: '2026-03-03T08:00:00+01:00' }, today, []]
  ] as const)('%s', (_what, change, on, expected) => {
    expect(duties(anIncident({ id: '7', unitId: 'akuten', discoveredAt, personalData: 'yes', ...change }), on)).toEqual(expected);
  });

  test('a deviation without personal data: the unit chief alone, due now', () => {
    expect(duties(anIncident({ id: '8', unitId: 'rontgen', category: 'deviation', discoveredAt, personalData: 'no' }))).toEqual([['rut@r.se', 'assess', 'missing', undefined, undefined]]);
  });

  test('"don\'t know" on a deviation: the DSO owes it too', () => {
    expect(duties(anIncident({ id: '8', unitId: 'rontgen', category: 'deviation', discoveredAt, personalData: 'unknown' })).map(([email, detail]) => `${email} ${detail}`)).toEqual([
      'rut@r.se assess',
      'eva.dso@r.se breach'
    ]);
  });

  test('in the digest: the chief and the DSO each get the item, keyed per person (R-NDG-2, R-NDG-4)', () => {
    const snapshot = aSnapshot({ units, roster, roleAssignments: assignments, incidents: [anIncident({ id: '7', unitId: 'akuten', discoveredAt, personalData: 'yes' })] });
    const plan = planNudges(snapshot, config, { firstSentOn: new Map() }, today);
    const owed = plan.digests.flatMap((digest) => digest.owed.filter((item) => item.topic === 'incident-assessment').map((item) => item.key));
    expect(owed.sort()).toEqual(['incident-assessment:incident:7:eva.dso@r.se', 'incident-assessment:incident:7:omradeschef@r.se']);
  });
});
