import { z, type ZodType, type ZodTypeDef } from 'zod';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ThrottledError,
  UnauthorisedError,
  UnknownOutcomeError,
  ValidationError,
  type TillitError
} from '../../domain/shared/errors';

/**
 * The web parts' way to the app service's API (`/api/…`, bot/api): what a person may do only
 * through Tillit, never by writing a list directly — sign an acknowledgement, snooze a reminder,
 * list what they owe. Answers are validated with the caller's schema (an API of another version
 * says so instead of breaking the page); the service's problems become Tillit's error family.
 */
export interface AppServiceClient {
  get<T>(path: string, schema: ZodType<T, ZodTypeDef, unknown>): Promise<T>;
  post<T>(path: string, body: unknown, schema: ZodType<T, ZodTypeDef, unknown>): Promise<T>;
}

/** The part of a fetch Response the client reads (SPFx's HttpClientResponse has the same shape). */
export interface AppServiceAnswer {
  readonly status: number;
  readonly ok: boolean;
  // eslint-disable-next-line @rushstack/no-new-null -- the Fetch API's Headers.get, as browsers and SPFx define it
  readonly headers: { get(name: string): string | null };
  text(): Promise<string>;
}

/** Sends one request to `<api base>/<path>`; the transport adds the credentials (a cookie locally, an Entra token on SharePoint Online). */
export type AppServiceSend = (path: string, init: { readonly method: 'GET' | 'POST'; readonly body?: string }) => Promise<AppServiceAnswer>;

/** The app service's one error shape (bot/http/http-problem.ts). */
const problemSchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

function problemError(path: string, answer: AppServiceAnswer, text: string): TillitError {
  const parsed = (() => {
    try {
      return problemSchema.safeParse(JSON.parse(text));
    } catch {
      // Not JSON (a proxy's HTML page): the status alone must speak.
      return undefined;
    }
  })();
  const message = parsed?.success ? parsed.data.error.message : `${answer.status} from the app service`;
  switch (answer.status) {
    case 400:
    case 422:
      return new ValidationError(path, [{ path: parsed?.success ? parsed.data.error.code : 'request', message }]);
    case 401:
      return new UnauthorisedError(message);
    case 403:
      return new ForbiddenError(message);
    case 404:
      return new NotFoundError(message);
    case 409:
    case 412:
      return new ConflictError(message);
    case 429:
    case 503: {
      const seconds = Number(answer.headers.get('retry-after'));
      return new ThrottledError(Number.isFinite(seconds) && seconds > 0 ? seconds : undefined);
    }
    default:
      return new UnknownOutcomeError(`the app service's ${path}`, message);
  }
}

export function appServiceClient(send: AppServiceSend): AppServiceClient {
  const call = async <T>(path: string, init: { method: 'GET' | 'POST'; body?: string }, schema: ZodType<T, ZodTypeDef, unknown>): Promise<T> => {
    const answer = await send(path, init);
    const text = await answer.text();
    if (!answer.ok) throw problemError(path, answer, text);
    let json: unknown;
    try {
      json = text === '' ? undefined : JSON.parse(text);
    } catch {
      throw new ValidationError(`the app service's answer to ${path}`, [{ path: '(body)', message: 'is not JSON' }]);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      throw new ValidationError(
        `the app service's answer to ${path}`,
        parsed.error.issues.map((issue) => ({ path: issue.path.join('.') || '(root)', message: issue.message }))
      );
    }
    return parsed.data;
  };
  return {
    get: (path, schema) => call(path, { method: 'GET' }, schema),
    post: (path, body, schema) => call(path, { method: 'POST', body: JSON.stringify(body) }, schema)
  };
}

/** Locally (the workbench): the app service's own origin; the browser sends the identity cookie itself. */
export function sameOriginAppService(base: string = '/api'): AppServiceClient {
  return appServiceClient((path, init) =>
    fetch(`${base}${path}`, {
      method: init.method,
      body: init.body,
      credentials: 'same-origin',
      headers: init.body === undefined ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json' }
    })
  );
}
