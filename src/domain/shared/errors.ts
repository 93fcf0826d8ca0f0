/**
 * The one error family of Tillit (DESIGN.md habit 4). Adapters translate SharePoint's and
 * Teams' answers into these; the UI maps `kind` to a Swedish/English message (i18n `errors.*`).
 */
export type TillitErrorKind = 'not-found' | 'conflict' | 'throttled' | 'validation' | 'forbidden' | 'unauthorised';

export abstract class TillitError extends Error {
  public abstract readonly kind: TillitErrorKind;
}

export class NotFoundError extends TillitError {
  public readonly kind = 'not-found' as const;
  public constructor(public readonly what: string) {
    super(`Not found: ${what}`);
    this.name = 'NotFoundError';
  }
}

/** Someone else changed the item since it was read (SharePoint 412 on a stale ETag; R-SEC-2). */
export class ConflictError extends TillitError {
  public readonly kind = 'conflict' as const;
  public constructor(public readonly what: string) {
    super(`Changed by someone else since it was read: ${what}`);
    this.name = 'ConflictError';
  }
}

/** SharePoint or Teams asked us to slow down (429/503); `retryAfterSeconds` comes from Retry-After (R-SEC-3). */
export class ThrottledError extends TillitError {
  public readonly kind = 'throttled' as const;
  public constructor(public readonly retryAfterSeconds: number | undefined) {
    super(`Throttled${retryAfterSeconds === undefined ? '' : `; retry after ${retryAfterSeconds} s`}`);
    this.name = 'ThrottledError';
  }
}

export class ForbiddenError extends TillitError {
  public readonly kind = 'forbidden' as const;
  public constructor(public readonly what: string) {
    super(`Not allowed: ${what}`);
    this.name = 'ForbiddenError';
  }
}

/** Nobody is signed in, or the sign-in was not accepted (SharePoint 401: a missing or expired token); unlike forbidden, signing in again helps. */
export class UnauthorisedError extends TillitError {
  public readonly kind = 'unauthorised' as const;
  public constructor(public readonly what: string) {
    super(`Not signed in: ${what}`);
    this.name = 'UnauthorisedError';
  }
}

export interface ValidationIssue {
  /** Where the problem is, written as a path: `consequenceScale.levels[2].label`. */
  readonly path: string;
  readonly message: string;
}

export class ValidationError extends TillitError {
  public readonly kind = 'validation' as const;
  public constructor(
    public readonly subject: string,
    public readonly issues: readonly ValidationIssue[]
  ) {
    super(`${subject} is invalid:\n${issues.map((issue) => `  - ${issue.path}: ${issue.message}`).join('\n')}`);
    this.name = 'ValidationError';
  }
}
