import type { CouncilDashboard } from '../contracts/council-dashboard';
import { unitOf, writeCouncilReport } from './council-report';
import { reportFileName } from './report-file-name';
import { reportPeriodOf } from './report-period';
import type { ReportRequest } from '../contracts/council-report';

/** The council's dashboard of a year, computed server-side (bot/council's councilDashboardFor over the registers). */
export type DashboardOfYear = (year: number) => Promise<CouncilDashboard>;

export interface ReportFile {
  readonly bytes: Buffer;
  readonly fileName: { readonly name: string; readonly ascii: string };
}

/**
 * R-REP: the report asked for (year, language, period, unit) as a .docx and its Swedish file name,
 * written from the dashboard the tab shows for that year, so the document and the tab agree.
 * Throws ReportUnitNotFoundError for a unit the dashboard does not report on.
 */
export async function councilReportFile(dashboardOf: DashboardOfYear, request: ReportRequest): Promise<ReportFile> {
  const dashboard = await dashboardOf(request.year);
  const unitName = request.unit === undefined ? undefined : unitOf(dashboard, request.unit).unitName;
  const bytes = await writeCouncilReport({ dashboard, period: reportPeriodOf(request.year, request.period), locale: request.lang, unitId: request.unit });
  return { bytes, fileName: reportFileName(request.year, request.period, unitName) };
}
