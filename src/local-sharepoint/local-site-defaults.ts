/**
 * The names by which people and code reach the embedded SharePoint: the one place for its host,
 * default port, site path and site collection administrator, so the CLI, the stand-in, the
 * README's examples and the tests cannot drift apart.
 */

/** Servers listen on the loopback interface only: the stand-in has no real sign-in. */
export const LOCAL_HOST = '127.0.0.1';

/** The port `npm start` and `tillit local-sharepoint` use unless told otherwise (TILLIT_LOCAL_SHAREPOINT_PORT, --port). */
export const DEFAULT_LOCAL_PORT = 4321;

/** The site collection the stand-in serves; SharePoint Online sites live under /sites/ too. */
export const LOCAL_SITE_PATH = '/sites/tillit';

/** The site collection administrator, who is always in the local directory and may call `/_local/…`. */
export const SITE_ADMIN_EMAIL = 'admin@tillit.local';

/** `http://127.0.0.1:<port>/sites/tillit` */
export function localSiteUrl(port: number): string {
  return `http://${LOCAL_HOST}:${port}${LOCAL_SITE_PATH}`;
}

/** Where the CLI looks for a site when no --site is given: the local SharePoint on its default port. */
export const DEFAULT_LOCAL_SITE_URL = localSiteUrl(DEFAULT_LOCAL_PORT);
