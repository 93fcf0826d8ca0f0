import { ConflictError, ForbiddenError, NotFoundError, ThrottledError, UnauthorisedError, ValidationError } from '../../src/domain/shared/errors';
import { toTillitError } from '../../src/sharepoint/sharepoint-errors';

function httpError(status: number, headers: Record<string, string> = {}): Error {
  return Object.assign(new Error(`Error making HttpClient request in queryable [${status}] ::> {"odata.error":{"message":{"value":"SharePoint says no."}}}`), {
    isHttpRequestError: true,
    status,
    response: { headers: new Headers(headers) }
  });
}

describe("toTillitError: SharePoint's answers as the error family (DESIGN.md habit 4)", () => {
  it.each([
    [404, NotFoundError],
    [412, ConflictError],
    [401, UnauthorisedError],
    [403, ForbiddenError],
    [429, ThrottledError],
    [503, ThrottledError],
    [400, ValidationError]
  ])('maps %i to %p', (status, kind) => {
    expect(toTillitError(httpError(status), 'Lists/Units')).toBeInstanceOf(kind);
  });

  it('tells a refused sign-in (401, signing in again helps) from a refused action (403)', () => {
    expect((toTillitError(httpError(401), 'Lists/Units') as UnauthorisedError).kind).toBe('unauthorised');
    expect((toTillitError(httpError(403), 'Lists/Units') as ForbiddenError).kind).toBe('forbidden');
  });

  it('keeps Retry-After and leaves what it does not know untouched', () => {
    expect((toTillitError(httpError(429, { 'retry-after': '7' }), 'x') as ThrottledError).retryAfterSeconds).toBe(7);
    const other = new Error('not an HTTP answer');
    expect(toTillitError(other, 'x')).toBe(other);
    const serverError = httpError(500);
    expect(toTillitError(serverError, 'x')).toBe(serverError);
  });
});
