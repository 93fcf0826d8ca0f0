import type { RegionConfig } from '../../config/region-config';
import type { MeasureData } from '../../contracts/council-dashboard';
import { goalAreaFigures, measureOf, type StoredGoalArea } from '../kpi/kpi-snapshot';
import type { KpiReport } from '../kpi/goal-area-kpis';

export interface DashboardGoalArea {
  readonly area: StoredGoalArea['area'];
  readonly measures: MeasureData[];
}

const TRAINED_PREFIX = 'trained:';

/**
 * Goal areas as the dashboard shows them (R-KPI): each measure with numerator, denominator, percent
 * (absent when there is nothing to measure) and target; a training measure named by its audience's
 * label from the configuration, since the tab has no region configuration of its own.
 */
export function dashboardGoalAreas(figures: readonly StoredGoalArea[], config: RegionConfig): DashboardGoalArea[] {
  const audiences = new Map(config.training.audiences.map((audience) => [audience.key, audience.label]));
  return figures.map((goalArea) => ({
    area: goalArea.area,
    measures: goalArea.measures.map((stored) => {
      const m = measureOf(stored);
      const label = m.key.startsWith(TRAINED_PREFIX) ? audiences.get(m.key.slice(TRAINED_PREFIX.length)) : undefined;
      return {
        key: m.key,
        numerator: m.numerator,
        denominator: m.denominator,
        ...(m.percent === undefined ? {} : { percent: m.percent }),
        ...(m.targetPercent === undefined ? {} : { targetPercent: m.targetPercent }),
        ...(label === undefined ? {} : { label })
      };
    })
  }));
}

/** The live KPI report as dashboard goal areas: the same figures goalAreaKpis computed, nothing recomputed. */
export function goalAreasOfReport(report: KpiReport, config: RegionConfig): DashboardGoalArea[] {
  return dashboardGoalAreas(goalAreaFigures(report), config);
}
