import type { CouncilDashboard } from '../../src/contracts/council-dashboard';
import { NO_COUNCIL_PERMISSIONS } from '../../src/domain/council/council-permissions';
import { CouncilDashboardStore } from '../../src/sharepoint/repositories/council-dashboard-store';
import type { CouncilServices } from './council-dashboard-service';

/** A live computation rewrites its year's stored dashboard when the stored one is older than this (not on every request). */
export const STORED_DASHBOARD_MAX_AGE_MS = 10 * 60_000;

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

interface StoreState {
  /** The newest stored dashboard's computedAt per year as this service last read or wrote it (ms). */
  readonly storedAt: Map<number, number>;
  /** One write per year at a time. */
  readonly writing: Map<number, Promise<StoreOutcome>>;
  /** When this service last wrote to the council's registers (ms): a stored copy computed before it is stale, whatever its age. */
  councilWriteAt: number;
}

const perServices = new WeakMap<CouncilServices, StoreState>();

function stateOf(services: CouncilServices): StoreState {
  let state = perServices.get(services);
  if (state === undefined) {
    state = { storedAt: new Map(), writing: new Map(), councilWriteAt: Number.NEGATIVE_INFINITY };
    perServices.set(services, state);
  }
  return state;
}

function storeOf(services: CouncilServices): CouncilDashboardStore {
  return new CouncilDashboardStore(services.registers.councilDashboards);
}

/**
 * The year's stored dashboard (issue 10, the first render), or undefined when there is none or it
 * cannot be used: a stored copy that is incomplete, corrupt or refused by the contract — or a read
 * that fails (a site not yet provisioned with the list) — is logged and treated as absent, never
 * fatal; the caller computes live instead.
 */
export async function readStoredDashboard(services: CouncilServices, year: number): Promise<CouncilDashboard | undefined> {
  try {
    const read = await storeOf(services).read(year);
    if (read.outcome === 'found') {
      stateOf(services).storedAt.set(year, Date.parse(read.dashboard.computedAt));
      return read.dashboard;
    }
    if (read.outcome === 'unusable') services.log(`council: the stored dashboard of ${year} is not used (computed live instead): ${read.problem}`);
    return undefined;
  } catch (error) {
    services.log(`council: reading the stored dashboard of ${year} failed (computed live instead): ${messageOf(error)}`);
    return undefined;
  }
}

/**
 * The council wrote (a meeting, a maturity assessment, a snapshot: council-writes.ts): the stored
 * copies do not show it, so the next live computation of any year stores its dashboard whatever the
 * stored one's age. The write itself stores nothing (one write to SharePoint per request is enough).
 */
export function noteCouncilWrite(services: CouncilServices): void {
  stateOf(services).councilWriteAt = services.now().getTime();
}

/**
 * Whether the council wrote through this service: its stored copies were then computed before the
 * write, and a cold dashboard must not show them (the write would seem lost) — it is computed live.
 */
export function councilWroteHere(services: CouncilServices): boolean {
  return stateOf(services).councilWriteAt > Number.NEGATIVE_INFINITY;
}

export type StoreOutcome = 'written' | 'recent-enough' | 'failed';

/** As kept: nobody's permissions (the reader's replace them), and no `servedFrom` (the server sets it). */
function storable(dashboard: CouncilDashboard): CouncilDashboard {
  const kept: CouncilDashboard = { ...dashboard, may: NO_COUNCIL_PERMISSIONS };
  delete kept.servedFrom;
  return kept;
}

async function write(services: CouncilServices, dashboard: CouncilDashboard): Promise<StoreOutcome> {
  try {
    const written = await storeOf(services).write(storable(dashboard));
    stateOf(services).storedAt.set(dashboard.year, Date.parse(dashboard.computedAt));
    services.log(`council: the dashboard of ${dashboard.year} stored (${written.parts} part(s), ${written.characters} characters; ${written.deleted} older part(s) deleted)`);
    return 'written';
  } catch (error) {
    services.log(`council: storing the dashboard of ${dashboard.year} failed (the next live computation tries again): ${messageOf(error)}`);
    return 'failed';
  }
}

/** One write per year at a time in this service: a second asker shares the first's. */
function singleWrite(services: CouncilServices, year: number, writing: () => Promise<StoreOutcome>): Promise<StoreOutcome> {
  const { writing: inFlight } = stateOf(services);
  const running = inFlight.get(year);
  if (running !== undefined) return running;
  const started = writing().finally(() => inFlight.delete(year));
  inFlight.set(year, started);
  return started;
}

/** Keeps `dashboard` as its year's stored one now (the daily job's, after its snapshot). Never throws. */
export function storeDashboard(services: CouncilServices, dashboard: CouncilDashboard): Promise<StoreOutcome> {
  return singleWrite(services, dashboard.year, () => write(services, dashboard));
}

/**
 * Keeps a live `dashboard` when its year's stored one is absent or older than
 * STORED_DASHBOARD_MAX_AGE_MS, or computed before the council's last write here (noteCouncilWrite):
 * what this service last read or wrote decides, else one read of the stored parts. So a busy dashboard writes at most every ten minutes. Never throws.
 */
export function storeDashboardIfStale(services: CouncilServices, dashboard: CouncilDashboard): Promise<StoreOutcome> {
  const state = stateOf(services);
  const computedAt = Date.parse(dashboard.computedAt);
  const isRecent = (storedAt: number | undefined): boolean => storedAt !== undefined && storedAt >= state.councilWriteAt && computedAt - storedAt < STORED_DASHBOARD_MAX_AGE_MS;
  if (isRecent(state.storedAt.get(dashboard.year))) return Promise.resolve('recent-enough');
  return singleWrite(services, dashboard.year, async () => {
    if (!state.storedAt.has(dashboard.year)) await readStoredDashboard(services, dashboard.year);
    if (isRecent(state.storedAt.get(dashboard.year))) return 'recent-enough';
    return write(services, dashboard);
  });
}
