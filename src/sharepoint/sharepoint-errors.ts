import { ConflictError, ForbiddenError, NotFoundError, ThrottledError, UnauthorisedError, ValidationError, type TillitError } from '../domain/shared/errors';

/** What @pnp/queryable throws for a non-2xx answer (HttpRequestError), narrowed to what we read. */
interface HttpRequestErrorLike {
  readonly isHttpRequestError: true;
  readonly status: number;
  readonly message: string;
  readonly response?: { readonly headers?: { get(name: string): string | null } };
}

export function isHttpRequestError(error: unknown): error is HttpRequestErrorLike {
  return typeof error === 'object' && error !== null && (error as { isHttpRequestError?: unknown }).isHttpRequestError === true;
}

export function httpStatusOf(error: unknown): number | undefined {
  return isHttpRequestError(error) ? error.status : undefined;
}

/**
 * SharePoint refused a write because a unique column (EnforceUniqueValues) already holds its value:
 * for a write key (lists/write-key.ts), the add it names has landed before.
 */
export function isDuplicateValuesError(error: unknown): boolean {
  return isHttpRequestError(error) && error.message.includes('SPDuplicateValuesFoundException');
}

/** SharePoint's own message, from `{"odata.error":{"message":{"value":…}}}` at the end of pnp's message. */
export function sharePointMessage(error: HttpRequestErrorLike): string {
  const json = error.message.split('::> ')[1];
  if (json === undefined) return error.message;
  try {
    const parsed = JSON.parse(json) as { 'odata.error'?: { message?: { value?: string } }; error?: { message?: { value?: string } } };
    return parsed['odata.error']?.message?.value ?? parsed.error?.message?.value ?? json;
  } catch {
    return json;
  }
}

/**
 * Turns SharePoint's answer into the domain's error family (DESIGN.md habit 4), so the UI and the
 * bot show one clear Swedish/English message per kind. Anything else is rethrown untouched.
 */
export function toTillitError(error: unknown, what: string): TillitError | unknown {
  if (!isHttpRequestError(error)) return error;
  switch (error.status) {
    case 404:
      return new NotFoundError(what);
    case 412:
      return new ConflictError(what);
    case 401:
      return new UnauthorisedError(what);
    case 403:
      return new ForbiddenError(what);
    case 429:
    case 503: {
      const retryAfter = Number(error.response?.headers?.get('retry-after'));
      return new ThrottledError(Number.isFinite(retryAfter) ? retryAfter : undefined);
    }
    case 400:
      return new ValidationError(what, [{ path: '(SharePoint)', message: sharePointMessage(error) }]);
    default:
      return error;
  }
}

/** Runs a SharePoint call and rethrows its failure as a TillitError. */
export async function translateErrors<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toTillitError(error, what);
  }
}
