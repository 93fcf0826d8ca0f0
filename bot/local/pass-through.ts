import { Agent, request as httpRequest, type IncomingHttpHeaders, type OutgoingHttpHeaders } from 'node:http';
import type { Request, RequestHandler, Response } from 'express';
import { z } from 'zod';
import { HttpProblem, parseRequest, sendProblem } from '../http/http-problem';
import { requireIdentity } from './identity-cookie';

/**
 * `/sites/tillit/…` on the app service → the local SharePoint, signed in as the workbench's demo
 * identity (DESIGN.md, "The app service, locally"): browser code talks to one origin, as a web part
 * talks to its own SharePoint site, and holds no token. Bodies stream both ways ($batch, files).
 */
export interface PassThroughOptions {
  /** `http://127.0.0.1:4321/sites/tillit`: the local SharePoint site. */
  readonly siteUrl: string;
  readonly log: (line: string) => void;
}

/** What SharePoint's REST API is asked with (@pnp/sp tunnels MERGE and DELETE through POST with X-HTTP-Method). */
const methodSchema = z.enum(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'MERGE', 'DELETE']);

/** Request headers that carry meaning for SharePoint; cookies and the browser's own Authorization stay behind. */
const FORWARDED_REQUEST_HEADERS = ['accept', 'content-type', 'content-length', 'if-match', 'if-none-match', 'x-http-method', 'x-requestdigest', 'odata-version', 'odata-maxversion', 'prefer'];
/** Answer headers the browser code reads: the body's type, ETags (R-SEC-2), throttling (R-SEC-3), OData. */
const FORWARDED_RESPONSE_HEADERS = ['content-type', 'content-length', 'etag', 'retry-after', 'location', 'odata-version', 'www-authenticate', 'sprequestguid', 'request-id'];

function pick(headers: IncomingHttpHeaders, names: readonly string[]): OutgoingHttpHeaders {
  const picked: OutgoingHttpHeaders = {};
  for (const name of names) {
    const value = headers[name];
    if (value !== undefined) picked[name] = value;
  }
  return picked;
}

/**
 * Connections to the local SharePoint are kept open, but closed after 4 s idle: sooner than any
 * server in the way closes them (Node's default 5 s; the stand-in keeps them 120 s), since a request
 * sent on a connection the server is closing fails.
 */
const KEEP_ALIVE_AGENT = new Agent({ keepAlive: true, timeout: 4_000 });

export function passThrough(options: PassThroughOptions): RequestHandler {
  const site = new URL(options.siteUrl);
  return (request: Request, response: Response) => {
    const method = parseRequest(methodSchema, request.method, 'The method');
    const identity = requireIdentity(request);
    // originalUrl keeps the path as the browser encoded it and the query ($filter, @v) untouched.
    const target = new URL(request.originalUrl, site.origin);
    const upstream = httpRequest(
      target,
      { method, agent: KEEP_ALIVE_AGENT, headers: { ...pick(request.headers, FORWARDED_REQUEST_HEADERS), authorization: `Bearer local:${identity.email}` } },
      (answer) => {
        response.status(answer.statusCode ?? 502);
        for (const [name, value] of Object.entries(pick(answer.headers, FORWARDED_RESPONSE_HEADERS))) if (value !== undefined) response.setHeader(name, value);
        answer.pipe(response);
      }
    );
    upstream.on('error', (error) => {
      options.log(`app service: the local SharePoint at ${site.origin} did not answer ${method} ${target.pathname}: ${error.message}`);
      if (!response.headersSent) sendProblem(response, new HttpProblem(502, 'sharepoint-unreachable', `The local SharePoint at ${site.origin} did not answer: ${error.message}`));
      else response.destroy(error);
    });
    // A browser that goes away mid-request takes the SharePoint request with it.
    response.on('close', () => {
      if (!response.writableFinished) upstream.destroy();
    });
    request.pipe(upstream);
  };
}
