import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A counting pass-through in front of the local SharePoint (issue 9's benchmark: SharePoint requests
 * per nudge run against the minimum). Every request is forwarded unchanged and counted; a `$batch`
 * is also counted part by part, because SharePoint Online counts a batch's parts one by one
 * against its throttling (DESIGN.md, "Limits to design for"). A dropped connection upstream
 * (the fault switch's commit-then-drop) drops the client's too.
 */
export interface SharePointOperation {
  readonly method: string;
  /** The list's server-relative URL or title as the request names it, lower case; undefined for the web or the site. */
  readonly list: string | undefined;
  /** A read of list items (`…/items`, GET). */
  readonly itemRead: boolean;
}

export interface RequestCounts {
  /** HTTP requests, a `$batch` counting one. */
  readonly requests: number;
  /** Operations, each `$batch` part counting one. */
  readonly operations: number;
  readonly reads: number;
  readonly writes: number;
  /** Item reads (pages) by list. */
  readonly itemPagesByList: ReadonlyMap<string, number>;
}

export interface SharePointRequestCounter {
  /** The site URL to give the client instead of the real one. */
  readonly siteUrl: string;
  counts(): RequestCounts;
  operations(): readonly SharePointOperation[];
  reset(): void;
  /** Called for each request as it arrives, before it is forwarded (the resilience test kills the client there). */
  onRequest(listener: (count: number) => void): () => void;
  close(): Promise<void>;
}

const LIST_PATTERN = /getlist\('([^']+)'\)|lists\/getbytitle\('([^']+)'\)|lists\(guid'([^']+)'\)/i;

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export function operationOf(method: string, url: string): SharePointOperation {
  const path = safeDecode(url.split('?')[0]);
  const match = LIST_PATTERN.exec(path);
  const list = match ? (match[1] ?? match[2] ?? match[3]).toLowerCase() : undefined;
  const upper = method.toUpperCase();
  return { method: upper, list, itemRead: upper === 'GET' && list !== undefined && /\/items\/?$/i.test(path) };
}

/** The request lines of a `$batch` body (`GET https://…/_api/… HTTP/1.1`), changesets included. */
export function batchOperationsOf(body: string): SharePointOperation[] {
  const lines = body.split(/\r?\n/);
  return lines.flatMap((line) => {
    const match = /^(GET|POST|PUT|PATCH|MERGE|DELETE) (\S+) HTTP\/1\.1$/.exec(line.trim());
    return match ? [operationOf(match[1], match[2])] : [];
  });
}

function effectiveMethod(request: IncomingMessage): string {
  const tunnelled = request.headers['x-http-method'];
  return request.method === 'POST' && typeof tunnelled === 'string' ? tunnelled : request.method ?? 'GET';
}

export async function startSharePointRequestCounter(targetSiteUrl: string): Promise<SharePointRequestCounter> {
  const target = new URL(targetSiteUrl);
  let requests = 0;
  let operations: SharePointOperation[] = [];
  const listeners = new Set<(count: number) => void>();

  const forward = (request: IncomingMessage, response: ServerResponse, body: Buffer): void => {
    const upstream = httpRequest(
      { host: target.hostname, port: target.port, method: request.method, path: request.url, headers: { ...request.headers, host: target.host } },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
        answer.on('error', () => response.destroy());
      }
    );
    upstream.on('error', () => response.socket?.destroy());
    upstream.end(body);
  };

  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks);
      const url = request.url ?? '/';
      if (url.includes('/_api/')) {
        requests += 1;
        if (/\/_api\/\$batch/i.test(url)) operations.push(...batchOperationsOf(body.toString('utf8')));
        else operations.push(operationOf(effectiveMethod(request), url));
        for (const listener of listeners) listener(requests);
      }
      forward(request, response, body);
    });
  });
  server.keepAliveTimeout = 120_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    siteUrl: `http://127.0.0.1:${port}${target.pathname.replace(/\/$/, '')}`,
    counts: () => {
      const itemPagesByList = new Map<string, number>();
      for (const operation of operations) {
        if (operation.itemRead && operation.list !== undefined) itemPagesByList.set(operation.list, (itemPagesByList.get(operation.list) ?? 0) + 1);
      }
      const reads = operations.filter((operation) => operation.method === 'GET').length;
      return { requests, operations: operations.length, reads, writes: operations.length - reads, itemPagesByList };
    },
    operations: () => operations,
    reset: () => {
      requests = 0;
      operations = [];
    },
    onRequest: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      })
  };
}
