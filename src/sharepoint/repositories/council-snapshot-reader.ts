import type { KpiSnapshot } from '../../domain/kpi/kpi-snapshot';
import type { RegisterSnapshot } from '../../domain/registers';
import type { RejectedRecord } from '../../domain/shared/validation';
import type { RegisterRepositories } from './register-repositories';
import type { SnapshotRead } from './snapshot-reader';

/** The registers the council's dashboard looks at (councilDashboardOf): every one but the record of processing. */
export const COUNCIL_DASHBOARD_LISTS = [
  'units',
  'staff',
  'assets',
  'classifications',
  'systems',
  'risks',
  'riskAnalyses',
  'incidents',
  'documentVersions',
  'acknowledgements',
  'trainingRecords',
  'actions',
  'maturity',
  'roleAssignments',
  'meetings',
  'kpiSnapshots'
] as const;

export interface CouncilRead extends SnapshotRead {
  readonly kpiSnapshots: readonly KpiSnapshot[];
}

/**
 * What the council's dashboard needs, each list of COUNCIL_DASHBOARD_LISTS read once, whole, 5,000
 * items a page (as readSnapshot; one after another, far from SharePoint's throttling). The record of
 * processing stays empty: no goal area or section of the dashboard counts it. Malformed items are
 * reported by list, never fatal (DESIGN.md habit 2).
 */
export async function readCouncilSnapshot(repositories: Pick<RegisterRepositories, (typeof COUNCIL_DASHBOARD_LISTS)[number]>): Promise<CouncilRead> {
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
  const kpiSnapshots = await read('kpiSnapshots', repositories.kpiSnapshots.readAll());
  return { snapshot, rejected, kpiSnapshots };
}
