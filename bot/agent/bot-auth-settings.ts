import { z } from 'zod';
import { parseOrThrow } from '../../src/domain/shared/validation';

/**
 * How `/api/messages` knows who is calling (R-SEC-1): in production every POST carries a Bot
 * Service JWT for the bot's Entra app, validated by the Agents SDK; locally, with no app id and not
 * in production, Agents Playground's unauthenticated calls are accepted (DESIGN.md, Agents Playground).
 */
export type BotAuthSettings =
  | { readonly mode: 'anonymous' }
  | {
      readonly mode: 'bot-service';
      readonly clientId: string;
      readonly tenantId: string;
      readonly credential: { readonly kind: 'secret'; readonly clientSecret: string } | { readonly kind: 'certificate'; readonly certPemFile: string; readonly certKeyFile: string };
      /** Where the signing keys are published; Entra's by default. Tests point it at their own JWKS. */
      readonly authorityEndpoint?: string;
    };

const guid = z
  .string()
  .trim()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'must be a GUID (the Entra app registration\'s id)');
const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value === '' ? undefined : value));

/** The bot's settings in the environment (names of our own: the SDK's own names are read case-insensitively at module load). */
export const botEnvironmentSchema = z
  .object({
    TILLIT_BOT_CLIENT_ID: optionalText.pipe(guid.optional()),
    TILLIT_BOT_TENANT_ID: optionalText.pipe(guid.optional()),
    TILLIT_BOT_CLIENT_SECRET: optionalText,
    TILLIT_BOT_CERT_PEM_FILE: optionalText,
    TILLIT_BOT_CERT_KEY_FILE: optionalText,
    TILLIT_BOT_AUTHORITY: optionalText.pipe(z.string().url('must be a URL such as https://login.microsoftonline.com').optional()),
    NODE_ENV: optionalText
  })
  .superRefine((env, context) => {
    const production = env.NODE_ENV === 'production';
    if (env.TILLIT_BOT_CLIENT_ID === undefined) {
      if (production) context.addIssue({ code: 'custom', path: ['TILLIT_BOT_CLIENT_ID'], message: 'is required in production (NODE_ENV=production): the bot accepts only calls signed by the Bot Service for its Entra app' });
      for (const key of ['TILLIT_BOT_TENANT_ID', 'TILLIT_BOT_CLIENT_SECRET', 'TILLIT_BOT_CERT_PEM_FILE', 'TILLIT_BOT_CERT_KEY_FILE'] as const) {
        if (env[key] !== undefined) context.addIssue({ code: 'custom', path: [key], message: 'is set but TILLIT_BOT_CLIENT_ID is not: set both, or neither for a local run' });
      }
      return;
    }
    if (env.TILLIT_BOT_TENANT_ID === undefined) context.addIssue({ code: 'custom', path: ['TILLIT_BOT_TENANT_ID'], message: 'is required with TILLIT_BOT_CLIENT_ID (a single-tenant bot: the region\'s Entra tenant)' });
    const secret = env.TILLIT_BOT_CLIENT_SECRET !== undefined;
    const certificate = env.TILLIT_BOT_CERT_PEM_FILE !== undefined || env.TILLIT_BOT_CERT_KEY_FILE !== undefined;
    if (secret === certificate) {
      context.addIssue({ code: 'custom', path: ['TILLIT_BOT_CLIENT_SECRET'], message: 'give exactly one credential: TILLIT_BOT_CLIENT_SECRET, or TILLIT_BOT_CERT_PEM_FILE with TILLIT_BOT_CERT_KEY_FILE' });
    } else if (certificate && (env.TILLIT_BOT_CERT_PEM_FILE === undefined || env.TILLIT_BOT_CERT_KEY_FILE === undefined)) {
      context.addIssue({ code: 'custom', path: [env.TILLIT_BOT_CERT_PEM_FILE === undefined ? 'TILLIT_BOT_CERT_PEM_FILE' : 'TILLIT_BOT_CERT_KEY_FILE'], message: 'a certificate needs both TILLIT_BOT_CERT_PEM_FILE and TILLIT_BOT_CERT_KEY_FILE' });
    }
  });

/** The bot's authentication from the environment, or a ValidationError naming every bad setting. */
export function botAuthSettingsFrom(env: NodeJS.ProcessEnv): BotAuthSettings {
  const parsed = parseOrThrow(botEnvironmentSchema, env, 'The bot\'s settings');
  if (parsed.TILLIT_BOT_CLIENT_ID === undefined || parsed.TILLIT_BOT_TENANT_ID === undefined) return { mode: 'anonymous' };
  const credential =
    parsed.TILLIT_BOT_CLIENT_SECRET !== undefined
      ? { kind: 'secret' as const, clientSecret: parsed.TILLIT_BOT_CLIENT_SECRET }
      : { kind: 'certificate' as const, certPemFile: parsed.TILLIT_BOT_CERT_PEM_FILE ?? '', certKeyFile: parsed.TILLIT_BOT_CERT_KEY_FILE ?? '' };
  return { mode: 'bot-service', clientId: parsed.TILLIT_BOT_CLIENT_ID, tenantId: parsed.TILLIT_BOT_TENANT_ID, credential, authorityEndpoint: parsed.TILLIT_BOT_AUTHORITY };
}

/** Whether the process runs in production: there no call is ever anonymous, whatever the settings. */
export function isProduction(env: NodeJS.ProcessEnv): boolean {
  return env.NODE_ENV?.trim() === 'production';
}
