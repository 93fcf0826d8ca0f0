import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { z } from 'zod';
import { parseOrThrow } from '../domain/shared/validation';
import { ACCENT_COLOR } from './teams-app-icons';

/**
 * What the Teams app's manifest template needs from a region's deployment (README, "The Teams app
 * package"): one JSON file, because a region reviews and keeps these few values together, none of
 * them secret (ids and addresses; the bot's credential stays in Key Vault with the app service).
 */
const guid = (what: string): z.ZodEffects<z.ZodString, string, string> =>
  z
    .string({ required_error: `is required: ${what}` })
    .trim()
    .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, `must be a GUID: ${what}`)
    .transform((value) => value.toLowerCase());

const httpsUrl = (what: string): z.ZodEffects<z.ZodString, string, string> =>
  z
    .string({ required_error: `is required: ${what}` })
    .trim()
    .url(`must be an https:// address: ${what}`)
    .refine((url) => url.startsWith('https://'), `must be an https:// address (Teams refuses http): ${what}`);

/** A DNS host name, lower case, no scheme, port or path: it goes into https://…/tab/…, validDomains and the api:// URI. */
const HOST_NAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export const teamsManifestSettingsSchema = z
  .object({
    appId: guid('the Teams app\'s own id (make one once, e.g. with `node -e "console.log(crypto.randomUUID())"`, and keep it: Teams knows the app by it)'),
    version: z
      .string({ required_error: 'is required: the app\'s version, MAJOR.MINOR.PATCH; raise it for every package you upload again' })
      .trim()
      // Teams takes numbers only (no pre-release or build part) and refuses an upload that does not raise it.
      .regex(/^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$/, 'must be MAJOR.MINOR.PATCH with numbers only, such as 1.0.0 (Teams takes no pre-release part)'),
    botId: guid('the bot\'s Entra app (client) id, the Azure Bot resource\'s and the app service\'s TILLIT_BOT_CLIENT_ID'),
    appServiceHost: z
      .string({ required_error: 'is required: the app service\'s host name, such as tillit.region.se' })
      .trim()
      .toLowerCase()
      .regex(HOST_NAME, 'must be the app service\'s host name only, such as tillit.region.se (no https://, port or path)'),
    appClientId: guid('the Entra app (client) id of Tillit\'s API, the one that exposes the scope access_as_user: the app service\'s TILLIT_APP_CLIENT_ID (README, "Production")'),
    /** The application ID URI; Teams' single sign-on wants api://<the tab's host>/<client id>; the app service's TILLIT_API_AUDIENCE must be the same. */
    appIdUri: z.string().trim().optional(),
    accentColor: z
      .string()
      .trim()
      .regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour such as #1F5C99')
      .default(ACCENT_COLOR),
    developer: z.object(
      {
        name: z.string({ required_error: 'is required: who publishes the app, as Teams shows it' }).trim().min(1, 'must not be empty').max(32, 'must be at most 32 characters (Teams\' limit)'),
        websiteUrl: httpsUrl('the page where people find help with Tillit'),
        privacyUrl: httpsUrl('the region\'s privacy notice (integritetspolicy)'),
        termsOfUseUrl: httpsUrl('the terms of use')
      },
      { required_error: 'is required: { "name", "websiteUrl", "privacyUrl", "termsOfUseUrl" }' }
    )
  })
  .strict()
  .transform((settings) => ({ ...settings, appIdUri: settings.appIdUri ?? `api://${settings.appServiceHost}/${settings.appClientId}` }))
  .superRefine((settings, context) => {
    if (!settings.appIdUri.startsWith(`api://${settings.appServiceHost}/`)) {
      context.addIssue({
        code: 'custom',
        path: ['appIdUri'],
        message: `must be api://${settings.appServiceHost}/… : Teams' sign-in takes a resource on the tab's own host (leave it out for api://${settings.appServiceHost}/${settings.appClientId})`
      });
    }
  });

export type TeamsManifestSettings = z.output<typeof teamsManifestSettingsSchema>;

/** The settings checked, or a ValidationError naming every bad field. */
export function teamsManifestSettingsFrom(value: unknown, source: string): TeamsManifestSettings {
  return parseOrThrow(teamsManifestSettingsSchema, value, `The Teams app settings (${source})`);
}

export function readTeamsManifestSettings(file: string): TeamsManifestSettings {
  const shown = relative(process.cwd(), file) || file;
  if (!existsSync(file)) {
    throw new Error(`${shown} does not exist: copy manifest/teams-app.settings.example.json there and fill in the region's values (README, "The Teams app package").`);
  }
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${shown} is not JSON (${error instanceof Error ? error.message : String(error)}).`);
  }
  return teamsManifestSettingsFrom(value, shown);
}

/** The template's {{placeholders}} and what fills each. */
export function placeholderValues(settings: TeamsManifestSettings): Readonly<Record<string, string>> {
  return {
    appId: settings.appId,
    version: settings.version,
    botId: settings.botId,
    appServiceHost: settings.appServiceHost,
    appClientId: settings.appClientId,
    appIdUri: settings.appIdUri,
    accentColor: settings.accentColor,
    developerName: settings.developer.name,
    developerWebsiteUrl: settings.developer.websiteUrl,
    developerPrivacyUrl: settings.developer.privacyUrl,
    developerTermsOfUseUrl: settings.developer.termsOfUseUrl
  };
}
