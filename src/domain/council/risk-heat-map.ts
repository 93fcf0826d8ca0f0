import type { RegionConfig } from '../../config/region-config';
import type { CouncilDashboard } from '../../contracts/council-dashboard';
import type { OrgUnit } from '../organisation/org-unit';
import type { Person } from '../people/person';
import type { Risk } from '../risks/risk';
import { isOpenRisk, riskLevel } from '../risks/risk-level';
import { ValidationError } from '../shared/errors';

export type LinkOf = (subjectKind: 'risk' | 'incident', id: string) => string | undefined;

/**
 * R-RSK: the heat map's axes (the region's likelihood and consequence scales, its level bands) and
 * every open risk with its level by riskLevel (likelihood × consequence banded by the matrix). A risk
 * outside the scales cannot be placed in a cell; the register's screen reports it (as risksByLevel).
 */
export function riskHeatMap(
  risks: readonly Risk[],
  config: RegionConfig,
  names: {
    readonly units: ReadonlyMap<string, OrgUnit>;
    readonly people: ReadonlyMap<string, Person>;
    /** The reporting unit (overdue.byUnit's) a unit lies in: an area's follow-up lists its own risks (R-REP). */
    readonly reportingUnitOf?: (unitId: string) => string | undefined;
  },
  linkOf: LinkOf
): CouncilDashboard['risks'] {
  const open: CouncilDashboard['risks']['open'] = [];
  for (const risk of risks) {
    if (!isOpenRisk(risk)) continue;
    let levelKey: string;
    try {
      levelKey = riskLevel(risk.likelihood, risk.consequence, config).levelKey;
    } catch (error) {
      if (error instanceof ValidationError) continue;
      throw error;
    }
    const unitName = names.units.get(risk.unitId)?.name;
    const ownerName = risk.ownerEmail === undefined ? undefined : names.people.get(risk.ownerEmail)?.displayName;
    const link = linkOf('risk', risk.id);
    const reportingUnitId = names.reportingUnitOf?.(risk.unitId);
    open.push({
      id: risk.id,
      title: risk.title,
      likelihood: risk.likelihood,
      consequence: risk.consequence,
      levelKey,
      ...(reportingUnitId === undefined ? {} : { reportingUnitId }),
      ...(unitName === undefined ? {} : { unitName }),
      ...(ownerName === undefined ? {} : { ownerName }),
      ...(risk.ownerEmail === undefined ? {} : { ownerEmail: risk.ownerEmail }),
      ...(risk.followUpOn === undefined ? {} : { followUpOn: risk.followUpOn }),
      ...(link === undefined ? {} : { link })
    });
  }
  // Highest score first: the cell a council looks at first lists its worst risk on top.
  open.sort((a, b) => b.likelihood * b.consequence - a.likelihood * a.consequence || a.id.localeCompare(b.id, 'sv', { numeric: true }));
  return {
    likelihoods: config.risk.likelihoodScale.map((level) => ({ value: level.value, label: level.label })),
    consequences: config.classification.consequenceScale.map((level) => ({ value: level.value, label: level.label })),
    levels: config.risk.levels.map((level) => ({ key: level.key, label: level.label })),
    open
  };
}
