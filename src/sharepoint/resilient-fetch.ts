import type { IQueryableInternal, Queryable } from '@pnp/queryable';
import { ThrottlingBudgetExceededError, UnknownOutcomeError } from '../domain/shared/errors';
import { meaningOf, networkFailureOf, outgoingRequest, requestSafety, type RequestSafety } from './request-safety';

/**
 * The send stage of every @pnp/sp request (R-SEC-3, R-SEC-2). SharePoint Online throttles with
 * 429/503 and Retry-After: such a request was not processed, and it is sent again after exactly
 * the wait SharePoint asked for (no silent cap), or after an exponential delay with full jitter when
 * it named none, so that many clients throttled together do not come back together. A 502, a 504
 * or a dropped connection leaves the outcome unknown: a request that is safe to repeat
 * (request-safety.ts) goes again; one that may have created something surfaces
 * UnknownOutcomeError for the repository to resolve by reading back, never a blind second write.
 * A wait that would take the job past its time budget stops it with ThrottlingBudgetExceededError.
 * @pnp's BrowserFetchWithRetry does none of this, hence this stage.
 */
export interface RetryPolicy {
  /** How many times one request is sent again at most. */
  readonly retries: number;
  readonly baseDelayMs: number;
  /** The ceiling of the exponential backoff only; Retry-After is honoured as sent. */
  readonly maxDelayMs: number;
  /** The longest one request may wait in all (Retry-After and backoff together); default 5 minutes. */
  readonly budgetMs?: number;
  /** The job's end (epoch ms): no wait may reach past it, whatever is left of `budgetMs`. */
  readonly deadline?: number;
}

export const DEFAULT_BUDGET_MS = 5 * 60_000;

export const DEFAULT_RETRY_POLICY: RetryPolicy = { retries: 5, baseDelayMs: 500, maxDelayMs: 30_000, budgetMs: DEFAULT_BUDGET_MS };

/** Retry-After as sent, in ms: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(response: Pick<Response, 'headers'>, now: number = Date.now()): number | undefined {
  const retryAfter = response.headers.get('retry-after');
  if (retryAfter === null || retryAfter.trim() === '') return undefined;
  const seconds = Number(retryAfter);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(retryAfter);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The exponential delay with full jitter before attempt `attempt + 1` (1-based), capped by maxDelayMs. */
export function backoffMs(attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(random() * ceiling);
}

/** How long to wait before attempt `attempt + 1` after `response`: its Retry-After as sent, else backoff. */
export function retryDelayMs(response: Pick<Response, 'headers'>, attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
  return retryAfterMs(response) ?? backoffMs(attempt, policy, random);
}

/** What the send stage needs from the world; tests give their own. */
export interface SendDependencies {
  readonly fetch: (url: string, init: RequestInit) => Promise<Response>;
  readonly sleep: (ms: number) => Promise<void>;
  readonly now: () => number;
  readonly random: () => number;
  readonly log: (message: string) => void;
}

const REAL_DEPENDENCIES: Omit<SendDependencies, 'log'> = {
  fetch: (url, init) => fetch(url, init),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  now: () => Date.now(),
  random: Math.random
};

function describe(method: string, url: string): string {
  const shown = url.length > 160 ? `${url.slice(0, 157)}…` : url;
  return `${method} ${shown}`;
}

function reasonOf(answer: Response | 'dropped', error?: unknown): string {
  if (answer !== 'dropped') return `${answer.status} ${answer.statusText}`.trim();
  const detail = error instanceof Error ? error.message : String(error);
  return `connection dropped: ${detail}`;
}

/** Reads and drops a body the caller will never see, so the connection is released before waiting. */
async function discard(response: Response, log: (message: string) => void): Promise<void> {
  try {
    await response.arrayBuffer();
  } catch (error) {
    log(`Could not drain a ${response.status} answer: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** One request through throttling and failures, as described above. */
export async function sendResiliently(url: string, init: RequestInit, policy: RetryPolicy, deps: SendDependencies): Promise<Response> {
  const request = outgoingRequest(url, init);
  const safety: RequestSafety = requestSafety(request);
  const what = describe(request.method, url);
  const budgetMs = policy.budgetMs ?? DEFAULT_BUDGET_MS;
  let waited = 0;
  /** Set once an attempt of a conditional write may have landed: a later 412/404 cannot then be told from our own. */
  let unknownSince: string | undefined;

  const waitBefore = async (attempt: number, asked: number | undefined): Promise<void> => {
    const wait = asked ?? backoffMs(attempt, policy, deps.random);
    const left = Math.min(budgetMs - waited, policy.deadline === undefined ? Infinity : policy.deadline - deps.now());
    if (wait > left) throw new ThrottlingBudgetExceededError(Math.ceil(wait / 1000), Math.max(0, Math.floor(left / 1000)), what);
    waited += wait;
    await deps.sleep(wait);
  };

  for (let attempt = 1; ; attempt += 1) {
    let answer: Response | 'dropped';
    let failure: unknown;
    try {
      answer = await deps.fetch(url, init);
    } catch (error) {
      const network = networkFailureOf(error);
      if (network === undefined) throw error;
      if (network === 'refused') {
        // Nothing was sent: any request may go again, within the retries and the budget.
        if (attempt > policy.retries) throw error;
        deps.log(`Retry ${attempt}/${policy.retries} of ${what}: connection refused`);
        await waitBefore(attempt, undefined);
        continue;
      }
      answer = 'dropped';
      failure = error;
    }
    const meaning = meaningOf(answer === 'dropped' ? 'dropped' : { status: answer.status, retryAfter: retryAfterMs(answer, deps.now()) !== undefined });

    if (meaning === 'answered') {
      const response = answer as Response;
      if (unknownSince !== undefined && (response.status === 412 || response.status === 404)) {
        // The repeat found the ETag moved on or the item gone: our first attempt, or someone else's change.
        await discard(response, deps.log);
        throw new UnknownOutcomeError(what, `${unknownSince}, then ${response.status} on the repeat`);
      }
      return response;
    }

    if (meaning === 'unknown') {
      const reason = reasonOf(answer, failure);
      if (safety === 'not-repeatable') {
        if (answer !== 'dropped') await discard(answer, deps.log);
        throw new UnknownOutcomeError(what, reason);
      }
      if (safety === 'conditional') unknownSince ??= reason;
      if (attempt > policy.retries) {
        if (unknownSince !== undefined) throw new UnknownOutcomeError(what, `${unknownSince}; retries used up`);
        if (answer === 'dropped') throw failure;
        return answer;
      }
      if (answer !== 'dropped') await discard(answer, deps.log);
      deps.log(`Retry ${attempt}/${policy.retries} of ${what} after ${reason}`);
      await waitBefore(attempt, undefined);
      continue;
    }

    // Not processed (429, 503 with Retry-After): SharePoint's throttling contract, so any request goes again.
    const response = answer as Response;
    if (attempt > policy.retries) return response;
    const asked = retryAfterMs(response, deps.now());
    await discard(response, deps.log);
    deps.log(`Retry ${attempt}/${policy.retries} of ${what} after ${response.status}, in ${asked ?? 'backoff'} ms`);
    await waitBefore(attempt, asked);
  }
}

export function ResilientFetch(policy: RetryPolicy = DEFAULT_RETRY_POLICY, dependencies: Partial<Omit<SendDependencies, 'log'>> = {}): (instance: Queryable) => Queryable {
  const deps = { ...REAL_DEPENDENCIES, ...dependencies };
  return (instance) => {
    instance.on.send.clear();
    instance.on.send(async function (this: IQueryableInternal, url: URL, init: RequestInit): Promise<Response> {
      return sendResiliently(url.toString(), init, policy, { ...deps, log: (message) => this.log(message, 1) });
    });
    return instance;
  };
}
