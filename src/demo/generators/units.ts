import type { OrgUnit } from '../../domain/organisation/org-unit';
import { REGION_ORGANISATION, type AdministrationBlueprint, type UnitBlueprint, type UnitProfile } from '../catalogue/organisation';
import type { DemoContext } from '../demo-context';

/** A generated unit with what the other generators need to know about it. */
export interface DemoUnit {
  readonly unit: OrgUnit;
  readonly profile: UnitProfile;
  /** 0 förvaltning, 1 område, 2 avdelning, 3 enhet (the depth in the tree). */
  readonly depth: number;
  /** Unit names from the förvaltning down to this unit. */
  readonly path: readonly string[];
  readonly administration: AdministrationBlueprint;
  readonly administrationId: string;
  /** The område this unit belongs to (itself at depth 1); undefined for a förvaltning. */
  readonly areaId: string | undefined;
  readonly chiefTitle: string;
}

export interface DemoOrganisation {
  readonly units: readonly DemoUnit[];
  readonly byId: ReadonlyMap<string, DemoUnit>;
  /** The unit at `path`, or its deepest ancestor that exists at this scale. */
  resolve(path: readonly string[]): DemoUnit;
  /** The unit and its ancestors, nearest first. */
  chain(unitId: string): DemoUnit[];
  /** The unit and everything below it, in tree order. */
  subtree(unitId: string): DemoUnit[];
}

const PATH_SEPARATOR = ' › ';

/**
 * R-ORG: the organisation tree. Scaled down, each unit keeps its first children in the proportion
 * scale^(1/3) per level, so the tree as a whole shrinks in proportion to the scale while every
 * förvaltning keeps at least one område, avdelning and enhet. Level keys are the configuration's,
 * by depth (förvaltning › område › avdelning › enhet by default, R-ORG-MULTI).
 */
export function generateUnits(context: DemoContext): DemoOrganisation {
  const levels = context.config.organisationLevels;
  const perLevel = Math.min(1, Math.cbrt(context.scale));
  const units: DemoUnit[] = [];
  const byPath = new Map<string, DemoUnit>();
  const children = new Map<string, DemoUnit[]>();

  const visit = (
    blueprint: UnitBlueprint,
    administration: AdministrationBlueprint,
    parent: DemoUnit | undefined,
    inheritedProfile: UnitProfile
  ): void => {
    const depth = parent === undefined ? 0 : parent.depth + 1;
    const id = `unit-${String(units.length + 1).padStart(4, '0')}`;
    const profile = blueprint.profile ?? inheritedProfile;
    const chiefTitle =
      depth === 0 ? administration.directorTitle : depth === 1 ? 'Områdeschef' : depth === 2 ? administration.departmentChiefTitle : 'Enhetschef';
    const demoUnit: DemoUnit = {
      unit: {
        id,
        name: blueprint.name,
        level: levels[Math.min(depth, levels.length - 1)].key,
        parentId: parent?.unit.id,
        businessCritical: blueprint.businessCritical ?? false
      },
      profile,
      depth,
      path: [...(parent?.path ?? []), blueprint.name],
      administration,
      administrationId: parent?.administrationId ?? id,
      areaId: depth === 1 ? id : parent?.areaId,
      chiefTitle
    };
    units.push(demoUnit);
    byPath.set(demoUnit.path.join(PATH_SEPARATOR), demoUnit);
    if (parent) children.set(parent.unit.id, [...(children.get(parent.unit.id) ?? []), demoUnit]);
    const keep = Math.max(1, Math.round(blueprint.children.length * perLevel));
    for (const child of blueprint.children.slice(0, keep)) visit(child, administration, demoUnit, profile);
  };
  for (const administration of REGION_ORGANISATION) visit(administration, administration, undefined, administration.profile);

  const byId = new Map(units.map((demoUnit) => [demoUnit.unit.id, demoUnit]));
  return {
    units,
    byId,
    resolve: (path) => {
      for (let length = path.length; length > 0; length -= 1) {
        const found = byPath.get(path.slice(0, length).join(PATH_SEPARATOR));
        if (found) return found;
      }
      throw new Error(`The demo organisation has no unit on the path ${path.join(PATH_SEPARATOR)}`);
    },
    chain: (unitId) => {
      const result: DemoUnit[] = [];
      let current = byId.get(unitId);
      while (current) {
        result.push(current);
        current = current.unit.parentId === undefined ? undefined : byId.get(current.unit.parentId);
      }
      return result;
    },
    subtree: (unitId) => {
      const root = byId.get(unitId);
      if (!root) return [];
      const result: DemoUnit[] = [];
      const walk = (node: DemoUnit): void => {
        result.push(node);
        for (const child of children.get(node.unit.id) ?? []) walk(child);
      };
      walk(root);
      return result;
    }
  };
}
