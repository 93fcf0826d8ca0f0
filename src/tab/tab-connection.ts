import { connectThroughPassThrough, connectWithTokenProvider, type BrowserSite } from '../sharepoint/browser/browser-site';
import { appServiceClient, sameOriginAppService, type AppServiceClient } from '../ui/shell/app-service-client';
import { fileNameFromContentDisposition } from '../ui/council/content-disposition';
import type { DownloadFile } from '../ui/council/report-download';
import type { TabSignIn } from './tab-page';
import type { TeamsHost } from './teams-host';

/**
 * What the tab's pages talk through, the one place where production and local differ (DESIGN.md:
 * only the token differs): the app service's API (always this page's own origin, `/api`), files
 * from it, and the SharePoint site (My tasks' services).
 */
export interface TabConnection {
  readonly mode: TabSignIn['mode'];
  readonly appService: AppServiceClient;
  readonly download: DownloadFile;
  readonly site: BrowserSite;
  /** The SharePoint site's origin: the risks' and tasks' links point there. */
  readonly siteOrigin: string;
}

const API_BASE = '/api';

/**
 * Hands a fetched file to the browser's download (a blob: the token, when there is one, never rides
 * on a link), under the name the app service gives it (the report's Swedish name), else the fallback.
 */
async function saveAnswer(answer: Response, fallbackName: string): Promise<void> {
  if (!answer.ok) throw new Error(`${answer.status} ${answer.statusText}: ${(await answer.text()).slice(0, 300)}`);
  const fileName = fileNameFromContentDisposition(answer.headers.get('content-disposition') ?? undefined) ?? fallbackName;
  const url = URL.createObjectURL(await answer.blob());
  try {
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = fileName;
    document.body.appendChild(anchor);
    anchor.click();
    anchor.remove();
  } finally {
    // After the click the browser holds the file; a moment later the URL can go.
    window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

/** Locally: the workbench's demo identity in its HttpOnly cookie, sent by the browser to the same origin; no token in the page. */
function localConnection(sitePath: string, origin: string): TabConnection {
  return {
    mode: 'local',
    appService: sameOriginAppService(API_BASE),
    download: async (path, fileName) => saveAnswer(await fetch(`${API_BASE}${path}`, { credentials: 'same-origin' }), fileName),
    site: connectThroughPassThrough(`${origin}${sitePath}`),
    siteOrigin: origin
  };
}

/** In Teams: nested app authentication, one token for the app service's API and one for SharePoint (DESIGN.md). */
async function nestedAppConnection(signIn: Extract<TabSignIn, { mode: 'nested-app' }>): Promise<TabConnection> {
  // MSAL (a third of the tab's code) is loaded only here, in Teams in production: locally and in a plain browser it is never fetched.
  const { nestedAppAuthTokens } = await import(/* webpackChunkName: 'tillit-nested-app-auth' */ './nested-app-auth');
  const tokenFor = await nestedAppAuthTokens(signIn);
  const siteOrigin = new URL(signIn.siteUrl).origin;
  const apiToken = (): Promise<string> => tokenFor([signIn.apiScope]);
  const withToken = async (init: { method: string; body?: string; accept: string }): Promise<RequestInit> => ({
    method: init.method,
    body: init.body,
    credentials: 'omit',
    headers: { Accept: init.accept, Authorization: `Bearer ${await apiToken()}`, ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }) }
  });
  return {
    mode: 'nested-app',
    appService: appServiceClient(async (path, init) => fetch(`${API_BASE}${path}`, await withToken({ ...init, accept: 'application/json' }))),
    download: async (path, fileName) => saveAnswer(await fetch(`${API_BASE}${path}`, await withToken({ method: 'GET', accept: '*/*' })), fileName),
    site: connectWithTokenProvider(signIn.siteUrl, () => tokenFor([`${siteOrigin}/.default`])),
    siteOrigin
  };
}

export async function connectTab(signIn: TabSignIn, host: TeamsHost, origin: string = window.location.origin): Promise<TabConnection> {
  if (signIn.mode === 'local') return localConnection(signIn.sitePath, origin);
  if (host.kind !== 'teams') throw new Error('Tillit signs in through Teams here: open the tab in Microsoft Teams.');
  return nestedAppConnection(signIn);
}
