import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { loadRegionConfig } from '../../src/config/load-region-config';
import type { RegionConfig } from '../../src/config/region-config';
import { acknowledgementKeySchema } from '../../src/cli/acknowledgement-key';
import { tcpPortSchema } from '../../src/cli/tcp-port-schema';
import { siteOptionSchema } from '../../src/cli/site-connection-options';
import { ValidationError, type ValidationIssue } from '../../src/domain/shared/errors';
import { certificateProblem, DEFAULT_AUTHORITY_HOST, type AppOnlyCredential } from '../../src/sharepoint/app-only-token';
import { botAuthSettingsFrom, type BotAuthSettings } from '../agent/bot-auth-settings';

/**
 * Everything the app service needs on SharePoint Online and in Teams (README, "Production"), read
 * from the environment once at start. A start with anything missing or wrong stops before it
 * listens, naming every setting at fault, so an operator fixes them in one round.
 */
export interface ProductionSettings {
  readonly siteUrl: string;
  /** The app service's Entra app: Sites.Selected on the site (app-only, certificate) and the API web parts and the tab call. */
  readonly app: AppOnlyCredential;
  /**
   * The `aud` values the API accepts in callers' tokens: Entra writes the app's client id in v2.0
   * access tokens and its application ID URI in v1.0 ones (which the app's accessTokenAcceptedVersion
   * decides), so both are the app's own.
   */
  readonly apiAudience: readonly string[];
  readonly bot: Extract<BotAuthSettings, { mode: 'bot-service' }>;
  readonly acknowledgementKey: Buffer;
  readonly config: RegionConfig;
  /** Where a card's "My tasks" link goes: the SharePoint page with the My tasks web part. */
  readonly myTasksUrl: string;
  /** The Teams app's id (manifest/, appId): the area follow-up card's deep link to the personal tab; without it no follow-up is sent. */
  readonly teamsAppId: string | undefined;
  readonly host: string;
  readonly port: number;
}

const guid = z
  .string({ required_error: 'is required' })
  .trim()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'must be a GUID');
const required = z.string({ required_error: 'is required' }).trim().min(1, 'is required');
const optional = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value === '' ? undefined : value));
const httpsUrl = z.string().url('must be a URL').refine((url) => url.startsWith('https://'), 'must be an https:// URL');

const environmentSchema = z.object({
  TILLIT_SITE_URL: z.string({ required_error: 'is required' }).pipe(siteOptionSchema).refine((url) => url.startsWith('https://'), 'must be the SharePoint Online site (https://…/sites/…)'),
  TILLIT_TENANT_ID: guid,
  TILLIT_APP_CLIENT_ID: guid,
  TILLIT_APP_CERT_PEM_FILE: required,
  TILLIT_APP_CERT_KEY_FILE: required,
  TILLIT_API_AUDIENCE: optional,
  TILLIT_ACKNOWLEDGEMENT_KEY: z.string({ required_error: 'is required (base64 of 32 random bytes, from the key vault)' }).pipe(acknowledgementKeySchema),
  TILLIT_REGION_CONFIG_FILE: optional,
  TILLIT_MY_TASKS_URL: optional.pipe(httpsUrl.optional()),
  TILLIT_TEAMS_APP_ID: optional.pipe(guid.optional()),
  TILLIT_AUTHORITY_HOST: optional.pipe(httpsUrl.optional()),
  TILLIT_APP_HOST: optional.pipe(z.string().ip('must be an IP address to listen on, such as 127.0.0.1').optional()),
  TILLIT_APP_PORT: tcpPortSchema.default('3978')
});

function readText(path: string, setting: string, issues: ValidationIssue[]): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    issues.push({ path: setting, message: `cannot be read (${path}): ${error instanceof Error ? error.message : String(error)}` });
    return undefined;
  }
}

function regionConfigFrom(path: string | undefined, issues: ValidationIssue[]): RegionConfig | undefined {
  if (path === undefined) return loadRegionConfig();
  const text = readText(path, 'TILLIT_REGION_CONFIG_FILE', issues);
  if (text === undefined) return undefined;
  try {
    return loadRegionConfig(JSON.parse(text) as unknown);
  } catch (error) {
    // Each bad field of the file on its own line, named by where it is: "TILLIT_REGION_CONFIG_FILE nudgeRun.dailyAt".
    if (error instanceof ValidationError) issues.push(...error.issues.map((issue) => ({ path: `TILLIT_REGION_CONFIG_FILE ${issue.path}`, message: issue.message })));
    else issues.push({ path: 'TILLIT_REGION_CONFIG_FILE', message: `is not JSON (${path}): ${error instanceof Error ? error.message : String(error)}` });
    return undefined;
  }
}

/** The production settings, or a ValidationError that names every missing or wrong one. */
export function productionSettingsFrom(env: NodeJS.ProcessEnv): ProductionSettings {
  const issues: ValidationIssue[] = [];
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) issues.push(...parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })));

  // The bot is never anonymous here, whatever NODE_ENV says: this is the start for Teams.
  let bot: BotAuthSettings | undefined;
  try {
    bot = botAuthSettingsFrom({ ...env, NODE_ENV: 'production' });
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    issues.push(...error.issues);
  }

  let app: AppOnlyCredential | undefined;
  let config: RegionConfig | undefined;
  if (parsed.success) {
    const settings = parsed.data;
    const certificatePem = readText(settings.TILLIT_APP_CERT_PEM_FILE, 'TILLIT_APP_CERT_PEM_FILE', issues);
    const privateKeyPem = readText(settings.TILLIT_APP_CERT_KEY_FILE, 'TILLIT_APP_CERT_KEY_FILE', issues);
    if (certificatePem !== undefined && privateKeyPem !== undefined) {
      const problem = certificateProblem(certificatePem, privateKeyPem);
      if (problem !== undefined) issues.push({ path: 'TILLIT_APP_CERT_PEM_FILE', message: problem });
      else app = { tenantId: settings.TILLIT_TENANT_ID, clientId: settings.TILLIT_APP_CLIENT_ID, certificatePem, privateKeyPem, authorityHost: settings.TILLIT_AUTHORITY_HOST ?? DEFAULT_AUTHORITY_HOST };
    }
    config = regionConfigFrom(settings.TILLIT_REGION_CONFIG_FILE, issues);
  }

  if (issues.length > 0 || !parsed.success || app === undefined || config === undefined || bot?.mode !== 'bot-service') {
    throw new ValidationError('The production environment', issues);
  }
  const settings = parsed.data;
  return {
    siteUrl: settings.TILLIT_SITE_URL,
    app,
    apiAudience: [settings.TILLIT_APP_CLIENT_ID, settings.TILLIT_API_AUDIENCE ?? `api://${settings.TILLIT_APP_CLIENT_ID}`],
    bot,
    acknowledgementKey: settings.TILLIT_ACKNOWLEDGEMENT_KEY,
    config,
    myTasksUrl: settings.TILLIT_MY_TASKS_URL ?? settings.TILLIT_SITE_URL,
    teamsAppId: settings.TILLIT_TEAMS_APP_ID?.toLowerCase(),
    host: settings.TILLIT_APP_HOST ?? '127.0.0.1',
    port: settings.TILLIT_APP_PORT
  };
}
