import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { BatchFormatError, formatBatchResponse, parseBatchRequest, type BatchResponsePart } from './batch';
import { parseApiPath } from './http/api-path';
import { metadataLevelOf, type ApiRequest, type ApiResponse } from './http/api-request';
import { dispatch, errorResponse } from './http/dispatch';
import { SharePointError, spErrors } from './http/sharepoint-error';
import { LOCAL_HOST, LOCAL_SITE_PATH, localSiteUrl } from './local-site-defaults';
import { classicPage, isClassicPage } from './pages/classic-pages';
import type { RestGet } from './pages/page-rest';
import { FAULT_SETTINGS_FORMAT, FaultSwitch, faultSettingsFromEnv, isCommitFault, parseFaultSettings, type CommitFault, type FaultConfiguration } from './faults';
import { membershipLogin, SiteStore, type DirectoryEntry, type SiteUserRecord } from './store/site-store';

/** Requests above this size are refused, as SharePoint refuses oversized bodies. */
const MAX_BODY_BYTES = 64 * 1024 * 1024;

export interface LocalSharePointOptions {
  /** 0 picks a free port (tests). */
  readonly port: number;
  /** A folder for the site's database, or ':memory:' for a site that lives as long as the process. */
  readonly dataDir: string;
  /** People who can sign in (`Authorization: Bearer local:<email>`), in addition to the site admin. */
  readonly directory?: readonly DirectoryEntry[];
  /** Faults to simulate from the start, one or several at once; when absent, `TILLIT_LOCAL_FAULTS` (e.g. `429:0.25:1`, `429:0.3:1,commit-then-502:0.1:writes`) is read. */
  readonly faults?: FaultConfiguration;
}

export interface LocalSharePoint {
  /** `http://127.0.0.1:<port>/sites/tillit` */
  readonly siteUrl: string;
  readonly port: number;
  readonly store: SiteStore;
  readonly faults: FaultSwitch;
  close(): Promise<void>;
}

const directorySchema = z.array(z.object({ email: z.string().trim().toLowerCase().email(), title: z.string().trim().min(1) })).max(100_000);

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(spErrors.badRequest(`The request body is larger than ${MAX_BODY_BYTES} bytes.`));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, answer: ApiResponse): void {
  response.writeHead(answer.status, { ...answer.headers, 'content-length': Buffer.byteLength(answer.body) });
  response.end(answer.body);
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw spErrors.badRequest('The request body is not valid JSON.');
  }
}

/** `Bearer local:<email>` signs in as that person of the local directory; anything else is 401, as in SharePoint. */
function authenticate(store: SiteStore, authorization: string | undefined): SiteUserRecord | undefined {
  const match = /^Bearer\s+local:(\S+@\S+)$/i.exec(authorization ?? '');
  if (!match) return undefined;
  const email = match[1].toLowerCase();
  if (!store.directoryEntry(email)) return undefined;
  return store.transaction(() => store.ensureUser(membershipLogin(email)));
}

function unauthorized(): ApiResponse {
  return {
    status: 401,
    headers: {
      'content-type': 'application/json;charset=utf-8',
      'www-authenticate': 'Bearer realm="tillit-local", client_id="00000003-0000-0ff1-ce00-000000000000"'
    },
    body: JSON.stringify({ error_description: 'Invalid token. Sign in with "Authorization: Bearer local:<e-mail of a person in the local directory>".' })
  };
}

function headersOf(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) if (typeof value === 'string') headers[name.toLowerCase()] = value;
  return headers;
}

/** parseApiPath has refused a malformed encoding already; this only keeps the error message readable. */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function effectiveMethod(method: string, headers: Readonly<Record<string, string>>): string {
  const tunnelled = headers['x-http-method'];
  return method.toUpperCase() === 'POST' && tunnelled ? tunnelled.toUpperCase() : method.toUpperCase();
}

/** A write for the fault switch (`requests: 'writes'`): anything but a read; a `$batch` when it carries a changeset. */
function isWrite(method: string, pathname: string, body: string): boolean {
  if (method === 'GET' || method === 'HEAD') return false;
  return !pathname.toLowerCase().endsWith('/$batch') || /boundary="?changeset_/i.test(body);
}

export async function startLocalSharePoint(options: LocalSharePointOptions): Promise<LocalSharePoint> {
  // The environment switch is read before the store opens, so a mistyped value fails fast and leaves nothing open.
  const faults = new FaultSwitch(options.faults ?? faultSettingsFromEnv(process.env.TILLIT_LOCAL_FAULTS));
  const store = SiteStore.open(options.dataDir, options.directory ?? []);
  let siteUrl = '';

  const apiRequest = (
    method: string,
    encodedApiPath: string,
    search: string,
    headers: Record<string, string>,
    body: unknown,
    user: SiteUserRecord
  ): ApiRequest => ({
    method: effectiveMethod(method, headers),
    segments: parseApiPath(encodedApiPath, new URLSearchParams(search)),
    path: safeDecode(encodedApiPath),
    query: new URLSearchParams(search),
    headers,
    body,
    user,
    metadata: metadataLevelOf(headers.accept),
    siteUrl,
    sitePath: LOCAL_SITE_PATH
  });

  /** A classic page's reads: REST calls as the page's viewer (pages/page-rest.ts). */
  const restAs = (user: SiteUserRecord): RestGet => (apiPath, query) =>
    dispatch(store, apiRequest('GET', apiPath, `?${query.toString()}`, { accept: 'application/json;odata=nometadata' }, undefined, user));

  /** `$batch`: every part runs on its own, in order, and answers on its own (SharePoint's "mixed results"). */
  const runBatch = (headers: Record<string, string>, text: string, user: SiteUserRecord): ApiResponse => {
    const parts = parseBatchRequest(headers['content-type'] ?? '', text, { baseUrl: `${siteUrl}/_api/` });
    const answers: BatchResponsePart[] = parts.map((part) => {
      const url = new URL(part.url);
      const prefix = `${LOCAL_SITE_PATH}/_api/`;
      const partHeaders = { ...part.headers };
      const level = metadataLevelOf(partHeaders.accept);
      let answer: ApiResponse;
      try {
        if (!url.pathname.toLowerCase().startsWith(prefix.toLowerCase())) throw spErrors.resourceNotFound(url.pathname);
        answer = dispatch(store, apiRequest(part.method, url.pathname.slice(prefix.length), url.search, partHeaders, parseJson(part.body), user));
      } catch (error) {
        if (!(error instanceof SharePointError)) throw error;
        answer = errorResponse({ metadata: level }, error);
      }
      const partAnswerHeaders: Record<string, string> = {};
      for (const [name, value] of Object.entries(answer.headers)) partAnswerHeaders[name.toUpperCase()] = value;
      return { status: answer.status, headers: partAnswerHeaders, body: answer.body };
    });
    const formatted = formatBatchResponse(answers);
    return { status: 200, headers: { 'content-type': formatted.contentType }, body: formatted.body };
  };

  const handleAdmin = (method: string, path: string, body: unknown, user: SiteUserRecord | undefined): ApiResponse => {
    if (!user) return unauthorized();
    if (!user.isSiteAdmin) throw spErrors.accessDenied();
    const ok = (value: unknown): ApiResponse => ({ status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) });
    if (path === '/_local/directory' && method === 'POST') {
      const parsed = directorySchema.safeParse(body);
      if (!parsed.success) throw spErrors.badRequest(`The directory must be a list of { email, title }: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
      store.transaction(() => parsed.data.forEach((entry) => store.addToDirectory(entry)));
      return ok({ added: parsed.data.length });
    }
    if (path === '/_local/faults') {
      if (method === 'DELETE') {
        faults.set(undefined);
        return ok({ faults: null });
      }
      if (method === 'PUT' || method === 'POST') {
        const parsed = parseFaultSettings(body);
        if (!parsed.success) throw spErrors.badRequest(`Faults must be ${FAULT_SETTINGS_FORMAT}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
        faults.set(parsed.data);
        return ok({ faults: parsed.data });
      }
      return ok({ faults: faults.current() ?? null });
    }
    throw spErrors.resourceNotFound(path);
  };

  /** An answer, and the lost-answer fault to apply once it is committed (faults.ts). */
  interface Handled {
    readonly answer: ApiResponse;
    readonly afterCommit?: CommitFault['mode'];
  }

  const handle = async (request: IncomingMessage): Promise<Handled> => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const headers = headersOf(request);
    const method = (request.method ?? 'GET').toUpperCase();
    const text = await readBody(request);
    const user = authenticate(store, headers.authorization);
    if (url.pathname.startsWith('/_local/')) return { answer: handleAdmin(method, url.pathname, parseJson(text), user) };
    if ((method === 'GET' || method === 'HEAD') && isClassicPage(LOCAL_SITE_PATH, url.pathname)) {
      return { answer: user ? classicPage(store, restAs(user), LOCAL_SITE_PATH, url.pathname, url.searchParams) : unauthorized() };
    }
    const apiPrefix = `${LOCAL_SITE_PATH}/_api/`;
    if (!url.pathname.toLowerCase().startsWith(apiPrefix.toLowerCase())) {
      if (url.pathname === '/' || url.pathname === LOCAL_SITE_PATH) {
        return { answer: { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: `Tillit local SharePoint: ${siteUrl}\n` } };
      }
      throw spErrors.resourceNotFound(url.pathname);
    }
    if (!user) return { answer: unauthorized() };
    const fault = faults.next({ write: isWrite(effectiveMethod(method, headers), url.pathname, text) });
    if (fault && !isCommitFault(fault)) {
      const code = fault.status === 429 ? '-2147024860, Microsoft.SharePoint.SPQueryThrottledException' : '-1, Microsoft.SharePoint.Client.ServerTooBusyException';
      throw new SharePointError(fault.status, code, fault.status === 429 ? 'The request has been throttled. Retry after the time in Retry-After.' : 'The server is busy. Retry after the time in Retry-After.', {
        'retry-after': String(fault.retryAfterSeconds)
      });
    }
    const afterCommit = fault && isCommitFault(fault) ? fault.mode : undefined;
    const apiPath = url.pathname.slice(apiPrefix.length);
    if (apiPath.toLowerCase() === '$batch') {
      if (method !== 'POST') throw spErrors.methodNotAllowed(method, '$batch');
      return { answer: runBatch(headers, text, user), afterCommit };
    }
    return { answer: dispatch(store, apiRequest(method, apiPath, url.search, headers, parseJson(text), user)), afterCommit };
  };

  /** The request has been carried out and committed; the client never learns it (R-SEC-2 tests). */
  const loseAnswer = (mode: CommitFault['mode'], response: ServerResponse): void => {
    if (mode === 'commit-then-drop') {
      response.socket?.destroy();
      return;
    }
    send(response, { status: 502, headers: { 'content-type': 'text/html; charset=utf-8' }, body: '<html><body><h1>502 Bad Gateway</h1></body></html>' });
  };

  const server: Server = createServer((request, response) => {
    handle(request).then(
      ({ answer, afterCommit }) => (afterCommit === undefined ? send(response, answer) : loseAnswer(afterCommit, response)),
      (error: unknown) => {
        const level = metadataLevelOf(request.headers.accept);
        if (error instanceof SharePointError) send(response, errorResponse({ metadata: level }, error));
        else if (error instanceof BatchFormatError) send(response, errorResponse({ metadata: level }, new SharePointError(400, error.sharePointCode, error.message)));
        else {
          const message = error instanceof Error ? error.message : String(error);
          send(response, errorResponse({ metadata: level }, new SharePointError(500, '-2146233088, System.InvalidOperationException', `The local SharePoint failed: ${message}`)));
        }
      }
    );
  });
  // Keep idle connections open for minutes, as a web front end does (IIS's default connectionTimeout
  // is 120 s), not Node's 5 s: with 5 s, a client reusing a pooled connection just as the server
  // drops it sees "other side closed" (seen in the full test run, seed-demo's acknowledgements).
  server.keepAliveTimeout = 120_000;
  // Servers listen on the loopback interface only.
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, LOCAL_HOST, () => resolve());
    });
  } catch (error) {
    // A port already in use must not leave the site's database open (and its folder locked).
    store.close();
    throw error;
  }
  const port = (server.address() as AddressInfo).port;
  siteUrl = localSiteUrl(port);
  return {
    siteUrl,
    port,
    store,
    faults,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => {
          store.close();
          if (error) reject(error);
          else resolve();
        });
      })
  };
}
