import { z } from 'zod';
import { ConflictError, ForbiddenError, NotFoundError, ThrottledError, UnauthorisedError, UnknownOutcomeError, ValidationError } from '../../../src/domain/shared/errors';
import { appServiceClient, type AppServiceAnswer } from '../../../src/ui/shell/app-service-client';

function answer(status: number, body: string, headers: Record<string, string> = {}): AppServiceAnswer {
  return { status, ok: status >= 200 && status < 300, headers: { get: (name) => headers[name.toLowerCase()] ?? null }, text: () => Promise.resolve(body) };
}

const problem = (code: string, message: string): string => JSON.stringify({ error: { code, message } });
const meSchema = z.object({ email: z.string().email() });

describe("the web parts' client of the app service API", () => {
  test('sends JSON bodies and validates the answer with the caller\'s schema', async () => {
    const sent: Array<{ path: string; method: string; body?: string }> = [];
    const client = appServiceClient((path, init) => {
      sent.push({ path, ...init });
      return Promise.resolve(answer(200, JSON.stringify({ email: 'eva@regionexempel.se' })));
    });
    await expect(client.post('/things', { a: 1 }, meSchema)).resolves.toEqual({ email: 'eva@regionexempel.se' });
    expect(sent).toEqual([{ path: '/things', method: 'POST', body: '{"a":1}' }]);
  });

  test('an answer of another shape is a validation error naming the path, not a broken page', async () => {
    const client = appServiceClient(() => Promise.resolve(answer(200, JSON.stringify({ email: 42 }))));
    const error = await client.get('/me', meSchema).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toEqual([{ path: 'email', message: expect.any(String) }]);
  });

  test.each([
    [400, ValidationError],
    [401, UnauthorisedError],
    [403, ForbiddenError],
    [404, NotFoundError],
    [409, ConflictError],
    [412, ConflictError],
    [429, ThrottledError],
    [500, UnknownOutcomeError]
  ])('the service\'s %i becomes %p with the service\'s message', async (status, kind) => {
    const client = appServiceClient(() => Promise.resolve(answer(status, problem('code-x', 'Det gick inte: skälet.'), { 'retry-after': '7' })));
    const error = await client.post('/x', {}, meSchema).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(kind);
    if (error instanceof ThrottledError) expect(error.retryAfterSeconds).toBe(7);
    else expect(String((error as Error).message)).toContain('Det gick inte: skälet.');
  });

  test('a proxy\'s HTML error page still gives an error of the right kind', async () => {
    const client = appServiceClient(() => Promise.resolve(answer(403, '<html>Forbidden</html>')));
    await expect(client.get('/me', meSchema)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
