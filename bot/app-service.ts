import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type RequestHandler } from 'express';
import { buildBrowserBundles, DEFAULT_BUNDLE_DIR, type BuildReport } from './browser-bundles';
import { HttpProblem, notFound, problemHandler, sendProblem } from './http/http-problem';
import { appApi } from './api/app-api';
import type { AppApiServices } from './api/app-api-services';
import { loopbackHostOnly, sameOriginWrites } from './http/local-guards';
import { passThrough } from './local/pass-through';
import { workbenchRoutes } from './local/workbench-routes';
import { tabRoutes } from './tab/tab-routes';
import type { TabSignIn } from '../src/tab/tab-page';

export interface AppServiceOptions {
  /** 0 picks a free port (tests). */
  readonly port: number;
  /** The interface to listen on: 127.0.0.1 unless production says otherwise (behind its front end). */
  readonly host?: string;
  /**
   * Locally only: the local SharePoint site (`http://127.0.0.1:4321/sites/tillit`). With it the app
   * service serves the workbench and the pass-through; without it, neither exists.
   */
  readonly localSiteUrl?: string;
  /** Where the browser bundles are built (an ignored folder; DEFAULT_BUNDLE_DIR). */
  readonly bundleDir?: string;
  /** How the bundles are made ready: buildBrowserBundles (built, or found current). Tests of the routes alone hand in their own. */
  readonly prepareBundles?: (outDir: string) => Promise<BuildReport>;
  /** The API's services (`/api/…`); without them the app service has no API (the routes' own tests mount theirs). */
  readonly api?: AppApiServices;
  /**
   * The bot's `/api/messages` handlers (bot/agent/tillit-agent.ts), made once the service knows its own
   * address (the cards link to My tasks on it locally); without it `/api/messages` answers 501.
   */
  readonly bot?: (appServiceUrl: string) => RequestHandler[];
  /**
   * How the council's tab (`/tab/`, issue 10) signs in on SharePoint Online: nested app authentication
   * with these ids. Locally (with localSiteUrl) the tab uses the workbench's demo identity instead;
   * with neither, the app service serves no tab.
   */
  readonly tabSignIn?: Extract<TabSignIn, { mode: 'nested-app' }>;
  readonly log: (line: string) => void;
}

export interface AppService {
  /** `http://127.0.0.1:3978` */
  readonly url: string;
  readonly port: number;
  /** `http://127.0.0.1:3978/workbench/` when local, else undefined. */
  readonly workbenchUrl: string | undefined;
  readonly bundles: BuildReport;
  close(): Promise<void>;
}

/**
 * The app service (DESIGN.md): one Node HTTP server on 127.0.0.1 for the bot (/api/messages, a later
 * issue), the council's tab (/tab/) and, locally, the workbench and the pass-through to the
 * local SharePoint. Browser bundles are built (or found current) before it listens.
 */
export async function startAppService(options: AppServiceOptions): Promise<AppService> {
  const bundles = await (options.prepareBundles ?? buildBrowserBundles)(options.bundleDir ?? DEFAULT_BUNDLE_DIR);
  const tabInitialFiles = bundles.bundles.find((bundle) => bundle.name === 'tab')?.initial?.map((file) => file.file);
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');

  // The bot (issue 9): its handlers join this router once the server listens; without a bot it says so.
  const botRouter = express.Router();
  if (options.bot === undefined) {
    app.all('/api/messages', (_request, response) => {
      sendProblem(response, new HttpProblem(501, 'not-implemented', 'The Tillit bot is not configured in this app service.'));
    });
  } else {
    app.post('/api/messages', botRouter);
  }

  if (options.api !== undefined) {
    // Locally the caller is named by the workbench's cookie: the same loopback and same-origin guards as the pass-through.
    const guards = options.localSiteUrl === undefined ? [] : [loopbackHostOnly, sameOriginWrites];
    app.use('/api', ...guards, appApi(options.api));
  }

  let sitePath: string | undefined;
  if (options.localSiteUrl !== undefined) {
    sitePath = new URL(options.localSiteUrl).pathname.replace(/\/$/, '');
    const local = express.Router();
    local.use(loopbackHostOnly, sameOriginWrites);
    local.get('/', (_request, response) => response.redirect(302, '/workbench/'));
    local.use(workbenchRoutes({ bundleDir: bundles.outDir, sitePath }));
    local.use(tabRoutes({ bundleDir: bundles.outDir, signIn: { mode: 'local', sitePath }, initialFiles: tabInitialFiles }));
    local.all([sitePath, `${sitePath}/*rest`], passThrough({ siteUrl: options.localSiteUrl, log: options.log }));
    app.use(local);
  }

  if (sitePath === undefined && options.tabSignIn !== undefined) app.use(tabRoutes({ bundleDir: bundles.outDir, signIn: options.tabSignIn, initialFiles: tabInitialFiles }));

  app.use(notFound);
  app.use(problemHandler(options.log));

  // Locally the loopback interface only; production names its own (TILLIT_APP_HOST).
  const host = options.host ?? '127.0.0.1';
  const server: Server = await new Promise((resolve, reject) => {
    const listening = app.listen(options.port, host, (error?: Error) => (error ? reject(error) : resolve(listening)));
    listening.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
  if (options.bot !== undefined) botRouter.use(...options.bot(url));
  return {
    url,
    port,
    workbenchUrl: sitePath === undefined ? undefined : `${url}/workbench/`,
    bundles,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      })
  };
}
