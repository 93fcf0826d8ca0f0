import { randomUUID } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { councilDashboardSchema, type CouncilDashboard } from '../../contracts/council-dashboard';
import { instant } from '../../domain/shared/calendar';
import { ConflictError, NotFoundError } from '../../domain/shared/errors';
import type { CouncilDashboardPart } from '../mappers/records/council-dashboard-part';
import { eq } from '../odata-literal';
import { newestCompleteGeneration, splitIntoParts, supersededParts } from './dashboard-parts';
import type { ListRepository, Stored } from './list-repository';

/** As many parts as one read brings: a year holds a generation or two of a few parts each. */
const PARTS_PER_PAGE = 500;

export type StoredDashboardRead =
  | { readonly outcome: 'found'; readonly dashboard: CouncilDashboard; readonly generation: string }
  | { readonly outcome: 'absent' }
  /** Parts that make no whole dashboard, or one the contract refuses: the caller logs it and computes live. */
  | { readonly outcome: 'unusable'; readonly problem: string };

export interface StoredDashboardWrite {
  readonly generation: string;
  readonly parts: number;
  readonly characters: number;
  /** Parts of older generations deleted after the write. */
  readonly deleted: number;
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The dashboard as stored: gzipped JSON in base64 (about 16 KB for the demo region's 137 KB). */
export function packDashboard(dashboard: CouncilDashboard): string {
  return gzipSync(Buffer.from(JSON.stringify(dashboard), 'utf8')).toString('base64');
}

/** The stored text back to a dashboard the contract accepts, or why not (never a throw). */
export function unpackDashboard(text: string): { readonly dashboard: CouncilDashboard } | { readonly problem: string } {
  let json: unknown;
  try {
    json = JSON.parse(gunzipSync(Buffer.from(text, 'base64')).toString('utf8'));
  } catch (error) {
    return { problem: `not gzipped JSON: ${messageOf(error)}` };
  }
  const parsed = councilDashboardSchema.safeParse(json);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    return { problem: `refused by the contract: ${issue.path.join('.')}: ${issue.message}` };
  }
  return { dashboard: parsed.data };
}

/**
 * The council's dashboard per year kept in the CouncilDashboards list (council-dashboards-list.ts;
 * issue 10, the first render). A read is one query on the indexed Year column; a write adds the new
 * generation's parts in one batch, then deletes the generations it supersedes, each delete
 * conditional on the ETag just read (R-SEC-2) — one another writer deleted first, or changed, is left.
 */
export class CouncilDashboardStore {
  public constructor(private readonly repository: ListRepository<CouncilDashboardPart>) {}

  /** Every part of the year with its ETag: one request while the year has fewer than PARTS_PER_PAGE. */
  private async partsOf(year: number): Promise<{ parts: Stored<CouncilDashboardPart>[]; rejected: number }> {
    const parts: Stored<CouncilDashboardPart>[] = [];
    let rejected = 0;
    let pageToken: string | undefined;
    do {
      const page = await this.repository.readPage({ filter: eq('Year', year), pageSize: PARTS_PER_PAGE, pageToken });
      parts.push(...page.items);
      rejected += page.rejected.length;
      pageToken = page.nextPageToken;
    } while (pageToken !== undefined);
    return { parts, rejected };
  }

  /** The year's newest whole stored dashboard, checked with the contract's schema. */
  public async read(year: number): Promise<StoredDashboardRead> {
    const { parts, rejected } = await this.partsOf(year);
    if (parts.length === 0 && rejected === 0) return { outcome: 'absent' };
    const newest = newestCompleteGeneration(parts.map((stored) => stored.record));
    if (newest === undefined) return { outcome: 'unusable', problem: `${parts.length} part(s) of ${year}${rejected > 0 ? ` and ${rejected} malformed item(s)` : ''} make no whole dashboard` };
    const unpacked = unpackDashboard(newest.text);
    if ('problem' in unpacked) return { outcome: 'unusable', problem: `generation ${newest.generation} of ${year}: ${unpacked.problem}` };
    if (unpacked.dashboard.year !== year) return { outcome: 'unusable', problem: `generation ${newest.generation} is filed under ${year} but holds ${unpacked.dashboard.year}` };
    return { outcome: 'found', dashboard: unpacked.dashboard, generation: newest.generation };
  }

  /** Keeps `dashboard` as its year's newest generation and deletes the older ones. */
  public async write(dashboard: CouncilDashboard): Promise<StoredDashboardWrite> {
    const packed = packDashboard(dashboard);
    const computedAt = instant(dashboard.computedAt);
    // Unique across instances and lower case (write keys are compared in lower case).
    const generation = `${dashboard.computedAt}-${randomUUID().slice(0, 8)}`.toLowerCase();
    const slices = splitIntoParts(packed);
    await this.repository.addMany(
      slices.map((data, part) => ({ id: 'new', year: dashboard.year, generation, part, parts: slices.length, computedAt, data }))
    );
    const { parts } = await this.partsOf(dashboard.year);
    const etags = new Map(parts.map((stored) => [stored.id, stored.etag]));
    const superseded = supersededParts(parts.map((stored) => stored.record), { generation, computedAt });
    let deleted = 0;
    for (const part of superseded) {
      try {
        await this.repository.remove(part.id, etags.get(part.id) ?? '');
        deleted += 1;
      } catch (error) {
        // Another writer deleted it first, or it changed since the read: its writer's to settle.
        if (!(error instanceof NotFoundError || error instanceof ConflictError)) throw error;
      }
    }
    return { generation, parts: slices.length, characters: packed.length, deleted };
  }
}
