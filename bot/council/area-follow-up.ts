import { OVERDUE_KINDS, type CouncilDashboard } from '../../src/contracts/council-dashboard';
import { areaReportLink, type AreaReportLinkBase } from '../../src/contracts/area-report-link';
import type { ReportPeriodKey } from '../../src/contracts/council-report';
import type { Locale } from '../../src/domain/shared/localized-text';
import { unitOf } from '../../src/reports/council-report';
import { averagePerUnit, ofUnit, risksPerLevel } from '../../src/reports/report-figures';
import type { AreaFollowUpCardInput } from '../cards/area-follow-up-card';

/**
 * R-REP, the action plan's section 4: an area's figures for its follow-up card, from the council's
 * dashboard (the same figures as the area's Word report, which the card links to): the unit's row of
 * overdue work, the region's average per unit, its open risks by level and its open incidents.
 * `linkBase`: where the card's link opens the area's report — the Teams personal tab (a deep link),
 * or, given as a string or `app-service`, the app service's own tab page (locally; area-report-link.ts).
 */
export function areaFollowUpInputOf(dashboard: CouncilDashboard, unitId: string, locale: Locale, period: ReportPeriodKey, linkBase: AreaReportLinkBase | string): AreaFollowUpCardInput {
  const unit = unitOf(dashboard, unitId);
  const levels = new Map(dashboard.risks.levels.map((level) => [level.key, level.label[locale]]));
  const base: AreaReportLinkBase = typeof linkBase === 'string' ? { kind: 'app-service', baseUrl: linkBase } : linkBase;
  return {
    locale,
    unitName: unit.unitName,
    year: dashboard.year,
    period,
    asOf: dashboard.asOf,
    overdue: Object.fromEntries(OVERDUE_KINDS.map((kind) => [kind, unit.counts[kind] ?? 0])) as AreaFollowUpCardInput['overdue'],
    averagePerUnit: averagePerUnit(dashboard.overdue),
    risksByLevel: risksPerLevel(dashboard.risks, ofUnit(dashboard.risks.open, unit)).map((level) => ({ label: levels.get(level.key) ?? level.key, count: level.count })),
    openIncidents: ofUnit(dashboard.incidents.open, unit).length,
    reportUrl: areaReportLink(base, { year: dashboard.year, period, unit: unitId })
  };
}
