import express, { type Router } from 'express';
import { DEFAULT_WORKBENCH_IDENTITY, workbenchEmailSchema, workbenchIdentityOf } from '../../src/workbench/workbench-identities';
import { WORKBENCH_API, identityChoiceSchema, type WorkbenchSession } from '../../src/workbench/workbench-session';
import { workbenchSettingsSchema } from '../../src/workbench/workbench-settings';
import { HttpProblem, parseRequest } from '../http/http-problem';
import { identityInCookie, requireIdentity, setIdentityCookie } from './identity-cookie';
import { workbenchHtml } from './workbench-html';

export interface WorkbenchRoutesOptions {
  /** The folder with the built browser bundles (bot/browser-bundles.ts). */
  readonly bundleDir: string;
  /** `/sites/tillit`: where the pass-through is, named on the page for the bundle. */
  readonly sitePath: string;
}

/** Scripts from this origin only; Fluent's styles are inserted at run time (Griffel), hence 'unsafe-inline' for styles. */
const CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * `/workbench/`: the page, its bundle, and its small API — which demo identity the cookie names,
 * and choosing another (validated against the demo personas; any other e-mail is refused).
 */
export function workbenchRoutes(options: WorkbenchRoutesOptions): Router {
  const router = express.Router({ strict: true, caseSensitive: true });

  router.get('/workbench', (_request, response) => response.redirect(301, '/workbench/'));

  router.get('/workbench/', (request, response) => {
    const settings = parseRequest(workbenchSettingsSchema, request.query, 'The workbench address');
    // A first visit (or a cookie naming no demo identity) starts as the default identity: the page is where one chooses.
    if (identityInCookie(request).state !== 'known') setIdentityCookie(response, DEFAULT_WORKBENCH_IDENTITY);
    response
      .set('content-security-policy', CONTENT_SECURITY_POLICY)
      .set('cache-control', 'no-store')
      .type('html')
      .send(workbenchHtml({ locale: settings.lang, sitePath: options.sitePath, scriptUrl: '/workbench/assets/workbench.js' }));
  });

  router.use('/workbench/assets', express.static(options.bundleDir, { index: false, fallthrough: true, dotfiles: 'ignore' }));

  router.get(WORKBENCH_API.session, (request, response) => {
    const session: WorkbenchSession = { identity: requireIdentity(request) };
    response.set('cache-control', 'no-store').json(session);
  });

  router.put(WORKBENCH_API.identity, express.json({ limit: '2kb' }), (request, response) => {
    const choice = parseRequest(identityChoiceSchema, request.body, 'The identity choice');
    const email = workbenchEmailSchema.safeParse(choice.email);
    const identity = email.success ? workbenchIdentityOf(email.data) : undefined;
    if (!identity) throw new HttpProblem(400, 'unknown-identity', `${choice.email} is not one of the workbench's demo identities.`);
    setIdentityCookie(response, identity);
    const session: WorkbenchSession = { identity };
    response.set('cache-control', 'no-store').json(session);
  });

  return router;
}
