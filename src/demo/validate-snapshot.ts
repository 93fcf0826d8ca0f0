import type { ZodType, ZodTypeDef } from 'zod';
import { acknowledgementSchema, documentVersionSchema } from '../domain/acknowledgements/acknowledgement';
import { actionPlanItemSchema } from '../domain/actions/action-plan-item';
import { informationAssetSchema } from '../domain/assets/information-asset';
import { classificationSchema } from '../domain/classification/classification';
import { incidentSchema } from '../domain/incidents/incident';
import { maturityAssessmentSchema } from '../domain/maturity/maturity-assessment';
import { councilMeetingSchema } from '../domain/meetings/council-meeting';
import { orgUnitSchema } from '../domain/organisation/org-unit';
import { personSchema } from '../domain/people/person';
import { processingActivitySchema } from '../domain/processing/processing-activity';
import type { RegisterSnapshot } from '../domain/registers';
import { riskAnalysisSchema, riskSchema } from '../domain/risks/risk';
import { roleAssignmentSchema } from '../domain/roles/role-assignment';
import { parseOrThrow } from '../domain/shared/validation';
import { itSystemSchema } from '../domain/systems/it-system';
import { trainingRecordSchema } from '../domain/training/training-record';

/**
 * Every generated record through its register's domain schema, and every key unique within its
 * register. A demo record the registers would reject is a bug in the generator: it fails loudly
 * here, naming the register, the record and every bad field, instead of surfacing later as a
 * screened-out item in a web part.
 */
export function validateSnapshot(snapshot: RegisterSnapshot): RegisterSnapshot {
  const byId = (record: { id: string }): string => record.id;
  return {
    units: screen('units', orgUnitSchema, snapshot.units, byId),
    roster: screen('roster', personSchema, snapshot.roster, (person) => person.email),
    assets: screen('assets', informationAssetSchema, snapshot.assets, byId),
    classifications: screen('classifications', classificationSchema, snapshot.classifications, byId),
    systems: screen('systems', itSystemSchema, snapshot.systems, byId),
    processing: screen('processing', processingActivitySchema, snapshot.processing, byId),
    risks: screen('risks', riskSchema, snapshot.risks, byId),
    riskAnalyses: screen('riskAnalyses', riskAnalysisSchema, snapshot.riskAnalyses, byId),
    incidents: screen('incidents', incidentSchema, snapshot.incidents, byId),
    documentVersions: screen('documentVersions', documentVersionSchema, snapshot.documentVersions, byId),
    acknowledgements: screen('acknowledgements', acknowledgementSchema, snapshot.acknowledgements, byId),
    trainingRecords: screen('trainingRecords', trainingRecordSchema, snapshot.trainingRecords, byId),
    actions: screen('actions', actionPlanItemSchema, snapshot.actions, byId),
    maturity: screen('maturity', maturityAssessmentSchema, snapshot.maturity, byId),
    roleAssignments: screen('roleAssignments', roleAssignmentSchema, snapshot.roleAssignments, byId),
    meetings: screen('meetings', councilMeetingSchema, snapshot.meetings, byId)
  };
}

function screen<Output, Input>(
  register: string,
  schema: ZodType<Output, ZodTypeDef, Input>,
  records: readonly Output[],
  keyOf: (record: Output) => string
): Output[] {
  const seen = new Set<string>();
  return records.map((record) => {
    const key = keyOf(record);
    const parsed = parseOrThrow(schema, record, `The demo region's ${register} record ${key}`);
    if (seen.has(key)) throw new Error(`The demo region's ${register} register has ${key} twice`);
    seen.add(key);
    return parsed;
  });
}
