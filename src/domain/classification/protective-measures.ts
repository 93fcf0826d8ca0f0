import type { RegionConfig } from '../../config/region-config';
import type { ClassificationLevels, ProtectionGoal } from './classification';

export interface RequiredMeasure {
  readonly key: string;
  readonly goal: ProtectionGoal;
  readonly fromLevel: number;
}

/**
 * R-CLS-3: the measures an asset's levels require. A measure applies from its level upwards,
 * so a higher level always requires everything a lower one does, and more.
 */
export function requiredMeasures(levels: ClassificationLevels, config: RegionConfig): RequiredMeasure[] {
  return config.classification.protectiveMeasures
    .filter((measure) => {
      if (!config.classification.goals.includes(measure.goal)) return false;
      const level = levels[measure.goal];
      return level !== undefined && level >= measure.fromLevel;
    })
    .map((measure) => ({ key: measure.key, goal: measure.goal, fromLevel: measure.fromLevel }));
}

/** Required measures the asset does not document as in place. */
export function missingMeasures(
  levels: ClassificationLevels,
  inPlace: readonly string[],
  config: RegionConfig
): RequiredMeasure[] {
  const documented = new Set(inPlace);
  return requiredMeasures(levels, config).filter((measure) => !documented.has(measure.key));
}

/** A level outside the region's scale is a data error the UI must show, not a level to guess. */
export function levelsOutsideScale(levels: ClassificationLevels, config: RegionConfig): ProtectionGoal[] {
  const highest = config.classification.consequenceScale.length - 1;
  return (Object.keys(levels) as ProtectionGoal[]).filter((goal) => {
    const level = levels[goal];
    return level !== undefined && level > highest;
  });
}
