import type { IQueryableInternal, Queryable } from '@pnp/queryable';

/**
 * The send stage of every @pnp/sp request (R-SEC-3): SharePoint Online throttles with 429/503
 * and a Retry-After header, and 502/504 come from its front doors under load. Those are retried
 * after Retry-After when given, else after an exponential delay with full jitter, so that many
 * clients throttled together do not come back together. Other answers go straight to the parser,
 * which turns them into typed errors (sharepoint-errors.ts). @pnp's BrowserFetchWithRetry does
 * neither jitter nor 502, hence this stage.
 */
export interface RetryPolicy {
  readonly retries: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { retries: 5, baseDelayMs: 500, maxDelayMs: 30_000 };

const RETRIABLE = new Set([429, 502, 503, 504]);

/** How long to wait before attempt `attempt` (1-based) after `response`. */
export function retryDelayMs(response: Response, attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const retryAfter = response.headers.get('retry-after');
  if (retryAfter !== null) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds * 1000, policy.maxDelayMs);
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.min(Math.max(0, date - Date.now()), policy.maxDelayMs);
  }
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(random() * ceiling);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function ResilientFetch(policy: RetryPolicy = DEFAULT_RETRY_POLICY): (instance: Queryable) => Queryable {
  return (instance) => {
    instance.on.send.clear();
    instance.on.send(async function (this: IQueryableInternal, url: URL, init: RequestInit): Promise<Response> {
      for (let attempt = 1; ; attempt += 1) {
        const response = await fetch(url.toString(), init);
        if (!RETRIABLE.has(response.status) || attempt > policy.retries) return response;
        const wait = retryDelayMs(response, attempt, policy);
        // The body of a throttled answer is not needed; release the connection before waiting.
        await response.arrayBuffer();
        this.log(`Retry ${attempt}/${policy.retries} of ${init.method ?? 'GET'} ${url.toString()} after ${response.status}, in ${wait} ms`, 1);
        await sleep(wait);
      }
    });
    return instance;
  };
}
