import { z } from 'zod';
import type { RegionConfig } from '../../config/region-config';
import type { RegisterSnapshot } from '../registers';
import { instantSchema, isoDateSchema, type Instant, type IsoDate } from '../shared/calendar';
import { emailSchema, idSchema } from '../shared/person-ref';
import { GOAL_AREAS, goalAreaKpis, type KpiReport } from './goal-area-kpis';
import { measure, type Measure } from './measure';

export const KPI_SNAPSHOT_SOURCES = ['daily', 'meeting'] as const;
export type KpiSnapshotSource = (typeof KPI_SNAPSHOT_SOURCES)[number];

/** One measure as stored: what it rests on; the percentage is derived again on reading (measure.ts), never stored twice. */
export const storedMeasureSchema = z.object({
  key: z.string().min(1),
  numerator: z.number().int().min(0),
  denominator: z.number().int().min(0),
  targetPercent: z.number().min(0).max(100).optional()
});

export const storedGoalAreaSchema = z.object({
  area: z.enum(GOAL_AREAS),
  measures: z.array(storedMeasureSchema)
});
export type StoredGoalArea = z.infer<typeof storedGoalAreaSchema>;

/**
 * The five goal areas' KPIs as computed on one day and kept (R-KPI, R-REP): by the app service's daily
 * job, or when the council takes one at a meeting ("per tertial" follow-ups). Kept figures are never
 * recomputed: next year's report compares with what the council saw, not with today's registers.
 */
export const kpiSnapshotSchema = z.object({
  id: idSchema,
  /** The region's calendar day the figures are of. */
  asOf: isoDateSchema,
  takenAt: instantSchema,
  source: z.enum(KPI_SNAPSHOT_SOURCES),
  /** Who took it at a meeting; the daily job's have none. */
  takenBy: emailSchema.optional(),
  goalAreas: z.array(storedGoalAreaSchema).min(1)
});
export type KpiSnapshot = z.infer<typeof kpiSnapshotSchema>;

const stored = (measures: readonly Measure[]): StoredGoalArea['measures'] =>
  measures.map((m) => ({ key: m.key, numerator: m.numerator, denominator: m.denominator, ...(m.targetPercent === undefined ? {} : { targetPercent: m.targetPercent }) }));

/** The KPI report's measures per goal area, in the policy's order (R-KPI): what a snapshot keeps. */
export function goalAreaFigures(report: KpiReport): StoredGoalArea[] {
  const byArea: Record<(typeof GOAL_AREAS)[number], readonly Measure[]> = {
    'management-system': report.managementSystem.measures,
    'risk-management': report.riskManagement.measures,
    'security-organisation': report.securityOrganisation.measures,
    classification: report.classification.measures,
    training: report.training.measures
  };
  return GOAL_AREAS.map((area) => ({ area, measures: stored(byArea[area]) }));
}

/** A stored measure with its percentage derived by the same rule as when it was computed (measure.ts). */
export function measureOf(storedMeasure: StoredGoalArea['measures'][number]): Measure {
  return measure(storedMeasure.key, storedMeasure.numerator, storedMeasure.denominator, storedMeasure.targetPercent);
}

/** A new snapshot of the registers' KPIs on `asOf`, computed by goalAreaKpis and nothing else (R-KPI). */
export function takeKpiSnapshot(
  snapshot: RegisterSnapshot,
  config: RegionConfig,
  at: { readonly asOf: IsoDate; readonly takenAt: Instant },
  source: KpiSnapshotSource,
  takenBy?: string
): Omit<KpiSnapshot, 'id'> {
  return {
    asOf: at.asOf,
    takenAt: at.takenAt,
    source,
    ...(takenBy === undefined ? {} : { takenBy }),
    goalAreas: goalAreaFigures(goalAreaKpis(snapshot, config, at.asOf))
  };
}
