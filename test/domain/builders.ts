/**
 * Builders for register records in tests: valid by default, every field overridable, and passed
 * through the domain schema so that a test can never build a record the registers would reject.
 */
import { acknowledgementSchema, documentVersionSchema, type Acknowledgement, type DocumentVersion } from '../../src/domain/acknowledgements/acknowledgement';
import { informationAssetSchema, type InformationAsset } from '../../src/domain/assets/information-asset';
import { classificationSchema, type Classification } from '../../src/domain/classification/classification';
import { incidentSchema, type Incident } from '../../src/domain/incidents/incident';
import { maturityAssessmentSchema, type MaturityAssessment } from '../../src/domain/maturity/maturity-assessment';
import { orgUnitSchema, type OrgUnit } from '../../src/domain/organisation/org-unit';
import { personSchema, type Person } from '../../src/domain/people/person';
import { riskAnalysisSchema, riskSchema, type Risk, type RiskAnalysis } from '../../src/domain/risks/risk';
import { roleAssignmentSchema, type RoleAssignment } from '../../src/domain/roles/role-assignment';
import { itSystemSchema, type ItSystem } from '../../src/domain/systems/it-system';
import { trainingRecordSchema, type TrainingRecord } from '../../src/domain/training/training-record';
import { EMPTY_SNAPSHOT, type RegisterSnapshot } from '../../src/domain/registers';

import type { z } from 'zod';

/** Fields as the schema reads them (dates and instants as plain strings): the builders parse, and so brand, them. */
export type Overrides<S extends z.ZodTypeAny> = { [K in keyof z.input<S>]?: z.input<S>[K] };

export function aUnit(overrides: Overrides<typeof orgUnitSchema> & { id: string }): OrgUnit {
  return orgUnitSchema.parse({ name: `Unit ${overrides.id}`, level: 'enhet', businessCritical: false, ...overrides });
}

export function aPerson(overrides: Overrides<typeof personSchema> & { email: string }): Person {
  return personSchema.parse({
    displayName: overrides.email.split('@')[0],
    unitId: 'u-enhet',
    employmentType: 'permanent',
    startDate: '2020-01-01',
    groups: [],
    ...overrides
  });
}

export function anAsset(overrides: Overrides<typeof informationAssetSchema> & { id: string }): InformationAsset {
  return informationAssetSchema.parse({ name: `Asset ${overrides.id}`, unitId: 'u-enhet', priority: 'prioritised', ...overrides });
}

export function aSystem(overrides: Overrides<typeof itSystemSchema> & { id: string }): ItSystem {
  return itSystemSchema.parse({ name: `System ${overrides.id}`, unitId: 'u-enhet', lifecycle: 'active', ...overrides });
}

export function aClassification(overrides: Overrides<typeof classificationSchema> & { id: string; targetId: string }): Classification {
  return classificationSchema.parse({
    targetKind: 'asset',
    levels: { confidentiality: 1, integrity: 1, availability: 1, traceability: 1 },
    classifiedBy: 'klassare@region.se',
    classifiedOn: '2026-01-15',
    ...overrides
  });
}

export function aRisk(overrides: Overrides<typeof riskSchema> & { id: string }): Risk {
  return riskSchema.parse({
    title: `Risk ${overrides.id}`,
    subjectKind: 'system',
    subjectId: 's1',
    unitId: 'u-enhet',
    ownerEmail: 'riskagare@region.se',
    likelihood: 2,
    consequence: 2,
    identifiedOn: '2026-01-01',
    followUpOn: '2026-12-31',
    ...overrides
  });
}

export function aRiskAnalysis(overrides: Overrides<typeof riskAnalysisSchema> & { id: string; unitId: string }): RiskAnalysis {
  return riskAnalysisSchema.parse({ title: `Riskanalys ${overrides.unitId}`, performedOn: '2026-03-01', ...overrides });
}

export function anIncident(overrides: Overrides<typeof incidentSchema> & { id: string }): Incident {
  return incidentSchema.parse({
    title: `Incident ${overrides.id}`,
    category: 'personal-data-breach',
    unitId: 'u-enhet',
    reportedBy: 'medarbetare@region.se',
    discoveredAt: '2026-03-02T08:00:00+01:00',
    reportedAt: '2026-03-02T09:00:00+01:00',
    ...overrides
  });
}

export function aDocumentVersion(overrides: Overrides<typeof documentVersionSchema> & { id: string }): DocumentVersion {
  return documentVersionSchema.parse({
    documentKey: 'fordelning-av-ansvar',
    title: 'Fördelning av ansvar',
    version: '1.0',
    publishedOn: '2026-01-01',
    requiredForRoles: [],
    requiredForManagers: false,
    ...overrides
  });
}

export function anAcknowledgement(overrides: Overrides<typeof acknowledgementSchema> & { id: string; signerEmail: string }): Acknowledgement {
  return acknowledgementSchema.parse({
    documentKey: 'fordelning-av-ansvar',
    version: '1.0',
    signedByAccount: overrides.signerEmail,
    documentDigest: 'd'.repeat(64),
    signedOn: '2026-01-10',
    signedAt: '2026-01-10T10:00:00+01:00',
    place: 'Östersund',
    signerTitle: 'Enhetschef',
    printedName: 'Anna Berg',
    sequence: 1,
    previousHash: '0'.repeat(64),
    contentHash: 'a'.repeat(64),
    ...overrides
  });
}

export function aTrainingRecord(overrides: Overrides<typeof trainingRecordSchema> & { id: string; personEmail: string; courseKey: string }): TrainingRecord {
  return trainingRecordSchema.parse({ completedOn: '2026-02-01', ...overrides });
}

export function aRoleAssignment(overrides: Overrides<typeof roleAssignmentSchema> & { id: string; roleKey: string }): RoleAssignment {
  return roleAssignmentSchema.parse({ mandateDocumented: true, ...overrides });
}

export function aMaturityAssessment(overrides: Overrides<typeof maturityAssessmentSchema> & { id: string; areaKey: string; statusKey: string }): MaturityAssessment {
  return maturityAssessmentSchema.parse({ year: 2026, assessedOn: '2026-03-01', ...overrides });
}

export function aSnapshot(overrides: { [K in keyof RegisterSnapshot]?: RegisterSnapshot[K] }): RegisterSnapshot {
  return { ...EMPTY_SNAPSHOT, ...overrides };
}
