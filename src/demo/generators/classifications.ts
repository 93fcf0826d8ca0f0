import type { InformationAsset } from '../../domain/assets/information-asset';
import type { Classification, ClassificationLevels } from '../../domain/classification/classification';
import { requiredMeasures } from '../../domain/classification/protective-measures';
import type { IsoDate } from '../../domain/shared/calendar';
import type { ItSystem } from '../../domain/systems/it-system';
import { SYSTEM_KIND_LEVELS } from '../catalogue/system-kinds';
import { DEMO_PERSONAS } from '../demo-personas';
import type { DemoContext } from '../demo-context';
import { addDays, addMonths, daysBefore } from '../demo-dates';
import type { Random } from '../random';
import type { DemoAssets } from './assets';
import type { DemoStaff } from './staff';
import type { DemoSystems } from './systems';

/** long-overdue: past the escalation grace, so the persona's manager hears of it (R-NDG-3). */
type Scenario = 'current' | 'due-soon' | 'overdue' | 'long-overdue' | 'missing';

const COMMENTS: readonly string[] = [
  'Klassad enligt KLASSA.',
  'Klassning i workshop med verksamheten.',
  'Omklassning efter byte av leverantör.',
  'Klassning inför upphandling.',
  'Uppdaterad efter riskanalys.',
  ''
];

export interface DemoClassifications {
  readonly classifications: readonly Classification[];
  /** The assets with protective measures and review dates that follow from their classification (R-CLS-3). */
  readonly assets: readonly InformationAsset[];
}

/**
 * R-CLS: most prioritised assets and active systems classified within the review interval, some
 * due soon, some older than the interval (overdue), some never classified; earlier versions kept
 * as history. The information owner persona's two assets are one overdue and one missing; the
 * system owner persona's COSMIC is current and her second system was never classified.
 */
export function generateClassifications(
  context: DemoContext,
  staff: DemoStaff,
  systems: readonly ItSystem[],
  demoSystems: DemoSystems,
  demoAssets: DemoAssets
): DemoClassifications {
  const random = context.random('classifications');
  const { config } = context;
  const required = new Set<string>(config.classification.requiredForAssetPriorities);
  const classifications: Classification[] = [];
  const topLevel = config.classification.consequenceScale.length - 1;
  const clamp = (level: number): number => Math.max(0, Math.min(topLevel, level));

  const push = (targetKind: Classification['targetKind'], targetId: string, classifiedOn: IsoDate, levels: readonly number[], owner: string | undefined): void => {
    const explicitReview = addMonths(classifiedOn, 6);
    // An earlier review date set by the classifier, only where it does not change the scenario's state.
    const nextReviewOn = random.chance(0.1) && addDays(context.asOf, config.classification.dueSoonDays + 1) < explicitReview ? explicitReview : undefined;
    classifications.push({
      id: `cls-${String(classifications.length + 1).padStart(5, '0')}`,
      targetKind,
      targetId,
      levels: levelsFor(levels, config.classification.goals),
      classifiedBy: owner !== undefined && staff.isCurrent(owner) && random.chance(0.7) ? owner : DEMO_PERSONAS.securityCoordinator.email,
      classifiedOn,
      nextReviewOn,
      comment: random.pick(COMMENTS)
    });
  };

  const add = (targetKind: Classification['targetKind'], targetId: string, scenario: Scenario, base: readonly number[], owner: string | undefined): void => {
    if (scenario === 'missing') return;
    const classifiedOn = classifiedOnFor(scenario, context, random);
    const history = random.chance(0.3);
    if (history) push(targetKind, targetId, daysBefore(classifiedOn, random.int(366, 800)), base.map((level) => clamp(level - (random.chance(0.3) ? 1 : 0))), owner);
    push(targetKind, targetId, classifiedOn, base.map((level) => clamp(level + (random.chance(0.2) ? (random.chance(0.5) ? 1 : -1) : 0))), owner);
  };
  // Assets: the required priorities mostly classified; a quarter of the rest as well.
  const assets = demoAssets.assets;
  const requiredAssets = assets.filter((asset) => required.has(asset.priority));
  const personaAssets = requiredAssets.filter((asset) => asset.ownerEmail === DEMO_PERSONAS.informationOwner.email).slice(0, 2);
  const dealt = random.deal(requiredAssets.length, [['current', 62], ['due-soon', 8], ['overdue', 18], ['missing', 12]]);
  const scenarioOf = new Map<string, Scenario>(requiredAssets.map((asset, index) => [asset.id, dealt[index]]));
  personaAssets.forEach((asset, index) => scenarioOf.set(asset.id, index === 0 ? 'long-overdue' : 'missing'));
  const optional = random.deal(assets.length - requiredAssets.length, [['current', 25], ['overdue', 10], ['missing', 65]]);
  let optionalIndex = 0;
  for (const asset of assets) {
    const scenario = scenarioOf.get(asset.id) ?? optional[optionalIndex++];
    add('asset', asset.id, scenario, demoAssets.templateOf.get(asset.id)?.levels ?? [1, 1, 1, 1], asset.ownerEmail);
  }

  // Systems: every active one must be classified (R-CLS-1); planned ones rarely are yet, retired ones keep an old one.
  const active = systems.filter((system) => system.lifecycle === 'active');
  const dealtSystems = random.deal(active.length, [['current', 55], ['due-soon', 7], ['overdue', 20], ['missing', 18]]);
  const systemScenario = new Map<string, Scenario>(active.map((system, index) => [system.id, dealtSystems[index]]));
  const karins = active.filter((system) => system.ownerEmail === DEMO_PERSONAS.systemOwner.email);
  karins.forEach((system, index) => systemScenario.set(system.id, index === 0 ? 'current' : index === 1 ? 'missing' : systemScenario.get(system.id) ?? 'current'));
  const assetLevels = new Map(assets.map((asset) => [asset.id, demoAssets.templateOf.get(asset.id)?.levels ?? [1, 1, 1, 1]]));
  for (const system of systems) {
    const kindLevels = SYSTEM_KIND_LEVELS[demoSystems.kindOf.get(system.id) ?? 'verksamhet'];
    // A system is classified at least as high as the most sensitive information it lists.
    const base = kindLevels.map((level, goal) => Math.max(level, ...system.assetIds.map((id) => assetLevels.get(id)?.[goal] ?? 0)));
    const scenario = systemScenario.get(system.id) ?? (system.lifecycle === 'retired' ? random.pick<Scenario>(['overdue', 'missing']) : 'missing');
    add('system', system.id, scenario, base, system.ownerEmail);
  }

  return { classifications, assets: withMeasures(context, random, assets, classifications) };
}

function classifiedOnFor(scenario: Exclude<Scenario, 'missing'>, context: DemoContext, random: Random): IsoDate {
  const { asOf, config } = context;
  const interval = config.classification.reviewIntervalMonths;
  const soon = Math.min(config.classification.dueSoonDays, config.nudges.dueSoonDays);
  switch (scenario) {
    case 'current':
      return daysBefore(asOf, random.int(10, Math.max(11, interval * 30 - config.classification.dueSoonDays - 35)));
    case 'due-soon':
      return addDays(addMonths(asOf, -interval), random.int(1, Math.max(1, soon - 1)));
    case 'overdue':
      return daysBefore(addMonths(asOf, -interval), random.int(1, 900));
    case 'long-overdue':
      return daysBefore(addMonths(asOf, -interval), config.nudges.escalateAfterDays.classification + 30);
  }
}

function levelsFor(levels: readonly number[], goals: readonly string[]): ClassificationLevels {
  return {
    confidentiality: levels[0],
    integrity: levels[1],
    availability: levels[2],
    traceability: goals.includes('traceability') ? levels[3] : undefined
  };
}

/** The measures the newest classification requires (R-CLS-3), most in place, some missing; review a year after. */
function withMeasures(context: DemoContext, random: Random, assets: readonly InformationAsset[], classifications: readonly Classification[]): InformationAsset[] {
  const latest = new Map<string, Classification>();
  for (const classification of classifications) {
    if (classification.targetKind !== 'asset') continue;
    const known = latest.get(classification.targetId);
    if (!known || known.classifiedOn < classification.classifiedOn) latest.set(classification.targetId, classification);
  }
  return assets.map((asset) => {
    const classification = latest.get(asset.id);
    if (!classification) return { ...asset, protectiveMeasures: random.chance(0.4) ? ['atkomststyrning', 'sakerhetskopiering'].filter((key) => context.config.classification.protectiveMeasures.some((m) => m.key === key)) : [] };
    const keepRate = asset.priority === 'business-critical' ? 0.9 : 0.8;
    return {
      ...asset,
      protectiveMeasures: requiredMeasures(classification.levels, context.config)
        .map((measure) => measure.key)
        .filter(() => random.chance(keepRate)),
      lastReviewedOn: classification.classifiedOn,
      nextReviewOn: addMonths(classification.classifiedOn, context.config.classification.reviewIntervalMonths)
    };
  });
}
