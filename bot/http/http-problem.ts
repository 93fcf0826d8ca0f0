import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import { z } from 'zod';

/**
 * The app service's one error shape: `{ "error": { "code", "message" } }` with the HTTP status, for
 * every route it owns (the pass-through hands SharePoint's own answers on untouched).
 */
export class HttpProblem extends Error {
  public constructor(
    public readonly status: number,
    public readonly code: string,
    message: string
  ) {
    super(message);
    this.name = 'HttpProblem';
  }
}

export function sendProblem(response: Response, problem: HttpProblem): void {
  response.status(problem.status).type('application/json').send(JSON.stringify({ error: { code: problem.code, message: problem.message } }));
}

/** Parses a request part with zod, or answers 400 naming every bad field. */
export function parseRequest<T>(schema: z.ZodType<T, z.ZodTypeDef, unknown>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const details = parsed.error.issues.map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(root)'}: ${issue.message}`).join('; ');
  throw new HttpProblem(400, 'invalid-request', `${what} is invalid: ${details}`);
}

export const notFound: RequestHandler = (request, response) => {
  sendProblem(response, new HttpProblem(404, 'not-found', `No route ${request.method} ${request.path} on the Tillit app service.`));
};

/** Last in the chain: a known problem keeps its status; anything else is a 500 whose cause is logged, not shown. */
export function problemHandler(log: (line: string) => void): ErrorRequestHandler {
  return (error: unknown, request, response, next) => {
    if (response.headersSent) {
      next(error);
      return;
    }
    if (error instanceof HttpProblem) {
      sendProblem(response, error);
      return;
    }
    // express.json() reports a malformed or oversized body with a status of its own (400, 413, 415).
    const status = z.object({ status: z.number().int().min(400).max(499), message: z.string() }).safeParse(error);
    if (status.success) {
      sendProblem(response, new HttpProblem(status.data.status, 'invalid-request', status.data.message));
      return;
    }
    log(`app service: ${request.method} ${request.path} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    sendProblem(response, new HttpProblem(500, 'internal-error', 'The app service failed; its log says why.'));
  };
}
