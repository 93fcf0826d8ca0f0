import type { AssetPriority, InformationAsset } from '../../domain/assets/information-asset';
import type { ItSystem } from '../../domain/systems/it-system';
import { ASSET_TEMPLATES, type AssetTemplate } from '../catalogue/information-assets';
import { UNIT_PATHS } from '../catalogue/unit-paths';
import { DEMO_PERSONAS } from '../demo-personas';
import type { DemoContext } from '../demo-context';
import { DEMO_TARGET_COUNTS } from '../demo-targets';
import type { Random } from '../random';
import type { DemoStaff } from './staff';
import type { DemoSystems } from './systems';
import type { DemoOrganisation, DemoUnit } from './units';

/** How many assets a system lists as the information it handles; the asset side holds every link. */
const ASSETS_LISTED_PER_SYSTEM = 10;

export interface DemoAssets {
  /** Without protective measures and review dates: those follow from the classifications. */
  readonly assets: readonly InformationAsset[];
  readonly templateOf: ReadonlyMap<string, AssetTemplate>;
}

const HANDLING_RULES: readonly string[] = [
  'Öppen information. Får publiceras efter informationsägarens beslut.',
  'Intern information. Får delas inom regionen; extern delning efter beslut av informationsägaren.',
  'Kan omfattas av sekretess. Delas endast med behöriga; extern överföring via säker filöverföring efter sekretessprövning.',
  'Sekretess (OSL 25 kap. 1 §). Åtkomst endast vid vårdrelation eller motsvarande behov, med loggning. Skickas aldrig med vanlig e-post; utskrifter hämtas direkt och förvaras inlåsta.'
];

/**
 * R-AST: ~1,500 information assets across the units, each tied to the process it supports and
 * to the systems that hold it, owned by the chiefs of the areas and departments (seed: områdes-
 * and avdelningschefer are information owners) — a few with no owner, against R-AST-2.
 */
export function generateAssets(context: DemoContext, organisation: DemoOrganisation, staff: DemoStaff, systems: DemoSystems): DemoAssets {
  const random = context.random('assets');
  const total = context.count(DEMO_TARGET_COUNTS.assets, 30);
  const placements: Array<{ template: AssetTemplate; unit: DemoUnit; owner?: string }> = [];

  // The information owner persona's area holds two business-critical assets of his, at every scale.
  const akut = organisation.resolve(UNIT_PATHS.akut);
  const used = new Map<string, Set<string>>([[akut.unit.id, new Set()]]);
  for (const template of ASSET_TEMPLATES.akut.slice(0, 2)) {
    placements.push({ template, unit: akut, owner: DEMO_PERSONAS.informationOwner.email });
    used.get(akut.unit.id)?.add(template.name);
  }

  // Round-robin over the units in a shuffled order, one new kind of information per unit per pass.
  const order = random.shuffle(organisation.units);
  const queues = new Map(order.map((unit) => [unit.unit.id, random.shuffle(ASSET_TEMPLATES[unit.profile]).filter((template) => !used.get(unit.unit.id)?.has(template.name))]));
  while (placements.length < total) {
    let placed = false;
    for (const unit of order) {
      if (placements.length >= total) break;
      const template = queues.get(unit.unit.id)?.shift();
      if (!template) continue;
      placements.push({ template, unit });
      placed = true;
    }
    if (!placed) break;
  }

  const fates = random.deal(placements.length, [['owner', 96], ['none', 4]]);
  const templateOf = new Map<string, AssetTemplate>();
  const assets = placements.map(({ template, unit, owner }, index): InformationAsset => {
    const id = `asset-${String(index + 1).padStart(4, '0')}`;
    templateOf.set(id, template);
    return {
      id,
      name: `${template.name} – ${unit.unit.name}`,
      description: template.description,
      businessProcess: template.process,
      unitId: unit.unit.id,
      ownerEmail: owner ?? (fates[index] === 'none' ? undefined : informationOwnerFor(unit, organisation, staff, random)),
      priority: owner === undefined ? shiftedPriority(template.priority, random) : template.priority,
      protectiveMeasures: [],
      handlingRules: HANDLING_RULES[template.levels[0]] ?? HANDLING_RULES[HANDLING_RULES.length - 1],
      systemIds: systemsFor(template, unit, organisation, systems, random),
      lastReviewedOn: undefined,
      nextReviewOn: undefined
    };
  });
  return { assets, templateOf };
}

/** Mostly the template's priority; one in seven is judged a step higher or lower by its unit. */
function shiftedPriority(priority: AssetPriority, random: Random): AssetPriority {
  if (!random.chance(0.15)) return priority;
  if (priority === 'prioritised') return random.chance(0.5) ? 'normal' : 'business-critical';
  return 'prioritised';
}

/** The chief of the area (områdeschef) or of the department (avdelningschef) the asset belongs to. */
function informationOwnerFor(unit: DemoUnit, organisation: DemoOrganisation, staff: DemoStaff, random: Random): string | undefined {
  const chain = organisation.chain(unit.unit.id);
  const area = chain.find((candidate) => candidate.depth === 1);
  const department = chain.find((candidate) => candidate.depth === 2);
  const preferred = unit.depth <= 1 ? unit : random.chance(0.4) ? area : department;
  const target = preferred ?? unit;
  return staff.chiefOf.get(target.unit.id) ?? staff.currentChiefUp(target.unit.id);
}

/**
 * The systems holding the asset: a system of the right kind in the asset's own part of the tree,
 * else the region's main one of that kind (COSMIC for journals) — unit-level medical and local
 * systems only where they are.
 */
function systemsFor(template: AssetTemplate, unit: DemoUnit, organisation: DemoOrganisation, systems: DemoSystems, random: Random): string[] {
  const chain = new Set(organisation.chain(unit.unit.id).map((candidate) => candidate.unit.id));
  const ids: string[] = [];
  for (const kind of template.systemKinds) {
    if (ids.length >= 3 || random.chance(0.15)) continue;
    const ofKind = (systems.byKind.get(kind) ?? []).filter((system) => system.lifecycle !== 'retired');
    const near = ofKind.filter((system) => chain.has(system.unitId) || system.unitId === unit.unit.id);
    const unitBound = kind === 'medicinteknik' || kind === 'lokal';
    const chosen = near.length > 0 ? random.pick(near) : unitBound || ofKind.length === 0 ? undefined : random.chance(0.7) ? ofKind[0] : random.pick(ofKind);
    if (chosen && !ids.includes(chosen.id)) ids.push(chosen.id);
  }
  return ids;
}

/** A system lists some of the assets it holds (R-SYS "information handled"), prioritised ones first. */
export function withAssetLinks(systems: readonly ItSystem[], assets: readonly InformationAsset[]): ItSystem[] {
  const rank: Record<AssetPriority, number> = { 'business-critical': 0, prioritised: 1, normal: 2 };
  const bySystem = new Map<string, InformationAsset[]>();
  for (const asset of assets) {
    for (const systemId of asset.systemIds) {
      const linked = bySystem.get(systemId) ?? [];
      linked.push(asset);
      bySystem.set(systemId, linked);
    }
  }
  return systems.map((system) => ({
    ...system,
    assetIds: (bySystem.get(system.id) ?? [])
      .sort((a, b) => rank[a.priority] - rank[b.priority] || (a.id < b.id ? -1 : 1))
      .slice(0, ASSETS_LISTED_PER_SYSTEM)
      .map((asset) => asset.id)
  }));
}
