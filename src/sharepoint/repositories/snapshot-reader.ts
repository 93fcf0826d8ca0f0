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
