import { z } from 'zod';
import { SUPPORTED_LOCALES } from '../domain/shared/localized-text';

/** The element the app service's tab pages give the bundle (bot/local/tab-html.ts). */
export const TAB_ROOT_ID = 'tillit-tab';

/** `/tab/` the channel tab's dashboard, `/tab/config` its configuration page, `/tab/my-tasks` the personal tab. */
export const TAB_PAGES = ['dashboard', 'config', 'my-tasks'] as const;
export type TabPage = (typeof TAB_PAGES)[number];

export const TAB_THEMES = ['light', 'dark', 'high-contrast'] as const;

/**
 * How the tab signs in, named by the app service on the page (data-sign-in): locally the workbench's
 * demo identity cookie; in Teams nested app authentication (DESIGN.md) for the app service's API and,
 * for My tasks' links and registers, the SharePoint site.
 */
export const tabSignInSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('local'), sitePath: z.string().startsWith('/') }),
  z.object({
    mode: z.literal('nested-app'),
    /** The tab's Entra app (SPA redirect brk-multihub://<domain>). */
    clientId: z.string().uuid(),
    tenantId: z.string().min(1),
    /** The app service's API scope, e.g. `api://tillit.region.se/<client id>/access_as_user`. */
    apiScope: z.string().min(1),
    /** `https://region.sharepoint.com/sites/tillit` */
    siteUrl: z.string().url().startsWith('https://')
  })
]);
export type TabSignIn = z.infer<typeof tabSignInSchema>;

/**
 * The address's overrides for local use and tests (`/tab/?lang=en&theme=dark`); in Teams the host's
 * locale and theme rule unless the address names one. Other parameters are ignored (Teams may add its own).
 */
export const tabOverridesSchema = z.object({
  lang: z.enum(SUPPORTED_LOCALES).optional(),
  theme: z.enum(TAB_THEMES).optional()
});
export type TabOverrides = z.infer<typeof tabOverridesSchema>;
