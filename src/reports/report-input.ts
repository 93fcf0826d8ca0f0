import type { CouncilDashboard } from '../contracts/council-dashboard';
import type { FiguresBasis } from '../domain/council/council-dashboard-of-period';
import type { Locale } from '../domain/shared/localized-text';
import type { ReportPeriod } from './report-period';

/**
 * What a report is written from (R-REP): the council's dashboard (the same figures the tab shows,
 * src/contracts/council-dashboard.ts) computed as of the period's figures day, the period, the
 * language and, for an area or department chief's own follow-up, the unit.
 */
export interface ReportInput {
  readonly dashboard: CouncilDashboard;
  readonly period: ReportPeriod;
  readonly locale: Locale;
  /** An area's own follow-up (the action plan's section 4): one of dashboard.overdue.byUnit's unitIds. */
  readonly unitId?: string;
  /**
   * On what the figures rest (a running period live; a finished one as at its end, its KPIs as kept
   * or computed): the title page says it. Absent: the dashboard's own day, said as it is.
   */
  readonly basis?: FiguresBasis;
}
