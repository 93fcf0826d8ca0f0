import { councilDashboardSchema, type CouncilDashboard } from '../../src/contracts/council-dashboard';
import { councilDashboardOf } from '../../src/domain/council/council-dashboard';
import { councilPermissions, NO_COUNCIL_PERMISSIONS, type CouncilPermissions } from '../../src/domain/council/council-permissions';
import type { RoleAssignment } from '../../src/domain/roles/role-assignment';
import { instantOf, localDateOf, yearOf, type IsoDate } from '../../src/domain/shared/calendar';
import { subjectLink } from '../../src/sharepoint/lists/item-links';
import { readCouncilSnapshot, type CouncilRead } from '../../src/sharepoint/repositories/council-snapshot-reader';
import type { AppApiServices } from '../api/app-api-services';
import type { Caller } from '../http/caller-identity';
import { HttpProblem } from '../http/http-problem';
import { CouncilReadCache } from './council-read-cache';
import { storedDashboardFor } from './stored-dashboard-answer';
import { councilWroteHere, storeDashboardIfStale } from './stored-council-dashboard';

export type CouncilServices = Pick<AppApiServices, 'registers' | 'config' | 'now' | 'sitePath' | 'log'>;

/** The region's calendar day on the service's clock. */
export function councilToday(services: Pick<CouncilServices, 'config' | 'now'>): IsoDate {
  return localDateOf(instantOf(services.now()), services.config.timeZone);
}

/** Reads what the dashboard needs, each list once; malformed items are logged with their ids, never fatal (DESIGN.md habit 2). */
export async function readCouncilRegisters(services: CouncilServices): Promise<CouncilRead> {
  const read = await readCouncilSnapshot(services.registers);
  for (const [list, rejected] of Object.entries(read.rejected)) {
    services.log(`council: ${rejected.length} malformed item(s) in ${list} left out (ids ${rejected.slice(0, 10).map((record) => record.id).join(', ')}${rejected.length > 10 ? ', …' : ''})`);
  }
  return read;
}

const perServices = new WeakMap<CouncilServices, CouncilReadCache>();

/** The services' one cache of the dashboard's register read (council-read-cache.ts). */
export function councilReadsOf(services: CouncilServices): CouncilReadCache {
  let cache = perServices.get(services);
  if (cache === undefined) {
    cache = new CouncilReadCache({ read: () => readCouncilRegisters(services), now: services.now, log: services.log });
    perServices.set(services, cache);
  }
  return cache;
}

/**
 * R-SEC-1: what the caller may do in the council's tab, and whether they may see it at all — the
 * dashboard shows the region's risks and open incidents, so only someone with a council duty (the
 * security coordinator, the CISO, a council member by default: council-permissions.ts) reads it.
 * `assignments` need hold only the caller's own (the stored path reads no others).
 */
export function mayOfCaller(caller: Caller, assignments: readonly RoleAssignment[], services: Pick<CouncilServices, 'config' | 'now'>): CouncilPermissions {
  const may = councilPermissions(caller.email, assignments, services.config, councilToday(services));
  if (!may.recordMaturity && !may.recordMeeting && !may.takeSnapshot) {
    throw new HttpProblem(403, 'not-a-council-member', 'The security council\'s dashboard is for the security coordinator and the council\'s members (the roles register says who).');
  }
  return may;
}

/** A year the council can look at: not one still to come. */
export function requirePastOrCurrentYear(year: number, today: IsoDate): void {
  if (year > yearOf(today)) throw new HttpProblem(400, 'invalid-request', `The address is invalid: year: ${year} has not begun (the current year is ${yearOf(today)})`);
}

/** The dashboard of `year` computed from `read` (councilDashboardOf's pure composition), checked with the contract's schema. */
export function liveDashboardOf(services: CouncilServices, read: CouncilRead, year: number, may: CouncilPermissions): CouncilDashboard {
  const dashboard = councilDashboardOf({
    snapshot: read.snapshot,
    kpiSnapshots: read.kpiSnapshots,
    config: services.config,
    year,
    now: instantOf(services.now()),
    linkOf: (kind, id) => subjectLink(services.sitePath, kind, id),
    may
  });
  // A figure the contract refuses is a bug here, not the tab's to find.
  return councilDashboardSchema.parse({ ...dashboard, servedFrom: 'live' });
}

export interface DashboardOptions {
  /** `fresh=1`: never the stored dashboard; wait for the read in flight (the one a stored answer started behind it). */
  readonly fresh?: boolean;
}

/**
 * The council's dashboard for `year` (default: the current one), as the tab reads it and the annual
 * report is written from (issue 10).
 *
 * With a caller (the API) and the register read cold (nothing kept: the service just started, and
 * the council has written nothing through it since), it
 * is the year's stored dashboard when there is one (stored-dashboard-answer.ts: two SharePoint round
 * trips, `servedFrom: 'stored'`, `may` the caller's), and the live read starts behind it. Otherwise,
 * or with `fresh`, it is computed live from one read of each list (kept a minute,
 * council-read-cache.ts; `servedFrom: 'live'`), and a live answer renews the year's stored copy when
 * that is older than ten minutes (in the background; stored-council-dashboard.ts). Only a council
 * member gets it (403 otherwise).
 *
 * Without a caller (`tillit report`, a server-side job) it is always live and `may` is all false;
 * nothing is written.
 */
/**
 * How long the live read behind a stored answer waits (issue 10, the first render): the tab paints the
 * stored figures first and then asks with `fresh=1`, which starts the read at once; a cold read of
 * every register is seconds of work that would otherwise compete with that first paint (on a small
 * app service, and locally on the same cores as the browser).
 */
export const READ_BEHIND_DELAY_MS = 1_500;

/** The live read behind a stored answer (single flight: a `fresh=1` that came first has begun it, and nothing is read twice). */
function readBehindStoredAnswer(services: CouncilServices): void {
  const timer = setTimeout(() => {
    councilReadsOf(services)
      .current()
      .catch((error: unknown) => services.log(`council: the read behind a stored dashboard failed: ${error instanceof Error ? error.message : String(error)}`));
  }, READ_BEHIND_DELAY_MS);
  // A stored answer must not keep a stopping service (or a test) alive.
  timer.unref();
}

export async function councilDashboardFor(services: CouncilServices, year?: number, caller?: Caller, options: DashboardOptions = {}): Promise<CouncilDashboard> {
  const today = councilToday(services);
  const chosen = year ?? yearOf(today);
  requirePastOrCurrentYear(chosen, today);
  const reads = councilReadsOf(services);
  // Not after a council write here before any read was kept: the stored copy predates the write.
  if (caller !== undefined && options.fresh !== true && !reads.isWarm() && !councilWroteHere(services)) {
    const stored = await storedDashboardFor(services, chosen, caller);
    if (stored !== undefined) {
      readBehindStoredAnswer(services);
      return stored;
    }
  }
  const read = options.fresh === true ? await reads.settled() : await reads.current();
  const may = caller === undefined ? NO_COUNCIL_PERMISSIONS : mayOfCaller(caller, read.snapshot.roleAssignments, services);
  const dashboard = liveDashboardOf(services, read, chosen, may);
  if (caller !== undefined) void storeDashboardIfStale(services, dashboard);
  return dashboard;
}
