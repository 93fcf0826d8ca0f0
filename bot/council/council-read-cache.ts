import type { CouncilRead } from '../../src/sharepoint/repositories/council-snapshot-reader';

export const DEFAULT_COUNCIL_READ_TTL_MS = 60_000;

export interface CouncilReadCacheOptions {
  /** Reads every list the dashboard needs, once each (readCouncilRegisters). */
  readonly read: () => Promise<CouncilRead>;
  /** The service's clock (AppApiServices.now), so tests can move it. */
  readonly now: () => Date;
  readonly ttlMs?: number;
  readonly log?: (line: string) => void;
}

/**
 * The registers as the council's dashboard last read them, served for a short while (issue 10: the
 * tab opens fast; a cold read of a region's registers takes seconds). Past its time to live it is
 * still served while one fresh read runs behind it; one read at a time, shared by everyone waiting
 * (single flight); a failed read is not kept. The council's own writes (a meeting, an assessment, a
 * snapshot) amend the kept read with what they wrote, so the next dashboard shows them at once without
 * a cold read of every register; others' edits show within the TTL.
 */
export class CouncilReadCache {
  private cached: { readonly at: number; readonly read: CouncilRead } | undefined;
  private inFlight: { readonly generation: number; readonly reading: Promise<CouncilRead> } | undefined;
  private generation = 0;

  public constructor(private readonly options: CouncilReadCacheOptions) {}

  public async current(): Promise<CouncilRead> {
    const now = this.options.now().getTime();
    const cached = this.cached;
    if (cached !== undefined) {
      if (now - cached.at >= (this.options.ttlMs ?? DEFAULT_COUNCIL_READ_TTL_MS)) {
        this.fresh(now).catch((error: unknown) => {
          this.options.log?.(`council: refreshing the registers failed; the last read is served meanwhile: ${error instanceof Error ? error.message : String(error)}`);
        });
      }
      return cached.read;
    }
    return this.fresh(now);
  }

  /** Whether a read is kept (however old): a cold cache has none, and the dashboard may then be served as stored (stored-council-dashboard.ts). */
  public isWarm(): boolean {
    return this.cached !== undefined;
  }

  /**
   * The read in flight when there is one (begun after the last invalidate), else as current(): what
   * `fresh=1` waits for after a stored first render started the read behind it.
   */
  public settled(): Promise<CouncilRead> {
    if (this.inFlight !== undefined && this.inFlight.generation === this.generation) return this.inFlight.reading;
    return this.current();
  }

  /** A read begun now (or the one in flight), kept for the dashboards after it: the daily job's, which must not take stale figures. */
  public refresh(): Promise<CouncilRead> {
    return this.fresh(this.options.now().getTime());
  }

  /**
   * Lays this service's own write onto the kept read (the record as stored, with its SharePoint id).
   * A read in flight began before the write: it is served to those waiting for it, but not kept.
   * With nothing kept there is nothing to amend; the next read is fresh and has the write.
   */
  public amend(change: (read: CouncilRead) => CouncilRead): void {
    this.generation += 1;
    if (this.cached !== undefined) this.cached = { at: this.cached.at, read: change(this.cached.read) };
  }

  public invalidate(): void {
    this.generation += 1;
    this.cached = undefined;
  }

  private fresh(now: number): Promise<CouncilRead> {
    if (this.inFlight !== undefined && this.inFlight.generation === this.generation) return this.inFlight.reading;
    const generation = this.generation;
    const reading = this.options.read().then((read) => {
      // A read begun before an invalidate() is served to those who waited for it, but not kept.
      if (generation === this.generation) this.cached = { at: now, read };
      return read;
    });
    const flight = { generation, reading };
    this.inFlight = flight;
    const end = (): void => {
      if (this.inFlight === flight) this.inFlight = undefined;
    };
    void reading.then(end, end);
    return reading;
  }
}
