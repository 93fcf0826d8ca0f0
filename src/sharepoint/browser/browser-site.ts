import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import { spfi, DefaultHeaders, DefaultInit, SPFx, type ISPFXContext, type SPFI } from '@pnp/sp';
import { DefaultParse, type Queryable } from '@pnp/queryable';
import { DEFAULT_RETRY_POLICY, ResilientFetch, type RetryPolicy } from '../resilient-fetch';

/**
 * The site a web part, the workbench or the tab reads and writes through @pnp/sp in the browser
 * (DESIGN.md: one data path). `sitePath` is what the repositories need to name lists by URL.
 */
export interface BrowserSite {
  readonly sp: SPFI;
  /** `/sites/tillit`: the site's server-relative URL. */
  readonly sitePath: string;
}

/**
 * On a SharePoint page or in Teams: @pnp/sp's SPFx behaviour (the page's site URL, its request
 * digest and, for Entra-protected calls, the SPFx token provider). Its send stage is then replaced
 * by Tillit's retry stage, which honours Retry-After and jitters (R-SEC-3).
 */
export function connectWithSpfxContext(context: ISPFXContext & { readonly pageContext: { readonly web: { readonly serverRelativeUrl: string } } }, retry: RetryPolicy = DEFAULT_RETRY_POLICY): BrowserSite {
  return { sp: spfi().using(SPFx(context), ResilientFetch(retry)), sitePath: context.pageContext.web.serverRelativeUrl };
}

/**
 * Locally (the workbench): the app service's same-origin pass-through `/sites/tillit`, which adds
 * the chosen demo identity's token. The browser holds no token; the cookie that names the
 * identity is sent by the browser itself because the pass-through has the page's origin.
 */
export function connectThroughPassThrough(siteUrl: string, retry: RetryPolicy = DEFAULT_RETRY_POLICY): BrowserSite {
  const url = new URL(siteUrl);
  return {
    sp: spfi(url.href.replace(/\/$/, '')).using(DefaultInit(), DefaultHeaders(), ResilientFetch(retry), DefaultParse()),
    sitePath: url.pathname.replace(/\/$/, '')
  };
}

/**
 * In the Teams tab on SharePoint Online (src/tab): a bearer token for the site from nested app
 * authentication, asked for each request (MSAL answers from its cache until the token nears expiry).
 */
export function connectWithTokenProvider(siteUrl: string, token: () => Promise<string>, retry: RetryPolicy = DEFAULT_RETRY_POLICY): BrowserSite {
  const url = new URL(siteUrl);
  const bearer = (instance: Queryable): Queryable => {
    instance.on.auth(async (requestUrl, init) => {
      const authorization = `Bearer ${await token()}`;
      return [requestUrl, { ...init, headers: { ...(init.headers as Record<string, string>), Authorization: authorization } }];
    });
    return instance;
  };
  return {
    sp: spfi(url.href.replace(/\/$/, '')).using(DefaultInit(), DefaultHeaders(), bearer, ResilientFetch(retry), DefaultParse()),
    sitePath: url.pathname.replace(/\/$/, '')
  };
}
