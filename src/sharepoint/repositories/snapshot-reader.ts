import { EMPTY_SNAPSHOT, type RegisterSnapshot } from '../../domain/registers';
import type { RejectedRecord } from '../../domain/shared/validation';
import type { RegisterRepositories } from './register-repositories';

export interface SnapshotRead {
  readonly snapshot: RegisterSnapshot;
  /** Malformed items per list, with their ids: shown to coordinators, never fatal (DESIGN.md habit 2). */
  readonly rejected: Readonly<Record<string, readonly RejectedRecord[]>>;
}

/** Where each register list lands in the snapshot (the staff list is the roster), in the order they are read. */
const SNAPSHOT_FIELD_OF_LIST = {
  units: 'units',
  staff: 'roster',
  assets: 'assets',
  classifications: 'classifications',
  systems: 'systems',
  processing: 'processing',
  risks: 'risks',
  riskAnalyses: 'riskAnalyses',
  incidents: 'incidents',
  documentVersions: 'documentVersions',
  acknowledgements: 'acknowledgements',
  trainingRecords: 'trainingRecords',
  actions: 'actions',
  maturity: 'maturity',
  roleAssignments: 'roleAssignments',
  meetings: 'meetings'
} as const satisfies Record<string, keyof RegisterSnapshot>;

export type RegisterListName = keyof typeof SNAPSHOT_FIELD_OF_LIST;

export const ALL_REGISTER_LISTS = Object.keys(SNAPSHOT_FIELD_OF_LIST) as readonly RegisterListName[];

/**
 * Reads the named registers, each whole, 5,000 items a page, into one snapshot; the registers not
 * named stay empty (each caller reads only what its rules look at: a request budget, issue 9). The
 * lists are read one after another, not all at once, to stay far from SharePoint's throttling.
 */
export async function readRegisterSnapshot<L extends RegisterListName>(repositories: Pick<RegisterRepositories, L>, lists: readonly L[]): Promise<SnapshotRead> {
  const rejected: Record<string, readonly RejectedRecord[]> = {};
  const snapshot: Record<keyof RegisterSnapshot, readonly unknown[]> = { ...EMPTY_SNAPSHOT };
  const named: readonly RegisterListName[] = lists;
  for (const list of ALL_REGISTER_LISTS.filter((name): name is L => named.includes(name))) {
    const result: { readonly valid: readonly unknown[]; readonly rejected: readonly RejectedRecord[] } = await repositories[list].readAll();
    if (result.rejected.length > 0) rejected[list] = result.rejected;
    snapshot[SNAPSHOT_FIELD_OF_LIST[list]] = result.valid;
  }
  // Each field was filled by its own list's repository, whose items are that field's type.
  return { snapshot: snapshot as unknown as RegisterSnapshot, rejected };
}

/** Every register the rules look at, whole, into one snapshot (the KPIs, the seeding's checks). */
export function readSnapshot(repositories: RegisterRepositories): Promise<SnapshotRead> {
  return readRegisterSnapshot(repositories, ALL_REGISTER_LISTS);
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
] as const satisfies readonly RegisterListName[];

/**
 * The snapshot the nudge plan needs, and nothing more: each list of NUDGE_PLAN_LISTS read once
 * (the nudge run's request budget, issue 9); the registers the planner does not look at (processing,
 * risk analyses, actions, maturity, meetings) stay empty. A test holds the plan from this snapshot
 * equal to the plan from the full one.
 */
export function readNudgeSnapshot(repositories: RegisterRepositories): Promise<SnapshotRead> {
  return readRegisterSnapshot(repositories, NUDGE_PLAN_LISTS);
}
