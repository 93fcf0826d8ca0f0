import { z } from 'zod';
import { isLocalSite } from '../local-sharepoint/local-admin-client';
import { DEFAULT_LOCAL_SITE_URL, SITE_ADMIN_EMAIL } from '../local-sharepoint/local-site-defaults';
import { connectToSite, localToken, type SiteConnection } from '../sharepoint/sp-factory';
import { valueOption } from './command-option';
import { UsageError } from './usage-error';

/** The value of --site: a site collection's URL, without a trailing slash. */
export const siteOptionSchema = z
  .string()
  .url('must be the site URL, for example https://region.sharepoint.com/sites/tillit')
  .refine((url) => /^https?:\/\/[^/]+\/sites\/[^/]+\/?$/i.test(url), 'must be a site URL ending in /sites/<name>')
  .transform((url) => url.replace(/\/$/, ''));

/** --site, shared by the commands that work on a site. */
export const siteOption = valueOption({
  placeholder: 'URL',
  schema: siteOptionSchema.default(DEFAULT_LOCAL_SITE_URL),
  description: 'the site; SharePoint Online needs an access token in TILLIT_ACCESS_TOKEN'
});

/** --as: whom the local SharePoint signs the command in as (on SharePoint Online the token decides). */
export const signInAsOption = valueOption({
  placeholder: 'EMAIL',
  schema: z.string().trim().email('must be the e-mail address of a person in the local directory').optional(),
  description: 'local SharePoint only: whom to sign in as',
  defaultText: `the site administrator, ${SITE_ADMIN_EMAIL}`
});

/**
 * How the CLI signs in: on the local stand-in as a person of its directory (`--as`, default the
 * site admin); on SharePoint Online with an access token for the site in TILLIT_ACCESS_TOKEN
 * (an app-only or delegated token from Entra ID; the CLI never asks for a password).
 */
export function siteConnection(siteUrl: string, as: string | undefined, env: NodeJS.ProcessEnv = process.env): SiteConnection {
  if (isLocalSite(siteUrl)) return { siteUrl, token: localToken(as ?? SITE_ADMIN_EMAIL) };
  const token = env.TILLIT_ACCESS_TOKEN;
  if (token === undefined || token.trim() === '') {
    throw new UsageError(`A SharePoint Online site needs an access token in TILLIT_ACCESS_TOKEN (for ${siteUrl}).`);
  }
  if (as !== undefined) throw new UsageError('--as only applies to the local SharePoint; on SharePoint Online the token decides who you are.');
  return { siteUrl, token: () => Promise.resolve(token.trim()) };
}

export function sitePathOf(siteUrl: string): string {
  return new URL(siteUrl).pathname.replace(/\/$/, '');
}

export { connectToSite };
