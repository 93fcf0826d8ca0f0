import type { RegionConfig } from '../../config/region-config';
import type { CouncilDashboard } from '../../contracts/council-dashboard';
import { breachClock } from '../incidents/breach-clock';
import type { Incident } from '../incidents/incident';
import { localDateOf, yearOf, type Instant } from '../shared/calendar';
import type { LinkOf } from './risk-heat-map';

type IncidentRow = CouncilDashboard['incidents']['open'][number];

/** A clock the council must watch: still running, or run out without a report to IMY. */
const isTicking = (row: IncidentRow): boolean => row.clock !== undefined && (row.clock.state === 'running' || row.clock.state === 'overdue');

/**
 * R-INC: the year's incidents by category (reported in `year` in the region's time zone) and every
 * incident not closed, each personal-data breach with its 72-hour clock (breachClock, GDPR Art. 33)
 * on `now`: ticking clocks first, the nearest deadline on top, then the newest reports.
 */
export function incidentRows(
  incidents: readonly Incident[],
  config: RegionConfig,
  year: number,
  now: Instant,
  linkOf: LinkOf,
  /** The reporting unit (overdue.byUnit's) a unit lies in: an area's follow-up lists its own incidents (R-REP). */
  reportingUnitOf?: (unitId: string) => string | undefined
): CouncilDashboard['incidents'] {
  const byCategory: Record<string, number> = {};
  for (const incident of incidents) {
    if (yearOf(localDateOf(incident.reportedAt, config.timeZone)) !== year) continue;
    byCategory[incident.category] = (byCategory[incident.category] ?? 0) + 1;
  }
  const open: IncidentRow[] = incidents
    .filter((incident) => incident.status !== 'closed')
    .map((incident) => {
      const clock = breachClock(incident, config, now);
      const link = linkOf('incident', incident.id);
      const reportingUnitId = reportingUnitOf?.(incident.unitId);
      const hoursLeft = clock.deadline === undefined ? undefined : (clock.minutesLeft ?? Math.floor((Date.parse(clock.deadline) - Date.parse(now)) / 60_000)) / 60;
      return {
        id: incident.id,
        title: incident.title,
        category: incident.category,
        status: incident.status,
        ...(reportingUnitId === undefined ? {} : { reportingUnitId }),
        reportedAt: incident.reportedAt,
        ...(clock.deadline === undefined || hoursLeft === undefined ? {} : { clock: { deadline: clock.deadline, state: clock.state, hoursLeft } }),
        ...(link === undefined ? {} : { link })
      };
    });
  open.sort((a, b) => {
    if (isTicking(a) !== isTicking(b)) return isTicking(a) ? -1 : 1;
    if (isTicking(a)) return Date.parse(a.clock?.deadline ?? '') - Date.parse(b.clock?.deadline ?? '');
    return Date.parse(b.reportedAt) - Date.parse(a.reportedAt) || a.id.localeCompare(b.id);
  });
  return { byCategory, open };
}
