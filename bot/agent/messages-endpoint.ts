import type { CloudAdapter, Request as AgentRequest, WebResponse } from '@microsoft/agents-hosting';
import type { TurnContext } from '@microsoft/agents-hosting';
import express, { type RequestHandler, type Response } from 'express';
import { HttpProblem, sendProblem } from '../http/http-problem';

export interface MessagesEndpointOptions {
  readonly adapter: CloudAdapter;
  /** The bot's turn (AgentApplication.run). */
  readonly logic: (context: TurnContext) => Promise<void>;
  readonly log: (line: string) => void;
}

/** What the SDK's authorizeJWT answered, caught instead of written: the app service answers in its own shape. */
class CapturedAnswer implements WebResponse {
  public statusCode = 200;
  public body: unknown;
  public headersSent = false;
  public writableEnded = false;
  public status(code: number): this {
    this.statusCode = code;
    return this;
  }
  public setHeader(): this {
    return this;
  }
  public send(body?: unknown): this {
    this.body = body;
    this.headersSent = true;
    return this;
  }
  public end(): this {
    this.writableEnded = true;
    return this;
  }
}

function reasonOf(body: unknown): string {
  if (typeof body === 'object' && body !== null && 'jwt-auth-error' in body) return String((body as Record<string, unknown>)['jwt-auth-error']);
  return 'the request is not authorised';
}

/**
 * `POST /api/messages` (R-SEC-1): the SDK's own JWT validation (the Bot Service's keys, audience =
 * the bot's client id, issuer, expiry) runs first, and only an authorised request reaches the adapter;
 * a refusal is the app service's 401 problem. Anything the turn throws, and the SDK's own HTML 500,
 * becomes the app service's 500 problem with the cause in the log: one bad activity never ends the process.
 */
export function messagesEndpoint(options: MessagesEndpointOptions): RequestHandler[] {
  const { adapter, logic, log } = options;
  // Teams' activities are small; 256 KB leaves room for a card's inputs (Teams refuses cards over ~28 KB).
  const json = express.json({ limit: '256kb', type: ['application/json', 'application/*+json'] });
  const authorise: RequestHandler = (request, response, next) => {
    const captured = new CapturedAnswer();
    let authorised = false;
    adapter
      .authorizeRequest(request as unknown as AgentRequest, captured, () => {
        authorised = true;
      })
      .then(() => {
        if (authorised) {
          next();
          return;
        }
        const status = captured.statusCode >= 400 ? captured.statusCode : 401;
        log(`bot: refused a ${request.method} to /api/messages (${status}): ${reasonOf(captured.body)}`);
        sendProblem(response, new HttpProblem(status, status === 405 ? 'method-not-allowed' : 'unauthorized', `The bot accepts only activities from the Bot Service: ${reasonOf(captured.body)}.`));
      })
      .catch(next);
  };
  const process: RequestHandler = (request, response, next) => {
    if (typeof request.body !== 'object' || request.body === null || Array.isArray(request.body)) {
      sendProblem(response, new HttpProblem(400, 'invalid-request', 'The body must be a Bot Framework activity (a JSON object).'));
      return;
    }
    adapter.process(request as unknown as AgentRequest, response as unknown as WebResponse, logic).then(
      () => {
        if (!response.headersSent) response.status(200).end();
      },
      (error: unknown) => failed(error, response, log, next)
    );
  };
  return [authorise, json, process];
}

function failed(error: unknown, response: Response, log: (line: string) => void, next: (error?: unknown) => void): void {
  log(`bot: a turn failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  if (response.headersSent) {
    if (!response.writableEnded) response.end();
    return;
  }
  if (error instanceof HttpProblem) {
    next(error);
    return;
  }
  sendProblem(response, new HttpProblem(500, 'bot-turn-failed', 'The bot could not handle the activity; the app service\'s log says why.'));
}
