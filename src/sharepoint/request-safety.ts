/**
 * Which requests may be sent again when SharePoint did not answer them (R-SEC-2). A 502, a 504 or
 * a dropped connection says nothing about whether the request was carried out: repeating a read
 * is harmless, repeating an item add may write the item twice.
 *
 * - `repeatable`: reads, and the few POSTs that change nothing or are idempotent by SharePoint's
 *   own definition (`ensureUser` returns the user it already has); a `$batch` of only those.
 * - `conditional`: MERGE/DELETE with a concrete If-Match. A repeat after the first attempt landed
 *   answers 412 (the ETag moved on) or 404 (the item is gone), so it can never apply twice; what
 *   such an answer means is for the caller to prove (resilient-fetch.ts surfaces it).
 * - `not-repeatable`: everything else that writes: item, list, field and group creation, a
 *   `$batch` with a changeset, unconditional (`If-Match: *`) updates. After an unknown outcome
 *   these surface UnknownOutcomeError; the repositories resolve it by reading back (write keys).
 */
export type RequestSafety = 'repeatable' | 'conditional' | 'not-repeatable';

export interface OutgoingRequest {
  /** The method SharePoint carries out: `X-HTTP-Method` on a POST wins, as SharePoint reads it. */
  readonly method: string;
  readonly url: string;
  readonly headers: Headers;
  readonly body: unknown;
}

/**
 * POSTs that read, or set a state rather than create something, so SharePoint makes a repeat a
 * no-op: the request digest, `ensureUser` (returns the user it already has), CAML reads, adding a
 * member to a group they are already in, adding or removing a role assignment that is already so.
 */
const REPEATABLE_POSTS = [
  /\/(contextinfo|ensureuser|getitems|renderlistdataasstream)(\(.*\))?$/i,
  /\/sitegroups\/(getbyname|getbyid)\([^/]*\)\/users$/i,
  /\/roleassignments\/(addroleassignment|removeroleassignment)\([^/]*\)$/i
];

/** A request line inside a `$batch` body as @pnp/sp writes it: `MERGE https://… HTTP/1.1`. */
const BATCH_REQUEST_LINE = /^(GET|POST|PUT|PATCH|MERGE|DELETE) (\S+) HTTP\/1\.1\s*$/gim;

export function outgoingRequest(url: string, init: RequestInit): OutgoingRequest {
  const headers = new Headers(init.headers);
  const sent = (init.method ?? 'GET').toUpperCase();
  const tunnelled = headers.get('x-http-method');
  const method = sent === 'POST' && tunnelled !== null ? tunnelled.toUpperCase() : sent;
  return { method, url, headers, body: init.body };
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    // A relative URL (a $batch part may carry one): the part before the query is its path.
    return url.split('?')[0];
  }
}

/** A read, or a POST SharePoint makes idempotent (REPEATABLE_POSTS). */
function isRead(method: string, url: string): boolean {
  if (method === 'GET' || method === 'HEAD') return true;
  const path = pathOf(url);
  return method === 'POST' && REPEATABLE_POSTS.some((pattern) => pattern.test(path));
}

/** The If-Match of a write: concrete (`"3"`, `W/"3"`) or not (`*`, absent). */
function hasConcreteIfMatch(headers: Headers): boolean {
  const ifMatch = headers.get('if-match');
  return ifMatch !== null && ifMatch.trim() !== '' && ifMatch.trim() !== '*';
}

/** A `$batch` is only as repeatable as its least repeatable part; parts that write sit in changesets. */
function batchSafety(body: unknown): RequestSafety {
  if (typeof body !== 'string') return 'not-repeatable';
  const parts = [...body.matchAll(BATCH_REQUEST_LINE)];
  if (parts.length === 0) return 'not-repeatable';
  return parts.every((part) => isRead(part[1].toUpperCase(), part[2])) ? 'repeatable' : 'not-repeatable';
}

export function requestSafety(request: OutgoingRequest): RequestSafety {
  if (isRead(request.method, request.url)) return 'repeatable';
  if (/\/_api\/\$batch$/i.test(pathOf(request.url))) return batchSafety(request.body);
  if ((request.method === 'MERGE' || request.method === 'PATCH' || request.method === 'DELETE') && hasConcreteIfMatch(request.headers)) {
    return 'conditional';
  }
  return 'not-repeatable';
}

/** Error codes of a connection that broke after the request may have been sent (Node and undici). */
const DROPPED_CODES = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ECONNABORTED', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'UND_ERR_ABORTED']);

function codeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, cause } = error as { code?: unknown; cause?: unknown };
  if (typeof code === 'string') return code;
  return cause === error ? undefined : codeOf(cause);
}

/**
 * What a failed `fetch` means: `refused` — no connection was made, so nothing was sent and any
 * request may go again; `dropped` — the connection broke (reset, socket hang up, `fetch failed`),
 * possibly after SharePoint carried the request out; undefined — not a network failure at all.
 */
export function networkFailureOf(error: unknown): 'refused' | 'dropped' | undefined {
  const code = codeOf(error);
  if (code === 'ECONNREFUSED') return 'refused';
  if (code !== undefined && DROPPED_CODES.has(code)) return 'dropped';
  const { name, message } = typeof error === 'object' && error !== null ? (error as { name?: unknown; message?: unknown }) : { name: '', message: '' };
  // By name, not instanceof: fetch's TypeError may come from another realm (undici inside Node, a test's VM).
  const text = typeof message === 'string' ? message : '';
  if (name === 'TypeError' && /fetch failed|terminated|other side closed/i.test(text)) return 'dropped';
  if (/socket hang up/i.test(text)) return 'dropped';
  return undefined;
}

/**
 * What an answer (or its absence) says about whether SharePoint carried the request out:
 * - `not-processed`: 429, or 503 with Retry-After — SharePoint turned it away unprocessed (its
 *   throttling contract), and a refused connection sent nothing;
 * - `unknown`: 502, 504, 503 without Retry-After, a dropped connection — it may have landed;
 * - `answered`: anything else, success or a definite error, goes to the caller.
 */
export type AnswerMeaning = 'not-processed' | 'unknown' | 'answered';

export function meaningOf(answer: { readonly status: number; readonly retryAfter: boolean } | 'refused' | 'dropped'): AnswerMeaning {
  if (answer === 'refused') return 'not-processed';
  if (answer === 'dropped') return 'unknown';
  if (answer.status === 429 || (answer.status === 503 && answer.retryAfter)) return 'not-processed';
  if (answer.status === 502 || answer.status === 503 || answer.status === 504) return 'unknown';
  return 'answered';
}
