/**
 * The one error family of Tillit (DESIGN.md habit 4). Adapters translate SharePoint's and
 * Teams' answers into these; the UI maps `kind` to a Swedish/English message (i18n `errors.*`).
 */
export type TillitErrorKind = 'not-found' | 'conflict' | 'throttled' | 'validation' | 'forbidden' | 'unauthorised' | 'unknown-outcome';

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

/**
 * An item Tillit was about to change or delete has no concrete ETag (`*` or none): the write would
 * be unconditional and could overwrite someone else's change unseen, so it is refused (R-SEC-2).
 * Reloading the item gives it its ETag; the UI says so with the conflict message.
 */
export class MissingEtagError extends ConflictError {
  public constructor(what: string) {
    super(what);
    this.message = `${what} has no ETag: Tillit does not write it unconditionally (R-SEC-2). Read it again and repeat the change.`;
    this.name = 'MissingEtagError';
  }
}

/**
 * A wait SharePoint asked for (Retry-After) or a retry needs would take the job past its time
 * budget (RetryPolicy.budgetMs, .deadline): the job stops now and says how long SharePoint asked
 * to wait, instead of sleeping silently past its window (R-SEC-3).
 */
export class ThrottlingBudgetExceededError extends ThrottledError {
  public constructor(
    public readonly waitSeconds: number,
    public readonly budgetSeconds: number,
    public readonly request: string
  ) {
    super(waitSeconds);
    this.message = `SharePoint asked us to wait ${waitSeconds} s before retrying ${request}; that is beyond the job's time budget (${budgetSeconds} s left). Run the job again later, or give it a larger budget.`;
    this.name = 'ThrottlingBudgetExceededError';
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

/**
 * A write whose outcome SharePoint never confirmed (502/504, a dropped connection): it may or may
 * not have landed. It is never blindly sent again (R-SEC-2); the repositories resolve it by reading
 * back (by the item's write key, or its ETag and values). Reaching the UI, it says to reload and
 * check before trying again.
 */
export class UnknownOutcomeError extends TillitError {
  public readonly kind = 'unknown-outcome' as const;
  public constructor(
    /** `POST https://…/_api/web/lists(…)/items` */
    public readonly request: string,
    /** What happened instead of an answer: `502 Bad Gateway`, `connection dropped (ECONNRESET)`, or the status of a repeat that cannot tell. */
    public readonly reason: string
  ) {
    super(`SharePoint did not confirm ${request} (${reason}): it may or may not have been written, so it is not sent again blindly (R-SEC-2).`);
    this.name = 'UnknownOutcomeError';
  }
}
