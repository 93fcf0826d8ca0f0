import { spfi, DefaultHeaders, DefaultInit, type SPFI } from '@pnp/sp';
import { DefaultParse, type Queryable } from '@pnp/queryable';
import { ResilientFetch, type RetryPolicy, DEFAULT_RETRY_POLICY } from './resilient-fetch';

/**
 * The one way Tillit's server-side code reaches a SharePoint site: the same @pnp/sp stack for
 * SharePoint Online and the local stand-in; only the URL and the token differ (DESIGN.md).
 */
export interface SiteConnection {
  /** `https://region.sharepoint.com/sites/tillit` or `http://127.0.0.1:4321/sites/tillit` */
  readonly siteUrl: string;
  /** An access token for the site (without "Bearer "); asked for before every request so it can be refreshed. */
  readonly token: () => Promise<string>;
  readonly retry?: RetryPolicy;
}

/** The local stand-in signs a person in by their e-mail (src/local-sharepoint). */
export function localToken(email: string): () => Promise<string> {
  return () => Promise.resolve(`local:${email}`);
}

function BearerFrom(token: () => Promise<string>): (instance: Queryable) => Queryable {
  return (instance) => {
    instance.on.auth(async (url, init) => {
      // The token first, then the headers: reading init.headers before the await could drop a header set meanwhile.
      const accessToken = await token();
      init.headers = { ...(init.headers as Record<string, string> | undefined), Authorization: `Bearer ${accessToken}` };
      return [url, init];
    });
    return instance;
  };
}

export function connectToSite(connection: SiteConnection): SPFI {
  return spfi(connection.siteUrl).using(
    DefaultInit(),
    DefaultHeaders(),
    BearerFrom(connection.token),
    ResilientFetch(connection.retry ?? DEFAULT_RETRY_POLICY),
    DefaultParse()
  );
}
