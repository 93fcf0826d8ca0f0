import type { RegisterSnapshot } from '../../domain/registers';
import type { RejectedRecord } from '../../domain/shared/validation';
import type { RegisterRepositories } from './register-repositories';

export interface SnapshotRead {
  readonly snapshot: RegisterSnapshot;
  /** Malformed items per list, with their ids: shown to coordinators, never fatal (DESIGN.md habit 2). */
  readonly rejected: Readonly<Record<string, readonly RejectedRecord[]>>;
}

/**
 * Reads every register the rules look at, whole, into one snapshot (the nudge run, the KPIs). The
 * lists are read one after another, not all at once, to stay far from SharePoint's throttling.
 */
export async function readSnapshot(repositories: RegisterRepositories): Promise<SnapshotRead> {
  const rejected: Record<string, readonly RejectedRecord[]> = {};
  const read = async <T>(name: string, reading: Promise<{ valid: T[]; rejected: RejectedRecord[] }>): Promise<T[]> => {
    const result = await reading;
    if (result.rejected.length > 0) rejected[name] = result.rejected;
    return result.valid;
  };
  const snapshot: RegisterSnapshot = {
    units: await read('units', repositories.units.readAll()),
    roster: await read('staff', repositories.staff.readAll()),
    assets: await read('assets', repositories.assets.readAll()),
    classifications: await read('classifications', repositories.classifications.readAll()),
    systems: await read('systems', repositories.systems.readAll()),
    processing: await read('processing', repositories.processing.readAll()),
    risks: await read('risks', repositories.risks.readAll()),
    riskAnalyses: await read('riskAnalyses', repositories.riskAnalyses.readAll()),
    incidents: await read('incidents', repositories.incidents.readAll()),
    documentVersions: await read('documentVersions', repositories.documentVersions.readAll()),
    acknowledgements: await read('acknowledgements', repositories.acknowledgements.readAll()),
    trainingRecords: await read('trainingRecords', repositories.trainingRecords.readAll()),
    actions: await read('actions', repositories.actions.readAll()),
    maturity: await read('maturity', repositories.maturity.readAll()),
    roleAssignments: await read('roleAssignments', repositories.roleAssignments.readAll()),
    meetings: await read('meetings', repositories.meetings.readAll())
  };
  return { snapshot, rejected };
}

/** The registers the nudge planner reads (src/domain/nudges: planNudges, owedItems, roleSlots). */
export const NUDGE_PLAN_LISTS = [
  'units',
  'staff',
  'assets',
  'classifications',
  'systems',
  'risks',
  'incidents',
  'documentVersions',
  'acknowledgements',
  'trainingRecords',
  'roleAssignments'
] as const;

/**
 * The snapshot the nudge plan needs, and nothing more: each list of NUDGE_PLAN_LISTS read once,
 * whole, 5,000 items a page (the nudge run's request budget, issue 9); the registers the planner
 * does not look at (processing, risk analyses, actions, maturity, meetings) stay empty. A test holds
 * the plan from this snapshot equal to the plan from the full one.
 */
export async function readNudgeSnapshot(repositories: RegisterRepositories): Promise<SnapshotRead> {
  const rejected: Record<string, readonly RejectedRecord[]> = {};
  const read = async <T>(name: string, reading: Promise<{ valid: T[]; rejected: RejectedRecord[] }>): Promise<T[]> => {
    const result = await reading;
    if (result.rejected.length > 0) rejected[name] = result.rejected;
    return result.valid;
  };
  const snapshot: RegisterSnapshot = {
    units: await read('units', repositories.units.readAll()),
    roster: await read('staff', repositories.staff.readAll()),
    assets: await read('assets', repositories.assets.readAll()),
    classifications: await read('classifications', repositories.classifications.readAll()),
    systems: await read('systems', repositories.systems.readAll()),
    processing: [],
    risks: await read('risks', repositories.risks.readAll()),
    riskAnalyses: [],
    incidents: await read('incidents', repositories.incidents.readAll()),
    documentVersions: await read('documentVersions', repositories.documentVersions.readAll()),
    acknowledgements: await read('acknowledgements', repositories.acknowledgements.readAll()),
    trainingRecords: await read('trainingRecords', repositories.trainingRecords.readAll()),
    actions: [],
    maturity: [],
    roleAssignments: await read('roleAssignments', repositories.roleAssignments.readAll()),
    meetings: []
  };
  return { snapshot, rejected };
}
