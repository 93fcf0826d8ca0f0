import type { RegionConfig } from '../../config/region-config';
import type { ChoiceFieldSchema, RegionChoiceSource } from './list-schema';

const SOURCES: Readonly<Record<RegionChoiceSource, (config: RegionConfig) => string[]>> = {
  'organisation-levels': (config) => config.organisationLevels.map((level) => level.key),
  'protective-measures': (config) => config.classification.protectiveMeasures.map((measure) => measure.key),
  roles: (config) => config.roles.map((role) => role.key),
  courses: (config) => config.training.courses.map((course) => course.key),
  'maturity-areas': (config) => config.maturity.areas.map((area) => area.key),
  'maturity-statuses': (config) => config.maturity.scale.map((status) => status.key)
};

/**
 * The values a choice column offers in this region: fixed domain keys, or the keys of the region's
 * catalogue (R-ORG-MULTI). Provisioning writes them; a key a region later drops stays readable on
 * old items, because SharePoint keeps stored values that are no longer offered.
 */
export function choiceValues(field: ChoiceFieldSchema, config: RegionConfig): string[] {
  const choices = field.choices;
  if ('fromRegion' in choices) return SOURCES[choices.fromRegion](config);
  return [...choices];
}
