import { councilDashboardSchema } from '../../src/contracts/council-dashboard';
import { councilDashboardOfPeriod, type PeriodDashboard, type PeriodSpan } from '../../src/domain/council/council-dashboard-of-period';
import { NO_COUNCIL_PERMISSIONS } from '../../src/domain/council/council-permissions';
import { instantOf, yearOf } from '../../src/domain/shared/calendar';
import { subjectLink } from '../../src/sharepoint/lists/item-links';
import { councilReadsOf, councilToday, requirePastOrCurrentYear, type CouncilServices } from './council-dashboard-service';

/**
 * The council's dashboard for a report's period (R-REP): a finished period as at its last day, a
 * running one live (councilDashboardOfPeriod). Always computed from a read of the registers (kept a
 * minute at most, council-read-cache.ts), never from a stored dashboard: a report states figures as
 * of a day, and a stored copy is of another. `may` is all false: who may read the report is decided
 * before (council-report-service.ts), and the document offers no actions.
 */
export async function councilDashboardOfPeriodFor(services: CouncilServices, period: PeriodSpan): Promise<PeriodDashboard> {
  requirePastOrCurrentYear(yearOf(period.to), councilToday(services));
  const read = await councilReadsOf(services).current();
  const { dashboard, basis } = councilDashboardOfPeriod({
    snapshot: read.snapshot,
    kpiSnapshots: read.kpiSnapshots,
    config: services.config,
    period,
    now: instantOf(services.now()),
    linkOf: (kind, id) => subjectLink(services.sitePath, kind, id),
    may: NO_COUNCIL_PERMISSIONS
  });
  return { dashboard: councilDashboardSchema.parse(dashboard), basis };
}
