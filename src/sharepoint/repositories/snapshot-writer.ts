import type { RegisterSnapshot } from '../../domain/registers';
import type { OrgUnit } from '../../domain/organisation/org-unit';
import type { RegisterRepositories } from './register-repositories';
import { naturalWriteKey } from '../lists/write-key';
import { forEachChunk } from '../batches-in-flight';
import type { AddedItem, ListRepository, WriteProgress } from './list-repository';

/**
 * Writes a whole RegisterSnapshot into freshly provisioned lists: the demo region (`tillit
 * seed-demo`) and imports. Records come with their own ids (`unit-0001`); SharePoint gives each
 * item its own, so every reference is translated to the new item id before writing, in an order
 * where every lookup's target exists first. Each item's write key is its record's id under
 * `keyScope` (lists/write-key.ts): a write interrupted half-way (a lost answer, a stopped process)
 * is completed by writing the same snapshot again, and nothing lands twice (R-SEC-2).
 */
export interface SnapshotWriteOptions {
  /** The write keys' scope, naming the snapshot's source (`demo`); default `snapshot`. */
  readonly keyScope?: string;
  readonly onProgress?: (register: string, progress: WriteProgress) => void;
  /** Once per register, when all of it is written: how many items and how long it took (npm start prints it). */
  readonly onRegisterWritten?: (register: string, written: number, ms: number) => void;
  /**
   * Acknowledgements are links of the keyed chain, written only by the app (R-ACK, R-SEC-4): the
   * caller writes them (seed-demo-region.ts). Without it, acknowledgements are skipped and reported.
   */
  readonly writeAcknowledgements?: (acknowledgements: RegisterSnapshot['acknowledgements']) => Promise<number>;
  /**
   * Incidents are written by their reporters' own accounts when given (R-INC): the Incidents list
   * lets a reporter read only what she wrote, and the report's reporter is its Author. Without it,
   * the writer's own account writes them all.
   */
  readonly incidentsAs?: (reporterEmail: string) => ListRepository<RegisterSnapshot['incidents'][number]>;
}

export interface SnapshotWriteReport {
  readonly written: Readonly<Record<string, number>>;
  readonly skipped: readonly string[];
}

type IdMap = Map<string, string>;
/** New item id and ETag by record id, for a follow-up update that must be conditional (R-SEC-2). */
type AddedMap = Map<string, AddedItem>;

function translate(map: IdMap, id: string, what: string): string {
  const translated = map.get(id);
  if (translated === undefined) throw new Error(`The snapshot refers to ${what} "${id}", which it does not contain.`);
  return translated;
}

/** Parents before children, so the Parent lookup always has its target (a cycle is reported, not looped). */
function parentsFirst(units: readonly OrgUnit[]): OrgUnit[] {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const ordered: OrgUnit[] = [];
  const placed = new Set<string>();
  const visiting = new Set<string>();
  const place = (unit: OrgUnit): void => {
    if (placed.has(unit.id)) return;
    if (visiting.has(unit.id)) throw new Error(`The organisation tree has a cycle at "${unit.id}".`);
    visiting.add(unit.id);
    const parent = unit.parentId === undefined ? undefined : byId.get(unit.parentId);
    if (parent) place(parent);
    placed.add(unit.id);
    ordered.push(unit);
  };
  units.forEach(place);
  return ordered;
}

async function writeAll<T>(
  repository: ListRepository<T>,
  name: string,
  records: readonly { readonly original: string; readonly record: T }[],
  ids: IdMap,
  options: SnapshotWriteOptions,
  added?: AddedMap
): Promise<number> {
  const scope = options.keyScope ?? 'snapshot';
  const written = await repository.addMany(
    records.map((entry) => entry.record),
    {
      keys: records.map((entry) => naturalWriteKey(scope, name, entry.original)),
      onProgress: (progress) => options.onProgress?.(name, progress)
    }
  );
  records.forEach((entry, index) => {
    ids.set(entry.original, written[index].id);
    added?.set(entry.original, written[index]);
  });
  return written.length;
}

export async function writeSnapshot(snapshot: RegisterSnapshot, repositories: RegisterRepositories, options: SnapshotWriteOptions = {}): Promise<SnapshotWriteReport> {
  const written: Record<string, number> = {};
  const skipped: string[] = [];
  const units: IdMap = new Map();
  const systems: IdMap = new Map();
  const addedSystems: AddedMap = new Map();
  const assets: IdMap = new Map();
  const actions: IdMap = new Map();
  const none: IdMap = new Map();
  const unit = (id: string): string => translate(units, id, 'the unit');
  const timed = async (register: string, write: () => Promise<number>): Promise<void> => {
    const started = Date.now();
    written[register] = await write();
    options.onRegisterWritten?.(register, written[register], Date.now() - started);
  };

  // Units one level at a time: a child's Parent lookup needs its parent's new id.
  await timed('units', async () => {
    let remaining = parentsFirst(snapshot.units);
    let count = 0;
    while (remaining.length > 0) {
      const ready = remaining.filter((candidate) => candidate.parentId === undefined || units.has(candidate.parentId));
      count += await writeAll(
        repositories.units,
        'units',
        ready.map((record) => ({ original: record.id, record: { ...record, parentId: record.parentId === undefined ? undefined : unit(record.parentId) } })),
        units,
        options
      );
      remaining = remaining.filter((candidate) => !units.has(candidate.id));
    }
    return count;
  });

  await timed('staff', () => writeAll(repositories.staff, 'staff', snapshot.roster.map((person) => ({ original: person.email, record: { ...person, unitId: unit(person.unitId) } })), none, options));
  // Systems first without their assets (Systems.Assets is the deferred lookup), completed after the assets.
  await timed('systems', () =>
    writeAll(repositories.systems, 'systems', snapshot.systems.map((system) => ({ original: system.id, record: { ...system, unitId: unit(system.unitId), assetIds: [] } })), systems, options, addedSystems)
  );
  await timed('assets', async () => {
    const count = await writeAll(
      repositories.assets,
      'assets',
      snapshot.assets.map((asset) => ({ original: asset.id, record: { ...asset, unitId: unit(asset.unitId), systemIds: asset.systemIds.map((id) => translate(systems, id, 'the system')) } })),
      assets,
      options
    );
    const systemsWithAssets = snapshot.systems.filter((system) => system.assetIds.length > 0);
    await repositories.systems.updateMany(
      systemsWithAssets.map((system) => ({
        id: translate(systems, system.id, 'the system'),
        etag: (addedSystems.get(system.id) as AddedItem).etag,
        record: { ...system, unitId: unit(system.unitId), assetIds: system.assetIds.map((id) => translate(assets, id, 'the asset')) }
      }))
    );
    return count;
  });
  await timed('classifications', () =>
    writeAll(
      repositories.classifications,
      'classifications',
      snapshot.classifications.map((classification) => ({
        original: classification.id,
        record: { ...classification, targetId: translate(classification.targetKind === 'asset' ? assets : systems, classification.targetId, `the ${classification.targetKind}`) }
      })),
      none,
      options
    )
  );
  await timed('processing', () =>
    writeAll(
      repositories.processing,
      'processing',
      snapshot.processing.map((activity) => ({ original: activity.id, record: { ...activity, unitId: unit(activity.unitId), systemIds: activity.systemIds.map((id) => translate(systems, id, 'the system')) } })),
      none,
      options
    )
  );
  const subject = (kind: string, id: string): string => {
    if (id === '' || kind === 'process') return id;
    return translate(kind === 'asset' ? assets : kind === 'system' ? systems : units, id, `the ${kind}`);
  };
  await timed('risks', () =>
    writeAll(
      repositories.risks,
      'risks',
      snapshot.risks.map((risk) => ({ original: risk.id, record: { ...risk, unitId: unit(risk.unitId), subjectId: subject(risk.subjectKind, risk.subjectId) } })),
      none,
      options
    )
  );
  await timed('riskAnalyses', () => writeAll(repositories.riskAnalyses, 'riskAnalyses', snapshot.riskAnalyses.map((analysis) => ({ original: analysis.id, record: { ...analysis, unitId: unit(analysis.unitId) } })), none, options));
  await timed('incidents', async () => {
    const incidents = snapshot.incidents.map((incident) => ({
      original: incident.id,
      record: { ...incident, unitId: unit(incident.unitId), systemIds: incident.systemIds.map((id) => translate(systems, id, 'the system')) }
    }));
    const incidentsAs = options.incidentsAs;
    if (incidentsAs === undefined) return writeAll(repositories.incidents, 'incidents', incidents, none, options);
    const byReporter = new Map<string, typeof incidents>();
    for (const entry of incidents) byReporter.set(entry.record.reportedBy, [...(byReporter.get(entry.record.reportedBy) ?? []), entry]);
    const reporters = [...byReporter].sort(([a], [b]) => a.localeCompare(b));
    let done = 0;
    // Most reporters wrote one report: one small batch each, a few reporters at once.
    await forEachChunk(reporters.length, async (index) => {
      const [reporter, reported] = reporters[index];
      const written = await writeAll(incidentsAs(reporter), 'incidents', reported, none, { ...options, onProgress: undefined });
      done += written;
      options.onProgress?.('incidents', { done, total: incidents.length });
    });
    return done;
  });
  await timed('documentVersions', () => writeAll(repositories.documentVersions, 'documentVersions', snapshot.documentVersions.map((version) => ({ original: version.id, record: version })), none, options));

  const writeAcknowledgements = options.writeAcknowledgements;
  if (writeAcknowledgements) {
    await timed('acknowledgements', () => writeAcknowledgements(snapshot.acknowledgements));
  } else if (snapshot.acknowledgements.length > 0) {
    skipped.push(`${snapshot.acknowledgements.length} acknowledgements: only the app writes them, sealed with its key`);
  }

  await timed('trainingRecords', () => writeAll(repositories.trainingRecords, 'trainingRecords', snapshot.trainingRecords.map((record) => ({ original: record.id, record })), none, options));
  await timed('actions', () => writeAll(repositories.actions, 'actions', snapshot.actions.map((action) => ({ original: action.id, record: action })), actions, options));
  await timed('maturity', () => writeAll(repositories.maturity, 'maturity', snapshot.maturity.map((assessment) => ({ original: assessment.id, record: assessment })), none, options));
  await timed('roleAssignments', () =>
    writeAll(
      repositories.roleAssignments,
      'roleAssignments',
      snapshot.roleAssignments.map((assignment) => ({ original: assignment.id, record: { ...assignment, unitId: assignment.unitId === undefined ? undefined : unit(assignment.unitId) } })),
      none,
      options
    )
  );
  await timed('meetings', () =>
    writeAll(
      repositories.meetings,
      'meetings',
      snapshot.meetings.map((meeting) => ({ original: meeting.id, record: { ...meeting, actionIds: meeting.actionIds.map((id) => translate(actions, id, 'the action')) } })),
      none,
      options
    )
  );
  return { written, skipped };
}
