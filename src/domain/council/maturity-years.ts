import type { RegionConfig } from '../../config/region-config';
import type { CouncilDashboard } from '../../contracts/council-dashboard';
import type { MaturityAssessment } from '../maturity/maturity-assessment';
import { maturityForYear, newestAssessment } from '../maturity/maturity-status';

/**
 * R-MAT: the scale, the MSBFS 2020:6 areas and each year's status per area — the chosen year first,
 * then every earlier year with an assessment, newest first (the history the trend is drawn from).
 * A year's status per area is the domain's (maturityForYear: the newest assessment of the year wins,
 * an area never assessed is Okänt); its comment and date are that assessment's.
 */
export function maturityYears(assessments: readonly MaturityAssessment[], config: RegionConfig, year: number): CouncilDashboard['maturity'] {
  const earlier = [...new Set(assessments.map((assessment) => assessment.year).filter((assessed) => assessed < year))].sort((a, b) => b - a);
  return {
    scale: config.maturity.scale.map((status) => ({ key: status.key, rank: status.rank, applicable: status.applicable, label: status.label })),
    targetStatus: config.maturity.targetStatus,
    areas: config.maturity.areas.map((area) => ({ key: area.key, label: area.label })),
    years: [year, ...earlier].map((shownYear) => ({
      year: shownYear,
      areas: maturityForYear(assessments, config, shownYear).map((area) => {
        const newest = newestAssessment(assessments, area.areaKey, shownYear);
        return {
          areaKey: area.areaKey,
          statusKey: area.statusKey,
          assessed: area.assessed,
          ...(newest === undefined ? {} : { assessedOn: newest.assessedOn, ...(newest.comment === '' ? {} : { comment: newest.comment }) })
        };
      })
    }))
  };
}
