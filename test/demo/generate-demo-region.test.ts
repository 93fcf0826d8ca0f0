import { DEFAULT_REGION_CONFIG } from '../../src/config/default-region';
import { NUDGE_TOPICS } from '../../src/config/region-config';
import {
  DEMO_BOARD_SIZE,
  DEMO_PERSONAS,
  DEMO_SCENARIO_IDS,
  DEMO_TARGET_COUNTS,
  generateDemoRegion
} from '../../src/demo';
import { validateSnapshot } from '../../src/demo/validate-snapshot';
import { acknowledgementSchema, documentVersionSchema } from '../../src/domain/acknowledgements/acknowledgement';
import { sealHead } from '../../src/domain/acknowledgements/acknowledgement-chain';
import { verifyAcknowledgementChain } from '../../src/domain/acknowledgements/chain-verification';
import { DEMO_SEAL } from '../../src/demo/generate-demo-region';
import { actionPlanItemSchema } from '../../src/domain/actions/action-plan-item';
import { informationAssetSchema } from '../../src/domain/assets/information-asset';
import { classificationSchema } from '../../src/domain/classification/classification';
import { breachClock } from '../../src/domain/incidents/breach-clock';
import { incidentSchema } from '../../src/domain/incidents/incident';
import { goalAreaKpis } from '../../src/domain/kpi/goal-area-kpis';
import { maturityAssessmentSchema } from '../../src/domain/maturity/maturity-assessment';
import { councilMeetingSchema } from '../../src/domain/meetings/council-meeting';
import { planNudges } from '../../src/domain/nudges/nudge-plan';
import { orgUnitSchema } from '../../src/domain/organisation/org-unit';
import { isCurrentStaff, personSchema } from '../../src/domain/people/person';
import { processingActivitySchema } from '../../src/domain/processing/processing-activity';
import type { RegisterSnapshot } from '../../src/domain/registers';
import { riskAnalysisSchema, riskSchema } from '../../src/domain/risks/risk';
import { riskLevel } from '../../src/domain/risks/risk-level';
import { roleAssignmentSchema } from '../../src/domain/roles/role-assignment';
import { instant, isoDate } from '../../src/domain/shared/calendar';
import { ValidationError } from '../../src/domain/shared/errors';
import { itSystemSchema } from '../../src/domain/systems/it-system';
import { trainingRecordSchema } from '../../src/domain/training/training-record';
import { unresolvedReferences } from './demo-references';

const config = DEFAULT_REGION_CONFIG;
const AS_OF = isoDate('2026-03-16');
/** Midday on asOf in Stockholm: the "now" of the breach clock. */
const NOW = instant('2026-03-16T12:00:00+01:00');

describe('generateDemoRegion: a deterministic, realistic demo region', () => {
  let small: RegisterSnapshot;
  beforeAll(() => {
    small = generateDemoRegion({ asOf: AS_OF, scale: 0.05 }, config);
  });

  test('the same options give a deep-equal region; another seed gives another region with the same personas', () => {
    expect(generateDemoRegion({ asOf: AS_OF, scale: 0.05 }, config)).toEqual(small);
    const other = generateDemoRegion({ asOf: AS_OF, scale: 0.05, seed: 7 }, config);
    expect(other).not.toEqual(small);
    for (const persona of Object.values(DEMO_PERSONAS)) {
      expect(other.roster.some((person) => person.email === persona.email)).toBe(true);
    }
  });

  test('reads neither Math.random nor the clock', () => {
    const random = jest.spyOn(Math, 'random');
    const now = jest.spyOn(Date, 'now');
    try {
      generateDemoRegion({ asOf: AS_OF, scale: 0.05, seed: 11 }, config);
      expect(random).not.toHaveBeenCalled();
      expect(now).not.toHaveBeenCalled();
    } finally {
      random.mockRestore();
      now.mockRestore();
    }
  });

  test('every record passes its register\'s domain schema unchanged', () => {
    const registers: Array<[string, readonly unknown[], { parse(value: unknown): unknown }]> = [
      ['units', small.units, orgUnitSchema],
      ['roster', small.roster, personSchema],
      ['assets', small.assets, informationAssetSchema],
      ['classifications', small.classifications, classificationSchema],
      ['systems', small.systems, itSystemSchema],
      ['processing', small.processing, processingActivitySchema],
      ['risks', small.risks, riskSchema],
      ['riskAnalyses', small.riskAnalyses, riskAnalysisSchema],
      ['incidents', small.incidents, incidentSchema],
      ['documentVersions', small.documentVersions, documentVersionSchema],
      ['acknowledgements', small.acknowledgements, acknowledgementSchema],
      ['trainingRecords', small.trainingRecords, trainingRecordSchema],
      ['actions', small.actions, actionPlanItemSchema],
      ['maturity', small.maturity, maturityAssessmentSchema],
      ['roleAssignments', small.roleAssignments, roleAssignmentSchema],
      ['meetings', small.meetings, councilMeetingSchema]
    ];
    expect(registers.map(([name]) => name).sort()).toEqual(Object.keys(small).sort());
    for (const [, records, schema] of registers) {
      expect(records.length).toBeGreaterThan(0);
      for (const record of records) expect(schema.parse(record)).toEqual(record);
    }
    // Levels and likelihoods lie on the region's scales, so the risk matrix places every risk.
    for (const risk of small.risks) expect(() => riskLevel(risk.likelihood, risk.consequence, config)).not.toThrow();
  });

  test('every reference that is present points at something that exists (the gaps are absent references)', () => {
    expect(unresolvedReferences(small, config)).toEqual([]);
  });

  test('nothing that records the past is dated after asOf', () => {
    const endOfAsOf = Date.parse('2026-03-17T00:00:00+01:00');
    expect(small.trainingRecords.filter((record) => record.completedOn > AS_OF)).toEqual([]);
    expect(small.classifications.filter((classification) => classification.classifiedOn > AS_OF)).toEqual([]);
    expect(small.riskAnalyses.filter((analysis) => analysis.performedOn > AS_OF || (analysis.approvedOn ?? '') > AS_OF)).toEqual([]);
    expect(small.meetings.filter((meeting) => meeting.heldOn > AS_OF)).toEqual([]);
    expect(small.maturity.filter((assessment) => assessment.assessedOn > AS_OF)).toEqual([]);
    expect(small.incidents.filter((incident) => Date.parse(incident.reportedAt) >= endOfAsOf)).toEqual([]);
    expect(small.acknowledgements.filter((ack) => Date.parse(ack.signedAt) >= endOfAsOf)).toEqual([]);
    const approvals = small.systems.flatMap((system) => [system.securityPlan, system.reserveRoutines, system.continuityPlan]);
    expect(approvals.filter((approval) => (approval.approvedOn ?? '') > AS_OF)).toEqual([]);
  });

  test('the personas are on the roster with their stable e-mails, roles and stories', () => {
    const byEmail = new Map(small.roster.map((person) => [person.email, person]));
    for (const persona of Object.values(DEMO_PERSONAS)) {
      expect(byEmail.get(persona.email)?.displayName).toBe(`${persona.firstName} ${persona.lastName}`);
    }
    expect(byEmail.get(DEMO_PERSONAS.regionDirector.email)?.managerEmail).toBeUndefined();
    expect(byEmail.get(DEMO_PERSONAS.employee.email)?.managerEmail).toBe(DEMO_PERSONAS.newManager.email);
    expect(byEmail.get(DEMO_PERSONAS.newManager.email)?.managerSince).toBe('2025-12-26');
    expect(byEmail.get(DEMO_PERSONAS.boardMember.email)?.groups).toEqual(['regionstyrelsen']);
    const holder = (roleKey: string): Array<string | undefined> =>
      small.roleAssignments.filter((assignment) => assignment.roleKey === roleKey && assignment.until === undefined).map((assignment) => assignment.holderEmail);
    expect(holder('informationssakerhetssamordnare')).toEqual([DEMO_PERSONAS.securityCoordinator.email]);
    expect(holder('dataskyddsombud')).toEqual([DEMO_PERSONAS.dataProtectionOfficer.email]);
    expect(holder('informationssakerhetsansvarig')).toEqual([DEMO_PERSONAS.ciso.email]);
    expect(holder('informationsagare')).toContain(DEMO_PERSONAS.informationOwner.email);
    expect(holder('registerkoordinator')).toContain(DEMO_PERSONAS.registryCoordinator.email);
    const cosmic = small.systems.find((system) => system.name === 'COSMIC');
    expect(cosmic).toMatchObject({ ownerEmail: DEMO_PERSONAS.systemOwner.email, administratorEmail: DEMO_PERSONAS.systemAdministrator.email, societallyImportant: true });
  });

  test('set pieces: a breach inside its 72 hours, one past them unreported, a proxy signature, real content hashes', () => {
    const clocks = small.incidents.map((incident) => [incident.id, breachClock(incident, config, NOW).state] as const);
    expect(clocks.filter(([, state]) => state === 'running').map(([id]) => id)).toEqual([DEMO_SCENARIO_IDS.runningBreachIncidentId]);
    expect(clocks.filter(([, state]) => state === 'overdue').map(([id]) => id)).toEqual([DEMO_SCENARIO_IDS.overdueBreachIncidentId]);
    // Running all of asOf, from its first minute to its last.
    const running = small.incidents.find((incident) => incident.id === DEMO_SCENARIO_IDS.runningBreachIncidentId);
    expect(running && breachClock(running, config, instant('2026-03-16T00:00:00+01:00')).state).toBe('running');
    expect(running && breachClock(running, config, instant('2026-03-16T23:59:00+01:00')).state).toBe('running');

    const proxy = small.acknowledgements.find((ack) => ack.id === DEMO_SCENARIO_IDS.proxySignedAcknowledgementId);
    expect(proxy && proxy.signerEmail !== proxy.signedByAccount).toBe(true);
    expect(small.acknowledgements.filter((ack) => ack.signerEmail !== ack.signedByAccount)).toHaveLength(1);
    for (const ack of small.acknowledgements) expect(ack.id).toMatch(/^ack-\d{5}$/);
    // R-ACK, R-SEC-4: the signatures form one sealed chain in the order signed; the hand-written proxy item is the one finding.
    const chain = [...small.acknowledgements].sort((a, b) => a.sequence - b.sequence);
    expect(chain.map((ack) => ack.sequence)).toEqual(chain.map((_, index) => index + 1));
    const signedInOrder = chain.filter((ack) => ack !== proxy).map((ack) => ack.signedAt);
    expect(signedInOrder).toEqual([...signedInOrder].sort());
    const items = small.acknowledgements.map((ack) => ({ itemId: ack.id, record: ack, sequence: ack.sequence, author: ack === proxy ? 'admin@x.se' : 'app@x.se', editor: 'app@x.se', versions: 1 }));
    const last = chain.filter((ack) => ack !== proxy).at(-1);
    const head = last && sealHead({ sequence: last.sequence, hash: last.contentHash }, DEMO_SEAL);
    expect(verifyAcknowledgementChain({ items, head, seal: DEMO_SEAL, appAccount: 'app@x.se' }).findings).toEqual([
      { kind: 'inserted', itemIds: [DEMO_SCENARIO_IDS.proxySignedAcknowledgementId], sequences: [proxy?.sequence] }
    ]);
    // What was signed includes the digest of the version's text (R-ACK): 2.0 and 1.0 differ.
    const digests = new Set(small.acknowledgements.map((ack) => `${ack.version}:${ack.documentDigest}`));
    expect(digests.size).toBe(2);
    expect(small.documentVersions.every((version) => version.text.includes('Bekräftelse av mottagande'))).toBe(true);
    expect(small.documentVersions.map((version) => version.id)).toEqual([
      DEMO_SCENARIO_IDS.previousResponsibilityVersionId,
      DEMO_SCENARIO_IDS.currentResponsibilityVersionId
    ]);
  });

  test('rejects an invalid asOf, scale or seed', () => {
    expect(() => generateDemoRegion({ asOf: '2026-02-30' }, config)).toThrow(RangeError);
    expect(() => generateDemoRegion({ asOf: AS_OF, scale: 0 }, config)).toThrow(RangeError);
    expect(() => generateDemoRegion({ asOf: AS_OF, scale: 50 }, config)).toThrow(RangeError);
    expect(() => generateDemoRegion({ asOf: AS_OF, seed: 1.5 }, config)).toThrow(RangeError);
  });

  test('a record its schema rejects fails loudly, naming the register and the record', () => {
    const broken = { ...small, systems: [{ ...small.systems[0], ownerEmail: 'not an e-mail' }, ...small.systems.slice(1)] };
    expect(() => validateSnapshot(broken)).toThrow(ValidationError);
    expect(() => validateSnapshot(broken)).toThrow(/systems record sys-0001[\s\S]*ownerEmail/);
    const twice = { ...small, risks: [...small.risks, small.risks[0]] };
    expect(() => validateSnapshot(twice)).toThrow(/risks register has risk-0001 twice/);
  });
});

describe('the demo region at work: nudges and KPIs as of asOf (scale 0.1)', () => {
  let region: RegisterSnapshot;
  beforeAll(() => {
    region = generateDemoRegion({ asOf: AS_OF, scale: 0.1 }, config);
  });

  test('the nudge planner, with an empty history, has digests for every topic and escalations (R-NDG-1..3)', () => {
    const plan = planNudges(region, config, { firstSentOn: new Map() }, AS_OF);
    const topics = new Set(plan.digests.flatMap((digest) => digest.owed.map((item) => item.topic)));
    expect([...topics].sort()).toEqual([...NUDGE_TOPICS].sort());
    const escalations = plan.digests.flatMap((digest) => digest.escalated);
    expect(escalations.length).toBeGreaterThan(0);
    expect(new Set(escalations.map((escalation) => escalation.route))).toContain('manager');

    // The personas' stories, as the README tells them.
    const owed = (email: string): string[] => (plan.digests.find((digest) => digest.recipientEmail === email)?.owed ?? []).map((item) => `${item.topic}:${item.urgency}`);
    expect(owed(DEMO_PERSONAS.employee.email)).toEqual(['training:overdue']);
    expect(owed(DEMO_PERSONAS.newManager.email)).toEqual(expect.arrayContaining(['acknowledgement:overdue', 'training:due-soon']));
    expect(owed(DEMO_PERSONAS.systemOwner.email)).toEqual(expect.arrayContaining(['reserve-routines:overdue', 'acknowledgement:overdue', 'classification:missing']));
    expect(owed(DEMO_PERSONAS.informationOwner.email)).toEqual(expect.arrayContaining(['classification:overdue', 'classification:missing', 'risk-follow-up:overdue']));
    expect(owed(DEMO_PERSONAS.boardMember.email)).toEqual(['training:overdue']);
    const erikEscalated = plan.digests.find((digest) => digest.recipientEmail === DEMO_PERSONAS.newManager.email)?.escalated ?? [];
    expect(erikEscalated.some((escalation) => escalation.item.responsibleEmail === DEMO_PERSONAS.employee.email)).toBe(true);
  });

  test('every KPI of the five goal areas is neither 0 % nor 100 % (R-KPI)', () => {
    const report = goalAreaKpis(region, config, AS_OF);
    const measures = [
      ...report.managementSystem.measures,
      ...report.riskManagement.measures,
      ...report.securityOrganisation.measures,
      ...report.classification.measures,
      ...report.training.measures
    ];
    expect(measures.length).toBeGreaterThanOrEqual(10);
    for (const measure of measures) {
      expect({ key: measure.key, nonTrivial: measure.percent !== undefined && measure.percent > 0 && measure.percent < 100 }).toEqual({ key: measure.key, nonTrivial: true });
    }
    expect(report.securityOrganisation.vacancies.length).toBeGreaterThan(0);
    expect(report.riskManagement.criticalAreasWithoutAnalysis.length).toBeGreaterThan(0);
  });
});

describe('the demo region at scale 1', () => {
  test('has the target sizes (±10 %) and the shape of a real region', () => {
    const region = generateDemoRegion({ asOf: AS_OF }, config);
    const within = (actual: number, target: number): void => {
      expect(actual).toBeGreaterThanOrEqual(target * 0.9);
      expect(actual).toBeLessThanOrEqual(target * 1.1);
    };
    within(region.roster.length, DEMO_TARGET_COUNTS.staff);
    within(region.systems.length, DEMO_TARGET_COUNTS.systems);
    within(region.assets.length, DEMO_TARGET_COUNTS.assets);
    within(region.processing.length, DEMO_TARGET_COUNTS.processing);
    expect(unresolvedReferences(region, config)).toEqual([]);

    const current = region.roster.filter((person) => isCurrentStaff(person, AS_OF));
    expect(new Set(current.map((person) => person.employmentType))).toEqual(new Set(['permanent', 'temporary', 'hourly', 'consultant']));
    const newManagers = current.filter((person) => person.managerSince !== undefined && person.managerSince >= '2025-12-16' && person.managerSince <= '2026-02-16');
    expect(newManagers.length).toBeGreaterThan(5);
    const withoutManager = current.filter((person) => person.managerEmail === undefined && !person.groups.includes('regionstyrelsen'));
    expect(withoutManager.length).toBeGreaterThan(1);
    expect(region.roster.filter((person) => person.groups.includes('regionstyrelsen'))).toHaveLength(DEMO_BOARD_SIZE);
    expect(region.roster.filter((person) => person.displayName.includes("'")).length).toBeGreaterThan(1);

    const levels = new Set(region.units.map((unit) => unit.level));
    expect(levels).toEqual(new Set(config.organisationLevels.map((level) => level.key)));
    expect(region.units.filter((unit) => unit.businessCritical).length).toBeGreaterThan(10);
    expect(region.systems.filter((system) => system.societallyImportant).length).toBeGreaterThan(30);
    expect(region.systems.filter((system) => system.cloudService).length).toBeGreaterThan(150);
    expect(region.processing.filter((activity) => activity.specialCategoryBasis?.startsWith('Art. 9.2 h')).length).toBeGreaterThan(300);
    expect(new Set(region.processing.map((activity) => activity.controller)).size).toBeGreaterThanOrEqual(3);
    expect(region.maturity).toHaveLength(config.maturity.areas.length * 3);
    expect(region.meetings.filter((meeting) => meeting.heldOn.startsWith('2025'))).toHaveLength(4);
  }, 60_000);
});
