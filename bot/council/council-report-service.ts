import type { ReportRequest } from '../../src/contracts/council-report';
import { councilPermissions } from '../../src/domain/council/council-permissions';
import { mayReadAreaReport } from '../../src/domain/council/area-report-readers';
import { councilReportFile, type ReportFile } from '../../src/reports/council-report-file';
import type { Caller } from '../http/caller-identity';
import { HttpProblem } from '../http/http-problem';
import { councilDashboardOfPeriodFor } from './council-dashboard-as-of';
import { councilReadsOf, councilToday, type CouncilServices } from './council-dashboard-service';

/**
 * R-SEC-1: the whole region's report is the council's (as its dashboard); an area's own follow-up
 * (`unit`) may also be read by that area's chiefs and its area-responsible role holder, to whom the
 * action plan's section 4 sends it (the area follow-up card links to it).
 */
async function requireReader(services: CouncilServices, caller: Caller, unit: string | undefined): Promise<void> {
  const read = await councilReadsOf(services).current();
  const today = councilToday(services);
  const may = councilPermissions(caller.email, read.snapshot.roleAssignments, services.config, today);
  if (may.recordMaturity || may.recordMeeting || may.takeSnapshot) return;
  if (unit !== undefined && mayReadAreaReport(caller.email, unit, read.snapshot, services.config, today)) return;
  throw new HttpProblem(
    403,
    'not-a-council-member',
    unit === undefined
      ? 'The information security report is for the security coordinator and the council\'s members (the roles register says who).'
      : 'An area\'s follow-up is for the council, the area\'s chiefs and its information owner.'
  );
}

/**
 * The report asked for, written from the council's dashboard of its period (council-dashboard-as-of.ts:
 * a running period's figures are the tab's, live; a finished one's are as at its last day), from one
 * cached read of the registers. With a caller (the API) only a reader may have it; without one
 * (`tillit report`, a scheduled job) the service's own identity decides.
 */
export async function councilReportFor(services: CouncilServices, request: ReportRequest, caller?: Caller): Promise<ReportFile> {
  if (caller !== undefined) await requireReader(services, caller, request.unit);
  return councilReportFile((_year, period) => councilDashboardOfPeriodFor(services, period), request);
}
