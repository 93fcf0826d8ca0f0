import { z } from 'zod';
import { isLocalSite } from '../local-sharepoint/local-admin-client';
import { connectToSite, localToken, type SiteConnection } from '../sharepoint/sp-factory';
import { UsageError } from './command';

export const DEFAULT_LOCAL_SITE = 'http://127.0.0.1:4321/sites/tillit';

export const siteOptionSchema = z
  .string()
  .url('--site must be the site URL, for example https://region.sharepoint.com/sites/tillit')
  .refine((url) => /^https?:\/\/[^/]+\/sites\/[^/]+\/?$/i.test(url), '--site must be a site URL ending in /sites/<name>')
  .transform((url) => url.replace(/\/$/, ''));

/**
 * How the CLI signs in: on the local stand-in as a person of its directory (`--as`, default the
 * site admin); on SharePoint Online with an access token for the site in TILLIT_ACCESS_TOKEN
 * (an app-only or delegated token from Entra ID; the CLI never asks for a password).
 */
export function siteConnection(siteUrl: string, as: string | undefined, env: NodeJS.ProcessEnv = process.env): SiteConnection {
  if (isLocalSite(siteUrl)) return { siteUrl, token: localToken(as ?? 'admin@tillit.local') };
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
