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
  /** Distinct items the reads returned, by list: what "each list once, 5,000 a page" is measured against. */
  readonly distinctItemsByList: ReadonlyMap<string, number>;
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

function pathKey(path: string): string {
  return safeDecode(path).toLowerCase();
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
  const itemIds = new Map<string, Set<number>>();
  /** The path of a next page (`…/Lists(guid'…')/Items`) → the list as its first page named it. */
  const nextPageOf = new Map<string, string>();
  let ownOrigin = '';
  const listeners = new Set<(count: number) => void>();

  const noteItems = (list: string, text: string): void => {
    const ids = itemIds.get(list) ?? new Set<number>();
    itemIds.set(list, ids);
    try {
      const page = JSON.parse(text) as { value?: Array<{ ID?: unknown; Id?: unknown }>; 'odata.nextLink'?: unknown };
      for (const item of page.value ?? []) if (typeof (item.ID ?? item.Id) === 'number') ids.add(Number(item.ID ?? item.Id));
      // The next page's link names the list by its GUID: it is still this list's page.
      const next = page['odata.nextLink'];
      if (typeof next === 'string') nextPageOf.set(pathKey(new URL(next).pathname), list);
    } catch {
      // Not a collection (an error body): nothing to note; the read is counted all the same.
      return;
    }
  };

  /**
   * A JSON answer is passed on with SharePoint's absolute links (`odata.nextLink`) pointing at this
   * counter, so a client paging through a list keeps coming here (and is counted); the IDs a read of
   * items returned are noted.
   */
  const relay = (answer: IncomingMessage, response: ServerResponse, operation: SharePointOperation | undefined): void => {
    if (!/json/i.test(String(answer.headers['content-type'] ?? ''))) {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
      return;
    }
    const chunks: Buffer[] = [];
    answer.on('data', (chunk: Buffer) => chunks.push(chunk));
    answer.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8').split(target.origin).join(ownOrigin);
      if (operation?.itemRead === true && operation.list !== undefined && (answer.statusCode ?? 500) < 300) noteItems(operation.list, text);
      const payload = Buffer.from(text, 'utf8');
      response.writeHead(answer.statusCode ?? 502, { ...answer.headers, 'content-length': String(payload.length) });
      response.end(payload);
    });
  };

  const forward = (request: IncomingMessage, response: ServerResponse, body: Buffer, operation: SharePointOperation | undefined): void => {
    const upstream = httpRequest(
      { host: target.hostname, port: target.port, method: request.method, path: request.url, headers: { ...request.headers, host: target.host } },
      (answer) => {
        relay(answer, response, operation);
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
      let single: SharePointOperation | undefined;
      if (url.includes('/_api/')) {
        requests += 1;
        if (/\/_api\/\$batch/i.test(url)) operations.push(...batchOperationsOf(body.toString('utf8')));
        else {
          const operation = operationOf(effectiveMethod(request), url);
          const first = nextPageOf.get(pathKey(url.split('?')[0]));
          single = first === undefined ? operation : { ...operation, list: first };
          operations.push(single);
        }
        for (const listener of listeners) listener(requests);
      }
      forward(request, response, body, single);
    });
  });
  server.keepAliveTimeout = 120_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  ownOrigin = `http://127.0.0.1:${port}`;

  return {
    siteUrl: `http://127.0.0.1:${port}${target.pathname.replace(/\/$/, '')}`,
    counts: () => {
      const itemPagesByList = new Map<string, number>();
      for (const operation of operations) {
        if (operation.itemRead && operation.list !== undefined) itemPagesByList.set(operation.list, (itemPagesByList.get(operation.list) ?? 0) + 1);
      }
      const reads = operations.filter((operation) => operation.method === 'GET').length;
      const distinctItemsByList = new Map([...itemIds].map(([list, ids]) => [list, ids.size]));
      return { requests, operations: operations.length, reads, writes: operations.length - reads, itemPagesByList, distinctItemsByList };
    },
    operations: () => operations,
    reset: () => {
      requests = 0;
      operations = [];
      itemIds.clear();
      nextPageOf.clear();
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
