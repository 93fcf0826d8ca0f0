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

/**
 * The app service's own identity (DESIGN.md: the app service reads the registers for the nudge run
 * and writes what no person may write directly: signed acknowledgements, snoozes, the nudge log).
 * On SharePoint Online it is an app-only principal with Sites.Selected full control on the Tillit
 * site; the stand-in gives this account the same reach by making it a site collection administrator.
 */
export const APP_PRINCIPAL_EMAIL = 'tillit-app@tillit.local';
export const APP_PRINCIPAL_TITLE = 'Tillit (app)';
