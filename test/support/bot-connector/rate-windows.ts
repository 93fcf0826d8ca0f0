/**
 * Sliding windows of accepted operations, as Teams counts them (DESIGN.md, "Limits to design for";
 * Microsoft Learn, "Optimize your bot with rate limiting and best practices in Teams"):
 * per bot per conversation 7 in 1 s, 8 in 2 s, 60 in 30 s, 1,800 in an hour; per app per tenant
 * about 50 requests a second.
 */
export interface RateWindow {
  readonly limit: number;
  readonly periodMs: number;
}

export const TEAMS_CONVERSATION_LIMITS: readonly RateWindow[] = [
  { limit: 7, periodMs: 1_000 },
  { limit: 8, periodMs: 2_000 },
  { limit: 60, periodMs: 30_000 },
  { limit: 1_800, periodMs: 3_600_000 }
];

/** Teams' documented order of magnitude; the sender designs for 25–30 (DESIGN.md). */
export const TEAMS_TENANT_LIMIT: RateWindow = { limit: 50, periodMs: 1_000 };

/** The operations one key (a conversation, the tenant) was allowed, oldest first, trimmed to the longest window. */
export class RateWindows {
  private readonly times = new Map<string, number[]>();
  private readonly longestMs: number;

  public constructor(private readonly windows: readonly RateWindow[]) {
    this.longestMs = windows.reduce((longest, window) => Math.max(longest, window.periodMs), 0);
  }

  /**
   * How long until one more operation for `key` fits in every window (what Retry-After says): 0 when
   * it fits now. Checking counts nothing: only `record` does, for an operation carried out (Teams
   * counts what it carried out).
   */
  public waitMs(key: string, now: number): number {
    if (this.windows.length === 0) return 0;
    const times = this.trimmed(key, now);
    let waitMs = 0;
    for (const window of this.windows) {
      // The oldest operation still in a full window must age out before another fits.
      if (countSince(times, now - window.periodMs) >= window.limit) waitMs = Math.max(waitMs, times[times.length - window.limit] + window.periodMs - now);
    }
    return waitMs;
  }

  public record(key: string, now: number): void {
    if (this.windows.length === 0) return;
    this.trimmed(key, now).push(now);
  }

  private trimmed(key: string, now: number): number[] {
    const times = this.times.get(key) ?? [];
    const firstKept = times.findIndex((time) => time > now - this.longestMs);
    const kept = firstKept === -1 ? [] : firstKept === 0 ? times : times.slice(firstKept);
    this.times.set(key, kept);
    return kept;
  }
}

/** Times are sorted, so a binary search finds the first inside the window. */
function countSince(times: readonly number[], since: number): number {
  let low = 0;
  let high = times.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (times[middle] > since) high = middle;
    else low = middle + 1;
  }
  return times.length - low;
}
