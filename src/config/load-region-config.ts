import { parseOrThrow } from '../domain/shared/validation';
import { regionConfigSchema, type RegionConfig } from './region-config';
import { DEFAULT_REGION_CONFIG_INPUT } from './default-region';

type Overrides = { [key: string]: unknown };

function isPlainObject(value: unknown): value is Overrides {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Objects merge key by key; arrays and values replace: a region that lists its own roles lists
 * them all, so it never gets a mix of its roles and ours.
 */
function merge(base: unknown, override: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(override)) return override === undefined ? base : override;
  const merged: Overrides = { ...base };
  for (const [key, value] of Object.entries(override)) merged[key] = merge(base[key], value);
  return merged;
}

/**
 * A region's configuration: the defaults with the region's overrides laid on top, validated as a
 * whole so that an error names the field (`classification.reviewIntervalMonths: …`).
 */
export function loadRegionConfig(overrides: unknown = {}): RegionConfig {
  if (!isPlainObject(overrides)) {
    return parseOrThrow(regionConfigSchema, overrides, 'The region configuration');
  }
  return parseOrThrow(regionConfigSchema, merge(DEFAULT_REGION_CONFIG_INPUT, overrides), 'The region configuration');
}
