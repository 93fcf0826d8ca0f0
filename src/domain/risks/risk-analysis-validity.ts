import type { RegionConfig } from '../../config/region-config';
import { addMonthsTo, daysBetween, isBefore, type IsoDate } from '../shared/calendar';
import type { RiskAnalysis } from './risk';

export type RiskAnalysisState = 'planned' | 'expired' | 'not-approved' | 'due-soon' | 'current';

export interface RiskAnalysisValidity {
  readonly state: RiskAnalysisState;
  /** The last day the analysis counts for its area (R-KPI 2): performed + the region's validity. */
  readonly validUntil: IsoDate;
}

/**
 * R-RSK-1, R-KPI 2: a risk analysis counts for its business-critical area from the day it was
 * performed until `analysisValidMonths` later (the same window as analysedCriticalAreas); within
 * `dueSoonDays` of its end a new one is due soon. An analysis not yet approved still counts for
 * the KPI, but is shown as waiting for approval.
 */
export function riskAnalysisValidity(analysis: RiskAnalysis, config: RegionConfig, today: IsoDate, dueSoonDays: number): RiskAnalysisValidity {
  const validUntil = addMonthsTo(analysis.performedOn, config.risk.analysisValidMonths);
  if (isBefore(today, analysis.performedOn)) return { state: 'planned', validUntil };
  if (isBefore(validUntil, today)) return { state: 'expired', validUntil };
  if (analysis.approvedOn === undefined) return { state: 'not-approved', validUntil };
  if (daysBetween(today, validUntil) <= dueSoonDays) return { state: 'due-soon', validUntil };
  return { state: 'current', validUntil };
}
