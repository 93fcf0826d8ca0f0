import type { RegionConfig } from '../../config/region-config';
import { unitChain, type OrgUnit } from '../organisation/org-unit';
import { chiefUpTheTree } from '../organisation/unit-chiefs';
import { firstHolderUpTheTree, unitHolders, type RoleSlot } from '../roles/role-slots';
import { isPossibleBreach, type Incident } from './incident';

/** What the rules need to know about the organisation, indexed once (a nudge run asks for every incident). */
export interface IncidentDirectory {
  readonly units: ReadonlyMap<string, OrgUnit>;
  /** unitChiefs(roster, today). */
  readonly chiefs: ReadonlyMap<string, string>;
  /** The DSO (roleDuties.dataProtectionOfficer), when the post is held. */
  readonly dataProtectionOfficer: string | undefined;
  /** The deputy DSO per administration (roleDuties.deputyDataProtectionOfficer), by unit id. */
  readonly deputies: ReadonlyMap<string, string>;
}

export function incidentDirectory(
  units: readonly OrgUnit[],
  chiefs: ReadonlyMap<string, string>,
  slots: readonly RoleSlot[],
  config: RegionConfig
): IncidentDirectory {
  const dso = slots.find((slot) => slot.roleKey === config.roleDuties.dataProtectionOfficer && slot.holderEmail !== undefined);
  return {
    units: new Map(units.map((unit) => [unit.id, unit])),
    chiefs,
    dataProtectionOfficer: dso?.holderEmail,
    deputies: unitHolders(slots, config.roleDuties.deputyDataProtectionOfficer)
  };
}

/** Who assesses one incident (R-INC). */
export interface IncidentDeciders {
  /** The chief of the incident's unit, or the nearest chief up the tree (unit-chiefs.ts). */
  readonly unitChief: string | undefined;
  /** For a possible personal data breach: the DSO, then the deputy DSO of the unit's administration; empty otherwise. */
  readonly dataProtectionOfficers: readonly string[];
}

export function incidentDeciders(incident: Pick<Incident, 'unitId' | 'category' | 'status' | 'personalData'>, directory: IncidentDirectory): IncidentDeciders {
  const unitChief = chiefUpTheTree(directory.chiefs, directory.units, incident.unitId);
  if (!isPossibleBreach(incident)) return { unitChief, dataProtectionOfficers: [] };
  const chain = unitChain(directory.units, incident.unitId).map((unit) => unit.id);
  const deputy = firstHolderUpTheTree(directory.deputies, chain);
  const officers = [directory.dataProtectionOfficer, deputy].filter((email): email is string => email !== undefined);
  return { unitChief, dataProtectionOfficers: [...new Set(officers)] };
}
