import type { RegionConfig } from '../../src/config/region-config';
import type { RegisterSnapshot } from '../../src/domain/registers';

/**
 * Every reference in a demo snapshot that does not resolve, as readable strings (empty when all
 * do). The demo's gaps are absent references (no owner, no manager, a vacant role), never
 * dangling ones, so the list must be empty. Risks point by kind: an asset, a system, a
 * processing activity ('process') or a unit ('area').
 */
export function unresolvedReferences(snapshot: RegisterSnapshot, config: RegionConfig): string[] {
  const problems: string[] = [];
  const ids = <T>(records: readonly T[], key: (record: T) => string): Set<string> => new Set(records.map(key));
  const units = ids(snapshot.units, (unit) => unit.id);
  const people = ids(snapshot.roster, (person) => person.email);
  const systems = ids(snapshot.systems, (system) => system.id);
  const assets = ids(snapshot.assets, (asset) => asset.id);
  const processing = ids(snapshot.processing, (activity) => activity.id);
  const actions = ids(snapshot.actions, (action) => action.id);
  const versions = ids(snapshot.documentVersions, (version) => `${version.documentKey}@${version.version}`);
  const courses = new Set(config.training.courses.map((course) => course.key));
  const roles = new Set(config.roles.map((role) => role.key));
  const areas = new Set(config.maturity.areas.map((area) => area.key));
  const statuses = new Set(config.maturity.scale.map((status) => status.key));
  const levels = new Set(config.organisationLevels.map((level) => level.key));

  const check = (where: string, value: string | undefined, known: ReadonlySet<string>): void => {
    if (value !== undefined && !known.has(value)) problems.push(`${where} → ${value}`);
  };
  for (const unit of snapshot.units) {
    check(`unit ${unit.id} parentId`, unit.parentId, units);
    check(`unit ${unit.id} level`, unit.level, levels);
  }
  for (const person of snapshot.roster) {
    check(`person ${person.email} unitId`, person.unitId, units);
    check(`person ${person.email} managerEmail`, person.managerEmail, people);
  }
  for (const asset of snapshot.assets) {
    check(`asset ${asset.id} unitId`, asset.unitId, units);
    check(`asset ${asset.id} ownerEmail`, asset.ownerEmail, people);
    asset.systemIds.forEach((id) => check(`asset ${asset.id} systemIds`, id, systems));
  }
  const assetsById = new Map(snapshot.assets.map((asset) => [asset.id, asset]));
  for (const system of snapshot.systems) {
    check(`system ${system.id} unitId`, system.unitId, units);
    check(`system ${system.id} ownerEmail`, system.ownerEmail, people);
    check(`system ${system.id} administratorEmail`, system.administratorEmail, people);
    for (const id of system.assetIds) {
      check(`system ${system.id} assetIds`, id, assets);
      if (assetsById.get(id)?.systemIds.includes(system.id) === false) problems.push(`system ${system.id} lists ${id}, which does not link back`);
    }
  }
  for (const classification of snapshot.classifications) {
    check(`classification ${classification.id} targetId`, classification.targetId, classification.targetKind === 'asset' ? assets : systems);
    check(`classification ${classification.id} classifiedBy`, classification.classifiedBy, people);
  }
  for (const activity of snapshot.processing) {
    check(`processing ${activity.id} unitId`, activity.unitId, units);
    check(`processing ${activity.id} registerOwnerEmail`, activity.registerOwnerEmail, people);
    check(`processing ${activity.id} informationOwnerEmail`, activity.informationOwnerEmail, people);
    check(`processing ${activity.id} registryCoordinatorEmail`, activity.registryCoordinatorEmail, people);
    activity.systemIds.forEach((id) => check(`processing ${activity.id} systemIds`, id, systems));
  }
  const subjects = { asset: assets, system: systems, process: processing, area: units } as const;
  for (const risk of snapshot.risks) {
    check(`risk ${risk.id} unitId`, risk.unitId, units);
    check(`risk ${risk.id} ownerEmail`, risk.ownerEmail, people);
    check(`risk ${risk.id} subjectId`, risk.subjectId, subjects[risk.subjectKind]);
  }
  for (const analysis of snapshot.riskAnalyses) check(`risk analysis ${analysis.id} unitId`, analysis.unitId, units);
  for (const incident of snapshot.incidents) {
    check(`incident ${incident.id} unitId`, incident.unitId, units);
    check(`incident ${incident.id} reportedBy`, incident.reportedBy, people);
    check(`incident ${incident.id} assessedBy`, incident.assessedBy, people);
    incident.systemIds.forEach((id) => check(`incident ${incident.id} systemIds`, id, systems));
  }
  for (const acknowledgement of snapshot.acknowledgements) {
    check(`acknowledgement ${acknowledgement.id} signerEmail`, acknowledgement.signerEmail, people);
    check(`acknowledgement ${acknowledgement.id} signedByAccount`, acknowledgement.signedByAccount, people);
    check(`acknowledgement ${acknowledgement.id} version`, `${acknowledgement.documentKey}@${acknowledgement.version}`, versions);
  }
  for (const version of snapshot.documentVersions) version.requiredForRoles.forEach((role) => check(`document ${version.id} requiredForRoles`, role, roles));
  for (const record of snapshot.trainingRecords) {
    check(`training ${record.id} personEmail`, record.personEmail, people);
    check(`training ${record.id} courseKey`, record.courseKey, courses);
  }
  for (const action of snapshot.actions) {
    check(`action ${action.id} responsibleEmail`, action.responsibleEmail, people);
    check(`action ${action.id} contactEmail`, action.contactEmail, people);
  }
  for (const assessment of snapshot.maturity) {
    check(`maturity ${assessment.id} areaKey`, assessment.areaKey, areas);
    check(`maturity ${assessment.id} statusKey`, assessment.statusKey, statuses);
    check(`maturity ${assessment.id} assessedBy`, assessment.assessedBy, people);
  }
  for (const assignment of snapshot.roleAssignments) {
    check(`role ${assignment.id} roleKey`, assignment.roleKey, roles);
    check(`role ${assignment.id} unitId`, assignment.unitId, units);
    check(`role ${assignment.id} holderEmail`, assignment.holderEmail, people);
  }
  for (const meeting of snapshot.meetings) {
    meeting.attendeeEmails.forEach((email) => check(`meeting ${meeting.id} attendeeEmails`, email, people));
    meeting.actionIds.forEach((id) => check(`meeting ${meeting.id} actionIds`, id, actions));
  }
  return problems;
}
