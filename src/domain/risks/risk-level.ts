import type { RegionConfig } from '../../config/region-config';
import { ValidationError } from '../shared/errors';
import { addMonthsTo, daysBetween, isBefore, type IsoDate } from '../shared/calendar';
import type { Risk, RiskAnalysis } from './risk';
import type { OrgUnit } from '../organisation/org-unit';

export interface RiskLevel {
  readonly score: number;
  readonly levelKey: string;
}

/**
 * R-RSK-1: the level of a risk from likelihood × consequence, banded by the region's matrix.
 * A value outside the region's scales is refused, not clamped: a guessed level would mislead the council.
 */
export function riskLevel(likelihood: number, consequence: number, config: RegionConfig): RiskLevel {
  const likelihoods = config.risk.likelihoodScale;
  const highestConsequence = config.classification.consequenceScale.length - 1;
  const issues = [];
  if (!likelihoods.some((level) => level.value === likelihood)) {
    issues.push({ path: 'likelihood', message: `must be one of ${likelihoods.map((level) => level.value).join(', ')}` });
  }
  if (!Number.isInteger(consequence) || consequence < 0 || consequence > highestConsequence) {
    issues.push({ path: 'consequence', message: `must be a whole number from 0 to ${highestConsequence}` });
  }
  if (issues.length > 0) throw new ValidationError('The risk', issues);
  const score = likelihood * consequence;
  const band = config.risk.levels.find((level) => level.maxScore === undefined || score <= level.maxScore);
  // The schema guarantees the last band has no ceiling, so a band is always found.
  return { score, levelKey: (band ?? config.risk.levels[config.risk.levels.length - 1]).key };
}

export function isOpenRisk(risk: Risk): boolean {
  return risk.status !== 'closed';
}

export interface RiskFollowUp {
  readonly riskId: string;
  readonly title: string;
  readonly ownerEmail: string | undefined;
  readonly unitId: string;
  /** undefined: the risk lacks a follow-up date, itself a gap R-RSK-1 forbids. */
  readonly followUpOn: IsoDate | undefined;
  readonly daysOverdue: number;
  readonly problem: 'follow-up-overdue' | 'no-follow-up-date' | 'no-owner';
}

/** Open risks past their follow-up date, and open risks missing an owner or a follow-up date (R-RSK-1). */
export function riskFollowUps(risks: readonly Risk[], today: IsoDate): RiskFollowUp[] {
  const findings: RiskFollowUp[] = [];
  for (const risk of [...risks].sort((a, b) => a.id.localeCompare(b.id))) {
    if (!isOpenRisk(risk)) continue;
    const base = { riskId: risk.id, title: risk.title, ownerEmail: risk.ownerEmail, unitId: risk.unitId, followUpOn: risk.followUpOn };
    if (risk.ownerEmail === undefined) findings.push({ ...base, daysOverdue: 0, problem: 'no-owner' });
    if (risk.followUpOn === undefined) findings.push({ ...base, daysOverdue: 0, problem: 'no-follow-up-date' });
    else if (isBefore(risk.followUpOn, today)) {
      findings.push({ ...base, daysOverdue: daysBetween(risk.followUpOn, today), problem: 'follow-up-overdue' });
    }
  }
  return findings;
}

/** Open risks per level key, every level present (zero included) so that a chart has a stable axis. */
export function risksByLevel(risks: readonly Risk[], config: RegionConfig): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(config.risk.levels.map((level) => [level.key, 0]));
  for (const risk of risks) {
    if (!isOpenRisk(risk)) continue;
    try {
      counts[riskLevel(risk.likelihood, risk.consequence, config).levelKey] += 1;
    } catch (error) {
      // A risk outside the scales is reported by the register screen; it cannot be placed in a level.
      if (!(error instanceof ValidationError)) throw error;
    }
  }
  return counts;
}

/** R-KPI 2: business-critical areas with a risk analysis performed within its validity. */
export function analysedCriticalAreas(
  units: readonly OrgUnit[],
  analyses: readonly RiskAnalysis[],
  config: RegionConfig,
  today: IsoDate
): { analysed: string[]; missing: string[] } {
  const critical = units.filter((unit) => unit.businessCritical).map((unit) => unit.id).sort();
  const valid = new Set(
    analyses
      .filter((analysis) => !isBefore(today, analysis.performedOn))
      .filter((analysis) => !isBefore(addMonthsTo(analysis.performedOn, config.risk.analysisValidMonths), today))
      .map((analysis) => analysis.unitId)
  );
  return { analysed: critical.filter((id) => valid.has(id)), missing: critical.filter((id) => !valid.has(id)) };
}
