import { z } from 'zod';
import { loadAuthConfigFromEnv, MsalTokenProvider } from '@microsoft/agents-hosting';

/** The Bot Connector's resource: the token the sender presents (Azure Bot Service, single tenant or multi). */
export const BOT_CONNECTOR_SCOPE = 'https://api.botframework.com';

const environmentSchema = z.object({
  /** The Agents SDK's own setting for the bot's Entra app: with it the sender signs its calls. */
  clientId: z.string().trim().min(1).optional()
});

/**
 * How the sender signs its calls to the Bot Connector: with the bot's Entra app (the Agents SDK's
 * `clientId`, `clientSecret`/certificate and `tenantId` settings, read by loadAuthConfigFromEnv)
 * when a client id is configured; anonymously otherwise — which only Agents Playground and the
 * tests' connector stand-in accept, so production without a client id fails at the first send.
 */
export function connectorToken(env: NodeJS.ProcessEnv = process.env): () => Promise<string | undefined> {
  const { clientId } = environmentSchema.parse({ clientId: env.clientId });
  if (clientId === undefined) return () => Promise.resolve(undefined);
  const provider = new MsalTokenProvider(loadAuthConfigFromEnv());
  return () => provider.getAccessToken(BOT_CONNECTOR_SCOPE);
}
