import type { RegionConfig } from '../config/region-config';
import type { IsoDate } from '../domain/shared/calendar';
import { Random } from './random';

/** What every demo generator gets: the day the demo describes, the region's configuration, the scale and a seeded stream. */
export interface DemoContext {
  readonly asOf: IsoDate;
  readonly config: RegionConfig;
  readonly scale: number;
  readonly seed: number;
  /** An independent stream per register (see deriveSeed), so registers do not shift one another. */
  random(label: string): Random;
  /** A count at the demo's scale: `target` at scale 1, never below `minimum`. */
  count(target: number, minimum?: number): number;
}

export function demoContext(asOf: IsoDate, config: RegionConfig, scale: number, seed: number): DemoContext {
  const root = new Random(seed);
  return {
    asOf,
    config,
    scale,
    seed,
    random: (label) => root.fork(label),
    count: (target, minimum = 1) => Math.max(minimum, Math.round(target * scale))
  };
}
