import type { RegisterSnapshot } from '../../domain/registers';
import type { OrgUnit } from '../../domain/organisation/org-unit';
import type { RegisterRepositories } from './register-repositories';
import { naturalWriteKey } from '../lists/write-key';
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
  /**
   * Acknowledgements must be written by the signer's own account (SharePoint's Author is the
   * signature, R-ACK): the writer asks for a repository signed in as each signer. Without it,
   * acknowledgements are skipped and reported.
   */
  readonly acknowledgementsAs?: (signerEmail: string) => ListRepository<RegisterSnapshot['acknowledgements'][number]>;
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

  // Units one level at a time: a child's Parent lookup needs its parent's new id.
  const ordered = parentsFirst(snapshot.units);
  let remaining = ordered;
  written.units = 0;
  while (remaining.length > 0) {
    const ready = remaining.filter((candidate) => candidate.parentId === undefined || units.has(candidate.parentId));
    written.units += await writeAll(
      repositories.units,
      'units',
      ready.map((record) => ({ original: record.id, record: { ...record, parentId: record.parentId === undefined ? undefined : unit(record.parentId) } })),
      units,
      options
    );
    remaining = remaining.filter((candidate) => !units.has(candidate.id));
  }

  written.staff = await writeAll(repositories.staff, 'staff', snapshot.roster.map((person) => ({ original: person.email, record: { ...person, unitId: unit(person.unitId) } })), none, options);
  // Systems first without their assets (Systems.Assets is the deferred lookup), completed below.
  written.systems = await writeAll(repositories.systems, 'systems', snapshot.systems.map((system) => ({ original: system.id, record: { ...system, unitId: unit(system.unitId), assetIds: [] } })), systems, options, addedSystems);
  written.assets = await writeAll(
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
  written.classifications = await writeAll(
    repositories.classifications,
    'classifications',
    snapshot.classifications.map((classification) => ({
      original: classification.id,
      record: { ...classification, targetId: translate(classification.targetKind === 'asset' ? assets : systems, classification.targetId, `the ${classification.targetKind}`) }
    })),
    none,
    options
  );
  written.processing = await writeAll(
    repositories.processing,
    'processing',
    snapshot.processing.map((activity) => ({ original: activity.id, record: { ...activity, unitId: unit(activity.unitId), systemIds: activity.systemIds.map((id) => translate(systems, id, 'the system')) } })),
    none,
    options
  );
  const subject = (kind: string, id: string): string => {
    if (id === '' || kind === 'process') return id;
    return translate(kind === 'asset' ? assets : kind === 'system' ? systems : units, id, `the ${kind}`);
  };
  written.risks = await writeAll(
    repositories.risks,
    'risks',
    snapshot.risks.map((risk) => ({ original: risk.id, record: { ...risk, unitId: unit(risk.unitId), subjectId: subject(risk.subjectKind, risk.subjectId) } })),
    none,
    options
  );
  written.riskAnalyses = await writeAll(repositories.riskAnalyses, 'riskAnalyses', snapshot.riskAnalyses.map((analysis) => ({ original: analysis.id, record: { ...analysis, unitId: unit(analysis.unitId) } })), none, options);
  written.incidents = await writeAll(
    repositories.incidents,
    'incidents',
    snapshot.incidents.map((incident) => ({ original: incident.id, record: { ...incident, unitId: unit(incident.unitId), systemIds: incident.systemIds.map((id) => translate(systems, id, 'the system')) } })),
    none,
    options
  );
  written.documentVersions = await writeAll(repositories.documentVersions, 'documentVersions', snapshot.documentVersions.map((version) => ({ original: version.id, record: version })), none, options);

  if (options.acknowledgementsAs) {
    const bySigner = new Map<string, RegisterSnapshot['acknowledgements'][number][]>();
    for (const acknowledgement of snapshot.acknowledgements) {
      bySigner.set(acknowledgement.signedByAccount, [...(bySigner.get(acknowledgement.signedByAccount) ?? []), acknowledgement]);
    }
    written.acknowledgements = 0;
    for (const [signer, signed] of [...bySigner].sort(([a], [b]) => a.localeCompare(b))) {
      const keys = signed.map((acknowledgement) => naturalWriteKey(options.keyScope ?? 'snapshot', 'acknowledgements', acknowledgement.id));
      written.acknowledgements += (await options.acknowledgementsAs(signer).addMany(signed, { keys })).length;
      options.onProgress?.('acknowledgements', { done: written.acknowledgements, total: snapshot.acknowledgements.length });
    }
  } else if (snapshot.acknowledgements.length > 0) {
    skipped.push(`${snapshot.acknowledgements.length} acknowledgements: only their signers can write them`);
  }

  written.trainingRecords = await writeAll(repositories.trainingRecords, 'trainingRecords', snapshot.trainingRecords.map((record) => ({ original: record.id, record })), none, options);
  written.actions = await writeAll(repositories.actions, 'actions', snapshot.actions.map((action) => ({ original: action.id, record: action })), actions, options);
  written.maturity = await writeAll(repositories.maturity, 'maturity', snapshot.maturity.map((assessment) => ({ original: assessment.id, record: assessment })), none, options);
  written.roleAssignments = await writeAll(
    repositories.roleAssignments,
    'roleAssignments',
    snapshot.roleAssignments.map((assignment) => ({ original: assignment.id, record: { ...assignment, unitId: assignment.unitId === undefined ? undefined : unit(assignment.unitId) } })),
    none,
    options
  );
  written.meetings = await writeAll(
    repositories.meetings,
    'meetings',
    snapshot.meetings.map((meeting) => ({ original: meeting.id, record: { ...meeting, actionIds: meeting.actionIds.map((id) => translate(actions, id, 'the action')) } })),
    none,
    options
  );
  return { written, skipped };
}
