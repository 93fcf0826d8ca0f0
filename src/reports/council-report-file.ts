import type { CouncilDashboard } from '../contracts/council-dashboard';
import { unitOf, writeCouncilReport } from './council-report';
import { reportFileName } from './report-file-name';
import { reportPeriodOf, type ReportPeriod } from './report-period';
import type { PeriodDashboard } from '../domain/council/council-dashboard-of-period';
import type { ReportRequest } from '../contracts/council-report';

/**
 * The council's dashboard for a report's year and period, computed server-side (bot/council's
 * councilDashboardOfPeriodFor over the registers): with the basis its figures rest on (a finished
 * period as at its end, R-REP), or a bare dashboard, whose figures the report states as they are.
 */
export type DashboardOfYear = (year: number, period: ReportPeriod) => Promise<CouncilDashboard | PeriodDashboard>;

export interface ReportFile {
  readonly bytes: Buffer;
  readonly fileName: { readonly name: string; readonly ascii: string };
}

/**
 * R-REP: the report asked for (year, language, period, unit) as a .docx and its Swedish file name,
 * written from the council's dashboard: for a running period the one the tab shows, so the document
 * and the tab agree; for a finished one as at the period's end (R-REP).
 * Throws ReportUnitNotFoundError for a unit the dashboard does not report on.
 */
export async function councilReportFile(dashboardOf: DashboardOfYear, request: ReportRequest): Promise<ReportFile> {
  const period = reportPeriodOf(request.year, request.period);
  const answer = await dashboardOf(request.year, period);
  const { dashboard, basis } = 'basis' in answer ? answer : { dashboard: answer, basis: undefined };
  const unitName = request.unit === undefined ? undefined : unitOf(dashboard, request.unit).unitName;
  const bytes = await writeCouncilReport({ dashboard, period, locale: request.lang, unitId: request.unit, ...(basis === undefined ? {} : { basis }) });
  return { bytes, fileName: reportFileName(request.year, request.period, unitName) };
}
