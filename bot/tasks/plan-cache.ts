import type { RegionConfig } from '../../src/config/region-config';
import { nudgeHistoryOf } from '../../src/domain/nudges/nudge-history';
import { planNudges } from '../../src/domain/nudges/nudge-plan';
import type { IsoDate } from '../../src/domain/shared/calendar';
import type { RegisterRepositories } from '../../src/sharepoint/repositories/register-repositories';
import { readNudgeSnapshot } from '../../src/sharepoint/repositories/snapshot-reader';
import { plannedDayOf, type PlannedDay } from './planned-day';

export type { PlannedDay } from './planned-day';

export interface PlanCacheOptions {
  readonly registers: Pick<RegisterRepositories, keyof RegisterRepositories>;
  readonly config: RegionConfig;
  /** The service's clock (AppApiServices.now): the time to live is measured on it, so tests can move it. */
  readonly now: () => Date;
  /** How long a read plan is served; 60 s by default. */
  readonly ttlMs?: number;
  readonly log?: (line: string) => void;
}

export const DEFAULT_PLAN_TTL_MS = 60_000;

/**
 * The whole register snapshot, read with the app's identity, planned once and served to everyone for
 * a short while (many people open My tasks at 08:00; each would otherwise read every register). One
 * read at a time (single flight): callers arriving during a read wait for it. A write of this service
 * that changes what people owe (a signature, a classification) calls invalidate(); a snooze does not,
 * because snoozes are read per request, not planned.
 */
export class PlanCache {
  private cached: { readonly day: IsoDate; readonly at: number; readonly planned: PlannedDay } | undefined;
  private inFlight: { readonly day: IsoDate; readonly generation: number; readonly reading: Promise<PlannedDay> } | undefined;
  private generation = 0;
  private readonly ttlMs: number;

  public constructor(private readonly options: PlanCacheOptions) {
    this.ttlMs = options.ttlMs ?? DEFAULT_PLAN_TTL_MS;
  }

  /**
   * The plan for `today`: from the cache while it is fresh; past its time to live, still from the
   * cache while one fresh read runs behind it (a cold read of a region's registers takes seconds,
   * which nobody opening My tasks should wait for); else, after invalidate() or on a new day, from
   * one read shared by every caller.
   */
  public async plan(today: IsoDate): Promise<PlannedDay> {
    const now = this.options.now().getTime();
    const cached = this.cached;
    if (cached !== undefined && cached.day === today) {
      if (now - cached.at >= this.ttlMs) {
        this.read(today, now).catch((error: unknown) => {
          this.options.log?.(`my tasks: refreshing the plan failed; the last one is served meanwhile: ${error instanceof Error ? error.message : String(error)}`);
        });
      }
      return cached.planned;
    }
    return this.read(today, now);
  }

  /** The one read in flight for `today` (started here unless one is running for the same day and generation). */
  private read(today: IsoDate, now: number): Promise<PlannedDay> {
    if (this.inFlight !== undefined && this.inFlight.day === today && this.inFlight.generation === this.generation) return this.inFlight.reading;
    const generation = this.generation;
    const reading = this.readAndPlan(today).then((planned) => {
      // A plan read across an invalidate() is served to those who waited for it, but not kept.
      if (generation === this.generation) this.cached = { day: today, at: now, planned };
      return planned;
    });
    const flight = { day: today, generation, reading };
    this.inFlight = flight;
    // The flight ends either way; a failed read is not cached, so the next caller tries again.
    void reading.then(
      () => this.endFlight(flight),
      () => this.endFlight(flight)
    );
    return reading;
  }

  /** After this service changed a register: the next caller reads afresh. */
  public invalidate(): void {
    this.generation += 1;
    this.cached = undefined;
  }

  private endFlight(flight: PlanCache['inFlight']): void {
    if (this.inFlight === flight) this.inFlight = undefined;
  }

  private async readAndPlan(today: IsoDate): Promise<PlannedDay> {
    const started = performance.now();
    const { snapshot, rejected } = await readNudgeSnapshot(this.options.registers);
    const log = await this.options.registers.nudgeLog.readAll();
    const readMs = performance.now() - started;
    for (const [list, items] of Object.entries(rejected)) this.options.log?.(`my tasks: ${items.length} malformed item(s) in ${list} left out of the plan`);
    const planStarted = performance.now();
    const plan = planNudges(snapshot, this.options.config, nudgeHistoryOf(log.valid), today);
    const planMs = performance.now() - planStarted;
    this.options.log?.(`my tasks: read the registers in ${Math.round(readMs)} ms and planned ${plan.digests.length} digests in ${Math.round(planMs)} ms`);
    return plannedDayOf(plan, snapshot.roster, today, { readMs, planMs });
  }
}
