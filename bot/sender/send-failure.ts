import { ConnectorFailure } from './connector-port';

/**
 * What the sender does about a failed send (DESIGN.md, "Limits to design for"; R-SEC-3, R-NDG-4):
 * - `retry`: 412, 503, a connection refused before anything was sent, and — only when the region
 *   accepts the risk of a double (`retryGatewayErrors`) — 502 and 504: again after backoff with jitter;
 * - `throttled`: 429 — again after exactly the Retry-After the connector named (or backoff without one);
 * - `stale`: 403 or 404 — the app is uninstalled or the conversation is gone: the installation is marked stale;
 * - `unknown`: the request went out and no clear answer came — no answer at all, or a gateway's 502/504,
 *   which Teams also gives for a message it delivered: it may have arrived, so it is never sent again
 *   blindly (R-NDG-4 over Teams' advice to retry them; `tillit nudge --resend-unknown` re-drives it);
 * - `dead`: anything else (400, 401, 500 …) — retrying will not help; the message is dead-lettered.
 */
export type FailureKind = 'retry' | 'throttled' | 'stale' | 'unknown' | 'dead';

const REFUSED = new Set([412, 503]);
const GATEWAY = new Set([502, 504]);

export function failureKindOf(error: unknown, retryGatewayErrors = false): FailureKind {
  if (!(error instanceof ConnectorFailure)) return 'dead';
  const { status } = error;
  if (status === undefined) return error.maybeDelivered ? 'unknown' : 'retry';
  if (status === 429) return 'throttled';
  if (status === 403 || status === 404) return 'stale';
  if (REFUSED.has(status)) return 'retry';
  if (GATEWAY.has(status)) return retryGatewayErrors ? 'retry' : 'unknown';
  return 'dead';
}

export interface BackoffSettings {
  readonly retryBaseDelayMs: number;
  readonly retryMaxDelayMs: number;
}

/**
 * The wait before retry number `attempt` (1 for the first retry): exponential ("full jitter"), a
 * random share of base·2^(attempt−1) capped at the maximum, never less than a tenth of it so a burst
 * of failures does not retry at once. `random` is in [0, 1): Math.random in the sender, fixed in tests.
 */
export function backoffDelayMs(attempt: number, settings: BackoffSettings, random: number): number {
  const ceiling = Math.min(settings.retryMaxDelayMs, settings.retryBaseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling * (0.1 + 0.9 * random));
}

/** The wait a failure asks for: Retry-After on a 429 when the connector named one, else backoff. */
export function retryDelayMs(error: unknown, attempt: number, settings: BackoffSettings, random: number): number {
  if (error instanceof ConnectorFailure && error.status === 429 && error.retryAfterSeconds !== undefined) return error.retryAfterSeconds * 1000;
  return backoffDelayMs(attempt, settings, random);
}

/** Parses Retry-After: delta-seconds or an HTTP date (RFC 9110 §10.2.3); undefined when absent or unreadable. */
// eslint-disable-next-line @rushstack/no-new-null -- Headers.get answers null for an absent header
export function retryAfterSecondsOf(header: string | null | undefined, now: Date): number | undefined {
  if (header === null || header === undefined || header.trim() === '') return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text);
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - now.getTime()) / 1000));
}
