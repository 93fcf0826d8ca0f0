import type { RegionConfig } from '../../config/region-config';
import { isBefore } from '../shared/calendar';
import type { MaturityAssessment } from './maturity-assessment';

export interface AreaMaturity {
  readonly areaKey: string;
  /** The newest status assessed in the year; 'okant' (or the scale's first) when never assessed. */
  readonly statusKey: string;
  readonly assessed: boolean;
}

/**
 * R-MAT: the assessment in force for an area in a year: the latest assessed, the higher id on the
 * same day (a later item replaces an earlier one); undefined when the area was not assessed that year.
 */
export function newestAssessment(assessments: readonly MaturityAssessment[], areaKey: string, year: number): MaturityAssessment | undefined {
  return assessments
    .filter((assessment) => assessment.areaKey === areaKey && assessment.year === year)
    .reduce<MaturityAssessment | undefined>(
      (best, assessment) =>
        best === undefined ||
        isBefore(best.assessedOn, assessment.assessedOn) ||
        (best.assessedOn === assessment.assessedOn && best.id < assessment.id)
          ? assessment
          : best,
      undefined
    );
}

/** R-MAT: each MSBFS 2020:6 area's status in `year`, the newest assessment of that year winning. */
export function maturityForYear(assessments: readonly MaturityAssessment[], config: RegionConfig, year: number): AreaMaturity[] {
  const unknown = config.maturity.scale.find((status) => status.rank === null && status.applicable)?.key ?? config.maturity.scale[0].key;
  return config.maturity.areas.map((area) => {
    const newest = newestAssessment(assessments, area.key, year);
    return { areaKey: area.key, statusKey: newest?.statusKey ?? unknown, assessed: newest !== undefined };
  });
}

export interface MaturitySummary {
  readonly year: number;
  /** Areas at or above the target status (KPI 1 numerator). */
  readonly atTarget: number;
  /** Applicable areas: Ej applicerbart is left out, Okänt counts (it is not yet known, not exempt). */
  readonly applicable: number;
  readonly byStatus: Record<string, number>;
  readonly areas: AreaMaturity[];
}

export function maturitySummary(assessments: readonly MaturityAssessment[], config: RegionConfig, year: number): MaturitySummary {
  const areas = maturityForYear(assessments, config, year);
  const scale = new Map(config.maturity.scale.map((status) => [status.key, status]));
  const targetRank = scale.get(config.maturity.targetStatus)?.rank ?? Number.POSITIVE_INFINITY;
  const byStatus: Record<string, number> = Object.fromEntries(config.maturity.scale.map((status) => [status.key, 0]));
  let applicable = 0;
  let atTarget = 0;
  for (const area of areas) {
    const status = scale.get(area.statusKey);
    byStatus[area.statusKey] = (byStatus[area.statusKey] ?? 0) + 1;
    // A status key the scale does not know counts as applicable and not at target: visible, not hidden.
    if (status !== undefined && !status.applicable) continue;
    applicable += 1;
    if (status?.rank !== null && status?.rank !== undefined && status.rank >= targetRank) atTarget += 1;
  }
  return { year, atTarget, applicable, byStatus, areas };
}
