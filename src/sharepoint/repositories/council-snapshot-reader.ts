import type { KpiSnapshot } from '../../domain/kpi/kpi-snapshot';
import type { RegisterRepositories } from './register-repositories';
import { readRegisterSnapshot, type SnapshotRead } from './snapshot-reader';

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
 * items a page (readRegisterSnapshot; one after another, far from SharePoint's throttling). The record of
 * processing stays empty: no goal area or section of the dashboard counts it. Malformed items are
 * reported by list, never fatal (DESIGN.md habit 2).
 */
export async function readCouncilSnapshot(repositories: Pick<RegisterRepositories, (typeof COUNCIL_DASHBOARD_LISTS)[number]>): Promise<CouncilRead> {
  const { snapshot, rejected } = await readRegisterSnapshot(repositories, COUNCIL_DASHBOARD_LISTS.filter((list): list is Exclude<(typeof COUNCIL_DASHBOARD_LISTS)[number], 'kpiSnapshots'> => list !== 'kpiSnapshots'));
  const kpiSnapshots = await repositories.kpiSnapshots.readAll();
  const rejectedWithSnapshots = kpiSnapshots.rejected.length > 0 ? { ...rejected, kpiSnapshots: kpiSnapshots.rejected } : rejected;
  return { snapshot, rejected: rejectedWithSnapshots, kpiSnapshots: kpiSnapshots.valid };
}
