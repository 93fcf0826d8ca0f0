import express, { type Router } from 'express';
import { DEMO_PERSONAS } from '../../src/demo/demo-personas';
import { tabOverridesSchema, type TabPage, type TabSignIn } from '../../src/tab/tab-page';
import { workbenchIdentityOf } from '../../src/workbench/workbench-identities';
import { parseRequest } from '../http/http-problem';
import { identityInCookie, setIdentityCookie } from '../local/identity-cookie';
import { CHUNK_FOLDER } from '../browser-bundles';
import { tabHtml } from './tab-html';

export interface TabRoutesOptions {
  /** The folder with the built browser bundles (bot/browser-bundles.ts). */
  readonly bundleDir: string;
  readonly signIn: TabSignIn;
  /** The tab bundle's files loaded at its start (entry first, then its static chunks; BuiltBundle.initial), preloaded by the page. */
  readonly initialFiles?: readonly string[];
}

const ASSETS = '/tab/assets';

/**
 * Chunks carry a content hash in their names (bot/browser-bundles.ts): a new build makes new names,
 * so the browser may keep them a year without asking. The entry (`tab.js`) keeps its name: it is
 * revalidated on every load (ETag), so a new deployment is picked up at once.
 */
function cacheControlOf(path: string): string {
  return path.includes(`/${CHUNK_FOLDER}/`) && /-[A-Z0-9]{8}\.js(\.map)?$/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** Where Teams frames a tab (web, desktop and Microsoft 365's hosts), and nowhere else. */
const TEAMS_FRAME_ANCESTORS = "'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.cloud.microsoft https://*.office.com https://*.microsoft365.com https://*.skype.com";

/**
 * Scripts from this origin only; Fluent's styles are inserted at run time (Griffel), hence
 * 'unsafe-inline' for styles. In Teams the page also talks to Entra ID (MSAL) and the SharePoint site.
 */
function contentSecurityPolicy(signIn: TabSignIn): string {
  // TeamsJS fetches the hosts' valid origins from Microsoft's CDN; locally (offline) that is refused and it uses its built-in list.
  const connect = signIn.mode === 'local' ? "'self'" : `'self' https://login.microsoftonline.com https://res.cdn.office.net ${new URL(signIn.siteUrl).origin}`;
  return `default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src ${connect}; frame-ancestors ${TEAMS_FRAME_ANCESTORS}; base-uri 'none'; form-action 'none'`;
}

const PAGES: ReadonlyArray<readonly [string, TabPage]> = [
  ['/tab/', 'dashboard'],
  ['/tab/config', 'config'],
  ['/tab/my-tasks', 'my-tasks']
];

/** The council's security coordinator: who a first local visit of the council's tab is (the workbench's default is a registry coordinator). */
const LOCAL_TAB_DEFAULT = workbenchIdentityOf(DEMO_PERSONAS.securityCoordinator.email);

/**
 * `/tab/` (the channel tab's dashboard), `/tab/config` (its configuration page) and `/tab/my-tasks`
 * (the personal tab): one bundle, the page named on its root element (issue 10).
 */
export function tabRoutes(options: TabRoutesOptions): Router {
  const router = express.Router({ strict: true, caseSensitive: true });
  const csp = contentSecurityPolicy(options.signIn);
  // The entry's static chunks are named in the page, so the browser fetches them with the entry instead of after parsing it.
  const preloads = (options.initialFiles ?? []).filter((file) => file !== 'tab.js').map((file) => `${ASSETS}/${file}`);
  router.get('/tab', (_request, response) => response.redirect(301, '/tab/'));
  for (const [path, page] of PAGES) {
    router.get(path, (request, response) => {
      const overrides = parseRequest(tabOverridesSchema, request.query, 'The tab address');
      // Locally a first visit signs in as a demo identity (the picker on the page changes it), as the workbench does.
      if (options.signIn.mode === 'local' && identityInCookie(request).state !== 'known' && LOCAL_TAB_DEFAULT !== undefined) setIdentityCookie(response, LOCAL_TAB_DEFAULT);
      response
        .set('content-security-policy', csp)
        .set('cache-control', 'no-store')
        .type('html')
        .send(tabHtml({ page, locale: overrides.lang ?? 'sv', signIn: options.signIn, scriptUrl: `${ASSETS}/tab.js`, preloadUrls: preloads }));
    });
  }
  // express.static answers .js as text/javascript (module scripts require a JavaScript type) and sends an ETag; the page's CSP (script-src 'self') covers the chunks.
  router.use(ASSETS, express.static(options.bundleDir, { index: false, fallthrough: true, dotfiles: 'ignore', setHeaders: (response, path) => response.setHeader('cache-control', cacheControlOf(path)) }));
  return router;
}
